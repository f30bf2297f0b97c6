"""iCalendar (RFC 5545) for events: the one place a VCALENDAR and its VEVENTs are built.

It works over plain descriptions (CalendarEntry), so event pages, a delegation's
itinerary and a programme's dates are exported by the same code. Calendar apps keep an
event by its UID and replace their copy when SEQUENCE grows, so both come from the
entry and never change with the language of the feed.
"""

import datetime
import functools
from dataclasses import dataclass

from icalendar import Calendar, Event, Timezone, vCalAddress, vDuration, vRecur, vText

from .enums import DateChangeKind, EventStatus

# Clients recognise a publisher by PRODID; changing it can make them duplicate events.
PRODID = "-//Kizuna//Kizuna Calendar//EN"
# How often subscribed apps should fetch the feed again (RFC 7986 and Microsoft's name).
REFRESH_INTERVAL = datetime.timedelta(hours=1)

STATUS = {
    EventStatus.CONFIRMED: "CONFIRMED",
    EventStatus.TENTATIVE: "TENTATIVE",
    # RFC 5545 has no "postponed": it is tentative, and the description says why.
    EventStatus.POSTPONED: "TENTATIVE",
    EventStatus.CANCELLED: "CANCELLED",
}


def get_calendar(name, description):
    """An empty calendar named for the people who subscribe to it."""
    calendar = Calendar()
    calendar.add("PRODID", PRODID)
    calendar.add("VERSION", "2.0")
    calendar.add("CALSCALE", "GREGORIAN")
    calendar.add("METHOD", "PUBLISH")
    # icalendar writes these raw, and apps show them on one line: a title or summary
    # may hold a line break.
    calendar.add("X-WR-CALNAME", " ".join(name.split()))
    calendar.add("X-WR-CALDESC", " ".join(description.split()))
    calendar.add(
        "REFRESH-INTERVAL",
        vDuration(REFRESH_INTERVAL),
        parameters={"VALUE": "DURATION"},
    )
    calendar.add("X-PUBLISHED-TTL", vDuration(REFRESH_INTERVAL))
    return calendar


@dataclass(frozen=True)
class DateChange:
    """One date of a series skipped, added, cancelled or moved (see DateChangeKind)."""

    kind: str
    occurrence_date: datetime.date | None = None
    new_start: datetime.datetime | None = None
    note: str = ""


@dataclass(frozen=True)
class Organizer:
    """Who publishes the entry: a public name and a public address (ORGANIZER)."""

    name: str
    email: str


@dataclass(frozen=True, kw_only=True)
class CalendarEntry:
    """What a calendar needs of one entry, in plain data: an event page, a stop of a
    delegation's itinerary or a date of a programme describe themselves this way.

    ``start`` and ``end`` are aware; an all-day entry runs from midnight of its first
    day in ``zone`` to midnight after its last. A journey ends on another clock than it
    starts: ``end_zone`` (if given) is the zone of its DTEND. ``rrule`` is stored RRULE
    text (valid beside DTSTART;TZID, see rules.py). ``url`` may be empty: a private
    feed has no page its readers can open.
    """

    uid: str
    sequence: int
    title: str
    summary: str
    url: str = ""
    start: datetime.datetime
    end: datetime.datetime
    zone: datetime.tzinfo
    end_zone: datetime.tzinfo | None = None
    all_day: bool = False
    rrule: str = ""
    changes: tuple = ()
    status: str = EventStatus.CONFIRMED
    status_note: str = ""
    location: str = ""
    geo: tuple | None = None
    categories: tuple = ()
    organizer: Organizer | None = None
    created: datetime.datetime | None = None
    last_modified: datetime.datetime | None = None


def build_event_components(entry, *, stamp):
    """The entry's VEVENT, then one VEVENT for each single date cancelled or moved.

    ``stamp`` is when the calendar is built (DTSTAMP).
    """
    main = _component(entry, stamp=stamp, status=entry.status, note=entry.status_note)
    main.add("DTSTART", _when(entry, entry.start))
    main.add("DTEND", _when(entry, entry.end, entry.end_zone))
    if entry.rrule:
        main.add("RRULE", vRecur.from_ical(entry.rrule))
    # A moved date is not in EXDATE: its override must name an instance of the set,
    # and clients (ical.js, recurring-ical-events) drop the override when it does not.
    skipped = [
        _series_start_on(entry, change.occurrence_date)
        for change in entry.changes
        if change.kind == DateChangeKind.SKIP and change.occurrence_date
    ]
    added = [
        _when(entry, change.new_start)
        for change in entry.changes
        if change.kind == DateChangeKind.ADD and change.new_start
    ]
    if skipped:
        main.add("EXDATE", skipped)
    if added:
        main.add("RDATE", added)
    overrides = [
        _override(entry, change, stamp=stamp)
        for change in entry.changes
        if change.occurrence_date
        and (
            change.kind == DateChangeKind.CANCEL
            or (change.kind == DateChangeKind.MOVE and change.new_start)
        )
    ]
    return [main, *overrides]


# Stored VEVENTs carry this DTSTAMP; joining them writes the time of the copy instead.
# Its line is short and whole, so replacing it keeps every line's folding intact.
STORED_STAMP = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)
_STORED_STAMP_LINE = b"\r\nDTSTAMP:19700101T000000Z\r\n"
_END = b"END:VCALENDAR\r\n"


@dataclass(frozen=True)
class SerializedEntry:
    """An entry's VEVENTs as text, kept until the entry changes, and the TZIDs they
    use (their VTIMEZONEs go once at the top of a calendar)."""

    text: str
    tzids: tuple


def serialize_entry(entry):
    """The entry's VEVENTs (build_event_components) as text, ready to be joined."""
    holder = Calendar()
    for component in build_event_components(entry, stamp=STORED_STAMP):
        holder.add_component(component)
    return SerializedEntry(
        text=b"".join(part.to_ical() for part in holder.subcomponents).decode(),
        tzids=tuple(sorted(holder.get_missing_tzids())),
    )


def joined_calendar(name, description, serialized, *, stamp):
    """A whole calendar of ``serialized`` entries (SerializedEntry), in order: the
    header, a VTIMEZONE for every TZID they use, then their text as it was stored."""
    calendar = get_calendar(name, description)
    for tzid in sorted({tzid for entry in serialized for tzid in entry.tzids}):
        calendar.add_component(_vtimezone(tzid))
    head = calendar.to_ical()[: -len(_END)]
    stamp_line = _STORED_STAMP_LINE.replace(
        b"19700101T000000Z",
        stamp.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ").encode(),
    )
    body = "".join(entry.text for entry in serialized).encode()
    return head + body.replace(_STORED_STAMP_LINE, stamp_line) + _END


def entries_calendar(name, description, entries, *, stamp):
    """A whole calendar of ``entries`` (CalendarEntry)."""
    return joined_calendar(
        name, description, [serialize_entry(entry) for entry in entries], stamp=stamp
    )


def _component(entry, *, stamp, status, note):
    """What every VEVENT of the entry says: who it is, what, where and its state."""
    component = Event()
    component.add("UID", entry.uid)
    component.add("SEQUENCE", entry.sequence)
    component.add("DTSTAMP", stamp)
    if entry.created:
        component.add("CREATED", entry.created)
    if entry.last_modified:
        component.add("LAST-MODIFIED", entry.last_modified)
    component.add("SUMMARY", entry.title)
    component.add("DESCRIPTION", _description(entry, status, note))
    if entry.location:
        component.add("LOCATION", entry.location)
    if entry.geo:
        component.add("GEO", entry.geo)
    if entry.url:
        component.add("URL", entry.url)
    if entry.categories:
        component.add("CATEGORIES", list(entry.categories))
    if entry.organizer:
        organizer = vCalAddress(f"mailto:{entry.organizer.email}")
        organizer.params["CN"] = vText(entry.organizer.name)
        component.add("ORGANIZER", organizer)
    component.add("STATUS", STATUS[status])
    _add_own_properties(component, entry, status, note)
    return component


def _add_own_properties(component, entry, status, note):
    """What RFC 5545 has no field for, so that a Kizuna site importing the feed gets
    the same events back (import_reading reads these): the summary without the status
    and address DESCRIPTION adds, "postponed", the zone of an all-day entry, and the
    note on the status or on one date."""
    # icalendar writes X- values raw unless told they are text: a summary may hold
    # a line break.
    component.add("X-KIZUNA-SUMMARY", vText(entry.summary))
    component.add("X-KIZUNA-STATUS", vText(status))
    component.add("X-KIZUNA-TIME-ZONE", vText(getattr(entry.zone, "key", entry.zone)))
    if note:
        component.add("X-KIZUNA-NOTE", vText(note))


def _override(entry, change, *, stamp):
    """The VEVENT replacing one date of the series (RECURRENCE-ID): cancelled or moved."""
    original = _series_start_on(entry, change.occurrence_date)
    if change.kind == DateChangeKind.MOVE:
        start, status = _when(entry, change.new_start), entry.status
    else:
        start, status = original, EventStatus.CANCELLED
    override = _component(entry, stamp=stamp, status=status, note=change.note)
    override.add("RECURRENCE-ID", original)
    override.add("DTSTART", start)
    override.add("DTEND", _end(entry, start))
    return override


def _description(entry, status, note):
    """The summary, after the status when it is not plainly confirmed (apps show STATUS
    in different ways, or not at all), and the page's address, which many apps omit."""
    parts = [entry.summary, *([entry.url] if entry.url else ())]
    if status != EventStatus.CONFIRMED:
        label = EventStatus(status).label
        parts.insert(0, f"{label}: {note}" if note else str(label))
    elif note:
        parts.insert(0, note)
    return "\n\n".join(parts)


def _when(entry, instant, zone=None):
    """A date for all-day entries, else the wall-clock time in ``zone`` (the entry's
    own by default) with its TZID."""
    local = instant.astimezone(zone or entry.zone)
    return local.date() if entry.all_day else local


def _end(entry, start):
    """The end of an occurrence starting at ``start`` (as _when gives it): as long as the entry."""
    if entry.all_day:
        return start + (_when(entry, entry.end) - _when(entry, entry.start))
    end = start.astimezone(datetime.UTC) + (entry.end - entry.start)
    return _when(entry, end, entry.end_zone)


def _series_start_on(entry, date):
    """The series' start on ``date`` (a local date): what RECURRENCE-ID and EXDATE name."""
    if entry.all_day:
        return date
    local_start = entry.start.astimezone(entry.zone)
    return datetime.datetime.combine(date, local_start.timetz())


@functools.cache
def _vtimezone(tzid):
    """The zone's VTIMEZONE, computed once per process (it takes tens of milliseconds).

    icalendar writes a COMMENT, which RFC 5545 does not allow in VTIMEZONE and strict
    parsers reject, and each observance's changes as one RDATE with many values, of
    which ical.js reads only the first: one RDATE per change suits every parser.
    """
    zone = Timezone.from_tzid(tzid)
    zone.pop("COMMENT", None)
    for observance in zone.subcomponents:
        changes = observance.pop("RDATE", None)
        for change in changes.dts if changes else ():
            observance.add("RDATE", change.dt)
    return zone
