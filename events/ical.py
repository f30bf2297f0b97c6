"""iCalendar (RFC 5545) for events: the one place a VCALENDAR and its VEVENTs are built.

Calendar apps keep an event by its UID and replace their copy when SEQUENCE grows, so
both come from the event and never change with the language of the feed.
"""

import datetime
import functools

from icalendar import Calendar, Event, Timezone, vDuration, vRecur

from . import recurrence
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
    calendar.add("X-WR-CALNAME", name)
    calendar.add("X-WR-CALDESC", description)
    calendar.add(
        "REFRESH-INTERVAL",
        vDuration(REFRESH_INTERVAL),
        parameters={"VALUE": "DURATION"},
    )
    calendar.add("X-PUBLISHED-TTL", vDuration(REFRESH_INTERVAL))
    return calendar


def build_event_components(event, *, url, stamp):
    """The event's VEVENT, then one VEVENT for each single date cancelled or moved.

    ``url`` is the event page's absolute address in the active language; ``stamp``
    is when the calendar is built (DTSTAMP).
    """
    changes = list(event.date_changes.all())
    main = _component(
        event, url=url, stamp=stamp, status=event.status, note=event.status_note
    )
    main.add("DTSTART", _when(event, event.start))
    main.add("DTEND", _when(event, event.end))
    if event.rrule:
        main.add("RRULE", vRecur.from_ical(_rule_text(event)))
    # A moved date is not in EXDATE: its override must name an instance of the set,
    # and clients (ical.js, recurring-ical-events) drop the override when it does not.
    skipped = [
        _series_start_on(event, change.occurrence_date)
        for change in changes
        if change.kind == DateChangeKind.SKIP and change.occurrence_date
    ]
    added = [
        _when(event, change.new_start)
        for change in changes
        if change.kind == DateChangeKind.ADD and change.new_start
    ]
    if skipped:
        main.add("EXDATE", skipped)
    if added:
        main.add("RDATE", added)
    overrides = [
        _override(event, change, url=url, stamp=stamp)
        for change in changes
        if change.occurrence_date
        and (
            change.kind == DateChangeKind.CANCEL
            or (change.kind == DateChangeKind.MOVE and change.new_start)
        )
    ]
    return [main, *overrides]


def serialize_calendar(calendar):
    """The calendar as bytes, with a VTIMEZONE for every TZID it uses."""
    for position, tzid in enumerate(sorted(calendar.get_missing_tzids())):
        calendar.subcomponents.insert(position, _vtimezone(tzid))
    return calendar.to_ical()


def events_calendar(name, description, events, *, request, stamp):
    """A whole calendar of ``events`` (pages with venue, categories and date changes)."""
    calendar = get_calendar(name, description)
    for event in events:
        for component in build_event_components(
            event, url=event.get_full_url(request), stamp=stamp
        ):
            calendar.add_component(component)
    return serialize_calendar(calendar)


def _component(event, *, url, stamp, status, note):
    """What every VEVENT of the event says: who it is, what, where and its state."""
    component = Event()
    component.add("UID", event.uid)
    component.add("SEQUENCE", event.sequence)
    component.add("DTSTAMP", stamp)
    if event.first_published_at:
        component.add("CREATED", event.first_published_at)
    if event.last_published_at:
        component.add("LAST-MODIFIED", event.last_published_at)
    component.add("SUMMARY", event.title)
    component.add("DESCRIPTION", _description(event, status, note, url))
    if event.location:
        component.add("LOCATION", event.location)
    venue = event.venue
    if venue and venue.latitude is not None and venue.longitude is not None:
        component.add("GEO", (float(venue.latitude), float(venue.longitude)))
    component.add("URL", url)
    categories = [category.name for category in event.categories.all()]
    if categories:
        component.add("CATEGORIES", categories)
    component.add("STATUS", STATUS[status])
    return component


def _override(event, change, *, url, stamp):
    """The VEVENT replacing one date of the series (RECURRENCE-ID): cancelled or moved."""
    original = _series_start_on(event, change.occurrence_date)
    if change.kind == DateChangeKind.MOVE:
        start, status = _when(event, change.new_start), event.status
    else:
        start, status = original, EventStatus.CANCELLED
    override = _component(event, url=url, stamp=stamp, status=status, note=change.note)
    override.add("RECURRENCE-ID", original)
    override.add("DTSTART", start)
    override.add("DTEND", _end(event, start))
    return override


def _description(event, status, note, url):
    """The summary, after the status when it is not plainly confirmed (apps show STATUS
    in different ways, or not at all), and the page's address, which many apps omit."""
    parts = [event.summary, url]
    if status != EventStatus.CONFIRMED:
        label = EventStatus(status).label
        parts.insert(0, f"{label}: {note}" if note else str(label))
    elif note:
        parts.insert(0, note)
    return "\n\n".join(parts)


def _when(event, instant):
    """A date for all-day events, else the wall-clock time in the event's zone (TZID)."""
    local = instant.astimezone(event.zone)
    return local.date() if event.all_day else local


def _end(event, start):
    """The end of an occurrence starting at ``start`` (as _when gives it): as long as the event."""
    if event.all_day:
        return start + (_when(event, event.end) - _when(event, event.start))
    return _when(event, start.astimezone(datetime.UTC) + (event.end - event.start))


def _series_start_on(event, date):
    """The series' start on ``date`` (a local date): what RECURRENCE-ID and EXDATE name."""
    if event.all_day:
        return date
    local_start = event.start.astimezone(event.zone)
    return datetime.datetime.combine(date, local_start.timetz())


def _rule_text(event):
    """The stored rule with UNTIL as RFC 5545 wants it beside DTSTART.

    The editor stores UNTIL as a local date, included; a timed series needs the end
    of that day in UTC, an all-day series the date itself.
    """
    until = recurrence.parse_rule(event.rrule)["until"]
    if until is None:
        return event.rrule
    parts = [part for part in event.rrule.split(";") if not part.startswith("UNTIL=")]
    if event.all_day:
        parts.append(f"UNTIL={until:%Y%m%d}")
    else:
        end_of_day = datetime.datetime.combine(
            until, datetime.time(23, 59, 59), event.zone
        )
        parts.append(f"UNTIL={end_of_day.astimezone(datetime.UTC):%Y%m%dT%H%M%SZ}")
    return ";".join(parts)


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
