"""Reading an iCalendar file into checked events, before anything is saved.

Each VEVENT is grouped with its overrides (RECURRENCE-ID) by UID and checked against
the one rule format and the calendar's range; what cannot be understood is named with
the event's title and UID. Nothing here writes to the database.
"""

import datetime
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from icalendar import Calendar

from core.query import has_control_characters
from core.timezones import is_known_time_zone
from directory.models import Venue

from . import recurrence
from .enums import DateChangeKind, EventStatus
from .import_values import (
    EventProblem,
    instant,
    out_of_range,
    rule_of,
    sequence_of,
    text_of,
    zone_of,
)
from .models import EventCategory, EventDateChange, EventPage

STATUSES = {"TENTATIVE": EventStatus.TENTATIVE, "CANCELLED": EventStatus.CANCELLED}


class CalendarImportError(Exception):
    """Why a file cannot be imported: one translated message per problem."""

    def __init__(self, problems):
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


@dataclass(frozen=True)
class Refusal:
    """An event of the file that cannot be imported, and why (translated)."""

    uid: str
    title: str
    reason: str

    def __str__(self):
        return named(self.title, self.uid, self.reason)


@dataclass
class EventReading:
    """One event as the file describes it, checked and ready to save."""

    uid: str
    sequence: int
    modified: datetime.datetime | None
    fields: dict
    categories: list
    changes: list


def parse_calendar(data):
    try:
        calendar = Calendar.from_ical(data)
    except ValueError as error:
        raise CalendarImportError(
            [_("This is not an iCalendar file: %(error)s") % {"error": error}]
        ) from error
    if calendar.name != "VCALENDAR":
        raise CalendarImportError([_("This file holds no VCALENDAR.")])
    return calendar


def read_events(calendar, report):
    """Each event's main VEVENT with its overrides (RECURRENCE-ID), read and checked:
    the readings, and a Refusal for each event that cannot be understood. Only a file
    with no event at all raises CalendarImportError."""
    groups, refusals = {}, []
    for component in calendar.walk("VEVENT"):
        uid = str(component.get("UID", "")).strip()
        title = str(component.get("SUMMARY", ""))
        if has_control_characters(uid):
            refusals.append(Refusal("", title, _("its UID holds control characters.")))
            continue
        if not uid:
            refusals.append(
                Refusal(
                    "", title, _("the event has no UID, so it cannot be kept in step.")
                )
            )
            continue
        main, overrides = groups.setdefault(uid, ([], []))
        (overrides if "RECURRENCE-ID" in component else main).append(component)
    context = _Context.of(calendar)
    readings = []
    for uid, (main, overrides) in groups.items():
        title = next((c.get("SUMMARY") for c in main + overrides if "SUMMARY" in c), "")
        try:
            if len(main) != 1:
                raise EventProblem(
                    _("the file has no main VEVENT for it, only changed dates.")
                    if not main
                    else _("the file has it more than once.")
                )
            readings.append(_read_event(uid, main[0], overrides, context, report))
        except (EventProblem, ValueError, TypeError) as error:
            refusals.append(Refusal(uid, str(title), str(error)))
    if not readings and not refusals:
        raise CalendarImportError([_("This file holds no events.")])
    return readings, refusals


@dataclass(frozen=True)
class _Context:
    """What the site and the whole file offer to place events: venues and categories
    by name, and the file's zone (X-WR-TIMEZONE) for times without one."""

    venues: dict
    categories: dict
    calendar_zone: str

    @classmethod
    def of(cls, calendar):
        zone = str(calendar.get("X-WR-TIMEZONE", ""))
        categories = {}
        for category in EventCategory.objects.all():
            categories[category.slug.casefold()] = category
            categories[category.name.casefold()] = category
        return cls(
            venues={venue.name.casefold(): venue for venue in Venue.objects.all()},
            categories=categories,
            calendar_zone=zone if is_known_time_zone(zone) else "",
        )

    def venue(self, component, note):
        """The venue named at the start of LOCATION ("Name, address, city")."""
        location = str(component.get("LOCATION", "")).strip()
        venue = self.venues.get(location.split(",")[0].strip().casefold())
        if location and venue is None:
            note(
                "venue",
                _("no venue is called “%(location)s”.") % {"location": location},
            )
        return venue

    def categories_of(self, component, note):
        found = []
        for name in component.categories:
            category = self.categories.get(name.strip().casefold())
            if category is None:
                note(
                    "category",
                    _("no category is called “%(name)s”.") % {"name": name},
                )
            elif category not in found:
                found.append(category)
        return found


def _read_event(uid, component, overrides, context, report):
    for part in (component, *overrides):
        if part.errors:
            name, error = part.errors[0]
            raise EventProblem(
                _("%(property)s cannot be read (%(error)s).")
                % {"property": name, "error": error}
            )
    title = text_of(component, "SUMMARY")
    if not title:
        raise EventProblem(_("it has no title (SUMMARY)."))
    if "DTSTART" not in component:
        raise EventProblem(_("it has no start (DTSTART)."))

    def note(kind, text):
        report.note(kind, named(title, uid, text))

    venue = context.venue(component, note)
    zone = zone_of(component["DTSTART"], venue, context)
    all_day = not isinstance(component.start, datetime.datetime)
    if not all_day and "DTEND" not in component and "DURATION" not in component:
        raise EventProblem(_("it has no end (DTEND or DURATION)."))
    try:
        start, end = instant(component.start, zone), instant(component.end, zone)
    except OverflowError as error:
        raise out_of_range() from error
    if not all(map(recurrence.is_in_calendar_range, (start, end))):
        raise out_of_range()
    if end <= start:
        raise EventProblem(_("it ends (DTEND) before or when it starts (DTSTART)."))
    fields = {
        "title": title,
        "summary": text_of(component, "DESCRIPTION") or title,
        "venue": venue,
        "time_zone": zone.key,
        "all_day": all_day,
        "start": start,
        "end": end,
        "status": STATUSES.get(
            str(component.get("STATUS", "")).upper(), EventStatus.CONFIRMED
        ),
        "rrule": rule_of(component, zone, all_day),
    }
    changes = _date_changes(component, overrides, start.astimezone(zone))
    try:
        recurrence.validate_rule(EventPage(**fields), changes)
    except ValidationError as error:
        raise EventProblem(" ".join(error.messages)) from error
    modified = component.get("LAST-MODIFIED")
    return EventReading(
        uid=uid,
        sequence=sequence_of(component),
        modified=modified.dt if modified else None,
        fields=fields,
        categories=context.categories_of(component, note),
        changes=changes,
    )


def _date_changes(component, overrides, local_start):
    """Skipped (EXDATE), added (RDATE), cancelled and moved (overrides) dates."""
    zone = local_start.tzinfo
    changes, overridden = [], set()
    for override in overrides:
        original = _local_date(override["RECURRENCE-ID"].dt, zone)
        overridden.add(original)
        if str(override.get("STATUS", "")).upper() == "CANCELLED":
            changes.append(
                EventDateChange(kind=DateChangeKind.CANCEL, occurrence_date=original)
            )
            continue
        if "DTSTART" not in override:
            continue
        new_start = instant(override.start, zone)
        if not recurrence.is_in_calendar_range(new_start):
            raise out_of_range()
        if new_start != datetime.datetime.combine(original, local_start.timetz()):
            changes.append(
                EventDateChange(
                    kind=DateChangeKind.MOVE,
                    occurrence_date=original,
                    new_start=new_start,
                )
            )
    for excluded in component.exdates:
        day = _local_date(excluded, zone)
        if day not in overridden:
            changes.append(
                EventDateChange(kind=DateChangeKind.SKIP, occurrence_date=day)
            )
    for added, _end in component.rdates:
        if not isinstance(added, datetime.datetime):
            added = datetime.datetime.combine(added, local_start.time())
        changes.append(
            EventDateChange(kind=DateChangeKind.ADD, new_start=instant(added, zone))
        )
    return changes


def _local_date(value, zone):
    if not isinstance(value, datetime.datetime):
        return value
    return instant(value, zone).astimezone(zone).date()


def named(title, uid, problem):
    """A problem prefixed with the event it is about, by title and, when known, UID."""
    if not uid:
        return _("“%(title)s”: %(problem)s") % {"title": title, "problem": problem}
    return _("“%(title)s” (UID %(uid)s): %(problem)s") % {
        "title": title,
        "uid": uid,
        "problem": problem,
    }
