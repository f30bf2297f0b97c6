"""Planners keep the travel-time table in the admin."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.urls import reverse

from delegations.enums import City, TravelMode
from delegations.models import TravelTime

pytestmark = pytest.mark.django_db


@pytest.fixture
def planner_client(client):
    planner = get_user_model().objects.create_superuser(
        "planner", "planner@example.org", "pw"
    )
    client.force_login(planner)
    return client


def test_the_travel_times_list_shows_the_shipped_table(planner_client):
    response = planner_client.get(
        reverse("wagtailsnippets_delegations_traveltime:list"), {"mode": "shinkansen"}
    )
    rows = BeautifulSoup(response.content, "html.parser").select("tbody tr")

    assert [
        [row.select_one("td a").get_text(strip=True)]
        + [cell.get_text(" ", strip=True) for cell in row.select("td")[2:]]
        for row in rows
    ] == [
        ["Tokyo", "Nagano", "Shinkansen", "105"],
        ["Tokyo", "Shimonoseki", "Shinkansen", "300"],
    ]


def test_a_planner_cannot_add_a_pair_the_table_has_the_other_way_round(
    planner_client,
):
    response = planner_client.post(
        reverse("wagtailsnippets_delegations_traveltime:add"),
        {
            "from_city": "Nagano",
            "to_city": "Tokyo",
            "mode": "shinkansen",
            "minutes": 90,
        },
    )

    assert response.status_code == 200
    assert (
        "The table already has a time between these cities by this mode."
        in response.content.decode()
    )
    assert TravelTime.objects.filter(from_city=City.NAGANO).count() == 0


def test_a_planner_corrects_a_usual_time(planner_client):
    row = TravelTime.objects.get(
        from_city=City.TOKYO, to_city=City.NAGANO, mode=TravelMode.SHINKANSEN
    )

    response = planner_client.post(
        reverse("wagtailsnippets_delegations_traveltime:edit", args=[row.pk]),
        {
            "from_city": "Tokyo",
            "to_city": "Nagano",
            "mode": "shinkansen",
            "minutes": 110,
        },
    )

    assert response.status_code == 302
    row.refresh_from_db()
    assert row.minutes == 110
