"""The calendar feeds over HTTP: which events, in which language, and when to answer 304.

The pages' routes call in here with what a feed needs (its events, the categories it
may be narrowed to, the stored text of its VEVENTs), so this module needs no model.
"""

import hashlib
from dataclasses import dataclass

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Max, Min, Q, Sum
from django.http import Http404
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import get_language
from wagtail.models import PageLogEntry

from core.generation import remembered
from core.http import Version, conditional_response
from core.query import query_text
from core.seo import describe
from directory.enums import Country

from .enums import EventStatus
from .ical import joined_calendar
from .querysets import PAST_IN_FEEDS

# Subscribed apps are told to refresh hourly (REFRESH-INTERVAL); caches may keep as long.
CACHE_SECONDS = 3600
CONTENT_TYPE = "text/calendar; charset=utf-8"


@dataclass(frozen=True)
class FeedFilters:
    """What ``?category=<slug>&country=<code>`` narrows the feed to."""

    category: object = None
    country: str = ""

    @classmethod
    def from_query(cls, query, known_categories):
        """The filters asked for, the category looked up among ``known_categories()``
        (asked only when a category is); an unknown category or country is a 404, so
        a mistyped subscription fails at once instead of staying empty for ever."""
        slug = query_text(query, "category")
        country = query_text(query, "country").upper()
        category = None
        if slug:
            category = known_categories().filter(slug=slug).first()
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


def feed_version(find_events, *key):
    """The version of a feed of the events ``find_events()`` gives (a queryset, built
    only when the version is not kept), with ``key`` telling feeds apart.

    Derived from what the feed holds, so that saving a draft or a private event changes
    nothing: which events it includes (their number and ids), when the last of them was
    published or had its text changed by a venue, organiser or category edit
    (``shown_changed_at``), and the last removal (unpublish, delete, move, restriction)
    of an event page, which the remaining events cannot show. Two aggregate queries,
    whatever the number of events, and no event loaded; kept in the process until the
    next change to public content (core.generation) or until the first of the events
    is due to leave the feeds (PAST_IN_FEEDS, the cancelled events' retention), so that
    a conditional request is answered without a query.
    """
    kept = remembered(
        ("feed version", get_language(), *key),
        lambda: _feed_version(find_events(), *key),
        still_valid=lambda version: (
            version.valid_until is None or timezone.now() < version.valid_until
        ),
    )
    return kept.version


@dataclass(frozen=True)
class _KeptVersion:
    version: Version
    valid_until: object  # the first moment an included event may leave the feed


def _feed_version(events, *key):
    included = events.order_by().aggregate(
        count=Count("pk"),
        ids=Sum("pk"),
        published=Max("last_published_at"),
        shown=Max("shown_changed_at"),
        first_end=Min("series_end"),
        first_cancelled=Min("cancelled_at", filter=Q(status=EventStatus.CANCELLED)),
    )
    first_end = included.pop("first_end")
    first_cancelled = included.pop("first_cancelled")
    # Restricting or deleting a draft that was never published removes nothing.
    removed = PageLogEntry.objects.filter(
        Q(action="wagtail.delete") | Q(page__first_published_at__isnull=False),
        content_type=ContentType.objects.get_for_model(events.model),
        action__in=REMOVALS,
    ).aggregate(last=Max("timestamp"))["last"]
    state = (get_language(), *key, sorted(included.items()), removed)
    digest = hashlib.sha256(repr(state).encode()).hexdigest()[:32]
    moments = [included["published"], included["shown"], removed]
    leaving = [
        moment
        for moment in (
            first_end and first_end + PAST_IN_FEEDS,
            first_cancelled
            and first_cancelled + settings.KIZUNA_CANCELLED_EVENT_RETENTION,
        )
        if moment
    ]
    # Weak: DTSTAMP makes each body different, but they mean the same calendar.
    version = Version(
        etag=f'W/"{digest}"',
        last_modified=max([moment for moment in moments if moment], default=None),
    )
    return _KeptVersion(version, min(leaving, default=None))


def calendar_feed_response(request, index_page, *, known_categories, texts):
    """All public events under ``index_page`` in the request's language; ``texts``
    is the manager of their stored VEVENTs (EventFeedText). Querysets are built only
    when needed: a poll answered 304 from the kept version builds none."""
    filters = FeedFilters.from_query(request.GET, known_categories)

    def find_events():
        return filters.apply(index_page.get_events().in_feeds(timezone.now()))

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
        version=feed_version(find_events, index_page.pk, *filters.key()),
        file_name=f"{file_name}.ics",
        name=name,
        description=lambda: describe(index_page, request) or name,
        find_events=find_events,
        texts=texts,
    )


def event_feed_response(request, event, *, texts):
    """One event, to add to a calendar."""

    def find_events():
        return type(event).objects.filter(pk=event.pk)

    return _respond(
        request,
        version=feed_version(find_events, event.pk),
        file_name=f"{event.slug}.ics",
        name=event.title,
        description=lambda: event.summary,
        find_events=find_events,
        texts=texts,
    )


def _respond(request, *, version, file_name, name, description, find_events, texts):
    """A 304 when the client's copy is current, else the calendar joining the stored
    VEVENTs of ``find_events()`` (``description()`` gives its description, read only
    then)."""

    def build():
        serialized = texts.for_feed(find_events(), request)
        return joined_calendar(name, description(), serialized, stamp=timezone.now())

    # Wagtail makes this private and uncached when the page is behind a password or login.
    return conditional_response(
        request,
        version=version,
        build=build,
        content_type=CONTENT_TYPE,
        file_name=file_name,
        cache_control={"public": True, "max_age": CACHE_SECONDS},
    )
