"""Reading calendars as calendar apps write them (issue 11): RFC 5545's defaults,
Outlook's zones, Google's overrides, SabreDAV's floating LAST-MODIFIED, and what
cannot be understood refused with a short message instead of a crash."""

import datetime
import subprocess
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from events.enums import DateChangeKind, EventStatus
from events.import_reading import parse_calendar, read_events
from events.importing import ImportReport, import_calendar
from events.models import EventPage
from tests.events.test_import import ics, vevent

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
UTC = datetime.UTC
TOKYO = ZoneInfo("Asia/Tokyo")


def read(*lines):
    report = ImportReport()
    readings, refusals = read_events(parse_calendar(ics(*lines)), report)
    return readings, refusals, report


def one(*lines):
    readings, refusals, report = read(*lines)
    assert refusals == []
    (reading,) = readings
    return reading, report


def test_a_date_without_end_lasts_one_day_and_a_time_without_end_ends_when_it_starts():
    day, _ = one(*vevent("day@x", "Day", "DTSTART;VALUE=DATE:20270301"))
    moment, _ = one(*vevent("moment@x", "Moment", "DTSTART:20270301T090000Z"))
    same, _ = one(
        *vevent(
            "same@x", "Same", "DTSTART;VALUE=DATE:20270301", "DTEND;VALUE=DATE:20270301"
        )
    )

    assert day.fields["end"] - day.fields["start"] == datetime.timedelta(days=1)
    assert same.fields["end"] - same.fields["start"] == datetime.timedelta(days=1)
    assert moment.fields["end"] == moment.fields["start"]


def test_an_event_without_title_or_uid_is_untitled_with_a_stable_uid_and_notes():
    lines = [
        "BEGIN:VEVENT",
        "DTSTART:20270301T090000Z",
        "DTEND:20270301T100000Z",
        "END:VEVENT",
    ]
    first, report = one(*lines)
    again, _ = one(*lines)

    assert first.fields["title"] == "Untitled"
    assert first.uid == again.uid and first.uid.endswith("@derived.invalid")
    assert report.note_kinds["untitled"] == report.note_kinds["derived-uid"] == 1


@pytest.mark.parametrize("with_vtimezone", [False, True])
def test_windows_zone_names_are_read_as_their_iana_zone(with_vtimezone):
    vtimezone = [
        "BEGIN:VTIMEZONE",
        "TZID:Tokyo Standard Time",
        "BEGIN:STANDARD",
        "DTSTART:16010101T000000",
        "TZOFFSETFROM:+0900",
        "TZOFFSETTO:+0900",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]
    reading, _ = one(
        *(vtimezone if with_vtimezone else []),
        *vevent(
            "tokyo@x",
            "Board",
            "DTSTART;TZID=Tokyo Standard Time:20270301T090000",
            "DTEND;TZID=Tokyo Standard Time:20270301T100000",
        ),
    )

    assert reading.fields["time_zone"] == "Asia/Tokyo"
    assert reading.fields["start"] == datetime.datetime(2027, 3, 1, 0, tzinfo=UTC)


CUSTOM_ZONE = ics(
    "BEGIN:VTIMEZONE",
    "TZID:Partner Office Time",
    "BEGIN:STANDARD",
    "DTSTART:19700101T000000",
    "TZOFFSETFROM:+0700",
    "TZOFFSETTO:+0700",
    "TZNAME:ICT",
    "END:STANDARD",
    "END:VTIMEZONE",
    *vevent(
        "custom@x",
        "Visit",
        "DTSTART;TZID=Partner Office Time:20270301T090000",
        "DTEND;TZID=Partner Office Time:20270301T100000",
    ),
)


def zone_in_fresh_process(*files):
    """The zone "Partner Office Time" of the last file, read by a fresh process after
    icalendar has read the files before it (and cached their zones)."""
    script = (
        "import sys;from icalendar import Calendar;"
        "from events.import_zones import FileZones;"
        "files = sys.stdin.buffer.read().split(b'\\0');"
        "[Calendar.from_ical(f) for f in files];"
        "print(FileZones(Calendar.from_ical(files[-1]), 2027).zone('Partner Office Time'))"
    )
    fresh = subprocess.run(
        [sys.executable, "-c", script],
        input=b"\0".join(files),
        cwd=ROOT,
        capture_output=True,
        check=True,
    )
    return fresh.stdout.decode().strip()


def test_a_zone_defined_only_by_the_file_reads_the_same_whatever_came_before():
    other_definition = CUSTOM_ZONE.replace(b"+0700", b"+0900").replace(b"ICT", b"JST")
    readings, _ = read_events(parse_calendar(CUSTOM_ZONE), ImportReport())

    assert readings[0].fields["start"] == datetime.datetime(2027, 3, 1, 2, tzinfo=UTC)
    assert (
        zone_in_fresh_process(CUSTOM_ZONE)
        == zone_in_fresh_process(other_definition, CUSTOM_ZONE)
        == readings[0].fields["time_zone"]
    )
    assert ZoneInfo(readings[0].fields["time_zone"]).utcoffset(
        datetime.datetime(2027, 3, 1)
    ) == datetime.timedelta(hours=7)


def weekly(uid, *lines, start="20270301T090000"):
    return vevent(
        uid,
        "Weekly",
        f"DTSTART;TZID=Asia/Tokyo:{start}",
        f"DTEND;TZID=Asia/Tokyo:{start[:9]}100000",
        *lines,
    )


def override(uid, recurrence_id, *lines):
    return [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"RECURRENCE-ID;TZID=Asia/Tokyo:{recurrence_id}",
        *lines,
        "END:VEVENT",
    ]


def test_a_series_with_every_date_moved_still_has_its_dates(event_index):
    import_calendar(
        ics(
            *weekly("moved@x", "RRULE:FREQ=WEEKLY;COUNT=2"),
            *override(
                "moved@x",
                "20270301T090000",
                "SUMMARY:Weekly",
                "DTSTART;TZID=Asia/Tokyo:20270302T090000",
            ),
            *override(
                "moved@x",
                "20270308T090000",
                "SUMMARY:Weekly",
                "DTSTART;TZID=Asia/Tokyo:20270309T090000",
            ),
        ),
        event_index,
    )

    event = EventPage.objects.get(uid="moved@x")
    assert [o.start.astimezone(TOKYO).day for o in event.occurrences()] == [2, 9]


def test_a_start_the_rule_does_not_produce_is_the_first_date(event_index):
    # 1 March 2027 is a Monday; the rule gives Wednesdays.
    import_calendar(
        ics(*weekly("first@x", "RRULE:FREQ=WEEKLY;BYDAY=WE;COUNT=2")), event_index
    )

    event = EventPage.objects.get(uid="first@x")
    assert [o.start.astimezone(TOKYO).day for o in event.occurrences()] == [1, 3, 10]


def test_an_all_day_recurrence_id_at_zoned_midnight_names_that_date():
    reading, _ = one(
        *vevent(
            "days@x",
            "Days",
            "DTSTART;VALUE=DATE:20270301",
            "RRULE:FREQ=DAILY;COUNT=3",
        ),
        "BEGIN:VEVENT",
        "UID:days@x",
        "RECURRENCE-ID;TZID=Europe/Berlin:20270302T000000",
        "STATUS:CANCELLED",
        "END:VEVENT",
    )

    (change,) = reading.changes
    assert (change.kind, change.occurrence_date) == (
        DateChangeKind.CANCEL,
        datetime.date(2027, 3, 2),
    )


def test_range_this_and_future_moves_the_later_dates_too(event_index):
    import_calendar(
        ics(
            *weekly("range@x", "RRULE:FREQ=WEEKLY;COUNT=4"),
            "BEGIN:VEVENT",
            "UID:range@x",
            "SUMMARY:Weekly",
            "RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=Asia/Tokyo:20270315T090000",
            "DTSTART;TZID=Asia/Tokyo:20270315T140000",
            "END:VEVENT",
        ),
        event_index,
    )

    event = EventPage.objects.get(uid="range@x")
    assert [o.start.astimezone(TOKYO).hour for o in event.occurrences()] == [
        9,
        9,
        14,
        14,
    ]


def test_an_override_that_retells_a_date_keeps_it_as_the_dates_note():
    reading, report = one(
        *weekly("retold@x", "RRULE:FREQ=WEEKLY;COUNT=2"),
        *override(
            "retold@x",
            "20270308T090000",
            "SUMMARY:Weekly, with the minister",
            "DTSTART;TZID=Asia/Tokyo:20270308T090000",
            "DTEND;TZID=Asia/Tokyo:20270308T120000",
        ),
    )

    (change,) = reading.changes
    assert change.kind == DateChangeKind.MOVE
    assert change.note == "Weekly, with the minister"
    # A date cannot have its own length: said, not silently dropped.
    assert report.note_kinds["length"] == 1


def test_a_latin_1_file_is_read_as_latin_1_with_a_note():
    data = ics(*vevent("latin@x", "Caf\xe9", "DTSTART;VALUE=DATE:20270301"))
    report = ImportReport()

    readings, _ = read_events(
        parse_calendar(data.decode().encode("latin-1"), report), report
    )

    assert readings[0].fields["title"] == "Café"
    assert report.note_kinds["encoding"] == 1


def test_a_message_quotes_a_broken_file_briefly(event_index):
    from events.importing import CalendarImportError

    with pytest.raises(CalendarImportError) as error:
        import_calendar(b"BEGIN:VCALENDAR\r\n" + b"X" * 2000, event_index)

    assert len(str(error.value)) < 200


def test_two_start_lines_refuse_the_event_and_two_titles_take_the_first():
    readings, refusals, report = read(
        *vevent(
            "twice@x",
            "Twice",
            "DTSTART:20270301T090000Z",
            "DTSTART:20270302T090000Z",
        ),
        "BEGIN:VEVENT",
        "UID:titles@x",
        "UID:titles-again@x",
        "SUMMARY:First title",
        "SUMMARY:Second title",
        "STATUS:CANCELLED",
        "STATUS:CANCELLED",
        "DTSTART;VALUE=DATE:20270301",
        "END:VEVENT",
    )

    assert [r.reason for r in refusals] == [
        "it has 2 DTSTART lines; which one is meant is unknown."
    ]
    (reading,) = readings
    assert (reading.uid, reading.fields["title"], reading.fields["status"]) == (
        "titles@x",
        "First title",
        EventStatus.CANCELLED,
    )
    assert report.note_kinds["repeated"] == 2


def test_a_floating_last_modified_is_read_as_utc_and_a_second_import_works(
    event_index,
):
    data = ics(
        *vevent(
            "sabre@x",
            "Nextcloud",
            "DTSTART;VALUE=DATE:20270301",
            "LAST-MODIFIED:20261101T120000",
        )
    )
    import_calendar(data, event_index)

    report = import_calendar(data, event_index)

    assert report.unchanged == ["Nextcloud"]
    reading, _ = one(
        *vevent(
            "s@x", "S", "DTSTART;VALUE=DATE:20270301", "LAST-MODIFIED:20261101T120000"
        )
    )
    assert reading.modified == datetime.datetime(2026, 11, 1, 12, tzinfo=UTC)


@pytest.mark.parametrize(
    ("rule", "reason"),
    [
        ("FREQ=DAILY;INTERVAL=0", "A repeat rule must repeat at least every 1 time."),
        (
            "FREQ=DAILY;COUNT=3;UNTIL=20270310T000000Z",
            "A repeat rule gives an end date or a number of times, not both.",
        ),
    ],
)
def test_rules_rfc_5545_forbids_are_refused(rule, reason):
    _readings, refusals, _report = read(
        *vevent("rule@x", "Rule", "DTSTART:20270301T090000Z", f"RRULE:{rule}")
    )

    assert [r.reason for r in refusals] == [reason]


def test_changed_dates_whose_series_the_file_leaves_out_are_each_one_date(
    event_index,
):
    # Google exports a shared event's changed dates without the series they belong to.
    import_calendar(
        ics(
            *override(
                "orphan@x",
                "20270301T090000",
                "SUMMARY:Orphan",
                "DTSTART;TZID=Asia/Tokyo:20270302T090000",
                "DTEND;TZID=Asia/Tokyo:20270302T100000",
            ),
            *override(
                "orphan@x",
                "20270308T090000",
                "SUMMARY:Orphan",
                "DTSTART;TZID=Asia/Tokyo:20270309T090000",
                "DTEND;TZID=Asia/Tokyo:20270309T100000",
            ),
        ),
        event_index,
    )

    event = EventPage.objects.get(uid="orphan@x")
    assert [o.start.astimezone(TOKYO).day for o in event.occurrences()] == [2, 9]
