"""The single dates of an imported series: skipped (EXDATE), added (RDATE),
cancelled, moved and retold (overrides, RECURRENCE-ID), as EventDateChanges.

A date is kept as the file means it: an all-day series' RECURRENCE-ID or EXDATE
written as a zoned midnight names the date written, not the day before in UTC;
RANGE=THISANDFUTURE moves every later date by as much as it moves its own; an
override that gives one date its own title, place or description keeps them as that
date's note. What a date change cannot hold (its own length) is said in a note.
"""

import datetime
from dataclasses import dataclass

from dateutil.rrule import rrulestr
from django.utils.translation import gettext as _

from . import recurrence, rules
from .enums import DateChangeKind, EventStatus
from .import_values import (
    EventProblem,
    instant,
    out_of_range,
    own_text,
    quoted,
    single,
    values_of,
)
from .models import EventDateChange, EventPage

# Where Kizuna's own feed keeps what a date change holds and RFC 5545 has no field for.
NOTE_PROPERTY = "X-KIZUNA-NOTE"
NOTE_LENGTH = EventDateChange._meta.get_field("note").max_length
RETOLD = ("SUMMARY", "LOCATION", "DESCRIPTION")


@dataclass(frozen=True)
class Series:
    """What the series' main VEVENT says, as its overrides are compared with it."""

    start: datetime.datetime
    end: datetime.datetime
    zone: datetime.tzinfo
    all_day: bool
    rrule: str
    texts: dict

    @property
    def local_start(self):
        return self.start.astimezone(self.zone)

    def start_on(self, date):
        """The instant the series starts on ``date`` (a local date)."""
        return datetime.datetime.combine(date, self.local_start.timetz())

    def page(self):
        """An unsaved page of the series, for recurrence's functions."""
        return EventPage(
            start=self.start,
            end=self.end,
            time_zone=self.zone.key,
            all_day=self.all_day,
            rrule=self.rrule,
        )


def date_changes(series, component, overrides, zones, note):
    """The series' date changes, the first date added when the rule does not produce
    DTSTART (RFC 5545 makes it the first date whatever the rule). A date in EXDATE
    is skipped even when an override names it, as recurring-ical-events reads it."""
    skipped = list(
        dict.fromkeys(
            _date_of(series, value, tzid, zones)
            for value, tzid in values_of(component, "EXDATE")
        )
    )
    added = _added(series, component, zones)
    by_date = {}
    # A range override comes first, so that a later override of one date replaces it.
    for override in sorted(overrides, key=lambda o: not _reaches_future(o, note)):
        original = _series_date(series, single(override, "RECURRENCE-ID", note), zones)
        if original in skipped:
            continue
        shift = None
        dates = [original]
        if _reaches_future(override, note):
            since = series.start_on(original)
            shift = _new_start(series, override, original, zones) - since
            dates = _dates_from(series, original)
            added = [start + shift if start >= since else start for start in added]
        for date in dates:
            change = _override_change(series, override, date, zones, shift, note)
            if change is not None:
                by_date[date] = change
            else:
                by_date.pop(date, None)
    changes = [
        *by_date.values(),
        *(
            EventDateChange(kind=DateChangeKind.SKIP, occurrence_date=day)
            for day in skipped
        ),
        *(EventDateChange(kind=DateChangeKind.ADD, new_start=start) for start in added),
    ]
    if (
        series.rrule
        and series.start not in added
        and series.local_start.date() not in skipped
        and not _rule_produces_start(series)
    ):
        changes.append(EventDateChange(kind=DateChangeKind.ADD, new_start=series.start))
    return changes


def _added(series, component, zones):
    """The starts RDATE adds, each once (a PERIOD adds its start)."""
    added = []
    for value, tzid in values_of(component, "RDATE"):
        if isinstance(value, tuple):
            value = value[0]
        if isinstance(value, datetime.time):
            raise EventProblem(_("its RDATE gives a time without a date."))
        if not isinstance(value, datetime.datetime):
            value = datetime.datetime.combine(value, series.local_start.time())
        start = instant(value, series.zone, tzid, zones)
        if not recurrence.is_in_calendar_range(start):
            raise out_of_range()
        if start not in added:
            added.append(start)
    return added


def _reaches_future(override, note):
    recurrence_id = single(override, "RECURRENCE-ID", note)
    return str(recurrence_id.params.get("RANGE", "")).upper() == "THISANDFUTURE"


def _series_date(series, recurrence_id, zones):
    return _date_of(series, recurrence_id.dt, recurrence_id.params.get("TZID"), zones)


def _date_of(series, value, tzid, zones):
    """The local date of the series a RECURRENCE-ID or EXDATE names: for an all-day
    series the date written (a zoned midnight names its own date), else the date, in
    the series' zone, of the instant written."""
    if not isinstance(value, datetime.datetime):
        return value
    if series.all_day:
        return value.date()
    return instant(value, series.zone, tzid, zones).astimezone(series.zone).date()


def _dates_from(series, original):
    """The dates of the series from ``original`` on (RANGE=THISANDFUTURE)."""
    page = series.page()
    end = recurrence.series_end(page, [])
    if end is None:
        raise EventProblem(
            _(
                "it moves all dates from %(date)s on (RANGE=THISANDFUTURE) of a series without end."
            )
            % {"date": original.isoformat()}
        )
    first = series.start_on(original).astimezone(datetime.UTC)
    return [
        occurrence.start.astimezone(series.zone).date()
        for occurrence in recurrence.occurrences(page, [], first, end)
        if occurrence.start >= first
    ]


def _new_start(series, override, date, zones):
    start = override.get("DTSTART")
    if start is None or isinstance(start, list):
        return series.start_on(date)
    return instant(start.dt, series.zone, start.params.get("TZID"), zones)


def _override_change(series, override, date, zones, shift, note):
    """The change one override makes to ``date``, or None when it changes nothing a
    date can hold (``shift``: how far a range override moves each date)."""
    own_note = NOTE_PROPERTY in override
    text = quoted(own_text(override, NOTE_PROPERTY, note), NOTE_LENGTH)
    # A date of a cancelled series says CANCELLED with it: only the series is.
    cancelled = str(single(override, "STATUS", note) or "").upper() == "CANCELLED"
    if cancelled and series.texts.get("STATUS") != EventStatus.CANCELLED:
        return EventDateChange(
            kind=DateChangeKind.CANCEL, occurrence_date=date, note=text
        )
    if shift is None:
        single(override, "DTSTART", note)
        start = _new_start(series, override, date, zones)
    else:
        start = series.start_on(date) + shift
    if not recurrence.is_in_calendar_range(start):
        raise out_of_range()
    _note_own_length(series, override, date, zones, note)
    if not own_note:
        text = _retold(series, override, note)
    if start == series.start_on(date) and not text:
        return None
    return EventDateChange(
        kind=DateChangeKind.MOVE, occurrence_date=date, new_start=start, note=text
    )


def _retold(series, override, note):
    """What the override tells otherwise than the series (title, place,
    description), as the date's note."""
    told = []
    for name in RETOLD:
        text = str(single(override, name, note) or "").strip()
        if text and text != series.texts.get(name, ""):
            told.append(text)
    return quoted(" — ".join(told), NOTE_LENGTH) if told else ""


def _note_own_length(series, override, date, zones, note):
    start, end = override.get("DTSTART"), override.get("DTEND")
    duration = override.get("DURATION")
    if start is None or isinstance(start, list):
        return
    begins = instant(start.dt, series.zone, start.params.get("TZID"), zones)
    if end is not None and not isinstance(end, list):
        length = instant(end.dt, series.zone, end.params.get("TZID"), zones) - begins
    elif duration is not None and not isinstance(duration, list):
        length = duration.dt
    else:
        return
    if series.all_day:
        length = datetime.timedelta(days=round(length / datetime.timedelta(days=1)))
    if length != _series_length(series):
        note(
            "length",
            _(
                "its date %(date)s lasts otherwise than the series; a date of a series cannot have its own length, so it keeps the series' length."
            )
            % {"date": date.isoformat()},
        )


def _series_length(series):
    if not series.all_day:
        return series.end - series.start
    local_end = series.end.astimezone(series.zone)
    return datetime.timedelta(days=(local_end.date() - series.local_start.date()).days)


def _rule_produces_start(series):
    """Whether the rule itself yields DTSTART: expanded only up to DTSTART."""
    parts = rules.read_rule(series.rrule)
    parts.pop("COUNT", None)
    local = series.local_start
    if series.all_day:
        local = local.replace(tzinfo=None)
    bound = local.date() if series.all_day else series.start.astimezone(datetime.UTC)
    parts["UNTIL"] = [min([bound, *parts.get("UNTIL", [])])]
    return local in list(rrulestr(rules.rule_text(parts), dtstart=local))
