"""What a planner may save: impossible data is refused with a message on the field."""

import datetime

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.utils import translation
from wagtail.search.models import IndexEntry

from delegations.enums import City, ItemKind, TravelMode
from delegations.models import (
    ItineraryItem,
    Member,
    TravelTime,
    validate_attendees,
)
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
def mission():
    return make_delegation()


def unsaved_item(delegation, **fields):
    start = datetime.datetime(2024, 5, 14, 9, 30, tzinfo=PHNOM_PENH)
    values = {
        "title": "Courtesy call on the Minister",
        "start": start,
        "end": start + datetime.timedelta(hours=1),
        "city": City.PHNOM_PENH,
    }
    return ItineraryItem(delegation=delegation, **(values | fields))


def refusal(item):
    with pytest.raises(ValidationError) as refused:
        item.full_clean()
    return refused.value.message_dict


def test_an_item_ending_before_it_starts_is_refused_on_the_end(mission):
    item = unsaved_item(
        mission, end=datetime.datetime(2024, 5, 14, 9, 0, tzinfo=PHNOM_PENH)
    )

    assert refusal(item) == {"end": ["The end must be after the start."]}


def test_the_end_message_is_translated(mission):
    item = unsaved_item(
        mission, end=datetime.datetime(2024, 5, 14, 9, 0, tzinfo=PHNOM_PENH)
    )

    with translation.override("ja"):
        message = refusal(item)["end"][0]

    assert message != "The end must be after the start."
    assert message


def test_an_unknown_time_zone_is_refused_on_the_field(mission):
    item = unsaved_item(mission, time_zone="Asia/Nagano")

    assert refusal(item) == {
        "time_zone": [
            "“Asia/Nagano” is not a known time zone. Use an IANA name such as "
            "Asia/Tokyo."
        ]
    }


def test_an_item_takes_the_zone_of_its_venue_or_city(mission):
    hall = make_venue("Nagano Prefectural Office", "Nagano", "JP", "Asia/Tokyo")
    at_venue = unsaved_item(mission, venue=hall, city="")
    in_city = unsaved_item(mission)

    at_venue.full_clean()
    in_city.full_clean()

    assert (at_venue.time_zone, at_venue.start_city) == ("Asia/Tokyo", City.NAGANO)
    assert in_city.time_zone == "Asia/Phnom_Penh"


def test_an_item_without_venue_city_or_zone_is_refused(mission):
    assert refusal(unsaved_item(mission, city="")) == {
        "time_zone": ["Choose a venue, a city or a time zone."]
    }


def test_a_journey_needs_its_cities_and_mode(mission):
    item = unsaved_item(mission, kind=ItemKind.TRAVEL, city="")

    assert refusal(item) == {
        "from_city": ["Say where the journey starts."],
        "to_city": ["Say where the journey ends."],
        "travel_mode": ["Say how the delegation travels."],
    }


def test_a_flight_into_another_zone_keeps_both_local_times(mission):
    """Depart 23:35 in Phnom Penh, land 07:45 the next morning at Narita."""
    flight = add_leg(
        mission,
        "NH818 to Tokyo",
        datetime.datetime(2024, 5, 21, 23, 35, tzinfo=PHNOM_PENH),
        datetime.datetime(2024, 5, 22, 7, 45, tzinfo=TOKYO),
        City.PHNOM_PENH,
        City.NARITA,
        TravelMode.FLIGHT,
    )

    stored = ItineraryItem.objects.get(pk=flight.pk)
    assert stored.start == datetime.datetime(2024, 5, 21, 16, 35, tzinfo=datetime.UTC)
    assert stored.end == datetime.datetime(2024, 5, 21, 22, 45, tzinfo=datetime.UTC)
    assert (stored.time_zone, stored.arrival_time_zone) == (
        "Asia/Phnom_Penh",
        "Asia/Tokyo",
    )


def test_an_attendee_from_another_delegation_is_refused_by_name(mission):
    other = make_delegation("CLAIR seminar week")
    ours = add_member(mission, "Sok Chenda")
    theirs = add_member(other, "Tanaka Yuki")

    validate_attendees(mission, [ours])
    with pytest.raises(ValidationError) as refused:
        validate_attendees(mission, [ours, theirs])

    assert refused.value.message_dict == {
        "attendees": ["Not a member of this delegation: Tanaka Yuki."]
    }


def test_the_last_day_cannot_come_before_the_first(mission):
    mission.last_day = datetime.date(2024, 5, 1)

    with pytest.raises(ValidationError) as refused:
        mission.full_clean()

    assert refused.value.message_dict == {
        "last_day": ["The last day must not be before the first day."]
    }


def test_moving_an_item_raises_its_sequence_and_a_retitle_does_not(mission):
    item = add_item(
        mission,
        "Meeting at JICA",
        datetime.datetime(2024, 5, 14, 9, 0, tzinfo=PHNOM_PENH),
        city=City.PHNOM_PENH,
    )
    uid = item.uid

    item.title = "Meeting at the JICA Cambodia office"
    item.save()
    assert ItineraryItem.objects.get(pk=item.pk).sequence == 0

    item.start += datetime.timedelta(hours=1)
    item.end += datetime.timedelta(hours=1)
    item.save()
    stored = ItineraryItem.objects.get(pk=item.pk)
    assert (stored.sequence, stored.uid) == (1, uid)
    assert uid.endswith("@kizuna")


def test_members_never_reach_the_search_index(mission):
    add_member(mission, "Sok Chenda", email="chenda@example.org", notes="Vegetarian")

    member_type = ContentType.objects.get_for_model(Member)
    assert not IndexEntry.objects.filter(content_type=member_type).exists()


def test_the_shipped_table_reads_either_way():
    assert (
        TravelTime.objects.get(
            from_city=City.TOKYO, to_city=City.NAGANO, mode=TravelMode.SHINKANSEN
        ).minutes
        == 105
    )
    assert TravelTime.objects.filter(
        from_city=City.NARITA, to_city=City.PHNOM_PENH, mode=TravelMode.FLIGHT
    ).exists()


def test_the_table_refuses_a_pair_it_has_the_other_way_round():
    reverse = TravelTime(
        from_city=City.NAGANO,
        to_city=City.TOKYO,
        mode=TravelMode.SHINKANSEN,
        minutes=90,
    )

    with pytest.raises(ValidationError) as refused:
        reverse.full_clean()

    assert refused.value.messages == [
        "The table already has a time between these cities by this mode."
    ]


def test_the_table_refuses_a_journey_within_one_city():
    loop = TravelTime(
        from_city=City.TOKYO, to_city=City.TOKYO, mode=TravelMode.CAR, minutes=30
    )

    with pytest.raises(ValidationError) as refused:
        loop.full_clean()

    assert refused.value.messages == ["Choose two different cities."]
