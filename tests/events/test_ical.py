"""The VCALENDAR builder, read back with icalendar and recurring-ical-events."""

import datetime

import pytest
import recurring_ical_events
from django.utils import translation
from icalendar import Calendar

from events.enums import EventStatus
from events.ical import CalendarEntry, entries_calendar
from tests.factories.calendar_events import (
    YEAR_2027,
    add_association_meeting,
    add_paris_stop,
    add_water_festival,
    calendar_moment,
    site_occurrences,
)
from tests.factories.events import (
    PHNOM_PENH,
    TOKYO,
    add_event,
    make_category,
    make_venue,
)

pytestmark = pytest.mark.django_db

UTC = datetime.UTC
STAMP = datetime.datetime(2026, 12, 1, 9, 30, tzinfo=UTC)
TIME_PROPERTIES = ("DTSTART", "DTEND", "RECURRENCE-ID", "EXDATE", "RDATE")


def build(*events):
    entries = [event.calendar_entry(event.get_full_url()) for event in events]
    return entries_calendar("Kizuna: Events", "Exchange events", entries, stamp=STAMP)


def vevents(data):
    return Calendar.from_ical(data).walk("VEVENT")


def lines(data):
    """The calendar's content lines, unfolded."""
    return data.decode().replace("\r\n ", "").split("\r\n")


def floating_times(data):
    """Times in events without a TZID or Z: each app would read them in its own zone."""
    floating, in_event = [], False
    for line in lines(data):
        in_event = line != "END:VEVENT" and (in_event or line == "BEGIN:VEVENT")
        name, _colon, value = line.partition(":")
        if not in_event or name.split(";")[0] not in TIME_PROPERTIES:
            continue
        zoned = ";TZID=" in name or ";VALUE=DATE" in name.replace("DATE-TIME", "")
        if not zoned and not all(v.endswith("Z") for v in value.split(",")):
            floating.append(line)
    return floating


@pytest.fixture
def seminar(event_index):
    venue = make_venue()
    venue.address = "Sisowath Quay"
    venue.latitude, venue.longitude = 11.5564, 104.9282
    venue.save()
    return add_event(
        event_index,
        "Agriculture seminar",
        title_ja="農業セミナー",
        start=datetime.datetime(2027, 6, 3, 9, 0, tzinfo=PHNOM_PENH),
        end=datetime.datetime(2027, 6, 3, 12, 30, tzinfo=PHNOM_PENH),
        venue=venue,
        summary="Rice farming with Japanese partners.",
        summary_ja="日本のパートナーと稲作について。",
        categories=[make_category("seminar", "Seminar", name_ja="セミナー")],
    )


def test_the_calendar_names_its_publisher_and_how_often_to_refresh(seminar):
    assert lines(build(seminar))[:9] == [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Kizuna//Kizuna Calendar//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALDESC:Exchange events",
        "X-WR-CALNAME:Kizuna: Events",
        "REFRESH-INTERVAL;VALUE=DURATION:PT1H",
        "X-PUBLISHED-TTL:PT1H",
    ]


def test_an_event_says_what_when_where_and_since_when(seminar):
    [vevent] = vevents(build(seminar))
    url = "http://localhost/en/events/agriculture-seminar/"

    assert {name: vevent[name] for name in ("UID", "SUMMARY", "STATUS", "URL")} == {
        "UID": seminar.uid,
        "SUMMARY": "Agriculture seminar",
        "STATUS": "CONFIRMED",
        "URL": url,
    }
    assert vevent["SEQUENCE"] == 0
    assert vevent["DESCRIPTION"] == f"Rice farming with Japanese partners.\n\n{url}"
    assert vevent["LOCATION"] == "Peace Palace, Sisowath Quay, Phnom Penh"
    assert (vevent["GEO"].latitude, vevent["GEO"].longitude) == (11.5564, 104.9282)
    assert vevent.categories == ["Seminar"]
    assert vevent.DTSTAMP == STAMP
    # iCalendar times have whole seconds.
    assert vevent.CREATED == seminar.first_published_at.replace(microsecond=0)
    assert vevent.LAST_MODIFIED == seminar.last_published_at.replace(microsecond=0)
    assert "DTSTART;TZID=Asia/Phnom_Penh:20270603T090000" in lines(build(seminar))
    assert "DTEND;TZID=Asia/Phnom_Penh:20270603T123000" in lines(build(seminar))


def test_uid_and_sequence_stay_the_same_in_every_language(seminar):
    with translation.override("ja"):
        [japanese] = vevents(build(seminar))
    [english] = vevents(build(seminar))

    assert (japanese["UID"], japanese["SEQUENCE"]) == (
        english["UID"],
        english["SEQUENCE"],
    )
    assert japanese["SUMMARY"] == "農業セミナー"
    assert japanese["URL"] == "http://localhost/ja/events/agriculture-seminar/"
    assert japanese.categories == ["セミナー"]


def test_an_all_day_event_ends_on_the_day_after_its_last_day(event_index):
    festival = add_water_festival(event_index)

    data = build(festival)

    assert "DTSTART;VALUE=DATE:20270510" in lines(data)
    assert "DTEND;VALUE=DATE:20270512" in lines(data)


def test_a_postponed_event_is_tentative_and_says_why(seminar):
    seminar.status = EventStatus.POSTPONED
    seminar.status_note = "The minister cannot travel."

    [vevent] = vevents(build(seminar))

    assert vevent["STATUS"] == "TENTATIVE"
    assert vevent["DESCRIPTION"].split("\n\n")[0] == (
        "Postponed: The minister cannot travel."
    )


def test_a_cancelled_event_is_cancelled(seminar):
    seminar.status = EventStatus.CANCELLED

    [vevent] = vevents(build(seminar))

    assert vevent["STATUS"] == "CANCELLED"
    assert vevent["DESCRIPTION"].split("\n\n")[0] == "Cancelled"


def test_until_of_a_timed_series_is_the_end_of_its_last_day_in_utc(event_index):
    stop = add_paris_stop(event_index)

    # 23:59:59 on 5 April in Paris (summer time, UTC+2) is 21:59:59 UTC.
    assert "RRULE:FREQ=WEEKLY;UNTIL=20270405T215959Z" in lines(build(stop))


def test_until_of_an_all_day_series_is_a_date(event_index):
    festival = add_water_festival(event_index)
    festival.rrule = "FREQ=YEARLY;UNTIL=20300510"

    assert "RRULE:FREQ=YEARLY;UNTIL=20300510" in lines(build(festival))


def test_skipped_added_cancelled_and_moved_dates(event_index):
    meeting = add_association_meeting(event_index)

    data = build(meeting)
    main, *overrides = vevents(data)

    # The moved date is no EXDATE: its override replaces it.
    assert "EXDATE;TZID=Asia/Tokyo:20270209T180000" in lines(data)
    assert "RDATE;TZID=Asia/Tokyo:20270720T180000" in lines(data)
    assert [
        (
            o["UID"],
            o["RECURRENCE-ID"].dt.isoformat(),
            o.start.isoformat(),
            o["STATUS"],
            o["DESCRIPTION"].split("\n\n")[0],
        )
        for o in overrides
    ] == [
        (
            meeting.uid,
            "2027-03-09T18:00:00+09:00",
            "2027-03-09T18:00:00+09:00",
            "CANCELLED",
            "Cancelled: Snow",
        ),
        (
            meeting.uid,
            "2027-04-13T18:00:00+09:00",
            "2027-04-15T19:00:00+09:00",
            "CONFIRMED",
            "Moved to Thursday",
        ),
    ]


def test_expanded_feed_has_the_dates_the_site_shows(event_index):
    events = [
        add_association_meeting(event_index),
        add_paris_stop(event_index),
        add_water_festival(event_index),
    ]

    expanded = recurring_ical_events.of(Calendar.from_ical(build(*events))).between(
        *YEAR_2027
    )
    found = sorted(
        (
            component["UID"],
            calendar_moment(component.start),
            calendar_moment(component.end),
            component["STATUS"],
        )
        for component in expanded
    )

    assert found == site_occurrences(events, YEAR_2027)
    assert len(found) == 10


def test_a_weekly_paris_event_keeps_its_local_time_across_summer_time(event_index):
    stop = add_paris_stop(event_index)

    expanded = recurring_ical_events.of(Calendar.from_ical(build(stop))).between(
        *YEAR_2027
    )

    # 10:00 in Paris is 09:00 UTC before 28 March and 08:00 UTC after it.
    assert [component.start.astimezone(UTC) for component in expanded] == [
        datetime.datetime(2027, 3, 22, 9, 0, tzinfo=UTC),
        datetime.datetime(2027, 3, 29, 8, 0, tzinfo=UTC),
        datetime.datetime(2027, 4, 5, 8, 0, tzinfo=UTC),
    ]


def test_every_time_has_a_zone_described_in_the_calendar(event_index):
    data = build(
        add_association_meeting(event_index),
        add_paris_stop(event_index),
        add_water_festival(event_index),
    )
    zones = Calendar.from_ical(data).timezones

    assert floating_times(data) == []
    assert sorted(zone.tz_name for zone in zones) == ["Asia/Tokyo", "Europe/Paris"]
    # RFC 5545 allows no COMMENT in VTIMEZONE; icalendar adds one.
    assert [zone.get("COMMENT") for zone in zones] == [None, None]
    # ical.js reads one value per RDATE of a zone: one line per change of clocks.
    zone_changes = [line for line in lines(data) if line.startswith("RDATE:")]
    assert "RDATE:20270328T030000" in zone_changes
    assert [line for line in zone_changes if "," in line] == []


def test_a_time_without_zone_would_be_found(seminar):
    data = build(seminar).replace(b";TZID=Asia/Phnom_Penh", b"")

    assert floating_times(data) == [
        "DTSTART:20270603T090000",
        "DTEND:20270603T123000",
    ]


def flight(**fields):
    """A night flight from Phnom Penh to Tokyo Narita, as plain data."""
    return CalendarEntry(
        uid="flight-1@kizuna.test",
        sequence=0,
        title="Flight to Tokyo",
        summary="Overnight flight.",
        start=datetime.datetime(2027, 6, 3, 23, 20, tzinfo=PHNOM_PENH),
        end=datetime.datetime(2027, 6, 4, 7, 10, tzinfo=TOKYO),
        zone=PHNOM_PENH,
        **fields,
    )


def test_a_journey_starts_on_one_clock_and_ends_on_another():
    data = entries_calendar("Trip", "", [flight(end_zone=TOKYO)], stamp=STAMP)
    event = vevents(data)[0]

    assert "DTSTART;TZID=Asia/Phnom_Penh:20270603T232000" in lines(data)
    assert "DTEND;TZID=Asia/Tokyo:20270604T071000" in lines(data)
    assert sorted(zone.tz_name for zone in Calendar.from_ical(data).timezones) == [
        "Asia/Phnom_Penh",
        "Asia/Tokyo",
    ]
    assert floating_times(data) == []
    # Six hours fifty in the air: 16:20 to 22:10 UTC.
    assert event.decoded("DTSTART").astimezone(UTC) == datetime.datetime(
        2027, 6, 3, 16, 20, tzinfo=UTC
    )
    assert event.decoded("DTEND").astimezone(UTC) == datetime.datetime(
        2027, 6, 3, 22, 10, tzinfo=UTC
    )


def test_without_an_end_zone_the_end_is_on_the_starting_clock():
    data = entries_calendar("Trip", "", [flight()], stamp=STAMP)

    assert "DTEND;TZID=Asia/Phnom_Penh:20270604T051000" in lines(data)
    assert [zone.tz_name for zone in Calendar.from_ical(data).timezones] == [
        "Asia/Phnom_Penh"
    ]


def test_an_entry_without_an_address_has_no_url():
    event = vevents(entries_calendar("Trip", "", [flight()], stamp=STAMP))[0]

    assert "URL" not in event
    assert str(event["DESCRIPTION"]) == "Overnight flight."


def test_an_entry_with_an_address_links_it(seminar):
    event = vevents(build(seminar))[0]

    assert str(event["URL"]) == seminar.get_full_url()
    assert str(event["DESCRIPTION"]).endswith("\n\n" + seminar.get_full_url())
