"""The directory's snippets: what editors may save, and what other apps ask of them."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from directory.models import Organisation, Person, Venue
from tests.factories.events import PHNOM_PENH, add_event, make_venue

pytestmark = pytest.mark.django_db


def test_a_venue_needs_both_coordinates_or_neither():
    venue = Venue(name="Peace Palace", city="Phnom Penh", time_zone="Asia/Phnom_Penh")
    venue.latitude = "11.564300"

    with pytest.raises(ValidationError) as refused:
        venue.full_clean()

    assert refused.value.messages == ["Give both latitude and longitude, or neither."]
    venue.longitude = "104.916500"
    venue.full_clean()


def test_a_venue_refuses_a_time_zone_that_does_not_exist():
    venue = Venue(name="City Hall", city="Nagano", time_zone="Asia/Nagano")

    with pytest.raises(ValidationError) as refused:
        venue.full_clean()

    assert refused.value.message_dict == {
        "time_zone": [
            "“Asia/Nagano” is not a known time zone. Use an IANA name such as "
            "Asia/Tokyo."
        ]
    }


def test_used_by_gives_each_venue_of_the_events_once(event_index):
    palace = make_venue("Peace Palace")
    hall = make_venue("Shimonoseki City Hall", "Shimonoseki", "JP", "Asia/Tokyo")
    make_venue("Unused hall", "Nagano", "JP", "Asia/Tokyo")
    start = datetime.datetime(2027, 1, 12, 10, 0, tzinfo=PHNOM_PENH)
    for number, venue in enumerate([palace, palace, hall]):
        add_event(
            event_index,
            f"Meeting {number}",
            start=start + datetime.timedelta(days=number),
            venue=venue,
        )

    used = Venue.used_by(event_index.get_events())

    assert sorted(venue.name for venue in used) == [
        "Peace Palace",
        "Shimonoseki City Hall",
    ]


def test_names_read_in_each_language_with_english_where_untranslated():
    ministry = Organisation.objects.create(
        name="Ministry of Labour and Vocational Training",
        name_ja="労働職業訓練省",
        short_name="MLVT",
        slug="mlvt",
        country="KH",
    )
    minister = Person.objects.create(
        name="Heng Sour", role="Minister", organisation=ministry
    )

    with translation.override("ja"):
        assert (str(ministry), str(minister), minister.role) == (
            "労働職業訓練省",
            "Heng Sour",
            "Minister",
        )
    with translation.override("km"):
        assert str(ministry) == "Ministry of Labour and Vocational Training"


def test_deleting_an_organisation_keeps_its_people():
    ministry = Organisation.objects.create(name="MLVT", slug="mlvt")
    minister = Person.objects.create(name="Heng Sour", organisation=ministry)

    ministry.delete()

    minister.refresh_from_db()
    assert minister.organisation is None
