"""The conflict check of a saved itinerary: the shipped travel table, both countries'
holidays, other delegations' bookings, and a query count that does not grow."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from delegations.conflicts import check_itinerary
from delegations.enums import City, ConflictKind, DelegationStatus, ItemKind, TravelMode
from directory.models import Organisation, Person
from tests.delegations.factories import (
    PHNOM_PENH,
    TOKYO,
    add_item,
    add_leg,
    add_member,
    make_delegation,
)
from tests.factories.events import make_venue

pytestmark = pytest.mark.django_db


@pytest.fixture
def seminar():
    """The CLAIR seminar week, hosted in Tokyo."""
    return make_delegation(
        "CLAIR seminar week",
        first_day=datetime.date(2019, 12, 15),
        last_day=datetime.date(2019, 12, 21),
        host_time_zone="Asia/Tokyo",
    )


def tokyo_then_shimonoseki(delegation, gap_hours, *, with_leg):
    leaving = datetime.datetime(2019, 12, 17, 9, 0, tzinfo=TOKYO)
    add_item(
        delegation,
        "Briefing at CLAIR",
        leaving - datetime.timedelta(hours=1),
        leaving,
        city=City.TOKYO,
    )
    arriving = leaving + datetime.timedelta(hours=gap_hours)
    if with_leg:
        add_item(
            delegation,
            "Nozomi to Shin-Shimonoseki",
            leaving + datetime.timedelta(minutes=20),
            arriving - datetime.timedelta(minutes=20),
            kind=ItemKind.TRAVEL,
            from_city=City.TOKYO,
            to_city=City.SHIMONOSEKI,
            travel_mode=TravelMode.SHINKANSEN,
        )
    add_item(
        delegation, "Visit to Shimonoseki City Hall", arriving, city=City.SHIMONOSEKI
    )


def kinds(conflicts):
    return [conflict.kind for conflict in conflicts]


def test_two_hours_from_tokyo_to_shimonoseki_without_a_leg_warns(seminar):
    tokyo_then_shimonoseki(seminar, 2, with_leg=False)

    (conflict,) = check_itinerary(seminar)

    assert conflict.message == (
        "No travel from Tokyo to Shimonoseki between “Briefing at CLAIR” and "
        "“Visit to Shimonoseki City Hall”."
    )


def test_a_shinkansen_leg_in_two_hours_is_too_short_for_the_shipped_table(seminar):
    tokyo_then_shimonoseki(seminar, 2, with_leg=True)

    assert kinds(check_itinerary(seminar)) == [ConflictKind.TOO_LITTLE_TIME]


def test_the_leg_with_five_and_a_half_hours_clears_the_warning(seminar):
    tokyo_then_shimonoseki(seminar, 5.5, with_leg=True)

    assert check_itinerary(seminar) == []


def test_the_messages_follow_the_planners_language(seminar):
    tokyo_then_shimonoseki(seminar, 2, with_leg=False)

    (english,) = check_itinerary(seminar, "en")
    with translation.override("ja"):
        (japanese,) = check_itinerary(seminar)

    assert japanese.message != english.message
    assert "東京" in japanese.message


def test_holidays_on_a_japanese_and_a_cambodian_date():
    mission = make_delegation()  # 13–21 May 2024, hosted in Phnom Penh
    ministry = make_venue("Ministry of Labour and Vocational Training")
    add_item(
        mission,
        "Courtesy call on the Minister",
        datetime.datetime(2024, 5, 14, 9, 0, tzinfo=PHNOM_PENH),
        venue=ministry,
    )
    add_item(
        mission,
        "Factory visit",
        datetime.datetime(2024, 5, 15, 9, 0, tzinfo=PHNOM_PENH),
        venue=ministry,
    )
    planning = make_delegation(
        "Preparatory meeting",
        first_day=datetime.date(2024, 5, 3),
        last_day=datetime.date(2024, 5, 3),
        host_time_zone="Asia/Tokyo",
    )
    add_item(
        planning,
        "Meeting at the prefecture",
        datetime.datetime(2024, 5, 3, 10, 0, tzinfo=TOKYO),
        city=City.NAGANO,
    )

    with translation.override("km"):
        (cambodian,) = check_itinerary(mission)
    (japanese,) = check_itinerary(planning, "ja")

    assert cambodian.kind == ConflictKind.HOLIDAY
    assert "នរោត្តម សីហមុនី" in cambodian.message
    assert japanese.kind == ConflictKind.HOLIDAY
    assert "憲法記念日" in japanese.message


def test_a_leg_across_zones_does_not_overlap_the_next_tokyo_meeting():
    mission = make_delegation(last_day=datetime.date(2024, 5, 22))
    chenda = add_member(mission, "Sok Chenda")
    add_leg(
        mission,
        "NH818 to Tokyo",
        datetime.datetime(2024, 5, 21, 23, 35, tzinfo=PHNOM_PENH),
        datetime.datetime(2024, 5, 22, 7, 45, tzinfo=TOKYO),
        City.PHNOM_PENH,
        City.NARITA,
        TravelMode.FLIGHT,
        attendees=[chenda],
    )
    add_leg(
        mission,
        "Narita Express",
        datetime.datetime(2024, 5, 22, 8, 30, tzinfo=TOKYO),
        datetime.datetime(2024, 5, 22, 9, 30, tzinfo=TOKYO),
        City.NARITA,
        City.TOKYO,
        TravelMode.TRAIN,
        attendees=[chenda],
    )
    add_item(
        mission,
        "Report at JICA headquarters",
        datetime.datetime(2024, 5, 22, 10, 0, tzinfo=TOKYO),
        city=City.TOKYO,
        attendees=[chenda],
    )

    assert check_itinerary(mission) == []


def test_a_minister_booked_by_two_delegations_at_once_warns_both():
    minister = Person.objects.create(name="Heng Sour")
    first = make_delegation("Nagano inspection mission")
    second = make_delegation("Shimonoseki friendship visit")
    cancelled = make_delegation("Postponed visit", status=DelegationStatus.CANCELLED)
    nine = datetime.datetime(2024, 5, 16, 9, 0, tzinfo=PHNOM_PENH)
    ours = add_item(
        first, "Call on the Minister", nine, city=City.PHNOM_PENH, people=[minister]
    )
    theirs = add_item(
        second,
        "Meeting with the Minister",
        nine + datetime.timedelta(minutes=30),
        city=City.PHNOM_PENH,
        people=[minister],
    )
    add_item(cancelled, "Dropped call", nine, city=City.PHNOM_PENH, people=[minister])

    (conflict,) = check_itinerary(first)
    (mirror,) = check_itinerary(second)

    assert conflict.item_uids == (ours.uid, theirs.uid)
    assert conflict.message == (
        "Heng Sour is also booked by “Shimonoseki friendship visit” for “Meeting "
        "with the Minister” during “Call on the Minister”."
    )
    assert mirror.item_uids == (theirs.uid, ours.uid)


def queries_of_check(items):
    delegation = make_delegation(f"Mission of {items}")
    other = make_delegation(f"Other mission of {items}")
    members = [add_member(delegation, f"Member {n}") for n in range(3)]
    jica = Organisation.objects.create(name="JICA", slug=f"jica-{items}")
    venue = make_venue("Peace Palace")
    start = datetime.datetime(2024, 5, 14, 8, 0, tzinfo=PHNOM_PENH)
    for number in range(items):
        at = start + datetime.timedelta(hours=number)
        add_item(
            delegation,
            f"Item {number}",
            at,
            venue=venue,
            organisations=[jica],
            attendees=members[: number % 3],
        )
        add_item(other, f"Other {number}", at, venue=venue, organisations=[jica])
    with CaptureQueriesContext(connection) as queries:
        conflicts = check_itinerary(delegation)
    assert conflicts
    return len(queries)


def test_the_check_runs_as_many_queries_for_60_items_as_for_5():
    assert queries_of_check(5) == queries_of_check(60)
