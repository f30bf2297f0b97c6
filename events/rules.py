"""Repeat rules as stored: RFC 5545 RRULE text, valid as it stands beside DTSTART;TZID.

UNTIL is an instant in UTC (``…Z``) for a timed series and a date for an all-day one, as
RFC 5545 requires; ``until_value`` is the one place a local "until" becomes that value,
for the editor's choices and for imported rules alike. Rules are read with icalendar's
``vRecur`` and expanded by dateutil (see recurrence.py).
"""

import datetime

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from icalendar import vRecur, vWeekday

from .enums import Frequency

# The longest series a public calendar needs; a COUNT rule is expanded to its last date
# when saved, so this bounds that work too.
MAX_COUNT = 1000


def until_value(until, zone, all_day):
    """The UNTIL of a series ending on local date ``until`` (included) or at an instant.

    A timed series ends at the end of that day in ``zone``, written in UTC; an all-day
    series on the date itself. A naive instant is read in ``zone``.
    """
    if all_day:
        if isinstance(until, datetime.datetime):
            return _aware(until, zone).astimezone(zone).date()
        return until
    if not isinstance(until, datetime.datetime):
        until = datetime.datetime.combine(until, datetime.time(23, 59, 59), zone)
    return _aware(until, zone).astimezone(datetime.UTC)


def _aware(value, zone):
    return value if value.tzinfo is not None else value.replace(tzinfo=zone)


def rule_text(parts):
    """RRULE text of ``parts`` (vRecur's mapping), in RFC 5545's order of parts."""
    return vRecur(parts).to_ical().decode()


def read_rule(text):
    """The rule's parts as icalendar reads them (each a list); ValueError if unreadable."""
    return vRecur.from_ical(text)


def build_rule(
    frequency,
    *,
    zone,
    interval=1,
    weekdays=(),
    week_of_month=None,
    until=None,
    count=None,
    all_day=False,
):
    """RRULE text for the editor's choices; ``until`` is a local date, included.

    ``week_of_month`` (1–4, or -1 for the last) with ``weekdays`` makes a monthly rule
    such as BYDAY=2SA, the second Saturday.
    """
    parts = {"FREQ": frequency}
    if count:
        parts["COUNT"] = count
    elif until:
        parts["UNTIL"] = until_value(until, zone, all_day)
    if interval and interval > 1:
        parts["INTERVAL"] = interval
    if weekdays:
        prefix = str(week_of_month) if week_of_month else ""
        parts["BYDAY"] = [prefix + day for day in weekdays]
    return rule_text(parts)


def parse_rule(text, zone):
    """The editor's choices read back from RRULE text (the inverse of build_rule)."""
    parts = read_rule(text)
    days = [vWeekday(day) for day in parts.get("BYDAY", [])]
    weeks = {day.relative for day in days if day.relative}
    until = parts.get("UNTIL", [None])[0]
    if isinstance(until, datetime.datetime):
        until = _aware(until, datetime.UTC).astimezone(zone).date()
    return {
        "frequency": str(parts.get("FREQ", [""])[0]),
        "interval": int(parts.get("INTERVAL", [1])[0]),
        "weekdays": [day.weekday for day in days],
        "week_of_month": weeks.pop() if len(weeks) == 1 else None,
        "count": int(parts["COUNT"][0]) if "COUNT" in parts else None,
        "until": until,
    }


def is_editable(text, zone, all_day):
    """Whether the editor's choices can express ``text`` exactly (imports may not)."""
    try:
        choices = parse_rule(text, zone)
        return build_rule(**choices, zone=zone, all_day=all_day) == text
    except (ValueError, KeyError, TypeError):
        return False


def check_rule(text):
    """Raise ValidationError unless ``text`` is a rule a public calendar can carry.

    Refused: unreadable text, repeating more often than daily, INTERVAL below 1, COUNT
    together with UNTIL, and more than MAX_COUNT times. Whether the rule produces a
    date at all depends on the start and is checked in recurrence.validate_rule.
    """
    try:
        parts = read_rule(text)
    except (ValueError, TypeError) as error:
        raise _unreadable(error) from error
    frequency = str(parts.get("FREQ", [""])[0]).upper()
    if frequency not in Frequency.values:
        raise ValidationError(
            _(
                "Events can repeat daily, weekly, monthly or yearly, not “%(frequency)s”."
            )
            % {"frequency": frequency or "—"}
        )
    try:
        interval = int(parts.get("INTERVAL", [1])[0])
        count = int(parts["COUNT"][0]) if "COUNT" in parts else None
    except (ValueError, TypeError) as error:
        raise _unreadable(error) from error
    if interval < 1:
        raise ValidationError(_("A repeat rule must repeat at least every 1 time."))
    if count is not None and "UNTIL" in parts:
        raise ValidationError(
            _("A repeat rule gives an end date or a number of times, not both.")
        )
    if count is not None and not 1 <= count <= MAX_COUNT:
        raise ValidationError(
            _("An event can repeat from 1 to %(maximum)d times.")
            % {"maximum": MAX_COUNT}
        )
    return parts


def _unreadable(error):
    return ValidationError(
        _("This repeat rule cannot be read: %(error)s") % {"error": error}
    )
