"""A delegation's public summary, stored like any page, follows the planners' changes."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from delegations.copying import copy_itinerary
from delegations.enums import City, Visibility
from delegations.output.sheet_import import import_itinerary
from delegations.output.spreadsheets import export
from tests.delegations.factories import PHNOM_PENH, add_item, make_delegation

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache")]
SUMMARY = "/en/delegations/nagano-mission/"
MORNING = datetime.datetime(2024, 5, 8, 9, 30, tzinfo=PHNOM_PENH)


@pytest.fixture
def mission(home_page):
    delegation = make_delegation(
        name="Nagano mission",
        slug="nagano-mission",
        visibility=Visibility.PUBLIC_SUMMARY,
        first_day=datetime.date(2024, 5, 7),
        last_day=datetime.date(2024, 5, 9),
    )
    add_item(
        delegation,
        "Meeting at the ministry",
        MORNING,
        city=City.PHNOM_PENH,
        is_public=True,
    )
    return delegation


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


def test_an_item_a_planner_changes_shows_on_the_stored_summary(
    client, mission, committed
):
    assert "Meeting at the ministry" in client.get(SUMMARY).text

    with committed():
        item = mission.items.get()
        item.title = "Meeting at the Ministry of Labour"
        item.save()
        add_item(
            mission,
            "Visit to a rice mill",
            MORNING.replace(day=9),
            city=City.PHNOM_PENH,
            is_public=True,
        )

    summary = client.get(SUMMARY).text
    assert "Meeting at the Ministry of Labour" in summary
    assert "Visit to a rice mill" in summary


def test_a_summary_made_private_is_gone_at_once(client, mission, committed):
    assert client.get(SUMMARY).status_code == 200

    with committed():
        mission.visibility = Visibility.PRIVATE
        mission.save()

    assert client.get(SUMMARY).status_code == 404


def test_an_itinerary_copied_in_shows_on_the_stored_summary(client, mission, committed):
    source = make_delegation(
        name="Earlier mission", first_day=datetime.date(2023, 5, 7)
    )
    add_item(
        source,
        "Welcome dinner",
        datetime.datetime(2023, 5, 7, 19, 0, tzinfo=PHNOM_PENH),
        city=City.PHNOM_PENH,
        is_public=True,
    )
    client.get(SUMMARY)

    with committed():
        copy_itinerary(source, mission)

    assert "Welcome dinner" in client.get(SUMMARY).text


def test_an_itinerary_imported_from_a_sheet_shows_on_the_stored_summary(
    client, mission, committed
):
    plan = make_delegation(name="Plan", first_day=datetime.date(2024, 5, 7))
    add_item(
        plan,
        "Visit to a rice mill",
        MORNING.replace(day=9),
        city=City.PHNOM_PENH,
        is_public=True,
    )
    sheet, _content_type = export(plan, "csv")
    client.get(SUMMARY)

    with committed():
        import_itinerary(mission, "plan.csv", sheet)

    assert "Visit to a rice mill" in client.get(SUMMARY).text


def test_planning_a_private_delegation_keeps_the_stored_pages(
    client, news_index, committed
):
    private = make_delegation(name="Ministerial visit (draft)")
    client.get("/en/news/")

    with committed():
        add_item(private, "Courtesy call", MORNING, city=City.PHNOM_PENH)
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/en/news/")

    assert response.status_code == 200
    assert len(queries) == 0  # still the stored copy
