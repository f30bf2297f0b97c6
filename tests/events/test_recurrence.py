import datetime
import zoneinfo

import pytest

from events.enums import EventStatus
from tests.factories.calendar_events import add_association_meeting
from tests.factories.events import TOKYO, add_event, make_venue

pytestmark = pytest.mark.django_db

UTC = datetime.UTC


def test_monthly_meeting_with_a_skipped_a_cancelled_a_moved_and_an_added_date(
    event_index,
):
    meeting = add_association_meeting(event_index)

    found = [
        (o.start.astimezone(TOKYO).strftime("%m-%d %H:%M"), o.status)
        for o in meeting.occurrences()
    ]

    assert found == [
        ("01-12 18:00", EventStatus.CONFIRMED),
        ("03-09 18:00", EventStatus.CANCELLED),
        ("04-15 19:00", EventStatus.CONFIRMED),
        ("05-11 18:00", EventStatus.CONFIRMED),
        ("06-08 18:00", EventStatus.CONFIRMED),
        ("07-20 18:00", EventStatus.CONFIRMED),
    ]
    assert meeting.series_end == datetime.datetime(2027, 7, 20, 11, 0, tzinfo=UTC)


def test_weekly_event_in_europe_keeps_its_local_time_across_daylight_saving(
    event_index,
):
    paris = make_venue("Maison du Japon", "Paris", "XX", "Europe/Paris")
    paris_zone = zoneinfo.ZoneInfo("Europe/Paris")
    stop = add_event(
        event_index,
        "Delegation stop",
        start=datetime.datetime(2027, 3, 22, 10, 0, tzinfo=paris_zone),
        venue=paris,
        rrule="FREQ=WEEKLY;COUNT=2",
    )

    starts = [o.start for o in stop.occurrences()]

    # 10:00 in Paris is 09:00 UTC before the change on 28 March and 08:00 UTC after it.
    assert starts == [
        datetime.datetime(2027, 3, 22, 9, 0, tzinfo=UTC),
        datetime.datetime(2027, 3, 29, 8, 0, tzinfo=UTC),
    ]


def test_window_returns_only_overlapping_dates(event_index):
    meeting = add_event(
        event_index,
        "Weekly class",
        start=datetime.datetime(2027, 1, 4, 9, 0, tzinfo=TOKYO),
        rrule="FREQ=WEEKLY;BYDAY=MO,WE",
    )

    window = meeting.occurrences(
        datetime.datetime(2027, 2, 1, tzinfo=TOKYO),
        datetime.datetime(2027, 2, 8, tzinfo=TOKYO),
    )

    assert [o.start.astimezone(TOKYO).date().isoformat() for o in window] == [
        "2027-02-01",
        "2027-02-03",
    ]
    assert meeting.series_end is None


def test_all_day_dates_end_at_local_midnight_across_daylight_saving(event_index):
    paris_zone = zoneinfo.ZoneInfo("Europe/Paris")
    fair = add_event(
        event_index,
        "Weekend fair",
        start=datetime.datetime(2027, 3, 20, tzinfo=paris_zone),
        end=datetime.datetime(2027, 3, 22, tzinfo=paris_zone),
        venue=make_venue("Parc Floral", "Paris", "XX", "Europe/Paris"),
        all_day=True,
        rrule="FREQ=WEEKLY;COUNT=2",
    )

    ends = [o.end.astimezone(paris_zone) for o in fair.occurrences()]

    # The clocks go forward on 28 March, inside the second weekend.
    assert ends == [
        datetime.datetime(2027, 3, 22, tzinfo=paris_zone),
        datetime.datetime(2027, 3, 29, tzinfo=paris_zone),
    ]
