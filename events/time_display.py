"""Event times as a visitor reads them.

A time is read first in the event's own zone (or the exchange zone the visitor chose) and
shown beside it in the other zones of the exchange: "10:00–12:00 ICT (12:00–14:00 JST)".
Dates and times are written by Babel the way the active language writes them, on a
24-hour clock in every language, and in Khmer digits in Khmer, as Cambodian official
sites write them ("១០:០០ - ១២:០០ ICT").
"""

import datetime
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import (
    format_date,
    format_skeleton,
    get_timezone_location,
    get_timezone_name,
)

from core.languages import babel_locale, local_digits
from core.timezones import EXCHANGE_TIME_ZONES

# tzdata writes "+07" for Phnom Penh; visitors on both sides know it as ICT.
ZONE_ABBREVIATIONS = {"Asia/Phnom_Penh": "ICT", "Asia/Tokyo": "JST"}

# An end is exclusive: an event ending at midnight ends on the day before.
JUST_BEFORE = datetime.timedelta(microseconds=1)


@dataclass(frozen=True)
class ZonedTimes:
    """An occurrence's times in one zone: "10:00–12:00", "ICT", "Indochina Time"."""

    text: str
    abbreviation: str
    name: str


@dataclass(frozen=True)
class When:
    """What a visitor reads of an occurrence's date and times."""

    dates: str
    # The start as an HTML datetime attribute, in the zone the visitor reads it in.
    datetime: str
    # First the zone the time is read in, then the others; empty for an all-day event.
    times: tuple[ZonedTimes, ...]

    @property
    def main_times(self):
        return self.times[0] if self.times else None

    @property
    def other_times(self):
        return self.times[1:]


@dataclass(frozen=True)
class ZoneOption:
    """A zone a visitor may read every time in (the ?tz= choice)."""

    name: str
    label: str
    abbreviation: str


def chosen_zone(value):
    """The exchange zone a visitor asked for with ?tz=…, or "" for each event's own."""
    return value if value in EXCHANGE_TIME_ZONES else ""


def zone_options():
    locale = _locale()
    return [
        ZoneOption(
            name,
            get_timezone_location(ZoneInfo(name), locale=locale),
            ZONE_ABBREVIATIONS[name],
        )
        for name in EXCHANGE_TIME_ZONES
    ]


def zone_abbreviation(zone, instant):
    """ICT, JST, or the zone's own abbreviation at that instant (CET, CEST, …)."""
    return ZONE_ABBREVIATIONS.get(zone.key) or instant.astimezone(zone).tzname()


def zones_shown(event, chosen=""):
    """The zone a time is read in first, then the others shown beside it."""
    names = dict.fromkeys(
        [chosen or event.time_zone, event.time_zone, *EXCHANGE_TIME_ZONES]
    )
    return [ZoneInfo(name) for name in names]


def local_days(occurrence, chosen=""):
    """The first and last day of an occurrence, as the visitor reads it.

    An all-day event keeps the dates of its own zone: a holiday in Tokyo is on the same
    date when read in Phnom Penh.
    """
    event = occurrence.event
    zone = ZoneInfo(event.time_zone if event.all_day else (chosen or event.time_zone))
    return (
        occurrence.start.astimezone(zone).date(),
        (occurrence.end - JUST_BEFORE).astimezone(zone).date(),
    )


def describe(occurrence, chosen=""):
    """The occurrence's dates and times in the active language."""
    locale = _locale()
    first, last = local_days(occurrence, chosen)
    dates = local_digits(
        format_date(first, "full", locale=locale)
        if first == last
        else date_range(first, last, locale)
    )
    if occurrence.event.all_day:
        return When(dates, first.isoformat(), ())
    zones = zones_shown(occurrence.event, chosen)
    return When(
        dates,
        occurrence.start.astimezone(zones[0]).isoformat(timespec="minutes"),
        tuple(_zoned_times(occurrence, zone, first, locale) for zone in zones),
    )


def date_range(first, last, locale):
    """A range of days: "15–21 December 2019", "2019年12月15日～21日", "15 – 21 ធ្នូ 2019"
    (before Khmer digits).

    CLDR has no interval pattern with the full month name, so the abbreviated one is
    widened, as CLDR's interval rules allow (MMM to MMMM).
    """
    if first.year != last.year:
        field = "y"
    elif first.month != last.month:
        field = "M"
    else:
        field = "d"
    start_pattern, end_pattern = locale.interval_formats["yMMMd"][field]
    return format_date(first, _wide_month(start_pattern), locale=locale) + format_date(
        last, _wide_month(end_pattern), locale=locale
    )


def month_title(day):
    """A month with its year: "January 2027", "2027年1月", "មករា ២០២៧"."""
    return local_digits(format_skeleton("yMMMM", day, locale=_locale()))


def _zoned_times(occurrence, zone, first_day, locale):
    start = occurrence.start.astimezone(zone)
    end = occurrence.end.astimezone(zone)
    start_text, end_text = _time(start, locale), _time(end, locale)
    start_abbreviation, abbreviation = (
        zone_abbreviation(zone, start),
        zone_abbreviation(zone, end),
    )
    if start_abbreviation != abbreviation:
        # The clocks change during the event ("02:30 CEST – 02:30 CET"): each end is
        # read with its own offset, and the label after the end is the end's.
        start_text = f"{start_text} {start_abbreviation}"
    if start.date() == (end - JUST_BEFORE).date():
        text = _interval(start_text, end_text, locale)
        if start.date() != first_day:
            # Read in this zone, the event falls on another day than the one shown.
            text = _date_time(_day(start, locale), text, locale)
    else:
        text = _interval(
            _date_time(_day(start, locale), start_text, locale),
            _date_time(_day(end, locale), end_text, locale),
            locale,
        )
    return ZonedTimes(
        local_digits(text), abbreviation, get_timezone_name(end, "long", locale=locale)
    )


def _locale():
    return Locale.parse(babel_locale())


def _wide_month(pattern):
    return re.sub(r"(?<!M)MMM(?!M)", "MMMM", pattern)


def _time(moment, locale):
    # The skeleton asks for the 24-hour clock where CLDR's short time (km) has AM/PM.
    return format_skeleton("Hm", moment, tzinfo=moment.tzinfo, locale=locale)


def _day(moment, locale):
    return format_skeleton("MMMMd", moment, tzinfo=moment.tzinfo, locale=locale)


def _interval(start_text, end_text, locale):
    return (
        locale.interval_formats[None]
        .replace("{0}", start_text)
        .replace("{1}", end_text)
    )


def _date_time(date_text, time_text, locale):
    return (
        locale.datetime_formats["medium"]
        .replace("{1}", date_text)
        .replace("{0}", time_text)
    )
