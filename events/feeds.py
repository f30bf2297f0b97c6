"""The calendar feeds over HTTP: which events, in which language, and when to answer 304.

The pages' routes call in here with what a feed needs (its events, the categories it
may be narrowed to, the models whose edits change it), so this module needs no model.
"""

import hashlib
from dataclasses import dataclass

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Max
from django.http import Http404
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import get_language
from wagtail.models import ModelLogEntry, PageLogEntry

from core.http import Version, conditional_response
from core.seo import describe
from directory.enums import Country

# Subscribed apps are told to refresh hourly (REFRESH-INTERVAL); caches may keep as long.
CACHE_SECONDS = 3600
CONTENT_TYPE = "text/calendar; charset=utf-8"


@dataclass(frozen=True)
class FeedFilters:
    """What ``?category=<slug>&country=<code>`` narrows the feed to."""

    category: object = None
    country: str = ""

    @classmethod
    def from_query(cls, query, categories):
        """The filters asked for, the category looked up among ``categories``; an
        unknown category or country is a 404, so a mistyped subscription fails at
        once instead of staying empty for ever."""
        slug = query.get("category", "").strip()
        country = query.get("country", "").strip().upper()
        category = None
        if slug:
            category = categories.filter(slug=slug).first()
            if category is None:
                raise Http404("No such event category.")
        if country and country not in Country.values:
            raise Http404("No such country.")
        return cls(category=category, country=country)

    def apply(self, events):
        return events.in_category(
            self.category.slug if self.category else ""
        ).in_country(self.country)

    def labels(self):
        """How the filters read in the calendar's name."""
        return [
            str(label)
            for label in (
                self.category.name if self.category else "",
                Country(self.country).label if self.country else "",
            )
            if label
        ]

    def key(self):
        return (self.category.slug if self.category else "", self.country)


def feed_version(events, *key, edited_models):
    """The version of a feed of ``events``, with ``key`` telling feeds apart.

    Count and latest publication come from one aggregate query. Unpublishing,
    deleting or restricting an event changes neither the latest publication nor,
    when another event is added, the count; the latest logged edit of any of
    ``edited_models`` (pages or snippets) catches them.
    """
    stats = events.order_by().aggregate(
        count=Count("pk"), published=Max("last_published_at")
    )
    edited = _last_logged_edit(edited_models)
    moments = [moment for moment in (stats["published"], edited) if moment]
    state = (get_language(), *key, stats["count"], stats["published"], edited)
    digest = hashlib.sha256(repr(state).encode()).hexdigest()[:32]
    # Weak: DTSTAMP makes each body different, but they mean the same calendar.
    return Version(etag=f'W/"{digest}"', last_modified=max(moments, default=None))


def calendar_feed_response(request, index_page, *, categories, edited_models):
    """All public events under ``index_page`` in the request's language."""
    filters = FeedFilters.from_query(request.GET, categories)
    events = filters.apply(index_page.get_events().in_feeds(timezone.now()))
    name = " – ".join(
        [f"{settings.WAGTAIL_SITE_NAME}: {index_page.title}", *filters.labels()]
    )
    file_name = "-".join(
        [
            slugify(settings.WAGTAIL_SITE_NAME),
            index_page.slug,
            get_language(),
            *filter(None, filters.key()),
        ]
    ).lower()
    return _respond(
        request,
        version=feed_version(
            events, index_page.pk, *filters.key(), edited_models=edited_models
        ),
        file_name=f"{file_name}.ics",
        name=name,
        description=describe(index_page, request) or name,
        events=events.defer_streamfields().order_by("start", "pk"),
    )


def event_feed_response(request, event, *, edited_models):
    """One event, to add to a calendar."""
    return _respond(
        request,
        version=feed_version(
            type(event).objects.filter(pk=event.pk),
            event.pk,
            edited_models=edited_models,
        ),
        file_name=f"{event.slug}.ics",
        name=event.title,
        description=event.summary,
        events=[event],
    )


def _respond(request, *, version, file_name, name, description, events):
    """A 304 when the client's copy is current, else the calendar of ``events``."""

    def build():
        # icalendar takes a tenth of a second to import; only this path needs it.
        from .ical import events_calendar

        return events_calendar(
            name, description, events, request=request, stamp=timezone.now()
        )

    # Wagtail makes this private and uncached when the page is behind a password or login.
    return conditional_response(
        request,
        version=version,
        build=build,
        content_type=CONTENT_TYPE,
        file_name=file_name,
        cache_control={"public": True, "max_age": CACHE_SECONDS},
    )


def _last_logged_edit(models):
    """When an editor last changed an object of one of ``models``."""
    content_types = ContentType.objects.get_for_models(*models).values()
    moments = [
        log_model.objects.filter(content_type__in=content_types)
        .order_by("-timestamp")
        .values_list("timestamp", flat=True)
        .first()
        for log_model in (PageLogEntry, ModelLogEntry)
    ]
    return max(filter(None, moments), default=None)
