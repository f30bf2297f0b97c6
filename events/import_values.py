"""The values of an imported VEVENT, each read and checked: zone, instants, rule,
SEQUENCE and texts. A value no calendar page can hold is an EventProblem, with a
message naming the problem (the importer names the event)."""

import datetime
from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from icalendar import vRecur

from core.query import has_control_characters
from core.timezones import is_known_time_zone

from . import recurrence, rules

# The largest value a PositiveIntegerField holds on every database.
MAX_SEQUENCE = 2**31 - 1


class EventProblem(Exception):
    """A problem with one event; the message names the problem, not the event."""


def zone_of(start_property, venue, context):
    """The event's zone: the TZID of DTSTART, else the venue's or the file's for UTC
    and floating times (a floating time needs one of them), else UTC."""
    value = start_property.dt
    tzid = start_property.params.get("TZID")
    timed = isinstance(value, datetime.datetime)
    if timed and value.tzinfo is not None:
        key = getattr(value.tzinfo, "key", None)
        if key is None or not is_known_time_zone(key):
            raise unknown_zone(tzid or value.tzinfo)
        if key not in ("UTC", "Etc/UTC"):
            return ZoneInfo(key)
    elif tzid:
        raise unknown_zone(tzid)
    fallback = (venue.time_zone if venue else "") or context.calendar_zone
    if timed and value.tzinfo is None and not fallback:
        raise EventProblem(
            _(
                "its start has no time zone, and neither its venue nor the file gives one."
            )
        )
    return ZoneInfo(fallback or "UTC")


def out_of_range():
    return EventProblem(
        _("its dates must fall between %(first)d and %(last)d.")
        % {"first": recurrence.FIRST_YEAR, "last": recurrence.LAST_YEAR}
    )


def sequence_of(component):
    """SEQUENCE: a whole number from 0, as RFC 5545 says."""
    try:
        sequence = int(component.get("SEQUENCE", 0))
    except (TypeError, ValueError):
        sequence = -1
    if not 0 <= sequence <= MAX_SEQUENCE:
        raise EventProblem(
            _("its SEQUENCE must be a whole number from 0 to %(maximum)d.")
            % {"maximum": MAX_SEQUENCE}
        )
    return sequence


def text_of(component, name):
    """A text property, refused when it holds control characters: no page can keep a
    NUL byte, and titles and summaries are read on one or a few lines."""
    text = str(component.get(name, "")).strip()
    if has_control_characters(text, allowed="\n\t"):
        raise EventProblem(
            _("its %(property)s holds control characters.") % {"property": name}
        )
    return text


def unknown_zone(name):
    return EventProblem(
        _("the time zone “%(zone)s” is unknown; use an IANA name such as Asia/Tokyo.")
        % {"zone": name}
    )


def instant(value, zone):
    """An aware instant: a date is midnight in ``zone``, a floating time is read there."""
    if not isinstance(value, datetime.datetime):
        return datetime.datetime.combine(value, datetime.time(), zone)
    return value if value.tzinfo is not None else value.replace(tzinfo=zone)


def rule_of(component, zone, all_day):
    """RRULE text as stored: checked, with UNTIL in UTC (a date for all-day events)."""
    rules_found = component.rrules
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
