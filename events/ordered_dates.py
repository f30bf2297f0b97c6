"""Dates of many events in order, soonest or latest first, without expanding them all.

An event with no repeat rule and no date changes has one date, its own start and end.
Such events are the many: the database gives their dates in order as narrow rows
(OneDate), no further than a listing's cap, and only the events a page shows are then
loaded. The others (series, mostly) are few: their dates are expanded in Python and
merged in. Ties go by page path, as when every event was expanded in tree order and
sorted stably.
"""

import datetime
import heapq
from dataclasses import dataclass
from itertools import islice

from django.db.models import F

from . import recurrence
from .enums import EventStatus

# Repeating events list their dates this far ahead, and the archive their dates this
# far back (a rule may never end, and a long series would fill every page).
UPCOMING_HORIZON = datetime.timedelta(days=366)
# The archive reaches back this far.
ARCHIVE_SPAN = datetime.timedelta(days=3653)
# No listing collects more dates than this, nor more than MAX_DATES_PER_EVENT of one event.
MAX_LISTED = 1000
MAX_DATES_PER_EVENT = 100
FAR_FUTURE = datetime.datetime(recurrence.LAST_YEAR + 1, 1, 1, tzinfo=datetime.UTC)
ONE_MICROSECOND = datetime.timedelta(microseconds=1)


@dataclass(frozen=True)
class OneDate:
    """The date of an event that has only its own, before the event is loaded."""

    event_id: int
    start: datetime.datetime
    path: str
    status: str

    @property
    def is_cancelled(self):
        return self.status == EventStatus.CANCELLED


def event_id(item):
    """The event a OneDate or an Occurrence is a date of."""
    return item.event_id if isinstance(item, OneDate) else item.event.pk


def _path(item):
    return item.path if isinstance(item, OneDate) else item.event.path


def soonest_first(item):
    return (item.start, _path(item))


def latest_first(item):
    # Microseconds since FAR_FUTURE: exact, and growing as starts get earlier.
    return ((FAR_FUTURE - item.start) // ONE_MICROSECOND, _path(item))


def one_date(event):
    """The only date of an event without repeat rule or date changes."""
    return recurrence.Occurrence(
        event=event,
        start=event.start,
        end=event.end,
        recurrence_id=None,
        status=event.status,
    )


def _one_dates(events, ordering, first_chunk):
    """The OneDates of ``events`` in ``ordering``: ``first_chunk`` rows read first, then
    twice as many each time more are wanted, never more than MAX_LISTED in all."""
    rows = events.prefetch_related(None).order_by(*ordering)
    rows = rows.values_list("pk", "start", "path", "status")
    offset, size = 0, first_chunk
    while offset < MAX_LISTED:
        size = min(size, MAX_LISTED - offset)
        chunk = list(rows[offset : offset + size])
        yield from (OneDate(*row) for row in chunk)
        if len(chunk) < size:
            return
        offset, size = offset + size, size * 2


def _merged(one_dates, expanded, key):
    """The first MAX_LISTED of both, in ``key`` order."""
    return islice(
        heapq.merge(one_dates, sorted(expanded, key=key), key=key), MAX_LISTED
    )


def upcoming_dates(events, now, first_chunk=MAX_LISTED):
    """Dates still to come or under way, soonest first (at most MAX_LISTED), as
    OneDates and Occurrences; ``first_chunk`` is how many a caller expects to read."""
    ahead = events.overlapping(now, FAR_FUTURE)
    expanded = (
        occurrence
        for event in ahead.with_dates_to_expand()
        for occurrence in event.occurrences(
            now, now + UPCOMING_HORIZON if event.rrule else FAR_FUTURE
        )[:MAX_DATES_PER_EVENT]
    )
    singles = ahead.with_one_date().filter(end__gt=now)
    return _merged(
        _one_dates(singles, ("start", "path"), first_chunk), expanded, soonest_first
    )


def past_dates(events, now):
    """Dates that are over, the most recent first: from the last ARCHIVE_SPAN, a
    repeating event's from its last UPCOMING_HORIZON (at most MAX_LISTED)."""
    over = events.overlapping(now - ARCHIVE_SPAN, now)
    expanded = (
        occurrence
        for event in over.with_dates_to_expand()
        for occurrence in last_dates(event, now, ARCHIVE_SPAN)
        if occurrence.end <= now
    )
    # The date an event without duration ends on lies outside the window
    # EventPage.occurrences reads it in (see last_dates), so the archive has none.
    singles = over.with_one_date().filter(
        end__lte=now, end__gt=now - ARCHIVE_SPAN, start__lt=F("end")
    )
    return _merged(
        _one_dates(singles, ("-start", "path"), MAX_LISTED), expanded, latest_first
    )


def last_dates(event, now, span):
    """The event's last dates before ``now`` (at most MAX_DATES_PER_EVENT), looked for
    within ``span`` back, or within UPCOMING_HORIZON before the end of a series."""
    end = min(now, event.series_end or now)
    start = end - (UPCOMING_HORIZON if event.rrule else span)
    return event.occurrences(start, end)[-MAX_DATES_PER_EVENT:]


def loaded(events, items):
    """``items`` with each OneDate replaced by its event's date, those events read in
    one query; a OneDate whose event has gone since is left out (as None)."""
    wanted = [item.event_id for item in items if isinstance(item, OneDate)]
    pages = events.prefetch_related(None).in_bulk(wanted) if wanted else {}
    return [
        (one_date(pages[item.event_id]) if item.event_id in pages else None)
        if isinstance(item, OneDate)
        else item
        for item in items
    ]


class LoadedOnSlicing:
    """A listing's items known up front, their events loaded only when a slice of them
    is taken: what Paginator reads (count, then the page's slice)."""

    def __init__(self, items, load):
        self.items = items
        self.load = load

    def count(self):
        return len(self.items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self.load(self.items[index])
        return self.load([self.items[index]])[0]
