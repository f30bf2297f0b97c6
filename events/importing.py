"""Events from an iCalendar file, such as a partner's export, created or updated by UID.

All or nothing: every event is read and checked before anything is saved, and saving
runs in one transaction, so a broken file leaves the site as it was. An event already
on the site changes only when the file has a higher SEQUENCE or a later LAST-MODIFIED,
so importing the same file twice changes nothing. Texts go into the default language.
"""

import datetime
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import transaction
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext as _
from icalendar import Calendar, vRecur
from wagtail.coreutils import find_available_slug

from core.timezones import is_known_time_zone
from directory.models import Venue

from . import recurrence
from .enums import DateChangeKind, EventStatus
from .models import EventCategory, EventDateChange, EventPage

STATUSES = {"TENTATIVE": EventStatus.TENTATIVE, "CANCELLED": EventStatus.CANCELLED}


class CalendarImportError(Exception):
    """Why a file cannot be imported: one translated message per problem."""

    def __init__(self, problems):
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


@dataclass
class ImportReport:
    """Titles of the events created, updated and left as they were, and notes on what
    was imported otherwise than the file says."""

    created: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    unchanged: list = field(default_factory=list)
    notes: list = field(default_factory=list)

    def summary(self):
        return _(
            "Created: %(created)d, updated: %(updated)d, unchanged: %(unchanged)d."
        ) % {
            "created": len(self.created),
            "updated": len(self.updated),
            "unchanged": len(self.unchanged),
        }


@dataclass
class _Reading:
    """One event as the file describes it, checked and ready to save."""

    uid: str
    sequence: int
    modified: datetime.datetime | None
    fields: dict
    categories: list
    changes: list


class _EventProblem(Exception):
    """A problem with one event; the message names the problem, not the event."""


def import_calendar(data, index, *, user=None):
    """Create or update the events of iCalendar ``data`` (bytes) under ``index``."""
    with translation.override(settings.LANGUAGE_CODE):
        calendar = _parse(data)
        report = ImportReport()
        readings = _read_events(calendar, report.notes)
        with transaction.atomic():
            existing = EventPage.objects.in_bulk(
                [reading.uid for reading in readings], field_name="uid"
            )
            for reading in readings:
                _save(reading, existing.get(reading.uid), index, user, report)
    return report


def _parse(data):
    try:
        calendar = Calendar.from_ical(data)
    except ValueError as error:
        raise CalendarImportError(
            [_("This is not an iCalendar file: %(error)s") % {"error": error}]
        ) from error
    if calendar.name != "VCALENDAR":
        raise CalendarImportError([_("This file holds no VCALENDAR.")])
    return calendar


def _read_events(calendar, notes):
    """Each event's main VEVENT with its overrides (RECURRENCE-ID), read and checked."""
    groups, problems = {}, []
    for component in calendar.walk("VEVENT"):
        uid = str(component.get("UID", "")).strip()
        if not uid:
            problems.append(
                _("“%(title)s”: the event has no UID, so it cannot be kept in step.")
                % {"title": component.get("SUMMARY", "")}
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
                raise _EventProblem(
                    _("the file has no main VEVENT for it, only changed dates.")
                    if not main
                    else _("the file has it more than once.")
                )
            readings.append(_read_event(uid, main[0], overrides, context, notes))
        except (_EventProblem, ValueError, TypeError) as error:
            problems.append(_named(title, uid, error))
    if problems:
        raise CalendarImportError(problems)
    if not readings:
        raise CalendarImportError([_("This file holds no events.")])
    return readings


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
            note(_("no venue is called “%(location)s”.") % {"location": location})
        return venue

    def categories_of(self, component, note):
        found = []
        for name in component.categories:
            category = self.categories.get(name.strip().casefold())
            if category is None:
                note(_("no category is called “%(name)s”.") % {"name": name})
            elif category not in found:
                found.append(category)
        return found


def _read_event(uid, component, overrides, context, notes):
    for part in (component, *overrides):
        if part.errors:
            name, error = part.errors[0]
            raise _EventProblem(
                _("%(property)s cannot be read (%(error)s).")
                % {"property": name, "error": error}
            )
    title = str(component.get("SUMMARY", "")).strip()
    if not title:
        raise _EventProblem(_("it has no title (SUMMARY)."))
    if "DTSTART" not in component:
        raise _EventProblem(_("it has no start (DTSTART)."))

    def note(text):
        notes.append(_named(title, uid, text))

    venue = context.venue(component, note)
    zone = _zone(component["DTSTART"], venue, context)
    all_day = not isinstance(component.start, datetime.datetime)
    if not all_day and "DTEND" not in component and "DURATION" not in component:
        raise _EventProblem(_("it has no end (DTEND or DURATION)."))
    start, end = _instant(component.start, zone), _instant(component.end, zone)
    if end <= start:
        raise _EventProblem(_("it ends (DTEND) before or when it starts (DTSTART)."))
    fields = {
        "title": title,
        "summary": str(component.get("DESCRIPTION", "")).strip() or title,
        "venue": venue,
        "time_zone": zone.key,
        "all_day": all_day,
        "start": start,
        "end": end,
        "status": STATUSES.get(
            str(component.get("STATUS", "")).upper(), EventStatus.CONFIRMED
        ),
        "rrule": _rule(component, start.astimezone(zone), all_day),
    }
    changes = _date_changes(component, overrides, start.astimezone(zone))
    try:
        recurrence.validate_rule(EventPage(**fields), changes)
    except ValidationError as error:
        raise _EventProblem(" ".join(error.messages)) from error
    modified = component.get("LAST-MODIFIED")
    return _Reading(
        uid=uid,
        sequence=int(component.get("SEQUENCE", 0)),
        modified=modified.dt if modified else None,
        fields=fields,
        categories=context.categories_of(component, note),
        changes=changes,
    )


def _zone(start_property, venue, context):
    """The event's zone: the TZID of DTSTART, else the venue's or the file's for UTC
    and floating times (a floating time needs one of them), else UTC."""
    value = start_property.dt
    tzid = start_property.params.get("TZID")
    timed = isinstance(value, datetime.datetime)
    if timed and value.tzinfo is not None:
        key = getattr(value.tzinfo, "key", None)
        if key is None or not is_known_time_zone(key):
            raise _unknown_zone(tzid or value.tzinfo)
        if key not in ("UTC", "Etc/UTC"):
            return ZoneInfo(key)
    elif tzid:
        raise _unknown_zone(tzid)
    fallback = (venue.time_zone if venue else "") or context.calendar_zone
    if timed and value.tzinfo is None and not fallback:
        raise _EventProblem(
            _(
                "its start has no time zone, and neither its venue nor the file gives one."
            )
        )
    return ZoneInfo(fallback or "UTC")


def _unknown_zone(name):
    return _EventProblem(
        _("the time zone “%(zone)s” is unknown; use an IANA name such as Asia/Tokyo.")
        % {"zone": name}
    )


def _instant(value, zone):
    """An aware instant: a date is midnight in ``zone``, a floating time is read there."""
    if not isinstance(value, datetime.datetime):
        return datetime.datetime.combine(value, datetime.time(), zone)
    return value if value.tzinfo is not None else value.replace(tzinfo=zone)


def _rule(component, local_start, all_day):
    """RRULE text as the editor stores it: UNTIL as a local date, included."""
    rules = component.rrules
    if len(rules) > 1:
        raise _EventProblem(_("it has more than one repeat rule (RRULE)."))
    if not rules:
        return ""
    rule = vRecur(rules[0])
    until = rule.pop("UNTIL", [None])[0]
    text = rule.to_ical().decode()
    if until is None:
        return text
    if not isinstance(until, datetime.datetime):
        last_day = until
    else:
        local = _instant(until, local_start.tzinfo).astimezone(local_start.tzinfo)
        # UNTIL is often the last start itself; a time before the series' start time
        # on that day means the series ended the day before.
        last_day = local.date() - datetime.timedelta(
            days=int(not all_day and local.timetz() < local_start.timetz())
        )
    return f"{text};UNTIL={last_day:%Y%m%d}" + ("" if all_day else "T235959")


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
        new_start = _instant(override.start, zone)
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
            EventDateChange(kind=DateChangeKind.ADD, new_start=_instant(added, zone))
        )
    return changes


def _local_date(value, zone):
    if not isinstance(value, datetime.datetime):
        return value
    return _instant(value, zone).astimezone(zone).date()


def _save(reading, event, index, user, report):
    """Create the event, update it when the file is newer, or leave it."""
    if event is not None and not _is_newer(reading, event):
        report.unchanged.append(event.title)
        return
    created = event is None
    if created:
        event = EventPage(uid=reading.uid, live=False)
    for name, value in reading.fields.items():
        setattr(event, name, value)
    event.sequence = reading.sequence
    event.categories = reading.categories
    event.date_changes = reading.changes
    try:
        if created:
            event.slug = find_available_slug(
                index, slugify(event.title, allow_unicode=True)[:80] or "event"
            )
            index.add_child(instance=event)
        event.save_revision(user=user).publish(user=user)
    except ValidationError as error:
        raise CalendarImportError(
            [_named(event.title, reading.uid, _validation_problem(error))]
        ) from error
    (report.created if created else report.updated).append(event.title)


def _is_newer(reading, event):
    """Whether the file has a newer version than the site (RFC 5546: SEQUENCE, then
    the time of the change). The site raises SEQUENCE on its own when a change moves
    the event, so a later LAST-MODIFIED counts whatever the SEQUENCE."""
    if reading.sequence > event.sequence:
        return True
    published = event.last_published_at
    return bool(reading.modified and published and reading.modified > published)


def _validation_problem(error):
    """The model's complaint, with the field it is about when it says."""
    if not hasattr(error, "error_dict"):
        return " ".join(error.messages)
    return "; ".join(
        " ".join(messages)
        if name == NON_FIELD_ERRORS
        else f"{name}: {' '.join(messages)}"
        for name, messages in error.message_dict.items()
    )


def _named(title, uid, problem):
    return _("“%(title)s” (UID %(uid)s): %(problem)s") % {
        "title": title,
        "uid": uid,
        "problem": problem,
    }
