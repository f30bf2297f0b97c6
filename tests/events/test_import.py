"""Importing .ics files: by UID, all or nothing, from the command line and the admin."""

import datetime
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from events.enums import EventStatus
from events.ical import entries_calendar
from events.importing import CalendarImportError, import_calendar
from events.models import EventPage
from tests.factories.calendar_events import (
    YEAR_2027,
    add_association_meeting,
    add_paris_stop,
    add_water_festival,
    site_occurrences,
)
from tests.factories.events import TOKYO

pytestmark = pytest.mark.django_db

MEETING_UID = "meeting-2027@nagano.example"


def ics(*lines):
    return "\r\n".join(
        ["BEGIN:VCALENDAR", "VERSION:2.0", *lines, "END:VCALENDAR", ""]
    ).encode()


def vevent(uid, summary, *lines):
    return ["BEGIN:VEVENT", f"UID:{uid}", f"SUMMARY:{summary}", *lines, "END:VEVENT"]


def partner_export(sequence=0, last_modified="20261101T000000Z", first="180000"):
    """A partner's export: a monthly meeting in Nagano with a skipped, an added, a
    cancelled and a moved date, a two-day festival and a call written in UTC."""
    meeting = ["DTSTAMP:20261201T000000Z", "SUMMARY:Association meeting"]
    return ics(
        "PRODID:-//Nagano Prefecture//Partner Calendar//EN",
        "X-WR-TIMEZONE:Asia/Tokyo",
        *vevent(
            MEETING_UID,
            "Association meeting",
            f"SEQUENCE:{sequence}",
            f"LAST-MODIFIED:{last_modified}",
            "DESCRIPTION:Monthly meeting of the friendship association.",
            "LOCATION:Nagano Prefectural Office\\, Nagano",
            "CATEGORIES:Association meeting,Agriculture",
            f"DTSTART;TZID=Asia/Tokyo:20270112T{first}",
            "DTEND;TZID=Asia/Tokyo:20270112T200000",
            # The last start itself, in UTC (18:00 in Tokyo is 09:00 UTC).
            "RRULE:FREQ=MONTHLY;BYDAY=2TU;UNTIL=20270608T090000Z",
            "EXDATE;TZID=Asia/Tokyo:20270209T180000",
            "RDATE;TZID=Asia/Tokyo:20270720T180000",
        ),
        "BEGIN:VEVENT",
        f"UID:{MEETING_UID}",
        *meeting,
        "RECURRENCE-ID;TZID=Asia/Tokyo:20270309T180000",
        "DTSTART;TZID=Asia/Tokyo:20270309T180000",
        "DTEND;TZID=Asia/Tokyo:20270309T200000",
        "STATUS:CANCELLED",
        "END:VEVENT",
        "BEGIN:VEVENT",
        f"UID:{MEETING_UID}",
        *meeting,
        "RECURRENCE-ID;TZID=Asia/Tokyo:20270413T180000",
        "DTSTART;TZID=Asia/Tokyo:20270415T190000",
        "DTEND;TZID=Asia/Tokyo:20270415T210000",
        "END:VEVENT",
        *vevent(
            "festival-2027@nagano.example",
            "Apple festival",
            "DTSTART;VALUE=DATE:20271010",
            "DTEND;VALUE=DATE:20271012",
        ),
        *vevent(
            "call-2027@nagano.example",
            "Video call with Phnom Penh",
            "LOCATION:Peace Palace",
            "DTSTART:20270301T020000Z",
            "DTEND:20270301T030000Z",
        ),
    )


def broken_export():
    """One good event, then three an importer must refuse, each for its own reason."""
    return ics(
        *vevent(
            "good@example",
            "Good event",
            "DTSTART:20270301T020000Z",
            "DTEND:20270301T030000Z",
        ),
        *vevent("open-day@example", "Open day", "DTEND:20270301T030000Z"),
        *vevent(
            "mars@example",
            "Mars visit",
            "DTSTART;TZID=Mars/Olympus:20270301T100000",
            "DTEND;TZID=Mars/Olympus:20270301T120000",
        ),
        *vevent(
            "backwards@example",
            "Backwards",
            "DTSTART:20270301T050000Z",
            "DTEND:20270301T030000Z",
        ),
    )


BROKEN_EXPORT_PROBLEMS = [
    "“Open day” (UID open-day@example): it has no start (DTSTART).",
    "“Mars visit” (UID mars@example): the time zone “Mars/Olympus” is unknown; "
    "use an IANA name such as Asia/Tokyo.",
    "“Backwards” (UID backwards@example): it ends (DTEND) before it starts (DTSTART).",
]


def tokyo_dates(event):
    return [
        (o.start.astimezone(TOKYO).strftime("%m-%d %H:%M"), o.status)
        for o in event.occurrences()
    ]


def test_a_partner_export_becomes_published_events(event_index, places):
    report = import_calendar(partner_export(), event_index)

    meeting = EventPage.objects.get(uid=MEETING_UID)
    assert report.created == [
        "Association meeting",
        "Apple festival",
        "Video call with Phnom Penh",
    ]
    assert meeting.live and meeting.get_parent().pk == event_index.pk
    assert (meeting.time_zone, meeting.venue.name, meeting.rrule) == (
        "Asia/Tokyo",
        "Nagano Prefectural Office",
        # UNTIL as the file gives it: 18:00 in Tokyo on 8 June, in UTC.
        "FREQ=MONTHLY;UNTIL=20270608T090000Z;BYDAY=2TU",
    )
    assert [category.slug for category in meeting.categories.all()] == ["association"]
    assert tokyo_dates(meeting) == [
        ("01-12 18:00", EventStatus.CONFIRMED),
        ("03-09 18:00", EventStatus.CANCELLED),
        ("04-15 19:00", EventStatus.CONFIRMED),
        ("05-11 18:00", EventStatus.CONFIRMED),
        ("06-08 18:00", EventStatus.CONFIRMED),
        ("07-20 18:00", EventStatus.CONFIRMED),
    ]


def test_all_day_and_utc_events_get_the_zone_of_their_venue_or_file(
    event_index, places
):
    import_calendar(partner_export(), event_index)

    festival = EventPage.objects.get(uid="festival-2027@nagano.example")
    call = EventPage.objects.get(uid="call-2027@nagano.example")
    assert (festival.all_day, festival.time_zone, festival.venue) == (
        True,
        "Asia/Tokyo",  # X-WR-TIMEZONE of the file
        None,
    )
    assert (festival.start, festival.end) == (
        datetime.datetime(2027, 10, 10, tzinfo=TOKYO),
        datetime.datetime(2027, 10, 12, tzinfo=TOKYO),
    )
    assert (call.time_zone, call.start.astimezone(call.zone).hour) == (
        "Asia/Phnom_Penh",
        9,
    )


def test_utc_times_without_venue_or_file_zone_stay_in_utc(event_index):
    import_calendar(
        ics(
            *vevent("call@example", "Call", "DTSTART:20270301T020000Z", "DURATION:PT1H")
        ),
        event_index,
    )

    call = EventPage.objects.get(uid="call@example")
    assert (call.time_zone, call.end - call.start) == (
        "UTC",
        datetime.timedelta(hours=1),
    )


def test_what_could_not_be_matched_is_noted(event_index, places):
    report = import_calendar(partner_export(), event_index)

    assert report.notes == [
        "“Association meeting” (UID meeting-2027@nagano.example): "
        "no category is called “Agriculture”.",
    ]


def test_importing_the_same_file_twice_changes_nothing(event_index, places):
    import_calendar(partner_export(), event_index)
    meeting = EventPage.objects.get(uid=MEETING_UID)

    report = import_calendar(partner_export(), event_index)

    again = EventPage.objects.get(uid=MEETING_UID)
    assert (report.created, report.updated, len(report.unchanged)) == ([], [], 3)
    assert report.summary() == "Created: 0, updated: 0, unchanged: 3."
    assert again.revisions.count() == 1
    assert (again.latest_revision_id, again.sequence) == (meeting.latest_revision_id, 0)


def test_a_higher_sequence_updates_and_republishes(event_index, places):
    import_calendar(partner_export(), event_index)

    report = import_calendar(partner_export(sequence=1, first="183000"), event_index)

    meeting = EventPage.objects.get(uid=MEETING_UID)
    assert report.updated == ["Association meeting"]
    assert meeting.revisions.count() == 2
    assert meeting.live_revision_id == meeting.latest_revision_id
    assert meeting.start == datetime.datetime(2027, 1, 12, 18, 30, tzinfo=TOKYO)
    # The site raised its own SEQUENCE for the move and keeps the file's beside it:
    # the same file again is a no-op.
    assert (meeting.sequence, meeting.source_sequence) == (1, 1)
    assert (
        import_calendar(partner_export(sequence=1, first="183000"), event_index).updated
        == []
    )


def test_a_later_last_modified_updates_at_the_same_sequence(event_index, places):
    import_calendar(partner_export(), event_index)
    later = (
        datetime.datetime.now(datetime.UTC) + datetime.timedelta(hours=1)
    ).strftime("%Y%m%dT%H%M%SZ")

    report = import_calendar(
        partner_export(last_modified=later, first="183000"), event_index
    )

    assert report.updated == ["Association meeting"]
    assert EventPage.objects.get(uid=MEETING_UID).revisions.count() == 2


def test_a_later_last_modified_that_changes_nothing_leaves_the_event(
    event_index, places
):
    import_calendar(partner_export(), event_index)
    later = (
        datetime.datetime.now(datetime.UTC) + datetime.timedelta(hours=1)
    ).strftime("%Y%m%dT%H%M%SZ")

    report = import_calendar(partner_export(last_modified=later), event_index)

    assert report.updated == []
    assert "Association meeting" in report.unchanged
    assert EventPage.objects.get(uid=MEETING_UID).revisions.count() == 1


def test_our_own_feed_imports_as_the_same_dates(event_index):
    events = [
        add_association_meeting(event_index),
        add_paris_stop(event_index),
        add_water_festival(event_index),
    ]
    expected = site_occurrences(events, YEAR_2027)
    entries = [event.calendar_entry(event.get_full_url()) for event in events]
    feed = entries_calendar("Events", "", entries, stamp=events[0].start)
    for event in events:
        event.delete()

    report = import_calendar(feed, event_index)

    imported = list(EventPage.objects.filter(uid__in=[row[0] for row in expected]))
    assert len(report.created) == 3
    assert site_occurrences(imported, YEAR_2027) == expected


def test_broken_events_are_named_and_nothing_is_imported(event_index):
    with pytest.raises(CalendarImportError) as error:
        import_calendar(broken_export(), event_index)

    assert error.value.problems == BROKEN_EXPORT_PROBLEMS
    assert EventPage.objects.count() == 0


def test_an_event_refused_while_saving_undoes_the_whole_import(event_index):
    long_title = "A" * 300

    with pytest.raises(CalendarImportError) as error:
        import_calendar(
            ics(
                *vevent("good@example", "Good event", "DTSTART;VALUE=DATE:20270301"),
                *vevent("long@example", long_title, "DTSTART;VALUE=DATE:20270302"),
            ),
            event_index,
        )

    assert error.value.problems == [
        # A message quotes a title up to 80 characters.
        f"“{long_title[:79]}…” (UID long@example): title: Ensure this value has at most "
        "255 characters (it has 300)."
    ]
    assert EventPage.objects.count() == 0


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "This file is empty."),
        (
            b"hello",
            "This is not an iCalendar file: Content line could not be parsed into "
            "parts: 'hello': Invalid content line",
        ),
        (ics(), "This file holds no events."),
    ],
)
def test_a_file_that_is_no_calendar_says_so(event_index, data, problem):
    with pytest.raises(CalendarImportError) as error:
        import_calendar(data, event_index)

    assert error.value.problems == [problem]


def test_the_command_imports_and_reports(event_index, places, tmp_path):
    path = tmp_path / "partner.ics"
    path.write_bytes(partner_export())
    output = StringIO()

    call_command("import_ics", str(path), "--index", "events", stdout=output)

    assert output.getvalue().splitlines() == [
        "Created: Association meeting",
        "Created: Apple festival",
        "Created: Video call with Phnom Penh",
        "“Association meeting” (UID meeting-2027@nagano.example): "
        "no category is called “Agriculture”.",
        "Created: 3, updated: 0, unchanged: 0.",
    ]


def test_the_command_fails_with_the_problems(event_index, tmp_path):
    path = tmp_path / "broken.ics"
    path.write_bytes(broken_export())

    with pytest.raises(CommandError) as error:
        call_command("import_ics", str(path), "--index", str(event_index.pk))

    assert str(error.value) == "\n".join(BROKEN_EXPORT_PROBLEMS)
    assert error.value.returncode == 1
    assert EventPage.objects.count() == 0


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (
            ["missing.ics", "--index", "events"],
            "Cannot read missing.ics: No such file or directory.",
        ),
        (
            ["missing.ics", "--index", "news"],
            "No event index page has the id or slug “news”.",
        ),
    ],
)
def test_the_command_explains_a_wrong_file_or_index(
    event_index, arguments, message, tmp_path, monkeypatch
):
    monkeypatch.chdir(tmp_path)

    with pytest.raises(CommandError) as error:
        call_command("import_ics", *arguments)

    assert str(error.value) == message


def many_unplaced_events(count=300):
    """A file of ``count`` events, each at a venue the site does not have."""
    return ics(
        *(
            line
            for number in range(1, count + 1)
            for line in vevent(
                f"talk-{number}@example",
                f"Talk {number}",
                f"LOCATION:Hall {number}\\, Kyoto",
                f"DTSTART;TZID=Asia/Tokyo:20270301T{9 + number % 8:02d}0000",
                "DURATION:PT1H",
            )
        )
    )


def unplaced_summary(counts):
    return [
        counts,
        "300 events name a venue the site does not have.",
        *(
            f"“Talk {number}” (UID talk-{number}@example): "
            f"no venue is called “Hall {number}, Kyoto”."
            for number in range(1, 21)
        ),
        "And 280 more notes.",
    ]
