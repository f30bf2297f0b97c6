"""The public summary of a delegation, read as a visitor reads it, in each language."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError

from delegations.enums import City, ItemKind, Visibility
from tests.delegations.factories import (
    PHNOM_PENH,
    TOKYO,
    add_item,
    add_leg,
    add_member,
    make_delegation,
)
from tests.factories.events import add_event, add_event_index, make_venue
from tests.factories.pages import add_article

pytestmark = pytest.mark.django_db

URL = "/{}/delegations/nagano-mission/"


@pytest.fixture
def mission(home_page):
    delegation = make_delegation(
        name="Nagano mission",
        name_ja="長野県視察団",
        purpose="Building working relations.",
        purpose_ja="協力関係を築く。",
        slug="nagano-mission",
        visibility=Visibility.PUBLIC_SUMMARY,
        first_day=datetime.date(2024, 5, 7),
        last_day=datetime.date(2024, 5, 8),
    )
    interpreter = add_member(
        delegation, "Sophy Chan", email="sophy@example.org", phone="+855-12-000-0001"
    )
    add_leg(
        delegation,
        "Flight to Phnom Penh",
        datetime.datetime(2024, 5, 7, 22, 50, tzinfo=TOKYO),
        datetime.datetime(2024, 5, 8, 3, 10, tzinfo=PHNOM_PENH),
        City.NARITA,
        City.PHNOM_PENH,
        "flight",
        is_public=True,
        internal_notes="Check in at counter J.",
    )
    add_item(
        delegation,
        "Meeting at the ministry",
        datetime.datetime(2024, 5, 8, 9, 30, tzinfo=PHNOM_PENH),
        title_ja="省での会談",
        title_km="ជំនួបនៅក្រសួង",
        venue=make_venue("Ministry of Labour", city="Phnom Penh"),
        is_public=True,
        attendees=[interpreter],
        internal_notes="Gift: apples.",
    )
    add_item(
        delegation,
        "Team debrief",
        datetime.datetime(2024, 5, 8, 18, 0, tzinfo=PHNOM_PENH),
        city=City.PHNOM_PENH,
        kind=ItemKind.MEAL,
    )
    return delegation


def read(client, language):
    response = client.get(URL.format(language))
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def text(tag):
    return " ".join(tag.get_text().split())


def programme(soup):
    return [
        [
            text(day.h3),
            [
                (
                    text(card.h4),
                    text(card.select_one(".event-card__when")),
                    text(card.select_one(".event-card__where")),
                )
                for card in day.select(".event-card")
            ],
        ]
        for day in soup.select(".calendar-day")
    ]


def test_the_summary_shows_purpose_dates_cities_and_public_items(client, mission):
    soup = read(client, "en")

    assert soup.h1.get_text() == "Nagano mission"
    assert (
        soup.select_one(".event__summary").get_text() == "Building working relations."
    )
    facts = [dd.get_text(" ", strip=True) for dd in soup.select(".event-facts dd")]
    assert facts == [
        "7 May 2024 – 8 May 2024",
        "Cambodia → Japan",
        "Tokyo Narita Airport Phnom Penh",
    ]
    assert programme(soup) == [
        [
            "Tuesday, 7 May 2024",
            [
                (
                    "Flight to Phnom Penh",
                    "22:50–03:10 (the next day) · Travel",
                    "Tokyo Narita Airport → Phnom Penh",
                )
            ],
        ],
        [
            "Wednesday, 8 May 2024",
            [("Meeting at the ministry", "09:30–10:30 · Meeting", "Phnom Penh")],
        ],
    ]


def test_the_summary_reads_in_japanese_and_khmer(client, mission):
    japanese = read(client, "ja")
    khmer = read(client, "km")

    assert japanese.h1.get_text() == "長野県視察団"
    assert japanese.select_one("#programme-heading").get_text() == "日程"
    assert khmer.select_one("#programme-heading").get_text() == "កម្មវិធី"
    assert text(japanese.select(".event-card__when")[0]) == "22:50–03:10 (翌日) · 移動"
    assert japanese.html["lang"] == "ja"
    assert [h.get_text() for h in japanese.select(".event-card__title")] == [
        "Flight to Phnom Penh",
        "省での会談",
    ]
    # A title not yet translated says it is English.
    assert [h.get("lang") for h in japanese.select(".event-card__title")] == [
        "en",
        None,
    ]
    assert khmer.h1.get_text() == "Nagano mission"
    assert khmer.h1["lang"] == "en"
    assert khmer.select(".event-card__title")[1].get_text() == "ជំនួបនៅក្រសួង"
    assert text(khmer.select(".event-card__when")[1]).startswith("០៩:៣០–១០:៣០ · ")


def test_nothing_private_is_shown(client, mission):
    for language in ("en", "ja", "km"):
        text = client.get(URL.format(language)).content.decode()
        for secret in (
            "Team debrief",
            "Sophy Chan",
            "sophy@example.org",
            "+855-12-000-0001",
            "Check in at counter J.",
            "Gift: apples.",
        ):
            assert secret not in text, (language, secret)


def test_a_private_or_unknown_delegation_answers_404(client, mission):
    mission.visibility = Visibility.PRIVATE
    mission.save()

    assert client.get(URL.format("en")).status_code == 404
    assert client.get("/en/delegations/no-such-visit/").status_code == 404


def test_a_delegation_marked_public_needs_a_slug(home_page):
    with pytest.raises(ValidationError) as refused:
        make_delegation(visibility=Visibility.PUBLIC_SUMMARY)
    assert refused.value.message_dict == {
        "slug": ["A delegation with a public summary needs a slug."]
    }


def test_the_summary_links_its_live_events_and_their_news(client, mission, news_index):
    home = news_index.get_parent()
    events = add_event_index(home)
    seminar = add_event(
        events,
        "Labour seminar",
        start=datetime.datetime(2024, 5, 8, 9, 0, tzinfo=PHNOM_PENH),
    )
    draft = add_event(
        events,
        "Draft event",
        start=datetime.datetime(2024, 5, 8, 9, 0, tzinfo=PHNOM_PENH),
        publish=False,
    )
    article = add_article(news_index, "Mission reports to the Governor")
    article.related_events = [seminar]
    article.save_revision().publish()
    add_article(news_index, "Unrelated news")
    mission.related_events.set([seminar, draft])

    soup = read(client, "en")

    links = {
        section.h2.get_text(): [a.get_text() for a in section.select("a")]
        for section in soup.select(".related")
    }
    assert links == {
        "Related events": ["Labour seminar"],
        "Related news": ["Mission reports to the Governor"],
    }
