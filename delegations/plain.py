"""The plain data the conflict checks read: frozen records, no models, no queries.

``loading.py`` builds them from the database; tests and the benchmark build them by hand.
"""

import datetime
import zoneinfo
from collections.abc import Mapping
from dataclasses import dataclass, field

import holidays

from .enums import ItemKind

# The holidays package names American English "en_US"; other languages by their codes.
HOLIDAY_LANGUAGES = {"en": "en_US"}
HOLIDAY_FALLBACK_LANGUAGE = "en_US"


@dataclass(frozen=True, slots=True)
class PlanItem:
    uid: str
    title: str
    kind: str
    # Aware instants; a journey starts in ``zone`` and ends in ``arrival_zone``.
    start: datetime.datetime
    end: datetime.datetime
    zone: str
    arrival_zone: str = ""
    start_city: str = ""
    end_city: str = ""
    country: str = ""
    mode: str = ""
    # Member ids; empty means the whole delegation.
    attendees: frozenset = frozenset()
    # ("venue" | "organisation" | "person", id) of the counterparts and the venue.
    resources: frozenset = frozenset()
    delegation_id: int | None = None
    delegation_name: str = ""

    @property
    def is_travel(self):
        return self.kind == ItemKind.TRAVEL

    @property
    def local_start(self):
        return self.start.astimezone(zoneinfo.ZoneInfo(self.zone))

    @property
    def local_end(self):
        return self.end.astimezone(zoneinfo.ZoneInfo(self.arrival_zone or self.zone))


@dataclass(frozen=True, slots=True)
class Visit:
    """The delegation's days, counted in its host zone."""

    first_day: datetime.date
    last_day: datetime.date
    zone: str


@dataclass(frozen=True, slots=True)
class TravelTable:
    """Usual door-to-door minutes by (from city, to city, mode), read either way."""

    minutes: Mapping = field(default_factory=dict)

    def usual(self, start, end, mode):
        return self.minutes.get((start, end, mode)) or self.minutes.get(
            (end, start, mode)
        )


@dataclass(frozen=True, slots=True)
class Holidays:
    """Public holiday names by (country, date)."""

    names: Mapping = field(default_factory=dict)

    def name(self, country, day):
        return self.names.get((country, day))


def holiday_language(country, language):
    """The language the holidays package can name ``country``'s holidays in."""
    wanted = HOLIDAY_LANGUAGES.get(language, language)
    available = holidays.list_localized_countries().get(country, ())
    return wanted if wanted in available else HOLIDAY_FALLBACK_LANGUAGE


def public_holidays(countries, years, language):
    """The public holidays of ``countries`` in ``years``, named in ``language`` where
    the package has it and in English otherwise."""
    supported = holidays.list_supported_countries()
    names = {}
    for country in sorted(set(countries) & set(supported)):
        calendar = holidays.country_holidays(
            country, years=sorted(years), language=holiday_language(country, language)
        )
        names.update(((country, day), name) for day, name in calendar.items())
    return Holidays(names)


@dataclass(frozen=True, slots=True)
class Plan:
    """Everything the checks of one delegation's itinerary need."""

    items: tuple  # PlanItems sorted by start
    members: Mapping  # member id → name
    visit: Visit
    travel: TravelTable = field(default_factory=TravelTable)
    holidays: Holidays = field(default_factory=Holidays)
    # Other delegations' items that share a venue or counterpart with this one's.
    other_bookings: tuple = ()
    resource_names: Mapping = field(default_factory=dict)
    unusual_hours: tuple = (7, 22)
