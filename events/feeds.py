"""The calendar feeds over HTTP: which events, in which language, and when to answer 304.

The pages' routes call in here with what a feed needs (its events, the categories it
may be narrowed to, the models whose edits change it), so this module needs no model.
"""

import functools
import hashlib
import operator
from dataclasses import dataclass

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Max, Q
from django.http import Http404
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import get_language
from wagtail.models import ModelLogEntry, PageLogEntry

from core.http import Version, conditional_response
from core.query import query_text
from core.seo import describe, public_url
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
        slug = query_text(query, "category")
        country = query_text(query, "country").upper()
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


# Edits that take a published event out of feeds; the events left cannot show them.
REMOVALS = (
    "wagtail.unpublish",
    "wagtail.delete",
    "wagtail.move",
    "wagtail.view_restriction.create",
    "wagtail.view_restriction.edit",
)


def feed_version(events, *key, snippets=()):
    """The version of a feed of ``events`` (a queryset), with ``key`` telling feeds apart.

    Derived from what the feed holds, so that saving a draft or a private event changes
    nothing: each included event's (pk, sequence, last publication) and the venue,
    organiser and categories it uses, with the last logged edit of those ``snippets``
    (model, accessor) pairs, and the last removal (unpublish, delete, move, restriction)
    of an event page, which the remaining events cannot show. Four queries, whatever
    the number of events.
    """
    rows = list(
        events.order_by("pk").values_list(
            "pk", "sequence", "last_published_at", "venue_id", "organiser_id"
        )
    )
    through = events.model.categories.through
    used = list(
        through.objects.filter(eventpage_id__in=[row[0] for row in rows])
        .order_by("eventpage_id", "eventcategory_id")
        .values_list("eventpage_id", "eventcategory_id")
    )
    used_ids = {
        "venue": {row[3] for row in rows},
        "organiser": {row[4] for row in rows},
        "category": {category for _event, category in used},
    }
    edited = _last_logged_edit(
        ModelLogEntry,
        [
            Q(
                content_type=content_type,
                object_id__in=[str(pk) for pk in used_ids[name] if pk],
            )
            for content_type, name in _content_types(snippets)
        ],
    )
    # Restricting or deleting a draft that was never published removes nothing.
    removed = _last_logged_edit(
        PageLogEntry,
        [
            Q(
                Q(action="wagtail.delete") | Q(page__first_published_at__isnull=False),
                content_type=_content_types([(events.model, "")])[0][0],
                action__in=REMOVALS,
            )
        ],
    )
    moments = [row[2] for row in rows if row[2]] + [m for m in (edited, removed) if m]
    state = (get_language(), *key, rows, used, edited, removed)
    digest = hashlib.sha256(repr(state).encode()).hexdigest()[:32]
    # Weak: DTSTAMP makes each body different, but they mean the same calendar.
    return Version(etag=f'W/"{digest}"', last_modified=max(moments, default=None))


def _content_types(models):
    """(content type, name) of each (model, name); the types are cached by Django."""
    types = ContentType.objects.get_for_models(*[model for model, _name in models])
    return [(types[model], name) for model, name in models]


def _last_logged_edit(log_model, conditions):
    query = functools.reduce(operator.or_, conditions, Q(pk__in=[]))
    return log_model.objects.filter(query).aggregate(last=Max("timestamp"))["last"]


def calendar_feed_response(request, index_page, *, categories, snippets):
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
        version=feed_version(events, index_page.pk, *filters.key(), snippets=snippets),
        file_name=f"{file_name}.ics",
        name=name,
        description=describe(index_page, request) or name,
        events=events.defer_streamfields().order_by("start", "pk"),
    )


def event_feed_response(request, event, *, snippets):
    """One event, to add to a calendar."""
    return _respond(
        request,
        version=feed_version(
            type(event).objects.filter(pk=event.pk),
            event.pk,
            snippets=snippets,
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
        from .ical import entries_calendar

        entries = [
            event.calendar_entry(public_url(request, event.get_url(request)))
            for event in events
        ]
        return entries_calendar(name, description, entries, stamp=timezone.now())

    # Wagtail makes this private and uncached when the page is behind a password or login.
    return conditional_response(
        request,
        version=version,
        build=build,
        content_type=CONTENT_TYPE,
        file_name=file_name,
        cache_control={"public": True, "max_age": CACHE_SECONDS},
    )
