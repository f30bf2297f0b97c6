"""The itinerary view: day columns on the host clock beside the other exchange zone,
blocks sized by duration, conflicts on the blocks and at the top, the same items as a
list, and a fixed number of queries."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from delegations.enums import TravelMode
from tests.delegations.factories import (
    TOKYO,
    add_item,
    add_leg,
    add_member,
    make_delegation,
)
from tests.delegations.planner import PLANNERS, VIEWERS, user_in
from tests.queries import count_queries

pytestmark = pytest.mark.django_db


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


def at(day, hour, minute=0):
    return datetime.datetime(2019, 12, day, hour, minute, tzinfo=TOKYO)


def itinerary(client, delegation):
    response = client.get(reverse("delegations:itinerary", args=[delegation.pk]))
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_days_are_columns_and_the_axis_shows_both_zones(planner, seminar):
    add_item(seminar, "Opening lecture", at(16, 9, 30), at(16, 11), city="Tokyo")
    soup = itinerary(planner, seminar)

    assert [h.get_text() for h in soup.select(".planner-day__title")] == [
        "Mon 16 Dec 2019",
        "Tue 17 Dec 2019",
    ]
    hours = soup.select(".planner-hour")
    assert hours[0].get_text() == "07:00 JST · 05:00 ICT"
    assert hours[0]["data-row"] == "1"
    assert hours[2]["data-row"] == "9"
    block = soup.select_one(".planner-block")
    # 09:30 is ten quarter hours after 07:00; an hour and a half is six.
    assert (block["data-row"], block["data-span"]) == ("11", "6")
    assert block.select_one(".planner-block__time").get_text() == (
        "09:30 JST · 07:30 ICT – 11:00 JST"
    )
    assert "style=" not in str(soup.select_one(".planner"))


def test_a_missing_leg_is_marked_on_both_blocks_and_summed_up(planner, seminar):
    add_item(seminar, "Opening lecture", at(16, 9), city="Tokyo")
    add_item(seminar, "City hall visit", at(17, 10), city="Shimonoseki")
    soup = itinerary(planner, seminar)

    message = (
        "No travel from Tokyo to Shimonoseki between “Opening lecture” and "
        "“City hall visit”."
    )
    assert [li.get_text() for li in soup.select(".planner-conflict")] == [message]
    assert soup.select_one("#planner-conflicts-title").get_text(strip=True) == (
        "1 warning"
    )
    flagged = soup.select(".planner-block--conflict .planner-block__title")
    assert [b.get_text() for b in flagged] == ["Opening lecture", "City hall visit"]


def test_a_travel_leg_is_drawn_between_its_places(planner, seminar):
    add_leg(
        seminar,
        "To Shimonoseki",
        at(16, 13),
        at(16, 18),
        "Tokyo",
        "Shimonoseki",
        TravelMode.SHINKANSEN,
    )
    soup = itinerary(planner, seminar)

    leg = soup.select_one(".planner-block--travel .planner-block__leg")
    assert leg.get_text() == "Tokyo → Shimonoseki · Shinkansen"


def test_the_list_shows_the_same_items_by_day_with_attendees(planner, seminar):
    interpreter = add_member(seminar, "Dara Kim")
    add_item(seminar, "Opening lecture", at(16, 9), city="Tokyo")
    add_item(
        seminar, "Press briefing", at(17, 14), city="Tokyo", attendees=[interpreter]
    )
    soup = itinerary(planner, seminar)

    tables = soup.select(".planner-list__day")
    assert [t.caption.get_text() for t in tables] == [
        "Monday 16 December 2019",
        "Tuesday 17 December 2019",
    ]
    rows = [
        [cell.get_text(" ", strip=True) for cell in row.select("td")[:4]]
        for table in tables
        for row in table.select("tbody tr")
    ]
    assert rows == [
        [
            "09:00 JST · 07:00 ICT – 10:00 JST",
            "Opening lecture (Meeting)",
            "Tokyo",
            "The whole delegation",
        ],
        [
            "14:00 JST · 12:00 ICT – 15:00 JST",
            "Press briefing (Meeting)",
            "Tokyo",
            "Dara Kim",
        ],
    ]


def test_an_item_outside_the_days_gets_its_own_marked_column(planner, seminar):
    add_item(seminar, "Farewell dinner", at(18, 19), city="Tokyo", kind="meal")
    soup = itinerary(planner, seminar)

    outside = soup.select(".planner-day--outside .planner-day__title")
    assert [d.get_text() for d in outside] == ["Wed 18 Dec 2019"]


def fill(delegation, count):
    members = [add_member(delegation, f"Member {n}") for n in range(3)]
    for n in range(count):
        add_item(
            delegation,
            f"Item {n}",
            at(16 + n % 2, 8 + (n // 2) % 12),
            city="Tokyo",
            attendees=members[: n % 3],
        )


def test_the_itinerary_runs_the_same_queries_for_5_and_60_items(planner):
    small = make_delegation("Small", host_time_zone="Asia/Tokyo")
    large = make_delegation("Large", host_time_zone="Asia/Tokyo")
    fill(small, 5)
    fill(large, 60)

    def queries(delegation):
        return count_queries(
            planner, reverse("delegations:itinerary", args=[delegation.pk])
        )

    assert queries(small) == queries(large)


def test_the_toolbar_links_to_print_export_and_feeds(client, seminar):
    client.force_login(user_in(PLANNERS))
    planner_links = [
        a["href"] for a in itinerary(client, seminar).select(".planner-outputs a")
    ]
    client.force_login(user_in(VIEWERS))
    viewer_links = [
        a["href"] for a in itinerary(client, seminar).select(".planner-outputs a")
    ]

    output = f"/admin/delegations/output/{seminar.pk}"
    printed = [
        link
        for code in ("en", "ja", "km")
        for link in (f"{output}/print/{code}/", f"{output}/print/{code}.pdf")
    ]
    exports = [f"{output}/itinerary.xlsx", f"{output}/itinerary.csv"]
    assert planner_links == [
        *printed,
        *exports,
        f"{output}/import/",
        f"{output}/feeds/",
    ]
    assert viewer_links == [*printed, *exports]


def test_a_planner_gives_a_public_delegation_its_address(client, seminar):
    client.force_login(user_in(PLANNERS))

    form = BeautifulSoup(
        client.get(reverse("delegations:edit", args=[seminar.pk])).content,
        "html.parser",
    )

    assert form.select_one('input[name="slug"]') is not None
