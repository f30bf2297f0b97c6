"""Repeating events: a series' dates in a window, its end, and whether its rule can be kept.

Rules (see rules.py) are expanded by dateutil in the event's wall-clock time, so "every
second Tuesday at 18:00" stays at 18:00 across daylight-saving changes. Work is bounded:
a series is expanded only over the window asked for, restarting the rule a whole number
of periods before it, and never to more than MAX_OCCURRENCES dates at a time.
"""

import datetime
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta
from dateutil.rrule import rruleset, rrulestr
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from . import rules
from .enums import DateChangeKind, EventStatus, Frequency

# The years events may fall in: wide enough for any archive or plan, narrow enough that
# times stay far from datetime's limits in every zone.
FIRST_YEAR, LAST_YEAR = 1900, 2199
# No window yields more dates than this for one event (a daily rule over ten years).
MAX_OCCURRENCES = 4000
# A rule must produce its first date (and a COUNT rule its last) within this span;
# checking a rule whose BY* parts filter out most days costs about 80 ms a year.
MAX_SERIES_YEARS = 20
PERIODS = {
    Frequency.DAILY: relativedelta(days=1),
    Frequency.WEEKLY: relativedelta(weeks=1),
    Frequency.MONTHLY: relativedelta(months=1),
    Frequency.YEARLY: relativedelta(years=1),
}


@dataclass(frozen=True)
class Occurrence:
    """One date of an event as a visitor sees it, with aware UTC times."""

    event: object
    start: datetime.datetime
    end: datetime.datetime
    # The original start of this occurrence in its series (RFC 5545 RECURRENCE-ID).
    recurrence_id: datetime.datetime | None
    status: str
    note: str = ""

    @property
    def is_cancelled(self):
        return self.status == EventStatus.CANCELLED


def is_in_calendar_range(value):
    """Whether a date or time falls in the years the calendar keeps."""
    return value is not None and FIRST_YEAR <= value.year <= LAST_YEAR


def _local_start(event):
    start = event.start.astimezone(event.zone)
    return start.replace(tzinfo=None) if event.all_day else start


def _as_utc(event, local):
    if local.tzinfo is None:
        local = local.replace(tzinfo=event.zone)
    return local.astimezone(datetime.UTC)


def _local(event, instant):
    """``instant`` as the rule's own values are: local, naive for all-day events."""
    local = instant.astimezone(event.zone)
    if event.all_day:
        return datetime.datetime.combine(local.date(), _local_start(event).time())
    return local


def _on_date(event, date):
    """The series' start time on ``date`` (a local date), as the rule would produce it."""
    return datetime.datetime.combine(date, _local_start(event).timetz())


def _rule_near(event, local_start, near=None, until=None):
    """The dateutil rule, restarted a whole number of periods before ``near`` and ending
    by ``until`` at the latest, so that expanding a window costs the window only.

    dateutil keeps iterating a rule that yields nothing up to year 9999; a rule without
    COUNT is therefore always given an UNTIL. Restarting keeps every date from ``near``
    on: the date parts dateutil takes from DTSTART (weekday, day of month, month) are
    written into the rule, and the phase of INTERVAL is kept. A COUNT rule counts from
    its first date and is not restarted (validate_rule checks that it reaches its COUNT
    within MAX_SERIES_YEARS).
    """
    parts = rules.read_rule(event.rrule)
    if "COUNT" in parts:
        return rrulestr(event.rrule, dtstart=local_start)
    if until is not None:
        bound = until.date() if event.all_day else until.astimezone(datetime.UTC)
        parts["UNTIL"] = [min([bound, *parts.get("UNTIL", [])])]
    frequency = str(parts["FREQ"][0]).upper()
    interval = int(parts.get("INTERVAL", [1])[0])
    periods = 0
    if near is not None and near > local_start:
        periods = _whole_periods(frequency, local_start, near) // interval - 1
    if periods <= 0:
        return rrulestr(rules.rule_text(parts), dtstart=local_start)
    restart = local_start
    if not any(
        name in parts for name in ("BYWEEKNO", "BYYEARDAY", "BYMONTHDAY", "BYDAY")
    ):
        if frequency == Frequency.YEARLY:
            parts.setdefault("BYMONTH", [local_start.month])
            parts["BYMONTHDAY"] = [local_start.day]
        elif frequency == Frequency.MONTHLY:
            parts["BYMONTHDAY"] = [local_start.day]
    if frequency == Frequency.YEARLY:
        restart = restart.replace(month=1, day=1)
    elif frequency == Frequency.MONTHLY:
        restart = restart.replace(day=1)
    restart += PERIODS[frequency] * (periods * interval)
    return rrulestr(rules.rule_text(parts), dtstart=restart)


def _whole_periods(frequency, start, later):
    if frequency == Frequency.YEARLY:
        return later.year - start.year
    if frequency == Frequency.MONTHLY:
        return (later.year - start.year) * 12 + later.month - start.month
    days = (later.date() - start.date()).days
    return days // 7 if frequency == Frequency.WEEKLY else days


def _series(event, changes, near=None, until=None):
    """The rule set (rule, extra dates, skipped and moved dates) in local time."""
    local_start = _local_start(event)
    series = rruleset()
    if event.rrule:
        series.rrule(_rule_near(event, local_start, near, until))
    else:
        series.rdate(local_start)
    for change in changes:
        if change.kind == DateChangeKind.ADD and change.new_start:
            series.rdate(_local(event, change.new_start))
        elif (
            change.kind in (DateChangeKind.SKIP, DateChangeKind.MOVE)
            and change.occurrence_date
        ):
            series.exdate(_on_date(event, change.occurrence_date))
    return series


def validate_rule(event, changes=()):
    """Raise ValidationError (on the recurrence) when the rule cannot be kept: refused
    by rules.check_rule, no date within MAX_SERIES_YEARS, or a COUNT not reached then."""
    if not event.rrule:
        return
    parts = rules.check_rule(event.rrule)
    local_start = _local_start(event)
    horizon = local_start + relativedelta(years=MAX_SERIES_YEARS)
    try:
        if "COUNT" in parts:
            # Counted without COUNT up to the horizon, which bounds dateutil's search.
            bounded = {name: value for name, value in parts.items() if name != "COUNT"}
            bounded["UNTIL"] = [
                horizon.date() if event.all_day else horizon.astimezone(datetime.UTC)
            ]
            reached = list(rrulestr(rules.rule_text(bounded), dtstart=local_start))
            if len(reached) < int(parts["COUNT"][0]):
                raise ValidationError(
                    _(
                        "This repeat rule does not reach its number of times within %(years)d years."
                    )
                    % {"years": MAX_SERIES_YEARS}
                )
        found = _series(event, changes, until=horizon).between(
            local_start, horizon, inc=True
        )
    except (ValueError, TypeError, OverflowError) as error:
        raise ValidationError(
            _("This repeat rule cannot be read: %(error)s") % {"error": error}
        ) from error
    # A series whose every date an override moves still has those dates.
    moved = any(c.kind == DateChangeKind.MOVE and c.new_start for c in changes)
    if not found and not moved:
        raise ValidationError(
            _(
                "This repeat rule never produces a date. Check the end date or the number of times."
            )
        )


def occurrences(event, changes, window_start, window_end, limit=MAX_OCCURRENCES):
    """The event's occurrences overlapping [window_start, window_end), in start order,
    at most ``limit`` of them."""
    duration = event.end - event.start
    cancelled = {
        c.occurrence_date: c.note for c in changes if c.kind == DateChangeKind.CANCEL
    }
    first = _local(event, window_start - duration)
    if event.all_day:
        # The rule's values for all-day events are naive local midnights.
        first = first.replace(tzinfo=None)
    last = window_end.astimezone(event.zone)
    if event.all_day:
        last = last.replace(tzinfo=None)
    found = []
    for local in _series(event, changes, near=first, until=last).xafter(
        first, inc=True
    ):
        if local > last or len(found) >= limit:
            break
        start = _as_utc(event, local)
        note = cancelled.get(local.date())
        found.append(
            Occurrence(
                event=event,
                start=start,
                end=_end_for(event, start, duration),
                recurrence_id=start if event.rrule else None,
                status=EventStatus.CANCELLED if note is not None else event.status,
                note=note or "",
            )
        )
    for change in changes:
        if (
            change.kind == DateChangeKind.MOVE
            and change.occurrence_date
            and change.new_start
        ):
            start = _as_utc(event, _local(event, change.new_start))
            found.append(
                Occurrence(
                    event=event,
                    start=start,
                    end=_end_for(event, start, duration),
                    recurrence_id=_as_utc(
                        event, _on_date(event, change.occurrence_date)
                    ),
                    status=event.status,
                    note=change.note,
                )
            )
    found = [o for o in found if o.start < window_end and o.end > window_start]
    return sorted(found, key=lambda o: o.start)[:limit]


def _end_for(event, start, duration):
    """When an occurrence starting at ``start`` ends.

    An all-day occurrence ends at local midnight after its last day, which is not a
    fixed number of hours on when the clocks change in between.
    """
    if not event.all_day:
        return start + duration
    zone = event.zone
    days = (
        event.end.astimezone(zone).date() - event.start.astimezone(zone).date()
    ).days
    last = start.astimezone(zone).date() + datetime.timedelta(days=days)
    return datetime.datetime.combine(last, datetime.time(), zone).astimezone(
        datetime.UTC
    )


def series_end(event, changes):
    """When the last occurrence ends, read from the rule (UNTIL or COUNT), or None for a
    rule without end. Only the last stretch before UNTIL is expanded."""
    if not event.rrule:
        ends = [o.end for o in occurrences(event, changes, event.start, _END_OF_TIME)]
        return max(ends, default=event.end)
    parts = rules.read_rule(event.rrule)
    if "COUNT" in parts:
        last_start = list(_series(event, changes))[-1:]
    elif "UNTIL" in parts:
        until = _local(event, _until_instant(event, parts["UNTIL"][0]))
        if event.all_day:
            until = until.replace(tzinfo=None)
        # A year back finds the last date of any rule that repeats at least yearly;
        # a sparser one is looked for from its start.
        series = _series(event, changes, near=until - relativedelta(years=1))
        last_start = [series.before(until, inc=True)]
        if last_start == [None]:
            last_start = [_series(event, changes).before(until, inc=True)]
    else:
        return None
    ends = [
        _end_for(event, _as_utc(event, local), event.end - event.start)
        for local in last_start
        if local is not None
    ]
    moved = [
        _end_for(
            event, _as_utc(event, _local(event, c.new_start)), event.end - event.start
        )
        for c in changes
        if c.kind in (DateChangeKind.ADD, DateChangeKind.MOVE) and c.new_start
    ]
    return max(ends + moved, default=event.end)


_END_OF_TIME = datetime.datetime(LAST_YEAR + 1, 1, 1, tzinfo=datetime.UTC)


def _until_instant(event, until):
    """UNTIL as an aware instant: a date is the end of that day in the event's zone."""
    if isinstance(until, datetime.datetime):
        return until if until.tzinfo else until.replace(tzinfo=event.zone)
    return datetime.datetime.combine(until, datetime.time(23, 59, 59), event.zone)
