"""Planners edit, viewers read, everyone else sees no planner at all."""

import datetime
from io import BytesIO

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from delegations.models import Delegation, FeedToken, ItineraryItem
from delegations.output import spreadsheets
from tests.delegations.factories import TOKYO, add_item, add_member, make_delegation
from tests.delegations.planner import (
    PLANNERS,
    VIEWERS,
    every_screen,
    output_urls,
    planner_urls,
    user_in,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def delegation():
    delegation = make_delegation(host_time_zone="Asia/Tokyo")
    add_member(delegation, "Sokha Chan", email="sokha@example.org", phone="+855 12 345")
    add_item(
        delegation,
        "Courtesy call",
        datetime.datetime(2024, 5, 14, 10, tzinfo=TOKYO),
        city="Tokyo",
    )
    return delegation


def menu_labels(client):
    """The admin dashboard as the user sees it, its menu included."""
    return client.get(reverse("wagtailadmin_home")).content.decode()


def edit_requests(delegation):
    """(name, url, data) of each POST that changes a delegation; those of the planner's
    own screens carry data a planner would send (taken in this order), so that only
    the permission can refuse them."""
    item = delegation.items.get()
    planner = planner_urls(delegation)
    sheet, _type = spreadsheets.export(delegation, "csv")
    upload = BytesIO(sheet)
    upload.name = "itinerary.csv"
    new_item = {
        "kind": "meeting",
        "title_en": "Extra meeting",
        "start": "2024-05-14T14:00",
        "end": "2024-05-14T15:00",
        "city": "Tokyo",
    }
    return [
        ("add", planner["add"], {"name_en": "Another", "first_day": "2024-06-01"}),
        ("edit", planner["edit"], {"name_en": "Renamed"}),
        ("delete", reverse("delegations:delete", args=[delegation.pk]), {}),
        ("item_add", planner["item_add"], new_item),
        ("item_edit", planner["item_edit"], {**new_item, "title_en": "Renamed"}),
        ("item_delete", planner["item_delete"], {}),
        (
            "item_move",
            reverse("delegations:item_move", args=[delegation.pk, item.pk]),
            {"days": 1, "minutes": 0},
        ),
        (
            "duplicate_day",
            planner["duplicate_day"],
            {"day": "2024-05-14", "new_day": "2024-05-15"},
        ),
        ("copy", planner["copy"], {"first_day": "2024-07-01"}),
        ("import", output_urls(delegation)["import"], {"file": upload}),
        ("feeds", output_urls(delegation)["feeds"], {"feed": "all"}),
    ]


def state():
    """What an edit would change: delegations, items, counterparts and feed tokens."""
    return (
        list(Delegation.objects.values_list("pk", "name_en", "first_day")),
        list(ItineraryItem.objects.values_list("pk", "title_en", "start", "end")),
        FeedToken.objects.count(),
    )


def assert_refused(response, name):
    # Wagtail answers a refused admin page with a redirect to its dashboard.
    assert response.status_code in (302, 403), name
    if response.status_code == 302:
        assert response.url == reverse("wagtailadmin_home"), name


def test_the_migration_gives_each_group_its_permissions():
    def codenames(name):
        return set(
            Group.objects.get(name=name)
            .permissions.filter(content_type__app_label="delegations")
            .values_list("codename", flat=True)
        )

    assert codenames(VIEWERS) == {
        "view_delegation",
        "view_member",
        "view_itineraryitem",
        "view_traveltime",
    }
    assert codenames(PLANNERS) == {
        f"{action}_{model}"
        for action in ("add", "change", "delete", "view")
        for model in ("delegation", "member", "itineraryitem", "traveltime")
    }
    admin = Permission.objects.get(codename="access_admin")
    assert admin in Group.objects.get(name=PLANNERS).permissions.all()
    assert admin in Group.objects.get(name=VIEWERS).permissions.all()


def test_a_user_outside_both_groups_sees_no_menu_and_no_planner_url(client, delegation):
    outsider = get_user_model().objects.create_user("editor", password="pw")
    outsider.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(outsider)

    assert reverse("delegations:index") not in menu_labels(client)
    for name, url in every_screen(delegation).items():
        response = client.get(url)
        assert_refused(response, name)
        assert "sokha@example.org" not in response.content.decode(), name
    before = state()
    for name, url, data in edit_requests(delegation):
        assert_refused(client.post(url, data), name)
    assert state() == before


def test_a_viewer_reads_the_itinerary_and_members_but_cannot_change_them(
    client, delegation
):
    client.force_login(user_in(VIEWERS))
    urls = planner_urls(delegation)

    assert urls["index"] in menu_labels(client)
    assert client.get(urls["index"]).status_code == 200
    itinerary = client.get(urls["itinerary"])
    assert itinerary.status_code == 200
    page = itinerary.content.decode()
    assert "sokha@example.org" in page
    assert urls["item_add"] not in page
    assert 'draggable="true"' not in page
    for name in ("add", "edit", "item_add", "item_edit", "item_delete", "copy"):
        assert client.get(urls[name]).status_code in (302, 403), name
    for name in ("import", "feeds"):
        assert_refused(client.get(output_urls(delegation)[name]), name)
    # Viewers print and export.
    for name in ("print_ja", "xlsx", "csv"):
        assert client.get(output_urls(delegation)[name]).status_code == 200, name


def test_a_viewer_cannot_change_anything_by_posting(client, delegation):
    client.force_login(user_in(VIEWERS))
    before = state()

    for name, url, data in edit_requests(delegation):
        assert_refused(client.post(url, data), name)

    assert state() == before


def test_a_planner_may_make_each_of_those_changes(client, delegation):
    client.force_login(user_in(PLANNERS))
    changed = {}
    for name, url, data in edit_requests(delegation):
        if name in ("add", "edit", "delete", "item_delete"):
            continue  # the full forms and removals are tested elsewhere
        before = state()
        response = client.post(url, data)
        changed[name] = (response.status_code, state() != before)

    assert changed == {
        "item_add": (302, True),
        "item_edit": (302, True),
        "item_move": (200, True),
        "duplicate_day": (302, True),
        "copy": (302, True),
        "import": (302, True),
        "feeds": (200, True),
    }


def test_an_anonymous_visitor_is_sent_to_log_in_and_sees_no_contact_details(
    client, delegation
):
    login = reverse("wagtailadmin_login")
    before = state()
    for name, url in every_screen(delegation).items():
        response = client.get(url)
        assert (response.status_code, response.url.split("?")[0]) == (302, login), name
        assert "sokha@example.org" not in response.content.decode(), name
    for name, url, data in edit_requests(delegation):
        response = client.post(url, data)
        assert (response.status_code, response.url.split("?")[0]) == (302, login), name
    assert state() == before


def test_a_planner_opens_every_planner_screen(client, delegation):
    client.force_login(user_in(PLANNERS))

    for name, url in every_screen(delegation).items():
        assert client.get(url).status_code == 200, name


def test_the_list_filters_by_status_and_searches_names_not_contact_details(client):
    client.force_login(user_in(PLANNERS))
    mission = make_delegation("Nagano inspection mission", status="confirmed")
    add_member(mission, "Heng Sour", email="minister@example.org")
    make_delegation("Seminar week", status="planning")

    def names(**query):
        response = client.get(reverse("delegations:index"), query)
        soup = BeautifulSoup(response.content, "html.parser")
        return [
            row.select_one("td.title a").get_text(strip=True)
            for row in soup.select("tbody tr")
        ]

    assert names(status="confirmed") == ["Nagano inspection mission"]
    assert names(q="seminar") == ["Seminar week"]
    assert names(q="minister@example.org") == []
    assert Delegation.objects.count() == 2


def test_each_listed_delegation_leads_to_its_itinerary(client):
    client.force_login(user_in(VIEWERS))
    mission = make_delegation()

    response = client.get(reverse("delegations:index"))

    assert reverse("delegations:itinerary", args=[mission.pk]) in (
        response.content.decode()
    )
