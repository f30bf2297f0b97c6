"""Calendars as Outlook, Exchange, Google and Nextcloud write them (hand-written from
their documented formats, in tests/events/calendars/): each with its zone and its
overrides, imported as the partner sees them in their own app."""

import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from events.enums import EventStatus
from events.importing import import_calendar
from events.models import EventPage

pytestmark = pytest.mark.django_db

CALENDARS = Path(__file__).with_name("calendars")


def imported(name, event_index):
    report = import_calendar((CALENDARS / name).read_bytes(), event_index)
    return report


def dates(title, zone):
    """(local start, local end, status) of each date of the event called ``title``."""
    event = EventPage.objects.get(title=title)
    zone = ZoneInfo(zone)
    return [
        (
            o.start.astimezone(zone).strftime("%m-%d %H:%M"),
            o.end.astimezone(zone).strftime("%H:%M"),
            o.status,
        )
        for o in event.occurrences()
    ]


def test_outlook_windows_zones_skipped_and_moved_dates_and_all_day_events(
    event_index,
):
    report = imported("outlook.ics", event_index)

    call = EventPage.objects.get(title="Embassy call")
    assert call.time_zone == "Europe/Berlin"
    confirmed = EventStatus.CONFIRMED
    # Every second Wednesday at 09:00 in Berlin, in winter and summer time; the 17 March
    # call skipped, the 31 March one moved to 11:00.
    assert dates("Embassy call", "Europe/Berlin") == [
        ("03-03 09:00", "10:00", confirmed),
        ("03-31 11:00", "12:00", confirmed),
        ("04-14 09:00", "10:00", confirmed),
        ("04-28 09:00", "10:00", confirmed),
        ("05-12 09:00", "10:00", confirmed),
    ]
    visit = EventPage.objects.get(title="Delegation visit to Berlin")
    assert visit.all_day
    assert (visit.end - visit.start) == datetime.timedelta(days=2)
    assert sorted(report.created) == ["Delegation visit to Berlin", "Embassy call"]


def test_exchange_names_its_zones_its_own_way(event_index):
    imported("exchange.ics", event_index)

    review = EventPage.objects.get(title="Vocational training review")
    opening = EventPage.objects.get(title="Phnom Penh office opening")
    assert (review.time_zone, opening.time_zone) == ("Asia/Tokyo", "Asia/Bangkok")
    assert opening.start == datetime.datetime(2027, 4, 12, 2, tzinfo=datetime.UTC)
    assert dates("Vocational training review", "Asia/Tokyo") == [
        ("04-05 14:00", "16:00", EventStatus.CONFIRMED),
        ("05-05 14:00", "16:00", EventStatus.CONFIRMED),
        ("06-05 14:00", "16:00", EventStatus.CANCELLED),
        ("07-05 14:00", "16:00", EventStatus.CONFIRMED),
    ]


def test_google_calendar_zone_overrides_utc_and_all_day_events(event_index):
    imported("google.ics", event_index)

    assert dates("Japanese conversation class", "Asia/Phnom_Penh") == [
        ("03-02 18:00", "19:30", EventStatus.CONFIRMED),
        ("03-11 18:00", "19:30", EventStatus.CONFIRMED),
        ("03-16 18:00", "19:30", EventStatus.CANCELLED),
        ("03-23 18:00", "19:30", EventStatus.CONFIRMED),
    ]
    # A time in UTC and an all-day event take the calendar's zone (X-WR-TIMEZONE).
    online = EventPage.objects.get(title="Online meeting with Nagano")
    new_year = EventPage.objects.get(title="Khmer New Year")
    assert (online.time_zone, new_year.time_zone) == ("Asia/Phnom_Penh",) * 2
    assert new_year.start == datetime.datetime(
        2027, 4, 13, tzinfo=ZoneInfo("Asia/Phnom_Penh")
    )


def test_nextcloud_floating_last_modified_and_its_next_export(event_index):
    imported("nextcloud.ics", event_index)
    again = imported("nextcloud.ics", event_index)
    later = (
        (CALENDARS / "nextcloud.ics")
        .read_bytes()
        .replace(b"SEQUENCE:2", b"SEQUENCE:4")
        .replace(b"LAST-MODIFIED:20261101T101500", b"LAST-MODIFIED:20261201T101500")
        .replace(b"20270510T120000", b"20270510T123000")
    )
    updated = import_calendar(later, event_index)

    assert again.unchanged == ["School exchange planning"]
    assert updated.updated == ["School exchange planning"]
    assert dates("School exchange planning", "Asia/Tokyo")[:2] == [
        ("05-10 10:00", "12:30", EventStatus.CONFIRMED),
        ("05-17 13:00", "15:30", EventStatus.CONFIRMED),
    ]
