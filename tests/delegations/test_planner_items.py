"""Planners add, change, delete and move items from the itinerary's dialog, duplicate
a day and copy an itinerary; each change is in the delegation's history."""

import datetime
import json

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.models import ModelLogEntry

from delegations.models import Delegation, ItineraryItem
from tests.delegations.factories import (
    PHNOM_PENH,
    TOKYO,
    add_item,
    add_member,
    make_delegation,
)
from tests.delegations.planner import PLANNERS, user_in

pytestmark = pytest.mark.django_db

FETCH = {"HTTP_X_REQUESTED_WITH": "fetch"}


@pytest.fixture
def planner(client):
    client.force_login(user_in(PLANNERS))
    return client


@pytest.fixture
def seminar():
    return make_delegation(
        "CLAIR seminar week",
        first_day=datetime.date(2019, 12, 16),
        last_day=datetime.date(2019, 12, 17),
        host_time_zone="Asia/Tokyo",
    )


def at(day, hour, minute=0, zone=TOKYO):
    return datetime.datetime(2019, 12, day, hour, minute, tzinfo=zone)


def item_data(**fields):
    return {
        "kind": "meeting",
        "title_en": "Opening lecture",
        "start": "2019-12-16T09:30",
        "end": "2019-12-16T11:00",
        "city": "Tokyo",
        **fields,
    }


def errors_of(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [e.get_text(" ", strip=True) for e in soup.select(".error-message")]


def history(delegation):
    return [
        (entry.action, entry.data.get("title"))
        for entry in ModelLogEntry.objects.for_instance(delegation).order_by("pk")
    ]


def test_the_dialog_gets_the_form_without_the_admin_page(planner, seminar):
    response = planner.get(reverse("delegations:item_add", args=[seminar.pk]), **FETCH)
    soup = BeautifulSoup(response.content, "html.parser")

    assert soup.select_one("h2").get_text() == "Add an itinerary item"
    assert soup.select_one("form")["action"] == reverse(
        "delegations:item_add", args=[seminar.pk]
    )
    assert soup.select_one("nav") is None  # no admin menu inside the dialog


def test_a_planner_adds_an_item_in_the_local_time_of_its_city(planner, seminar):
    response = planner.post(
        reverse("delegations:item_add", args=[seminar.pk]),
        item_data(city="Phnom Penh"),
        **FETCH,
    )

    assert response.status_code == 200
    assert json.loads(response.content)["ok"] is True
    item = seminar.items.get()
    assert (item.start, item.end) == (
        at(16, 9, 30, PHNOM_PENH),
        at(16, 11, 0, PHNOM_PENH),
    )
    assert item.time_zone == "Asia/Phnom_Penh"
    assert history(seminar) == [("delegations.item_add", "Opening lecture")]


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"end": "2019-12-16T09:00"}, "The end must be after the start."),
        (
            {"time_zone": "Asia/Nowhere"},
            "“Asia/Nowhere” is not a known time zone. Use an IANA name such as "
            "Asia/Tokyo.",
        ),
        ({"start": "tomorrow"}, "Enter a date and time such as 2024-05-13 09:30."),
    ],
)
def test_impossible_items_are_refused_on_their_field(planner, seminar, fields, message):
    response = planner.post(
        reverse("delegations:item_add", args=[seminar.pk]), item_data(**fields), **FETCH
    )

    assert response.status_code == 200
    assert message in errors_of(response)
    assert not seminar.items.exists()


def test_an_attendee_from_another_delegation_is_refused_by_name(planner, seminar):
    other = make_delegation("Other visit")
    stranger = add_member(other, "Heng Sour")

    response = planner.post(
        reverse("delegations:item_add", args=[seminar.pk]),
        item_data(attendees=[stranger.pk]),
        **FETCH,
    )

    assert "Not a member of this delegation: Heng Sour." in response.content.decode()
    assert not seminar.items.exists()


def test_a_planner_changes_an_item_and_the_form_shows_local_times(planner, seminar):
    item = add_item(seminar, "Opening lecture", at(16, 9, 30), at(16, 11), city="Tokyo")
    url = reverse("delegations:item_edit", args=[seminar.pk, item.pk])

    form = BeautifulSoup(planner.get(url, **FETCH).content, "html.parser")
    assert form.select_one("#id_start")["value"] == "2019-12-16T09:30"

    planner.post(url, item_data(title_en="Keynote", start="2019-12-16T10:00"), **FETCH)
    item.refresh_from_db()
    assert (item.title, item.start) == ("Keynote", at(16, 10))
    assert history(seminar) == [("delegations.item_edit", "Keynote")]


def test_without_script_saving_returns_to_the_itinerary(planner, seminar):
    response = planner.post(
        reverse("delegations:item_add", args=[seminar.pk]), item_data()
    )

    assert response.status_code == 302
    assert response.url == reverse("delegations:itinerary", args=[seminar.pk])


def test_a_planner_deletes_an_item(planner, seminar):
    item = add_item(seminar, "Opening lecture", at(16, 9), city="Tokyo")

    response = planner.post(
        reverse("delegations:item_delete", args=[seminar.pk, item.pk]), **FETCH
    )

    assert json.loads(response.content)["ok"] is True
    assert not seminar.items.exists()
    assert history(seminar) == [("delegations.item_delete", "Opening lecture")]


def test_a_move_keeps_the_local_time_and_length_and_returns_the_conflicts(
    planner, seminar
):
    add_item(seminar, "Opening lecture", at(16, 9), city="Tokyo")
    visit = add_item(seminar, "City hall visit", at(16, 14), city="Shimonoseki")

    response = planner.post(
        reverse("delegations:item_move", args=[seminar.pk, visit.pk]),
        {"days": 1, "minutes": -15},
    )

    answer = json.loads(response.content)
    visit.refresh_from_db()
    assert (visit.start, visit.end) == (at(17, 13, 45), at(17, 14, 45))
    assert answer["message"] == "Moved “City hall visit” to 2019-12-17 13:45 JST."
    assert [c["kind"] for c in answer["conflicts"]] == ["no_travel"]
    assert history(seminar) == [("delegations.item_move", "City hall visit")]


@pytest.mark.parametrize(
    "data", [{"days": "x", "minutes": 0}, {"days": 0, "minutes": 99999}]
)
def test_a_bad_move_is_refused_and_nothing_moves(planner, seminar, data):
    item = add_item(seminar, "Opening lecture", at(16, 9), city="Tokyo")

    response = planner.post(
        reverse("delegations:item_move", args=[seminar.pk, item.pk]), data
    )

    assert response.status_code == 400
    item.refresh_from_db()
    assert item.start == at(16, 9)


def test_an_item_of_another_delegation_is_not_found(planner, seminar):
    other = make_delegation("Other visit")
    item = add_item(other, "Not yours", at(16, 9), city="Tokyo")

    response = planner.post(
        reverse("delegations:item_move", args=[seminar.pk, item.pk]),
        {"days": 1, "minutes": 0},
    )
    edit = planner.get(
        reverse("delegations:item_edit", args=[seminar.pk, item.pk]), follow=True
    )

    # Django's locale middleware first tries the 404's path under /en/.
    assert response.status_code in (302, 404)
    assert edit.status_code == 404
    item.refresh_from_db()
    assert item.start == at(16, 9)


def test_a_planner_duplicates_a_day(planner, seminar):
    add_item(seminar, "Opening lecture", at(16, 9), city="Tokyo")

    planner.post(
        reverse("delegations:duplicate_day", args=[seminar.pk]),
        {"day": "2019-12-16", "new_day": "2019-12-17"},
        **FETCH,
    )

    assert [i.start for i in seminar.items.all()] == [at(16, 9), at(17, 9)]
    assert history(seminar) == [("delegations.day_duplicate", None)]


def test_a_planner_copies_the_itinerary_to_a_new_delegation(planner, seminar):
    add_item(seminar, "Opening lecture", at(16, 9), city="Tokyo")

    response = planner.post(
        reverse("delegations:copy_itinerary", args=[seminar.pk]),
        {"first_day": "2020-12-14"},
        **FETCH,
    )

    copy = Delegation.objects.exclude(pk=seminar.pk).get()
    assert json.loads(response.content)["redirect"] == reverse(
        "delegations:itinerary", args=[copy.pk]
    )
    assert [i.start for i in copy.items.all()] == [
        datetime.datetime(2020, 12, 14, 9, tzinfo=TOKYO)
    ]
    assert history(copy) == [("delegations.itinerary_copy", None)]


def test_copying_needs_a_day_or_a_delegation(planner, seminar):
    response = planner.post(
        reverse("delegations:copy_itinerary", args=[seminar.pk]), {}, **FETCH
    )

    assert (
        "Give the first day of a new delegation or choose a delegation."
        in response.content.decode()
    )
    assert Delegation.objects.count() == 1


def test_the_history_names_each_change(planner, seminar):
    item = add_item(seminar, "Opening lecture", at(16, 9), city="Tokyo")
    planner.post(
        reverse("delegations:item_move", args=[seminar.pk, item.pk]),
        {"days": 0, "minutes": 30},
    )

    response = planner.get(reverse("delegations:history", args=[seminar.pk]))

    assert (
        "Moved “Opening lecture” to 2019-12-16 09:30 JST" in response.content.decode()
    )
    assert ItineraryItem.objects.count() == 1
