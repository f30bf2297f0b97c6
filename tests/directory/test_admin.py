"""Editors keep organisations, people and venues under one Directory menu."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.urls import reverse

from directory.models import Venue
from tests.factories.events import make_venue

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    editor = get_user_model().objects.create_superuser(
        "editor", "editor@example.org", "pw"
    )
    client.force_login(editor)
    return client


def test_the_directory_menu_holds_organisations_people_and_venues(editor_client):
    response = editor_client.get(reverse("wagtailadmin_home"))
    html = response.content.decode()

    for viewset in ("organisation", "person", "venue"):
        assert reverse(f"wagtailsnippets_directory_{viewset}:list") in html


def test_the_venue_list_shows_city_country_and_zone(editor_client):
    make_venue("Peace Palace")
    make_venue("Shimonoseki City Hall", "Shimonoseki", "JP", "Asia/Tokyo")

    response = editor_client.get(reverse("wagtailsnippets_directory_venue:list"))
    rows = BeautifulSoup(response.content, "html.parser").select("tbody tr")

    assert [
        [row.select_one("td a").get_text(strip=True)]
        + [cell.get_text(" ", strip=True) for cell in row.select("td")[2:]]
        for row in rows
    ] == [
        ["Peace Palace", "Phnom Penh", "Cambodia", "Asia/Phnom_Penh"],
        ["Shimonoseki City Hall", "Shimonoseki", "Japan", "Asia/Tokyo"],
    ]


def test_an_editor_adds_a_venue_on_its_local_clock(editor_client):
    response = editor_client.post(
        reverse("wagtailsnippets_directory_venue:add"),
        {
            "name_en": "Nagano Prefectural Office",
            "city_en": "Nagano",
            "country": "JP",
            "time_zone": "Asia/Tokyo",
            "latitude": "",
            "longitude": "",
        },
    )

    assert response.status_code == 302
    venue = Venue.objects.get()
    assert (venue.name, venue.city, venue.time_zone) == (
        "Nagano Prefectural Office",
        "Nagano",
        "Asia/Tokyo",
    )
