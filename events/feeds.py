"""The calendar feeds over HTTP: which events, in which language, and when to answer 304.

Models call in here from their routes, so this module imports no model at load time.
"""

import hashlib
from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Max
from django.http import Http404, HttpResponse
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import content_disposition_header, http_date
from django.utils.text import slugify
from django.utils.translation import get_language
from django.views.decorators.http import require_safe
from wagtail.models import ModelLogEntry, PageLogEntry

from directory.enums import Country
from home.seo import describe

# Subscribed apps are told to refresh hourly (REFRESH-INTERVAL); caches may keep as long.
CACHE_SECONDS = 3600
CONTENT_TYPE = "text/calendar; charset=utf-8"


@dataclass(frozen=True)
class FeedFilters:
    """What ``?category=<slug>&country=<code>`` narrows the feed to."""

    category: object = None
    country: str = ""

    @classmethod
    def from_query(cls, query):
        """The filters asked for; an unknown category or country is a 404, so a
        mistyped subscription fails at once instead of staying empty for ever."""
        slug = query.get("category", "").strip()
        country = query.get("country", "").strip().upper()
        category = None
        if slug:
            category = _model("EventCategory").objects.filter(slug=slug).first()
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


@dataclass(frozen=True)
class FeedVersion:
    """What a conditional GET compares: an ETag and, when known, a Last-Modified."""

    etag: str
    last_modified: object

    @classmethod
    def of(cls, events, *key):
        """The version of a feed of ``events``, with ``key`` telling feeds apart.

        Count and latest publication come from one aggregate query. Unpublishing,
        deleting or restricting an event changes neither the latest publication nor,
        when another event is added, the count; the latest logged edit catches them.
        """
        stats = events.order_by().aggregate(
            count=Count("pk"), published=Max("last_published_at")
        )
        edited = _last_logged_edit()
        moments = [moment for moment in (stats["published"], edited) if moment]
        state = (get_language(), *key, stats["count"], stats["published"], edited)
        digest = hashlib.sha256(repr(state).encode()).hexdigest()[:32]
        # Weak: DTSTAMP makes each body different, but they mean the same calendar.
        return cls(etag=f'W/"{digest}"', last_modified=max(moments, default=None))


@require_safe
def calendar_feed_response(request, index_page):
    """All public events under ``index_page`` in the request's language."""
    filters = FeedFilters.from_query(request.GET)
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
        version=FeedVersion.of(events, index_page.pk, *filters.key()),
        file_name=f"{file_name}.ics",
        name=name,
        description=describe(index_page, request) or name,
        events=events.defer_streamfields().order_by("start", "pk"),
    )


@require_safe
def event_feed_response(request, event):
    """One event, to add to a calendar."""
    return _respond(
        request,
        version=FeedVersion.of(type(event).objects.filter(pk=event.pk), event.pk),
        file_name=f"{event.slug}.ics",
        name=event.title,
        description=event.summary,
        events=[event],
    )


def _respond(request, *, version, file_name, name, description, events):
    """A 304 when the client's copy is current, else the calendar of ``events``."""
    last_modified = version.last_modified
    response = get_conditional_response(
        request,
        etag=version.etag,
        last_modified=int(last_modified.timestamp()) if last_modified else None,
    )
    if response is None:
        # icalendar takes a tenth of a second to import; only this path needs it.
        from .ical import events_calendar

        calendar = events_calendar(
            name, description, events, request=request, stamp=timezone.now()
        )
        response = HttpResponse(calendar, content_type=CONTENT_TYPE)
        response["Content-Disposition"] = content_disposition_header(
            as_attachment=True, filename=file_name
        )
    response["ETag"] = version.etag
    if last_modified:
        response["Last-Modified"] = http_date(last_modified.timestamp())
    # Wagtail makes this private and uncached when the page is behind a password or login.
    patch_cache_control(response, public=True, max_age=CACHE_SECONDS)
    return response


def _last_logged_edit():
    """When an editor last changed an event, the index, a venue or a category."""
    page_types = ContentType.objects.get_for_models(
        _model("EventPage"), _model("EventIndexPage")
    ).values()
    snippet_types = ContentType.objects.get_for_models(
        _model("Venue"), _model("EventCategory")
    ).values()
    moments = [
        log_model.objects.filter(content_type__in=list(types))
        .order_by("-timestamp")
        .values_list("timestamp", flat=True)
        .first()
        for log_model, types in (
            (PageLogEntry, page_types),
            (ModelLogEntry, snippet_types),
        )
    ]
    return max(filter(None, moments), default=None)


def _model(name):
    return apps.get_model("events", name)
