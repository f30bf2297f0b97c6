"""Reading an iCalendar file into checked events, before anything is saved.

Each VEVENT is grouped with its overrides (RECURRENCE-ID) by UID and checked against
the one rule format and the calendar's range; what cannot be understood is named with
the event's title and UID. RFC 5545's defaults are applied as calendar apps apply them
(no DTEND, no SUMMARY, no UID), zones are read by import_zones, and Kizuna's own feed
is read back from its X-KIZUNA-* properties. Nothing here writes to the database.
"""

import copy
import datetime
import hashlib
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from icalendar import Calendar
from icalendar.error import BrokenCalendarProperty

from core.query import has_control_characters

from . import recurrence
from .enums import DateChangeKind, EventStatus
from .import_context import ReadingContext
from .import_overrides import NOTE_PROPERTY, Series, date_changes
from .import_values import (
    EventProblem,
    first_text,
    instant,
    modified_of,
    out_of_range,
    own_text,
    quoted,
    rule_of,
    sequence_of,
    single,
    text_of,
    zone_of,
)
from .models import EventPage

STATUSES = {"TENTATIVE": EventStatus.TENTATIVE, "CANCELLED": EventStatus.CANCELLED}
# What Kizuna's own feed says beside RFC 5545's properties (see ical.py).
OWN_SUMMARY = "X-KIZUNA-SUMMARY"
OWN_STATUS = "X-KIZUNA-STATUS"
# What changes with each export or edit of the same event.
VERSIONING = ("DTSTAMP", "LAST-MODIFIED", "SEQUENCE", "CREATED")
STATUS_NOTE_LENGTH = EventPage._meta.get_field("status_note").max_length


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
    """One event as the file describes it, checked and ready to save.

    ``modified`` is the file's LAST-MODIFIED as an aware UTC instant (or None);
    ``digest`` changes exactly when what the file says of the event changes
    (DTSTAMP, which changes with every export, left out).
    """

    uid: str
    sequence: int
    modified: datetime.datetime | None
    fields: dict
    categories: list
    changes: list
    digest: str = ""


def parse_calendar(data, report=None):
    """The VCALENDAR of ``data`` (bytes or text). Bytes that are not UTF-8 are read as
    Latin-1 (ISO-8859-1, which older Outlook exports use), with a note to ``report``."""
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            data = data.decode("latin-1")
            if report is not None:
                report.note(
                    "encoding",
                    _("The file is not in UTF-8; it was read as Latin-1 (ISO-8859-1)."),
                )
    if not data.strip():
        raise CalendarImportError([_("This file is empty.")])
    try:
        calendar = Calendar.from_ical(data)
    except (ValueError, TypeError, IndexError, KeyError) as error:
        raise CalendarImportError(
            [_("This is not an iCalendar file: %(error)s") % {"error": quoted(error)}]
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
        title = first_text(component, "SUMMARY")
        uid = first_text(component, "UID").strip()
        if has_control_characters(uid):
            refusals.append(Refusal("", title, _("its UID holds control characters.")))
            continue
        if not uid:
            uid = _derived_uid(component)
            report.note(
                "derived-uid",
                named(
                    title or pgettext("imported event", "Untitled"),
                    "",
                    _("it has no UID; %(uid)s, made from what it says, is used.")
                    % {"uid": uid},
                ),
            )
        main, overrides = groups.setdefault(uid, ([], []))
        (overrides if "RECURRENCE-ID" in component else main).append(component)
    context = ReadingContext.of(calendar)
    readings = []
    for uid, (main, overrides) in groups.items():
        title = next(
            (first_text(c, "SUMMARY") for c in main + overrides if "SUMMARY" in c), ""
        )
        try:
            readings.append(_read_group(uid, main, overrides, context, report))
        except (
            EventProblem,
            BrokenCalendarProperty,
            ValueError,
            TypeError,
            KeyError,
            OverflowError,
        ) as error:
            refusals.append(Refusal(uid, title, quoted(error, 300)))
    if not readings and not refusals:
        raise CalendarImportError([_("This file holds no events.")])
    return readings, refusals


def _derived_uid(component):
    """A UID made from what the event says, the same in every export of it: all its
    properties but those that change with each export or edit count."""
    return f"{_digest([component], left_out=VERSIONING)[:24]}@derived.invalid"


def _read_group(uid, main, overrides, context, report):
    def note(kind, text):
        report.note(
            kind, named(first_text((main + overrides)[0], "SUMMARY"), uid, text)
        )

    if not main:
        main, overrides = [_dates_without_series(overrides, note)], []
    if len(main) > 1:
        note(
            "newest",
            _(
                "the file has it %(count)d times; the newest (highest SEQUENCE, then latest LAST-MODIFIED) is used."
            )
            % {"count": len(main)},
        )
        main = [max(main, key=lambda c: _version(c, note))]
    return _read_event(uid, main[0], overrides, context, note)


def _dates_without_series(overrides, note):
    """Overrides whose series the file leaves out, as recurring-ical-events reads
    them: each one date. The first is the event, the others its added dates (RDATE);
    a date that lasts otherwise than the first is said in a note."""
    first = copy.deepcopy(overrides[0])
    for name in ("RECURRENCE-ID", "RRULE", "RDATE", "EXDATE"):
        first.pop(name, None)
    length = _raw_length(first)
    for other in overrides[1:]:
        start = single(other, "DTSTART", note)
        if start is None:
            raise EventProblem(_("it has no start (DTSTART)."))
        first.add("RDATE", start.dt, parameters=dict(start.params))
        if _raw_length(other) != length:
            note(
                "length",
                _(
                    "its date %(date)s lasts otherwise than the series; a date of a series cannot have its own length, so it keeps the series' length."
                )
                % {"date": quoted(start.to_ical().decode())},
            )
    return first


def _raw_length(component):
    try:
        return component["DTEND"].dt - component["DTSTART"].dt
    except (KeyError, AttributeError, TypeError, BrokenCalendarProperty):
        return None


def _version(component, note):
    modified = modified_of(component, note) or datetime.datetime.min.replace(
        tzinfo=datetime.UTC
    )
    return sequence_of(component, note), modified


def _read_event(uid, component, overrides, context, note):
    for part in (component, *overrides):
        if part.errors:
            name, error = part.errors[0]
            raise EventProblem(
                _("%(property)s cannot be read (%(error)s).")
                % {
                    "property": name or pgettext("import", "a line"),
                    "error": quoted(error),
                }
            )
    title = text_of(component, "SUMMARY", note)
    if not title:
        title = pgettext("imported event", "Untitled")
        note(
            "untitled",
            _("it has no title (SUMMARY); it is imported as “%(title)s”.")
            % {"title": title},
        )
    start_property = single(component, "DTSTART", note)
    if start_property is None:
        raise EventProblem(_("it has no start (DTSTART)."))
    venue = context.venue(component, note)
    zone = zone_of(
        start_property, context.fallback_zone(component, venue), context.zones, note
    )
    all_day = not isinstance(start_property.dt, datetime.datetime)
    try:
        start = _instant_of(start_property, zone, context)
        end = _end_of(component, start_property, start, zone, context, note)
    except OverflowError as error:
        raise out_of_range() from error
    if not all(map(recurrence.is_in_calendar_range, (start, end))):
        raise out_of_range()
    if end < start:
        raise EventProblem(_("it ends (DTEND) before it starts (DTSTART)."))
    description = text_of(component, "DESCRIPTION", note)
    fields = {
        "title": title,
        "summary": own_text(component, OWN_SUMMARY, note) or description or title,
        "venue": venue,
        "time_zone": zone.key,
        "all_day": all_day,
        "start": start,
        "end": end,
        "status": _status_of(component, note),
        "status_note": quoted(
            own_text(component, NOTE_PROPERTY, note), STATUS_NOTE_LENGTH
        )
        if NOTE_PROPERTY in component
        else "",
        "rrule": rule_of(component, zone, all_day),
    }
    series = Series(
        start=start,
        end=end,
        zone=zone,
        all_day=all_day,
        rrule=fields["rrule"],
        texts={
            "SUMMARY": title,
            "LOCATION": str(component.get("LOCATION", "")).strip(),
            "DESCRIPTION": description,
            "STATUS": fields["status"],
        },
    )
    changes = date_changes(series, component, overrides, context.zones, note)
    _check_dates(EventPage(**fields), changes)
    return EventReading(
        uid=uid,
        sequence=sequence_of(component, note),
        modified=modified_of(component, note),
        fields=fields,
        categories=context.categories_of(component, note),
        changes=changes,
        digest=_digest([component, *overrides]),
    )


def _check_dates(page, changes):
    """Refuse a series without a date, saying when its EXDATEs took them all."""
    try:
        recurrence.validate_rule(page, changes)
    except ValidationError as error:
        skips = [c for c in changes if c.kind == DateChangeKind.SKIP]
        try:
            recurrence.validate_rule(page, [c for c in changes if c not in skips])
        except ValidationError:
            raise EventProblem(" ".join(error.messages)) from error
        raise EventProblem(
            _("every date of its series is left out (EXDATE): it has none to show.")
        ) from error


def _instant_of(prop, zone, context):
    return instant(prop.dt, zone, prop.params.get("TZID"), context.zones)


def _end_of(component, start_property, start, zone, context, note):
    """DTEND, or DTSTART plus DURATION, or RFC 5545's default: a date lasts one day,
    a time ends when it starts. An all-day DTEND equal to DTSTART is one day, as
    calendar apps read it."""
    end_property = single(component, "DTEND", note)
    duration = single(component, "DURATION", note)
    all_day = not isinstance(start_property.dt, datetime.datetime)
    if end_property is not None:
        if duration is not None:
            note("repeated", _("it has both DTEND and DURATION; DTEND is used."))
        if isinstance(end_property.dt, datetime.datetime) == all_day:
            raise EventProblem(
                _(
                    "its start (DTSTART) and end (DTEND) must both be dates or both be times."
                )
            )
        end = _instant_of(end_property, zone, context)
    elif duration is not None:
        if all_day:
            days = datetime.timedelta(days=duration.dt.days)
            end = datetime.datetime.combine(
                start_property.dt + days, datetime.time(), zone
            )
        else:
            end = start + duration.dt
    else:
        end = start
    if all_day and end == start:
        end = datetime.datetime.combine(
            start_property.dt + datetime.timedelta(days=1), datetime.time(), zone
        )
    return end


def _status_of(component, note):
    own = str(component.get(OWN_STATUS, "")).strip().lower()
    if own in EventStatus.values:
        return EventStatus(own)
    status = str(single(component, "STATUS", note) or "").upper()
    return STATUSES.get(status, EventStatus.CONFIRMED)


def _digest(components, left_out=("DTSTAMP",)):
    """A hash of the properties of ``components`` but those ``left_out``."""
    content = hashlib.sha256()
    for component in components:
        for name, value in component.property_items(recursive=False):
            if name not in left_out:
                text = value.to_ical() if hasattr(value, "to_ical") else value
                content.update(f"{name}:{text}\n".encode())
    return content.hexdigest()


def named(title, uid, problem):
    """A problem prefixed with the event it is about, by title and, when known, UID."""
    title = quoted(title) or pgettext("imported event", "Untitled")
    if not uid:
        return _("“%(title)s”: %(problem)s") % {"title": title, "problem": problem}
    return _("“%(title)s” (UID %(uid)s): %(problem)s") % {
        "title": title,
        "uid": quoted(uid),
        "problem": problem,
    }
