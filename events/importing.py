"""Events from an iCalendar file, such as a partner's export, created or updated by UID.

All or nothing: every event is read and checked before anything is saved, and saving
runs in one transaction, so a broken file leaves the site as it was. An event already
on the site changes only when the file has a higher SEQUENCE or a later LAST-MODIFIED,
so importing the same file twice changes nothing. Texts go into the default language.
"""

import datetime
from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import transaction
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, ngettext_lazy
from icalendar import Calendar
from wagtail.coreutils import find_available_slug

from core.languages import local_digits
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
# Kinds of note, each counted when there are too many notes to list (the plural form
# picked by "number", "count" being that number in the reader's digits).
NOTE_KINDS = {
    "venue": ngettext_lazy(
        "%(count)s event names a venue the site does not have.",
        "%(count)s events name a venue the site does not have.",
        "number",
    ),
    "category": ngettext_lazy(
        "%(count)s category name matches none on the site.",
        "%(count)s category names match none on the site.",
        "number",
    ),
}
# A file of thousands of events may bring as many notes: list this many, count the rest.
NOTES_LISTED = 20


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
    note_kinds: Counter = field(default_factory=Counter)

    def note(self, kind, text):
        self.notes.append(text)
        self.note_kinds[kind] += 1

    def note_lines(self):
        """The notes to show: all of them, or, when more than NOTES_LISTED, a count of
        each kind, the first NOTES_LISTED and how many more there are."""
        if len(self.notes) <= NOTES_LISTED:
            return list(self.notes)
        more = len(self.notes) - NOTES_LISTED
        return [
            *(
                NOTE_KINDS[kind] % {"number": count, "count": local_digits(count)}
                for kind, count in self.note_kinds.most_common()
            ),
            *self.notes[:NOTES_LISTED],
            ngettext("And %(count)s more note.", "And %(count)s more notes.", more)
            % {"count": local_digits(more)},
        ]

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


def import_calendar(data, index, *, user=None):
    """Create or update the events of iCalendar ``data`` (bytes) under ``index``."""
    with translation.override(settings.LANGUAGE_CODE):
        calendar = _parse(data)
        report = ImportReport()
        readings = _read_events(calendar, report)
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


def _read_events(calendar, report):
    """Each event's main VEVENT with its overrides (RECURRENCE-ID), read and checked."""
    groups, problems = {}, []
    for component in calendar.walk("VEVENT"):
        uid = str(component.get("UID", "")).strip()
        if has_control_characters(uid):
            problems.append(
                _("“%(title)s”: its UID holds control characters.")
                % {"title": component.get("SUMMARY", "")}
            )
            continue
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
                raise EventProblem(
                    _("the file has no main VEVENT for it, only changed dates.")
                    if not main
                    else _("the file has it more than once.")
                )
            readings.append(_read_event(uid, main[0], overrides, context, report))
        except (EventProblem, ValueError, TypeError) as error:
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
        report.note(kind, _named(title, uid, text))

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
    return _Reading(
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
