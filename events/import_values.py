"""The values of an imported VEVENT, each read and checked: zone, instants, rule,
SEQUENCE, LAST-MODIFIED and texts. A value no calendar page can hold is an
EventProblem, with a message naming the problem (the importer names the event).

A property written twice where RFC 5545 allows it once is read by one stated rule:
the times that place the event (DTSTART, DTEND, DURATION, RECURRENCE-ID) cannot be
guessed and refuse the event; of any other, the first line is used, with a note.
"""

import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from icalendar import vRecur
from icalendar.parser import unescape_backslash

from core.query import has_control_characters

from . import recurrence, rules

# The largest value a PositiveIntegerField holds on every database.
MAX_SEQUENCE = 2**31 - 1
# What a message quotes of a file at most: a broken line may be thousands of bytes.
QUOTED_LENGTH = 80
PLACING = ("DTSTART", "DTEND", "DURATION", "RECURRENCE-ID")
UTC_NAMES = ("UTC", "Etc/UTC", "Etc/GMT", "GMT")


class EventProblem(Exception):
    """A problem with one event; the message names the problem, not the event."""


def quoted(text, length=QUOTED_LENGTH):
    """``text`` on one line, cut to ``length`` characters."""
    text = " ".join(str(text).split())
    return text if len(text) <= length else text[: length - 1] + "…"


def single(component, name, note):
    """The property ``name`` (None when absent), one value by the module's rule."""
    value = component.get(name)
    if not isinstance(value, list):
        return value
    if name in PLACING:
        raise EventProblem(
            _("it has %(count)d %(property)s lines; which one is meant is unknown.")
            % {"count": len(value), "property": name}
        )
    note(
        "repeated",
        _("it has %(count)d %(property)s lines; the first is used.")
        % {"count": len(value), "property": name},
    )
    return value[0]


def first_text(component, name):
    """The first ``name`` of the component as text, for naming it in a message."""
    value = component.get(name, "")
    return quoted(value[0] if isinstance(value, list) and value else value)


def text_of(component, name, note):
    """A text property, refused when it holds control characters: no page can keep a
    NUL byte, and titles and summaries are read on one or a few lines."""
    text = str(single(component, name, note) or "").strip()
    if has_control_characters(text, allowed="\n\t"):
        raise EventProblem(
            _("its %(property)s holds control characters.") % {"property": name}
        )
    return text


def own_text(component, name, note):
    """A text of Kizuna's own X-KIZUNA-* properties: icalendar keeps the values of
    properties it does not know escaped as written."""
    return unescape_backslash(text_of(component, name, note))


def sequence_of(component, note):
    """SEQUENCE: a whole number from 0, as RFC 5545 says."""
    try:
        sequence = int(single(component, "SEQUENCE", note) or 0)
    except (TypeError, ValueError):
        sequence = -1
    if not 0 <= sequence <= MAX_SEQUENCE:
        raise EventProblem(
            _("its SEQUENCE must be a whole number from 0 to %(maximum)d.")
            % {"maximum": MAX_SEQUENCE}
        )
    return sequence


def modified_of(component, note):
    """LAST-MODIFIED as an aware UTC instant, or None. RFC 5545 writes it in UTC;
    SabreDAV (Nextcloud) writes it floating, read here as UTC too, so that it can be
    compared with the next file's."""
    prop = single(component, "LAST-MODIFIED", note)
    value = getattr(prop, "dt", None)
    if value is None:
        return None
    if not isinstance(value, datetime.datetime):
        value = datetime.datetime.combine(value, datetime.time())
    if value.tzinfo is None:
        value = value.replace(tzinfo=datetime.UTC)
    return value.astimezone(datetime.UTC)


def zone_of(start, fallback, zones, note):
    """The event's zone: the one DTSTART's TZID stands for, else ``fallback`` (the
    venue's or the file's) for UTC, floating and all-day starts, else the site's.
    A floating time is read in the site's zone as calendar apps read it in theirs."""
    tzid = start.params.get("TZID")
    timed = isinstance(start.dt, datetime.datetime)
    if tzid:
        zone = zones.zone(str(tzid))
        if zone is None:
            raise unknown_zone(tzid, defined=str(tzid) in zones.definitions)
        if zone.key not in UTC_NAMES:
            return zone
    if timed and start.dt.tzinfo is None and not tzid and not fallback:
        note(
            "floating",
            _(
                "its times have no time zone, and neither its venue nor the file gives one; they are read in %(zone)s."
            )
            % {"zone": settings.TIME_ZONE},
        )
    return ZoneInfo(fallback or settings.TIME_ZONE)


def out_of_range():
    return EventProblem(
        _("its dates must fall between %(first)d and %(last)d.")
        % {"first": recurrence.FIRST_YEAR, "last": recurrence.LAST_YEAR}
    )


def unknown_zone(name, defined=False):
    if defined:
        return EventProblem(
            _(
                "the time zone “%(zone)s” that the file defines keeps the offsets of no known zone; use an IANA name such as Asia/Tokyo."
            )
            % {"zone": quoted(name)}
        )
    return EventProblem(
        _("the time zone “%(zone)s” is unknown; use an IANA name such as Asia/Tokyo.")
        % {"zone": quoted(name)}
    )


def instant(value, zone, tzid=None, zones=None):
    """An aware instant: a date is midnight in ``zone``, a floating time is read
    there, a time with a TZID in the zone that TZID stands for (see import_zones)."""
    if isinstance(value, tuple):  # RDATE;VALUE=PERIOD: its start
        value = value[0]
    if not isinstance(value, datetime.datetime):
        return datetime.datetime.combine(value, datetime.time(), zone)
    if tzid and zones is not None:
        own = zones.zone(str(tzid))
        if own is None:
            raise unknown_zone(tzid, defined=str(tzid) in zones.definitions)
        return value.replace(tzinfo=None).replace(tzinfo=own)
    return value if value.tzinfo is not None else value.replace(tzinfo=zone)


def values_of(component, name):
    """Every (value, TZID) of a list property (EXDATE, RDATE), over all its lines."""
    lines = component.get(name, [])
    for line in lines if isinstance(lines, list) else [lines]:
        tzid = line.params.get("TZID")
        for value in line.dts:
            yield value.dt, tzid


def rule_of(component, zone, all_day):
    """RRULE text as stored: checked, with UNTIL in UTC (a date for all-day events)."""
    # An empty RRULE line (Germany_Holidays.ics) says nothing: no rule.
    rules_found = [rule for rule in component.rrules if rule]
    if len(rules_found) > 1:
        raise EventProblem(_("it has more than one repeat rule (RRULE)."))
    if not rules_found:
        return ""
    parts = vRecur(rules_found[0])
    if "UNTIL" in parts:
        parts["UNTIL"] = [rules.until_value(parts["UNTIL"][0], zone, all_day)]
    text = rules.rule_text(parts)
    try:
        rules.check_rule(text)
    except ValidationError as error:
        raise EventProblem(" ".join(error.messages)) from error
    return text
