"""A planner relates events and news to a delegation in its edit form; the public
summary links those that are live and public, and nothing else."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.models import PageViewRestriction

from delegations.enums import City, Visibility
from tests.delegations.factories import PHNOM_PENH, add_item, make_delegation
from tests.delegations.planner import PLANNERS, user_in
from tests.factories.events import add_event
from tests.factories.pages import add_article
from tests.queries import count_queries

pytestmark = pytest.mark.django_db

FETCH = {"HTTP_X_REQUESTED_WITH": "fetch"}


@pytest.fixture
def mission(home_page):
    return make_delegation(
        name="Nagano mission",
        slug="nagano-mission",
        visibility=Visibility.PUBLIC_SUMMARY,
    )


@pytest.fixture
def pages(event_index, news_index):
    def event(title, day, **fields):
        return add_event(
            event_index,
            title,
            start=datetime.datetime(2024, 5, day, 9, 0, tzinfo=PHNOM_PENH),
            **fields,
        )

    return {
        "seminar": event("Labour seminar", 14),
        "fair": event("Job fair", 9),
        "draft event": event("Draft event", 15, publish=False),
        "report": add_article(
            news_index,
            "Mission reports to the Governor",
            date=datetime.date(2024, 5, 21),
        ),
        "visit news": add_article(
            news_index, "Minister visits Nagano", date=datetime.date(2024, 5, 16)
        ),
        "draft news": add_article(news_index, "Draft news", publish=False),
    }


def browser_form_data(form):
    """What a browser submits of ``form`` as it stands."""
    data = {}
    for field in form.select("input[name], textarea[name], select[name]"):
        name, kind = field["name"], field.get("type", "")
        if field.name == "textarea":
            data[name] = field.get_text()
        elif field.name == "select":
            chosen = field.select("option[selected]")
            data[name] = [option.get("value", "") for option in chosen]
        elif kind in ("checkbox", "radio"):
            if field.has_attr("checked"):
                data.setdefault(name, []).append(field.get("value", "on"))
        elif kind not in ("submit", "button", "search"):
            data[name] = field.get("value", "")
    return data


def edit_form(client, delegation):
    response = client.get(reverse("delegations:edit", args=[delegation.pk]))
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    return soup.select_one("form[method=post][enctype], form#w-editor-form, main form")


def choices(form, name):
    return [
        box.parent.get_text(strip=True)
        for box in form.select(f"input[type=checkbox][name={name}]")
    ]


def test_the_edit_form_offers_events_and_news_newest_first_under_filter_boxes(
    client, mission, pages
):
    client.force_login(user_in(PLANNERS))

    form = edit_form(client, mission)

    assert choices(form, "related_events") == [
        "Draft event (15 May 2024)",
        "Labour seminar (14 May 2024)",
        "Job fair (9 May 2024)",
    ]
    assert choices(form, "related_news") == [
        "Draft news (6 July 2024)",
        "Mission reports to the Governor (21 May 2024)",
        "Minister visits Nagano (16 May 2024)",
    ]
    filters = [box["aria-label"] for box in form.select(".planner-choices__filter")]
    assert "Filter the events" in filters
    assert "Filter the news" in filters
    assert form.select("select[multiple]") == []


def test_a_planner_saves_the_related_events_and_news(client, mission, pages):
    client.force_login(user_in(PLANNERS))
    data = browser_form_data(edit_form(client, mission))
    data["related_events"] = [pages["seminar"].pk]
    data["related_news"] = [pages["report"].pk, pages["draft news"].pk]

    response = client.post(reverse("delegations:edit", args=[mission.pk]), data)

    assert response.status_code == 302
    assert list(mission.related_events.all()) == [pages["seminar"]]
    assert set(mission.related_news.all()) == {pages["report"], pages["draft news"]}
    form = edit_form(client, mission)
    assert [
        box.parent.get_text(strip=True)
        for box in form.select("input[checked]")
        if box["name"].startswith("related_")
    ] == [
        "Labour seminar (14 May 2024)",
        "Draft news (6 July 2024)",
        "Mission reports to the Governor (21 May 2024)",
    ]


def related_links(client, language="en"):
    response = client.get(f"/{language}/delegations/nagano-mission/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    return {
        section.h2.get_text(): [a.get_text() for a in section.select("a")]
        for section in soup.select(".related")
    }


def test_the_summary_links_only_live_public_related_pages(client, mission, pages):
    private = add_article(
        pages["report"].get_parent(),
        "Members only news",
        date=datetime.date(2024, 5, 22),
    )
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.LOGIN
    )
    mission.related_events.set([pages["seminar"], pages["draft event"]])
    mission.related_news.set(
        [pages["report"], pages["visit news"], pages["draft news"], private]
    )

    assert related_links(client) == {
        "Related events": ["Labour seminar"],
        "Related news": ["Minister visits Nagano", "Mission reports to the Governor"],
    }


def test_news_naming_a_related_event_is_listed_once_beside_the_chosen_news(
    client, mission, pages
):
    report = pages["report"]
    report.related_events = [pages["seminar"]]
    report.save_revision().publish()
    mission.related_events.set([pages["seminar"]])
    mission.related_news.set([report, pages["visit news"]])

    links = related_links(client, "ja")

    assert sorted(links["関連ニュース"]) == [
        "Minister visits Nagano",
        "Mission reports to the Governor",
    ]


def test_the_item_dialog_offers_events_newest_first_and_saves_the_choice(
    client, mission, pages
):
    client.force_login(user_in(PLANNERS))
    url = reverse("delegations:item_add", args=[mission.pk])

    soup = BeautifulSoup(client.get(url, **FETCH).content.decode(), "html.parser")
    assert choices(soup, "related_events") == [
        "Draft event (15 May 2024)",
        "Labour seminar (14 May 2024)",
        "Job fair (9 May 2024)",
    ]
    client.post(
        url,
        {
            "kind": "lecture",
            "title_en": "Lecture at the labour seminar",
            "start": "2024-05-14T09:00",
            "end": "2024-05-14T10:00",
            "city": "Phnom Penh",
            "related_events": [pages["seminar"].pk],
        },
        **FETCH,
    )

    item = mission.items.get()
    assert list(item.related_events.all()) == [pages["seminar"]]


def event_links(client):
    soup = BeautifulSoup(
        client.get("/en/delegations/nagano-mission/").content.decode(), "html.parser"
    )
    return [
        (
            card.h4.get_text(),
            [(a.get_text(), a["href"]) for a in card.select(".event-card__events a")],
        )
        for card in soup.select(".event-card")
    ]


def test_a_public_item_links_the_live_events_it_belongs_to(client, mission, pages):
    def item(title, hour, events, **fields):
        added = add_item(
            mission,
            title,
            datetime.datetime(2024, 5, 14, hour, tzinfo=PHNOM_PENH),
            city=City.PHNOM_PENH,
            **fields,
        )
        added.related_events.set(events)

    item("Lecture", 9, [pages["seminar"], pages["draft event"]], is_public=True)
    item("Fair visit", 11, [pages["fair"]], is_public=True)
    item("Private talk", 14, [pages["seminar"]])
    item("Lunch", 12, [], is_public=True)

    assert event_links(client) == [
        ("Lecture", [("Labour seminar", pages["seminar"].url)]),
        ("Fair visit", [("Job fair", pages["fair"].url)]),
        ("Lunch", []),
    ]


def test_the_summary_runs_the_same_queries_for_5_and_60_linked_items(
    client, mission, pages
):
    counts = []
    for total in (5, 60):
        mission.items.all().delete()
        for number in range(total):
            added = add_item(
                mission,
                f"Session {number}",
                datetime.datetime(2024, 5, 13 + number % 7, 8, tzinfo=PHNOM_PENH)
                + datetime.timedelta(minutes=10 * (number // 7)),
                city=City.PHNOM_PENH,
                is_public=True,
            )
            added.related_events.set([pages["seminar"], pages["fair"]])
        counts.append(count_queries(client, "/en/delegations/nagano-mission/"))

    assert counts[0] == counts[1]
