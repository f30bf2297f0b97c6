"""What the calendar pages show: the visitor's choices read from the URL, and the dates
each view lists, expanded by EventPage.occurrences like the iCalendar feed."""

import datetime
import re
from collections import defaultdict
from dataclasses import dataclass, replace

from django.db.models import Q
from django.utils.http import urlencode
from django.utils.text import capfirst

from core.pagination import paginate
from core.query import query_text
from core.visibility import public
from directory.enums import Country

from . import series
from .ordered_dates import (
    FAR_FUTURE,
    MAX_LISTED,
    UPCOMING_HORIZON,
    LoadedOnSlicing,
    event_id,
    last_dates,
    loaded,
    one_date,
    past_dates,
    upcoming_dates,
)
from .rule_text import describe_rule
from .time_display import chosen_zone, local_days, month_title

# Visitors may open months this many years around today: it bounds what one month
# view expands, as ordered_dates' caps bound the other views.
MONTH_YEARS_AROUND_TODAY = 10
# Dates are read in zones up to 14 hours from UTC: a day either side covers them.
ZONE_MARGIN = datetime.timedelta(days=1)
MONTH_PATTERN = re.compile(r"(\d{4})-(\d{2})")
PER_PAGE = 20
# A series in the upcoming list shows this many dates after its next one.
FOLLOWING_SHOWN = 2
EVENT_PAGE_DATES = 12
# A seminar week's programme lists at most this many events.
MAX_PROGRAMME = 100


@dataclass(frozen=True)
class CalendarQuery:
    """View (upcoming, a month, the archive), filters and the zone times are read in."""

    month: str = ""
    archive: bool = False
    category: str = ""
    country: str = ""
    city: str = ""
    tz: str = ""

    @classmethod
    def from_query(cls, query, today):
        """Read ``request.GET``; an unreadable month shows the current one, a month
        more than MONTH_YEARS_AROUND_TODAY away the nearest one that is not."""
        month = query_text(query, "month") if "month" in query else None
        if month is not None:
            first_day = parse_month(month)
            month = f"{clamp_month(first_day, today) if first_day else today:%Y-%m}"
        country = query_text(query, "country")
        return cls(
            month=month or "",
            archive=not month and query_text(query, "archive") == "1",
            category=query_text(query, "category"),
            country=country if country in Country.values else "",
            city=query_text(query, "city"),
            tz=chosen_zone(query_text(query, "tz")),
        )

    @property
    def view(self):
        if self.month:
            return "month"
        return "archive" if self.archive else "upcoming"

    @property
    def month_start(self):
        return parse_month(self.month)

    @property
    def previous_month(self):
        return f"{self.month_start - datetime.timedelta(days=1):%Y-%m}"

    @property
    def next_month(self):
        return f"{next_month_start(self.month_start):%Y-%m}"

    @property
    def filtered(self):
        return bool(self.category or self.country or self.city)

    def apply(self, events):
        """The events these filters let through."""
        events = events.in_category(self.category).in_country(self.country)
        # Links carry the city's English name, so they work in every language.
        return events.filter(venue__city_en=self.city) if self.city else events

    def query_string(self, **changes):
        """``?…`` for this query with ``changes`` (None or "" removes a value)."""
        values = {
            name: "1" if value is True else value
            for name, value in vars(replace(self, **changes)).items()
            if value not in ("", None, False)
        }
        return "?" + urlencode(values) if values else "?"

    def feed_query_string(self):
        """The filters the iCalendar feed understands, to subscribe to what is shown."""
        values = {"category": self.category, "country": self.country}
        values = {name: value for name, value in values.items() if value}
        return "?" + urlencode(values) if values else ""


@dataclass(frozen=True)
class Entry:
    """One event in the upcoming list: its next date and, for a series, the few after."""

    occurrence: object
    following: tuple = ()

    @property
    def repeats(self):
        """The rule in words ("Every second Saturday"), or its frequency alone when
        words cannot say all the rule does."""
        event = self.occurrence.event
        if not event.rrule:
            return ""
        words = describe_rule(event.rrule, event.start, event.zone)
        return capfirst(words) if words else series.repeats_text(event)


@dataclass(frozen=True)
class Day:
    date: datetime.date
    occurrences: list


def parse_month(text):
    """The first day of a ``YYYY-MM`` month, or None."""
    match = MONTH_PATTERN.fullmatch(text or "")
    if not match or not 1900 <= int(match[1]) <= 2999 or not 1 <= int(match[2]) <= 12:
        return None
    return datetime.date(int(match[1]), int(match[2]), 1)


def month_range(today):
    """The first and last months visitors may open."""
    years = MONTH_YEARS_AROUND_TODAY
    return (
        datetime.date(today.year - years, today.month, 1),
        datetime.date(today.year + years, today.month, 1),
    )


def clamp_month(first_day, today):
    """``first_day`` (of a month), or the nearest month visitors may open."""
    earliest, latest = month_range(today)
    return min(max(first_day, earliest), latest)


def month_notices(params, query, today):
    """Whether the month asked for could not be read, or lay outside the months
    visitors may open (then the nearest one is shown), with that range for the notice."""
    asked = parse_month(query_text(params, "month")) if "month" in params else None
    earliest, latest = month_range(today)
    return {
        "month_unreadable": "month" in params and asked is None,
        "month_out_of_range": asked is not None and asked != query.month_start,
        "first_month": earliest,
        "last_month": latest,
    }


def next_month_start(day):
    return (day.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)


def upcoming(events, now):
    """Dates still to come or under way, soonest first (at most MAX_LISTED)."""
    return [
        occurrence
        for occurrence in loaded(events, list(upcoming_dates(events, now)))
        if occurrence
    ]


def upcoming_entries(events, now):
    """Each event once, at its next date, a series with its FOLLOWING_SHOWN following
    dates, soonest first: grouped from ``upcoming_dates``, so within its caps. Only the
    events of the slice taken (a page) are loaded."""
    grouped = {}
    for item in upcoming_dates(events, now):
        grouped.setdefault(event_id(item), []).append(item)

    def entries(groups):
        # A OneDate is the only date of its event: each group's first is all to load.
        firsts = loaded(events, [dates[0] for dates in groups])
        return [
            Entry(first, tuple(dates[1 : 1 + FOLLOWING_SHOWN]))
            for first, dates in zip(firsts, groups, strict=True)
            if first
        ]

    return LoadedOnSlicing(list(grouped.values()), entries)


def next_dates(events, now, count, *, include_cancelled=True):
    """The next date of each of the ``count`` soonest events; without cancelled dates
    when ``include_cancelled`` is false (the home page gives them no slot)."""
    found = {}
    for item in upcoming_dates(events, now, first_chunk=count):
        if event_id(item) in found or (item.is_cancelled and not include_cancelled):
            continue
        found[event_id(item)] = item
        if len(found) == count:
            break
    return [
        occurrence for occurrence in loaded(events, list(found.values())) if occurrence
    ]


def past(events, now):
    """Dates that are over, the most recent first (see ``past_dates``); only the events
    of the slice taken (a page) are loaded."""

    def occurrences(items):
        return [occurrence for occurrence in loaded(events, items) if occurrence]

    return LoadedOnSlicing(list(past_dates(events, now)), occurrences)


def month_days(events, first_day, chosen=""):
    """The days of a month that have events, each with the dates that fall on it.

    A date belongs to the days it covers as the visitor reads it (see local_days); one
    that began in the month before is listed on the 1st.
    """
    following = next_month_start(first_day)
    window_start = (
        datetime.datetime.combine(first_day, datetime.time(), datetime.UTC)
        - ZONE_MARGIN
    )
    window_end = (
        datetime.datetime.combine(following, datetime.time(), datetime.UTC)
        + ZONE_MARGIN
    )
    days = defaultdict(list)
    for event in events.overlapping(window_start, window_end):
        for occurrence in event.occurrences(window_start, window_end):
            start_day, end_day = local_days(occurrence, chosen)
            if start_day < following and end_day >= first_day:
                days[max(start_day, first_day)].append(occurrence)
    return [
        Day(day, sorted(found, key=lambda occurrence: occurrence.start))
        for day, found in sorted(days.items())
    ]


def first_day_from(events, first_day, chosen=""):
    """The first day on or after ``first_day`` with a date of ``events``, as the visitor
    reads it, or None: one query, ordered by start, read until no later event can come
    sooner (at most MAX_LISTED events; a series is looked at a year ahead)."""
    moment = datetime.datetime.combine(first_day, datetime.time(), datetime.UTC)
    window_start = moment - ZONE_MARGIN
    candidates = events.overlapping(window_start, FAR_FUTURE).filter(
        Q(start__gte=window_start) | ~Q(rrule="")
    )
    found = None
    for event in candidates.order_by("start")[:MAX_LISTED]:
        if found and event.start.date() > found + ZONE_MARGIN:
            break
        until = window_start + UPCOMING_HORIZON if event.rrule else FAR_FUTURE
        days = (
            local_days(occurrence, chosen)[0]
            for occurrence in event.occurrences(window_start, until)
        )
        day = next((day for day in days if day >= first_day), None)
        if day and (found is None or day < found):
            found = day
    return found


def calendar_view(request, events, query, now):
    """The context of the view the visitor chose."""
    if query.view == "month":
        days = month_days(events, query.month_start, query.tz)
        following = next_month_start(query.month_start)
        later = None if days else first_day_from(events, following, query.tz)
        return {
            "days": days,
            "previous_month_title": month_title(parse_month(query.previous_month)),
            "next_month_title": month_title(following),
            "next_events_month": f"{later:%Y-%m}" if later else "",
            "next_events_title": month_title(later) if later else "",
        }
    if query.view == "archive":
        return {"listed": paginate(request, past(events, now), PER_PAGE)}
    return {"listed": paginate(request, upcoming_entries(events, now), PER_PAGE)}


def places(venues):
    """(countries, cities) of these venues for filter links: (value, label) pairs, a
    city's value being its English name."""
    used = {venue.country for venue in venues}
    countries = [(value, label) for value, label in Country.choices if value in used]
    cities = {venue.city_en: venue.city for venue in venues}
    return countries, sorted(cities.items(), key=lambda city: city[1])


def event_dates(event, now):
    """(the date to show, the dates still to come) of one event.

    The date shown is the next one, or the last one once the event is over.
    """
    until = now + UPCOMING_HORIZON if event.rrule else FAR_FUTURE
    coming = event.occurrences(now, until)
    shown = coming[:1] or last_dates(event, now, now - event.start)[-1:]
    return (shown[0] if shown else None), coming[:EVENT_PAGE_DATES]


def programme(event):
    """The programme of a multi-day all-day event: the public single events that start
    and end within its days, at its venue or in its venue's city, or, for a week held
    in several places (no venue), those sharing a category with it. Soonest first, one
    query, at most MAX_PROGRAMME, as dates to show; empty for any other event."""
    multi_day = event.all_day and event.end - event.start > datetime.timedelta(days=1)
    if not multi_day or event.rrule:
        return []
    pages = type(event).objects
    venue = event.venue
    if venue is None:
        place = Q(categories__in=pages.filter(pk=event.pk).values("categories"))
    else:
        place = Q(venue=venue) | Q(
            venue__city_en=venue.city_en, venue__country=venue.country
        )
    found = (
        public(pages.live())
        .defer_streamfields()
        .select_related("venue")
        .filter(place, rrule="", start__gte=event.start, end__lte=event.end)
        .exclude(pk=event.pk)
        .distinct()
        .order_by("start", "pk")[:MAX_PROGRAMME]
    )
    return [one_date(part) for part in found]
