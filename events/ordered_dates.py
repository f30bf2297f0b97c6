"""Dates of many events in order, soonest or latest first, without expanding them all.

An event with no repeat rule and no date changes has one date, its own start and end.
Such events are the many: the database gives their dates in order as narrow rows
(OneDate), no further than a listing's cap, and only the events a page shows are then
loaded. The others (series, mostly) are few: their dates are expanded in Python and
merged in, each series only once the dates listed reach its start (its end, in the
archive). Ties go by page path, as when every event was expanded in tree order and
sorted stably.
"""

import datetime
import heapq
import itertools
from dataclasses import dataclass

from django.db.models import Q

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
    return _latest_first_key(item.start, _path(item))


def _latest_first_key(moment, path):
    # Microseconds before FAR_FUTURE: exact, and growing as moments get earlier.
    return ((FAR_FUTURE - moment) // ONE_MICROSECOND, path)


def one_date(event):
    """The only date of an event without repeat rule or date changes."""
    return recurrence.Occurrence(
        event=event,
        start=event.start,
        end=event.end,
        recurrence_id=None,
        status=event.status,
    )


def _chunks(rows, first_chunk):
    """The rows of ``rows`` (an ordered queryset) in lists: ``first_chunk`` read first,
    then twice as many each time more are wanted, never more than MAX_LISTED in all."""
    offset, size = 0, max(first_chunk, 1)
    while offset < MAX_LISTED:
        size = min(size, MAX_LISTED - offset)
        chunk = list(rows[offset : offset + size])
        yield chunk
        if len(chunk) < size:
            return
        offset, size = offset + size, size * 2


class _OneDates:
    """The OneDates of ``events`` in ``ordering``, read in chunks (see _chunks),
    remembering how many were read and the start of the last."""

    def __init__(self, events, ordering, first_chunk):
        rows = events.prefetch_related(None).order_by(*ordering)
        fields = rows.values_list("pk", "start", "path", "status")
        self.chunks = _chunks(fields, first_chunk)
        self.read = 0
        self.last_start = None

    def __iter__(self):
        for chunk in self.chunks:
            self.read += len(chunk)
            self.last_start = chunk[-1][1] if chunk else self.last_start
            yield from (OneDate(*row) for row in chunk)

    def narrow(self, events, lookup):
        """``events`` less those that cannot come before the last OneDate read, once
        MAX_LISTED are read, since the dates listed end there: ``lookup`` compares an
        event's bound with that start ("start__lte" for the soonest first)."""
        if self.read < MAX_LISTED:
            return events
        return events.filter(**{lookup: self.last_start})


def _later(events, one_dates, lookup, first_chunk):
    """``events`` (ordered by their bound) in chunks, read once ``one_dates`` has
    begun, so that past MAX_LISTED of them no event listed after is loaded."""
    for chunk in _chunks(one_dates.narrow(events, lookup), first_chunk):
        yield from chunk


def _merged(one_dates, expanded, later, *, key, bound, expand):
    """The first MAX_LISTED dates, in ``key`` order, of: ``one_dates`` (in that order),
    ``expanded`` (each event's dates in their order), and the events of ``later`` (in
    ``bound`` order, ``bound(event)`` being a key none of its dates comes before),
    each expanded by ``expand`` only when the dates reach its bound, so that events
    no listing reaches are never expanded. Equal keys keep the order dates came in."""
    heap, order = [], itertools.count()
    sources = {"one date": iter(one_dates), "later": iter(later)}
    keys = {"one date": key, "later": bound}

    def push(kind, item, item_key):
        heapq.heappush(heap, (item_key, next(order), kind, item))

    def advance(kind):
        item = next(sources[kind], None)
        if item is not None:
            push(kind, item, keys[kind](item))

    for occurrence in expanded:
        push("date", occurrence, key(occurrence))
    advance("one date")
    advance("later")
    given = 0
    while heap and given < MAX_LISTED:
        _key, _order, kind, item = heapq.heappop(heap)
        if kind == "later":
            for occurrence in expand(item):
                push("date", occurrence, key(occurrence))
            advance("later")
            continue
        # Yielded before the next is read: a caller that stops reads no more rows.
        yield item
        given += 1
        if kind == "one date":
            advance("one date")


def upcoming_dates(events, now, first_chunk=MAX_LISTED):
    """Dates still to come or under way, soonest first (at most MAX_LISTED), as
    OneDates and Occurrences; ``first_chunk`` is how many a caller expects to read."""
    ahead = events.overlapping(now, FAR_FUTURE)
    to_expand = ahead.with_dates_to_expand()

    def expand(event):
        until = now + UPCOMING_HORIZON if event.rrule else FAR_FUTURE
        return event.occurrences(now, until)[:MAX_DATES_PER_EVENT]

    singles = ahead.with_one_date().filter(end__gt=now)
    one_dates = _OneDates(singles, ("start", "path"), first_chunk)
    later = to_expand.not_rescheduled().order_by("start", "path")
    return _merged(
        one_dates,
        # Added and moved dates may come before the start: expanded at once.
        (o for event in to_expand.rescheduled() for o in expand(event)),
        # Any other date comes on or after the event's start.
        _later(later, one_dates, "start__lte", first_chunk),
        key=soonest_first,
        bound=lambda event: (event.start, event.path),
        expand=expand,
    )


def past_dates(events, now):
    """Dates that are over, the most recent first: from the last ARCHIVE_SPAN, a
    repeating event's from its last UPCOMING_HORIZON (at most MAX_LISTED)."""
    over = events.overlapping(now - ARCHIVE_SPAN, now)
    singles = over.with_one_date().filter(end__lte=now, end__gt=now - ARCHIVE_SPAN)
    to_expand = over.with_dates_to_expand()
    # A series over by now has no date after its end; the others (still running or
    # without end) are expanded at once.
    ended = Q(series_end__lte=now)

    def expand(event):
        return [o for o in last_dates(event, now, ARCHIVE_SPAN) if o.end <= now]

    one_dates = _OneDates(singles, ("-start", "path"), MAX_LISTED)
    later = to_expand.filter(ended).order_by("-series_end", "path")
    return _merged(
        one_dates,
        (o for event in to_expand.exclude(ended) for o in expand(event)),
        _later(later, one_dates, "series_end__gte", MAX_LISTED),
        key=latest_first,
        bound=lambda event: _latest_first_key(event.series_end, event.path),
        expand=expand,
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
