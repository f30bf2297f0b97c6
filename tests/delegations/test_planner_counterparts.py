"""Planners name an item's counterparts in the itinerary's dialog, from lists they can
narrow by typing; another delegation booking the same counterpart at the same time is
warned about (rule 6), through the same form."""

import datetime
import json

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.users.models import UserProfile

from directory.models import Organisation, Person
from tests.delegations.factories import TOKYO, add_item, make_delegation
from tests.delegations.planner import PLANNERS, user_in

pytestmark = pytest.mark.django_db

FETCH = {"HTTP_X_REQUESTED_WITH": "fetch"}


@pytest.fixture
def planner(client):
    client.force_login(user_in(PLANNERS))
    return client


@pytest.fixture
def directory():
    return {
        "governor": Person.objects.create(name="Shuichi Abe"),
        "minister": Person.objects.create(name="Heng Sour"),
        "jica": Organisation.objects.create(name="JICA Cambodia office", slug="jica"),
        "embassy": Organisation.objects.create(
            name="Embassy of Japan in Cambodia", slug="embassy"
        ),
    }


@pytest.fixture
def two_delegations(directory):
    """A seminar week whose courtesy call already books the Governor, and a mission
    planning on the same morning."""
    seminar = make_delegation("Seminar week", host_time_zone="Asia/Tokyo")
    add_item(
        seminar,
        "Courtesy call on the Governor",
        datetime.datetime(2024, 5, 14, 10, tzinfo=TOKYO),
        city="Nagano",
        people=[directory["governor"]],
    )
    mission = make_delegation("Nagano mission", host_time_zone="Asia/Tokyo")
    return seminar, mission


def item_data(**fields):
    return {
        "kind": "meeting",
        "title_en": "Meeting at the prefectural office",
        "start": "2024-05-14T10:30",
        "end": "2024-05-14T11:30",
        "city": "Nagano",
        **fields,
    }


def test_the_dialog_lists_counterparts_as_checkboxes_under_a_filter_box(
    planner, two_delegations, directory
):
    _seminar, mission = two_delegations
    response = planner.get(reverse("delegations:item_add", args=[mission.pk]), **FETCH)
    soup = BeautifulSoup(response.content.decode(), "html.parser")

    assert soup.select("select[multiple]") == []
    for name, filter_label, entries in (
        (
            "counterpart_organisations",
            "Filter the organisations",
            ["Embassy of Japan in Cambodia", "JICA Cambodia office"],
        ),
        ("counterpart_people", "Filter the people", ["Heng Sour", "Shuichi Abe"]),
    ):
        box = soup.select_one(f"#id_{name}").find_parent(
            attrs={"data-controller": "planner-choices"}
        )
        assert box.select_one("input[type=search]")["aria-label"] == filter_label
        assert [
            label.get_text(strip=True)
            for label in box.select("label")
            if label.select_one(f"input[type=checkbox][name={name}]")
        ] == entries


def test_a_counterpart_booked_by_another_delegation_is_warned_about(
    planner, two_delegations, directory
):
    seminar, mission = two_delegations
    governor, jica = directory["governor"], directory["jica"]

    response = planner.post(
        reverse("delegations:item_add", args=[mission.pk]),
        item_data(
            counterpart_people=[governor.pk], counterpart_organisations=[jica.pk]
        ),
        **FETCH,
    )

    answer = json.loads(response.content)
    assert [(c["kind"], c["message"]) for c in answer["conflicts"]] == [
        (
            "double_booked",
            "Shuichi Abe is also booked by “Seminar week” for “Courtesy call on "
            "the Governor” during “Meeting at the prefectural office”.",
        )
    ]
    item = mission.items.get()
    assert list(item.counterpart_people.all()) == [governor]
    assert list(item.counterpart_organisations.all()) == [jica]
    # The seminar's planner sees the same clash from the other side.
    assert (
        "Nagano mission"
        in planner.get(
            reverse("delegations:itinerary", args=[seminar.pk])
        ).content.decode()
    )


def test_taking_the_counterpart_off_clears_the_warning(
    planner, two_delegations, directory
):
    _seminar, mission = two_delegations
    item = add_item(
        mission,
        "Meeting at the prefectural office",
        datetime.datetime(2024, 5, 14, 10, 30, tzinfo=TOKYO),
        city="Nagano",
        people=[directory["governor"]],
    )
    edit = reverse("delegations:item_edit", args=[mission.pk, item.pk])

    soup = BeautifulSoup(planner.get(edit, **FETCH).content.decode(), "html.parser")
    checked = [box["value"] for box in soup.select("input[checked]")]
    assert checked == [str(directory["governor"].pk)]

    response = planner.post(
        edit, item_data(counterpart_people=[directory["minister"].pk]), **FETCH
    )

    assert json.loads(response.content)["conflicts"] == []
    assert list(item.counterpart_people.all()) == [directory["minister"]]


@pytest.mark.parametrize(
    "language, labels",
    [
        ("ja", ["団体を絞り込む", "人物を絞り込む"]),
        ("km", ["ត្រងស្ថាប័ន", "ត្រងបុគ្គល"]),
    ],
)
def test_the_filter_boxes_read_in_japanese_and_khmer(
    client, two_delegations, language, labels
):
    user = user_in(PLANNERS)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)
    _seminar, mission = two_delegations

    response = client.get(reverse("delegations:item_add", args=[mission.pk]), **FETCH)

    soup = BeautifulSoup(response.content.decode(), "html.parser")
    assert [box["aria-label"] for box in soup.select(".planner-choices__filter")] == (
        labels
    )


def test_an_empty_directory_says_so_instead_of_an_empty_list(planner):
    mission = make_delegation("Nagano mission", host_time_zone="Asia/Tokyo")

    response = planner.get(reverse("delegations:item_add", args=[mission.pk]), **FETCH)

    soup = BeautifulSoup(response.content.decode(), "html.parser")
    assert soup.select(".planner-choices") == []
    assert [p.get_text() for p in soup.select("p#id_counterpart_people")] == [
        "None to choose from yet."
    ]
