"""What the calendar pages show: the visitor's choices read from the URL, and the dates
each view lists, expanded by EventPage.occurrences like the iCalendar feed."""

import datetime
import re
from collections import defaultdict
from dataclasses import dataclass, replace

from django.utils.http import urlencode

from core.pagination import paginate
from directory.enums import Country

from .time_display import chosen_zone, local_days

# Repeating events list their dates this far ahead (a rule may never end).
UPCOMING_HORIZON = datetime.timedelta(days=366)
# Bounds before and after any event, for windows that are open at one end.
FAR_PAST = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)
FAR_FUTURE = datetime.datetime(2200, 1, 1, tzinfo=datetime.UTC)
# Dates are read in zones up to 14 hours from UTC: a day either side covers them.
ZONE_MARGIN = datetime.timedelta(days=1)
MONTH_PATTERN = re.compile(r"(\d{4})-(\d{2})")
PER_PAGE = 20
EVENT_PAGE_DATES = 12


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
        """Read ``request.GET``; an unreadable month shows the current one."""
        month = query.get("month")
        if month is not None and parse_month(month) is None:
            month = f"{today:%Y-%m}"
        country = query.get("country", "")
        return cls(
            month=month or "",
            archive=not month and query.get("archive") == "1",
            category=query.get("category", "")[:100],
            country=country if country in Country.values else "",
            city=query.get("city", "")[:100],
            tz=chosen_zone(query.get("tz", "")),
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
class Day:
    date: datetime.date
    occurrences: list


def parse_month(text):
    """The first day of a ``YYYY-MM`` month, or None."""
    match = MONTH_PATTERN.fullmatch(text or "")
    if not match or not 1900 <= int(match[1]) <= 2999 or not 1 <= int(match[2]) <= 12:
        return None
    return datetime.date(int(match[1]), int(match[2]), 1)


def next_month_start(day):
    return (day.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)


def upcoming(events, now):
    """Dates still to come or under way, soonest first."""
    found = []
    for event in events.overlapping(now, FAR_FUTURE):
        until = now + UPCOMING_HORIZON if event.rrule else FAR_FUTURE
        found.extend(event.occurrences(now, until))
    return sorted(found, key=lambda occurrence: occurrence.start)


def next_dates(events, now, count):
    """The next date of each of the ``count`` soonest events."""
    seen = set()
    found = []
    for occurrence in upcoming(events, now):
        if occurrence.event.pk not in seen and len(found) < count:
            seen.add(occurrence.event.pk)
            found.append(occurrence)
    return found


def past(events, now):
    """Dates that are over, the most recent first."""
    found = [
        occurrence
        for event in events.overlapping(FAR_PAST, now)
        for occurrence in event.occurrences(FAR_PAST, now)
        if occurrence.end <= now
    ]
    return sorted(found, key=lambda occurrence: occurrence.start, reverse=True)


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


def calendar_view(request, events, query, now):
    """The context of the view the visitor chose."""
    if query.view == "month":
        return {"days": month_days(events, query.month_start, query.tz)}
    dates = past(events, now) if query.view == "archive" else upcoming(events, now)
    return {"occurrences": paginate(request, dates, PER_PAGE)}


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
    shown = coming[:1] or event.occurrences(FAR_PAST, now)[-1:]
    return (shown[0] if shown else None), coming[:EVENT_PAGE_DATES]
