"""Copying an itinerary to new dates or another delegation keeps local times, and the
conflict check follows the new dates."""

import datetime
import zoneinfo

import pytest

from delegations.conflicts import check_itinerary
from delegations.copying import copy_delegation, copy_itinerary, duplicate_day
from delegations.enums import City, ConflictKind, ItemKind, TravelMode
from delegations.models import ItineraryItem
from directory.models import Organisation
from tests.delegations.factories import (
    PHNOM_PENH,
    TOKYO,
    add_item,
    add_leg,
    add_member,
    make_delegation,
)
from tests.factories.events import add_event

pytestmark = pytest.mark.django_db

PARIS = zoneinfo.ZoneInfo("Europe/Paris")


def local_times(delegation):
    return [
        (
            item.title,
            item.start.astimezone(zoneinfo.ZoneInfo(item.time_zone)).isoformat(),
            item.end.astimezone(zoneinfo.ZoneInfo(item.arrival_zone_name)).isoformat(),
        )
        for item in ItineraryItem.objects.filter(delegation=delegation)
    ]


@pytest.fixture
def mission():
    mission = make_delegation()  # 13–21 May 2024, hosted in Phnom Penh
    heng_sour = add_member(mission, "Heng Sour")
    interpreter = add_member(mission, "Sok Chenda", email="chenda@example.org")
    jica = Organisation.objects.create(name="JICA Cambodia", slug="jica-cambodia")
    add_item(
        mission,
        "Meeting at JICA",
        datetime.datetime(2024, 5, 14, 9, 30, tzinfo=PHNOM_PENH),
        city=City.PHNOM_PENH,
        title_ja="JICAとの会議",
        attendees=[heng_sour],
        organisations=[jica],
    )
    add_item(
        mission,
        "Cashew-nut factory visit",
        datetime.datetime(2024, 5, 15, 14, 0, tzinfo=PHNOM_PENH),
        city=City.PHNOM_PENH,
        kind=ItemKind.SITE_VISIT,
        attendees=[interpreter],
    )
    add_leg(
        mission,
        "NH818 to Tokyo",
        datetime.datetime(2024, 5, 20, 22, 35, tzinfo=PHNOM_PENH),
        datetime.datetime(2024, 5, 21, 6, 45, tzinfo=TOKYO),
        City.PHNOM_PENH,
        City.NARITA,
        TravelMode.FLIGHT,
    )
    return mission


def test_copying_to_new_dates_keeps_local_times(mission):
    copy = copy_delegation(mission, datetime.date(2024, 11, 4))

    assert (copy.first_day, copy.last_day) == (
        datetime.date(2024, 11, 4),
        datetime.date(2024, 11, 12),
    )
    assert local_times(copy) == [
        ("Meeting at JICA", "2024-11-05T09:30:00+07:00", "2024-11-05T10:30:00+07:00"),
        (
            "Cashew-nut factory visit",
            "2024-11-06T14:00:00+07:00",
            "2024-11-06T15:00:00+07:00",
        ),
        ("NH818 to Tokyo", "2024-11-11T22:35:00+07:00", "2024-11-12T06:45:00+09:00"),
    ]


def test_a_copy_has_its_own_members_attendees_and_calendar_identity(mission):
    copy = copy_delegation(mission, datetime.date(2024, 11, 4))

    meeting = copy.items.get(title="Meeting at JICA")
    original = mission.items.get(title="Meeting at JICA")
    assert [m.name for m in copy.members.all()] == ["Heng Sour", "Sok Chenda"]
    assert [m.delegation_id for m in meeting.attendees.all()] == [copy.pk]
    assert [m.name for m in meeting.attendees.all()] == ["Heng Sour"]
    assert [o.name for o in meeting.counterpart_organisations.all()] == [
        "JICA Cambodia"
    ]
    assert meeting.title_ja == "JICAとの会議"
    assert meeting.uid != original.uid
    assert mission.items.count() == 3


def test_local_times_hold_across_a_change_of_clocks():
    tour = make_delegation(
        "Study tour",
        first_day=datetime.date(2024, 3, 20),
        last_day=datetime.date(2024, 3, 22),
        host_time_zone="Europe/Paris",
    )
    add_item(
        tour,
        "OECD briefing",
        datetime.datetime(2024, 3, 20, 9, 30, tzinfo=PARIS),
        time_zone="Europe/Paris",
    )

    copy = copy_delegation(tour, datetime.date(2024, 4, 3))  # summer time by then

    moved = copy.items.get()
    assert moved.start.astimezone(PARIS).time() == datetime.time(9, 30)
    assert moved.start == datetime.datetime(2024, 4, 3, 7, 30, tzinfo=datetime.UTC)


def test_the_holiday_warnings_follow_the_new_dates(mission):
    def holidays(delegation):
        return [
            (c.item_uids, c.message)
            for c in check_itinerary(delegation)
            if c.kind == ConflictKind.HOLIDAY
        ]

    # 14 May 2024 is the King's birthday: the meeting warns where it is now.
    assert [message for _uids, message in holidays(mission)] == [
        "“Meeting at JICA” is on HM King Norodom Sihamoni's Birthday (14 May 2024), "
        "a public holiday in Cambodia."
    ]

    # A week later the meeting is on an ordinary day and the visit on Visaka Bochea.
    copy = copy_delegation(mission, datetime.date(2024, 5, 20))

    visit = copy.items.get(title="Cashew-nut factory visit")
    assert holidays(copy) == [
        (
            (visit.uid,),
            "“Cashew-nut factory visit” is on Visaka Bochea Day "
            "(22 May 2024), a public holiday in Cambodia.",
        ),
    ]


def test_copying_into_another_delegation_reuses_members_of_the_same_name(mission):
    other = make_delegation(
        "Second mission",
        first_day=datetime.date(2024, 6, 3),
        last_day=datetime.date(2024, 6, 11),
    )
    add_member(other, "Heng Sour")

    copy_itinerary(mission, other)

    assert [m.name for m in other.members.all()] == ["Heng Sour", "Sok Chenda"]
    assert other.items.get(title="Meeting at JICA").start == datetime.datetime(
        2024, 6, 4, 9, 30, tzinfo=PHNOM_PENH
    )


def test_duplicating_a_day_copies_only_that_days_items(mission):
    duplicate_day(mission, datetime.date(2024, 5, 14), datetime.date(2024, 5, 16))

    meetings = mission.items.filter(title="Meeting at JICA")
    assert [m.start.astimezone(PHNOM_PENH).isoformat() for m in meetings] == [
        "2024-05-14T09:30:00+07:00",
        "2024-05-16T09:30:00+07:00",
    ]
    assert [m.name for m in meetings.last().attendees.all()] == ["Heng Sour"]
    assert mission.items.count() == 4


def test_a_copy_keeps_the_events_an_item_belongs_to(mission, event_index):
    fair = add_event(
        event_index,
        "Japan job fair",
        start=datetime.datetime(2024, 5, 14, 9, 0, tzinfo=PHNOM_PENH),
    )
    mission.items.get(title="Meeting at JICA").related_events.set([fair])

    copy = copy_delegation(mission, datetime.date(2024, 11, 4))

    meeting = copy.items.get(title="Meeting at JICA")
    assert list(meeting.related_events.all()) == [fair]
