"""Repeating events: the RFC 5545 rule an editor builds, and its expansion into occurrences.

Rules are stored as RRULE text and expanded by python-dateutil in the venue's wall-clock
time, so "every second Tuesday at 18:00" stays at 18:00 across daylight-saving changes.
"""

import datetime
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from dateutil.rrule import rruleset, rrulestr
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from .enums import DateChangeKind, EventStatus

# A rule may run forever; listings only ever expand a bounded window, and the series end
# used for queries is looked for this far ahead.
MAX_COUNTED_OCCURRENCES = 1000


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


def build_rule(
    frequency,
    *,
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
    parts = [f"FREQ={frequency}"]
    if interval and interval > 1:
        parts.append(f"INTERVAL={interval}")
    if weekdays:
        prefix = str(week_of_month) if week_of_month else ""
        parts.append("BYDAY=" + ",".join(prefix + day for day in weekdays))
    if count:
        parts.append(f"COUNT={count}")
    elif until:
        parts.append(
            f"UNTIL={until:%Y%m%d}" if all_day else f"UNTIL={until:%Y%m%d}T235959"
        )
    return ";".join(parts)


BYDAY_ENTRY = re.compile(r"^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$")


def parse_rule(text):
    """The editor's choices read back from RRULE text (the inverse of build_rule)."""
    values = dict(part.split("=", 1) for part in text.split(";") if "=" in part)
    until = values.get("UNTIL", "")
    days = [BYDAY_ENTRY.match(entry) for entry in values.get("BYDAY", "").split(",")]
    days = [match.groups() for match in days if match]
    weeks = {int(week) for week, _day in days if week}
    return {
        "frequency": values.get("FREQ", ""),
        "interval": int(values.get("INTERVAL", 1)),
        "weekdays": [day for _week, day in days],
        "week_of_month": weeks.pop() if len(weeks) == 1 else None,
        "count": int(values["COUNT"]) if "COUNT" in values else None,
        "until": datetime.datetime.strptime(until[:8], "%Y%m%d").date()
        if until
        else None,
    }


def is_editable(text):
    """Whether the editor's choices can express ``text`` exactly (imports may not)."""
    try:
        return build_rule(**parse_rule(text)) == text
    except (ValueError, KeyError):
        return False


def _rule(event, local_start):
    """The dateutil rule; UNTIL is written in local time and read in the event's zone."""
    text = event.rrule
    if "UNTIL=" in text and not event.all_day:
        # dateutil wants a zone-aware UNTIL beside an aware start: give it the local zone.
        parsed = parse_rule(text)
        until = datetime.datetime.combine(
            parsed["until"], datetime.time(23, 59, 59), local_start.tzinfo
        )
        text = ";".join(p for p in text.split(";") if not p.startswith("UNTIL="))
        rule = rrulestr(text, dtstart=local_start)
        return rule.replace(until=until)
    if event.all_day:
        rule = rrulestr(text, dtstart=local_start.replace(tzinfo=None))
        return rule
    return rrulestr(text, dtstart=local_start)


def _local_start(event):
    zone = ZoneInfo(event.time_zone)
    start = event.start.astimezone(zone)
    return start.replace(tzinfo=None) if event.all_day else start


def _as_utc(event, local):
    if local.tzinfo is None:
        local = local.replace(tzinfo=ZoneInfo(event.time_zone))
    return local.astimezone(datetime.UTC)


def _on_date(event, date):
    """The series' start time on ``date`` (a local date), as the rule would produce it."""
    local_start = _local_start(event)
    return datetime.datetime.combine(date, local_start.timetz())


def _series(event, changes):
    """The rule set (rule, extra dates, skipped dates) in local time."""
    local_start = _local_start(event)
    series = rruleset()
    if event.rrule:
        series.rrule(_rule(event, local_start))
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


def _local(event, instant):
    local = instant.astimezone(ZoneInfo(event.time_zone))
    if event.all_day:
        return datetime.datetime.combine(local.date(), _local_start(event).time())
    return local


def validate_rule(event, changes=()):
    """Raise ValidationError (on the recurrence) when the rule never produces a date."""
    if not event.rrule:
        return
    try:
        series = _series(event, changes)
        first = series.after(_local_start(event), inc=True)
    except (ValueError, TypeError) as error:
        raise ValidationError(
            _("This repeat rule cannot be read: %(error)s") % {"error": error}
        ) from error
    if first is None:
        raise ValidationError(
            _(
                "This repeat rule never produces a date. Check the end date or the number of times."
            )
        )


def occurrences(event, changes, window_start=None, window_end=None):
    """The event's occurrences overlapping [window_start, window_end), in start order."""
    duration = event.end - event.start
    cancelled = {
        c.occurrence_date: c.note for c in changes if c.kind == DateChangeKind.CANCEL
    }
    series = _series(event, changes)
    if window_start is None and window_end is None:
        local_starts = list(series[:MAX_COUNTED_OCCURRENCES])
    else:
        local_starts = series.between(
            _local_for_window(event, window_start - duration),
            _local_for_window(event, window_end),
            inc=True,
        )
    found = []
    for local in local_starts:
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
            if window_start is None or (
                start < window_end and start + duration > window_start
            ):
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
    found = [
        o
        for o in found
        if window_start is None or (o.start < window_end and o.end > window_start)
    ]
    return sorted(found, key=lambda o: o.start)


def _local_for_window(event, instant):
    local = instant.astimezone(ZoneInfo(event.time_zone))
    return local.replace(tzinfo=None) if event.all_day else local


def _end_for(event, start, duration):
    """When an occurrence starting at ``start`` ends.

    An all-day occurrence ends at local midnight after its last day, which is not a
    fixed number of hours on when the clocks change in between.
    """
    if not event.all_day:
        return start + duration
    zone = ZoneInfo(event.time_zone)
    days = (
        event.end.astimezone(zone).date() - event.start.astimezone(zone).date()
    ).days
    last = start.astimezone(zone).date() + datetime.timedelta(days=days)
    return datetime.datetime.combine(last, datetime.time(), zone).astimezone(
        datetime.UTC
    )


def series_end(event, changes):
    """When the last occurrence ends, or None for a rule without end."""
    if event.rrule and "COUNT=" not in event.rrule and "UNTIL=" not in event.rrule:
        return None
    all_occurrences = occurrences(event, changes)
    return max(o.end for o in all_occurrences) if all_occurrences else event.end
