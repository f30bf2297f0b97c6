"""What the site and the whole file offer to read each of the file's events: venues
and categories by name, the file's zone, and what its TZIDs stand for."""

from dataclasses import dataclass

from django.utils.translation import gettext as _
from icalendar.error import BrokenCalendarProperty

from core.timezones import is_known_time_zone
from directory.models import Venue

from . import recurrence
from .import_values import quoted, text_of
from .import_zones import FileZones
from .models import EventCategory

# Where Kizuna's own feed gives the zone of an entry, all-day ones included (ical.py).
OWN_ZONE = "X-KIZUNA-TIME-ZONE"


@dataclass(frozen=True)
class ReadingContext:
    """What the site and the whole file offer to place events: venues and categories
    by name, the file's zone (X-WR-TIMEZONE) for times without one, and what the
    file's TZIDs stand for."""

    venues: dict
    categories: dict
    calendar_zone: str
    zones: FileZones

    @classmethod
    def of(cls, calendar):
        zone = str(calendar.get("X-WR-TIMEZONE", "")).strip()
        categories = {}
        for category in EventCategory.objects.all():
            categories[category.slug.casefold()] = category
            categories[category.name.casefold()] = category
        years = [
            start.year
            for start in map(_start_of, calendar.walk("VEVENT"))
            if recurrence.is_in_calendar_range(start)
        ]
        return cls(
            venues={venue.name.casefold(): venue for venue in Venue.objects.all()},
            categories=categories,
            calendar_zone=zone if is_known_time_zone(zone) else "",
            zones=FileZones(calendar, min(years, default=2000)),
        )

    def venue(self, component, note):
        """The venue named at the start of LOCATION ("Name, address, city")."""
        location = text_of(component, "LOCATION", note)
        venue = self.venues.get(location.split(",")[0].strip().casefold())
        if location and venue is None:
            note(
                "venue",
                _("no venue is called “%(location)s”.")
                % {"location": quoted(location)},
            )
        return venue

    def categories_of(self, component, note):
        found = []
        for name in component.categories:
            category = self.categories.get(name.strip().casefold())
            if category is None:
                note(
                    "category",
                    _("no category is called “%(name)s”.") % {"name": quoted(name)},
                )
            elif category not in found:
                found.append(category)
        return found

    def fallback_zone(self, component, venue):
        """The zone for a start given in UTC, floating or as a date: Kizuna's own
        (X-KIZUNA-TIME-ZONE), else the venue's, else the file's."""
        own = str(component.get(OWN_ZONE, "")).strip()
        if is_known_time_zone(own):
            return own
        return (venue.time_zone if venue else "") or self.calendar_zone


def _start_of(component):
    """DTSTART's value, or None when missing, repeated or unreadable."""
    try:
        return component["DTSTART"].dt
    except (KeyError, AttributeError, BrokenCalendarProperty):
        return None
