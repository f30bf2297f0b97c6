"""Planners edit, viewers read, everyone else sees no planner at all."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from delegations.models import Delegation, ItineraryItem
from tests.delegations.factories import TOKYO, add_item, add_member, make_delegation
from tests.delegations.planner import PLANNERS, VIEWERS, user_in

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


def planner_urls(delegation):
    item = delegation.items.get()
    return {
        "index": reverse("delegations:index"),
        "add": reverse("delegations:add"),
        "edit": reverse("delegations:edit", args=[delegation.pk]),
        "inspect": reverse("delegations:inspect", args=[delegation.pk]),
        "history": reverse("delegations:history", args=[delegation.pk]),
        "itinerary": reverse("delegations:itinerary", args=[delegation.pk]),
        "item_add": reverse("delegations:item_add", args=[delegation.pk]),
        "item_edit": reverse("delegations:item_edit", args=[delegation.pk, item.pk]),
        "item_delete": reverse(
            "delegations:item_delete", args=[delegation.pk, item.pk]
        ),
        "duplicate_day": reverse("delegations:duplicate_day", args=[delegation.pk]),
        "copy": reverse("delegations:copy_itinerary", args=[delegation.pk]),
    }


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
    for name, url in planner_urls(delegation).items():
        response = client.get(url)
        # Wagtail answers a refused admin page with a redirect to its dashboard.
        assert response.status_code in (302, 403), name
        if response.status_code == 302:
            assert response.url == reverse("wagtailadmin_home"), name
    move = client.post(
        reverse(
            "delegations:item_move", args=[delegation.pk, delegation.items.get().pk]
        ),
        {"days": 1, "minutes": 0},
    )
    assert move.status_code in (302, 403)
    assert delegation.items.get().start == datetime.datetime(
        2024, 5, 14, 10, tzinfo=TOKYO
    )


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
    response = client.post(urls["item_delete"])
    assert response.status_code in (302, 403)
    assert ItineraryItem.objects.filter(delegation=delegation).count() == 1


def test_a_planner_opens_every_planner_screen(client, delegation):
    client.force_login(user_in(PLANNERS))

    for name, url in planner_urls(delegation).items():
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
