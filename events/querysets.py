"""The questions listings and feeds ask of events, each one query."""

import datetime

from django.conf import settings
from django.db.models import Q
from wagtail.models import PageManager
from wagtail.query import PageQuerySet

from core.visibility import public

from .enums import DateChangeKind, EventStatus

# Subscribers keep what they fetched; a feed stops carrying an event this long after
# its last date, so it does not grow with the calendar's history.
PAST_IN_FEEDS = datetime.timedelta(days=366)


class EventPageQuerySet(PageQuerySet):
    def public_listing(self):
        """Live events a visitor may see, with what listings show fetched up front
        (their venue, and the date changes their dates are read with) and without
        their bodies, which no listing shows."""
        return public(
            self.live()
            .defer_streamfields()
            .select_related("venue")
            .prefetch_related("date_changes")
        )

    def with_one_date(self):
        """Events whose only date is their own start and end: no repeat rule and no
        date changes (so listings can read their dates in order from the database)."""
        return self.filter(rrule="", date_changes__isnull=True)

    def with_dates_to_expand(self):
        """The other events, whose dates EventPage.occurrences works out."""
        changed = self.model.objects.filter(date_changes__isnull=False)
        return self.filter(~Q(rrule="") | Q(pk__in=changed.values("pk")))

    def rescheduled(self):
        """Events with a date added or moved, which may come before their start."""
        return self.filter(pk__in=self._rescheduled_ids())

    def not_rescheduled(self):
        return self.exclude(pk__in=self._rescheduled_ids())

    def _rescheduled_ids(self):
        kinds = (DateChangeKind.ADD, DateChangeKind.MOVE)
        return self.model.objects.filter(date_changes__kind__in=kinds).values("pk")

    def overlapping(self, window_start, window_end):
        """Events with at least one date that may fall in [window_start, window_end)."""
        return self.filter(start__lt=window_end).filter(
            Q(series_end__isnull=True) | Q(series_end__gt=window_start)
        )

    def in_feeds(self, now):
        """What calendar feeds carry: events not over for more than PAST_IN_FEEDS, and
        cancelled ones only for the retention period."""
        cutoff = now - settings.KIZUNA_CANCELLED_EVENT_RETENTION
        return self.exclude(
            status=EventStatus.CANCELLED, cancelled_at__lt=cutoff
        ).exclude(series_end__lt=now - PAST_IN_FEEDS)

    def in_category(self, slug):
        return self.filter(categories__slug=slug).distinct() if slug else self

    def in_country(self, country):
        return self.filter(venue__country=country) if country else self


EventPageManager = PageManager.from_queryset(EventPageQuerySet)
