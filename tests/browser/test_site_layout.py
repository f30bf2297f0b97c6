"""Boxes measured in Chromium at a desktop width (1280 px) and a phone width (390 px)."""

import pytest

from tests.factories.events import add_event_index
from tests.factories.pages import add_article

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


def boxes(page, selector):
    return [element.bounding_box() for element in page.locator(selector).all()]


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_each_calendar_app_heading_sits_directly_above_its_own_text(
    page, site_tree, viewport
):
    add_event_index(site_tree[0])
    page.set_viewport_size(viewport)
    page.goto("/en/events/")
    headings = page.locator(".subscribe__apps h3").all()

    assert [heading.inner_text() for heading in headings] == [
        "Google Calendar",
        "Outlook",
        "Apple Calendar",
        "Thunderbird",
    ]
    for heading_element in headings:
        heading = heading_element.bounding_box()
        # The app's instructions: the paragraph that follows its heading in the source.
        text = heading_element.locator("xpath=following-sibling::p[1]").bounding_box()
        assert abs(heading["x"] - text["x"]) < 1
        assert 0 <= text["y"] - (heading["y"] + heading["height"]) < 16


KHMER_TITLE = "សិស្សសាលាកាហ្គាវ៉ាទស្សនកិច្ចសិក្សានៅខេត្តសៀមរាបរយៈពេលមួយសប្តាហ៍"


@pytest.fixture
def tagged_news(news_index):
    """Twelve articles with 23 tags among them, one of them titled in Khmer."""
    for number in range(12):
        add_article(
            news_index,
            f"Article {number}",
            title_km=KHMER_TITLE if number == 11 else "",
            tags=[f"keyword-{n:02}" for n in range(number, number + 12)],
        )


def test_on_a_phone_the_news_comes_before_the_folded_filters(page, tagged_news):
    page.set_viewport_size(PHONE)
    page.goto("/km/news/")

    panel = page.locator(".filters__panel")
    assert panel.evaluate("details => details.open") is False
    first_card = page.locator(".listing .card").first.bounding_box()
    assert first_card["y"] < PHONE["height"] - 100


def test_on_a_desktop_the_filters_stay_open_beside_the_news(page, tagged_news):
    page.goto("/km/news/")

    assert page.locator(".filters__panel").evaluate("details => details.open") is True
    filters = page.locator(".filters").bounding_box()
    listing = page.locator(".listing").bounding_box()
    assert filters["x"] + filters["width"] <= listing["x"]
    assert page.locator(".filters__list--inline[lang=en] a:visible").count() == 8


def test_on_a_phone_a_khmer_headline_gets_the_cards_full_width(page, tagged_news):
    page.set_viewport_size(PHONE)
    page.goto("/km/news/")

    card = page.locator(".listing .card").first
    title = card.locator(".card__title").bounding_box()
    media = card.locator(".card__media").bounding_box()
    assert card.locator(".card__title").inner_text() == KHMER_TITLE
    assert title["width"] > card.bounding_box()["width"] - 50
    assert media["y"] + media["height"] <= title["y"]


def test_khmer_link_underlines_sit_below_the_subscripts(page, tagged_news):
    page.goto("/km/news/")

    link = page.locator(".listing .card__title a").first
    style = link.evaluate(
        "a => { const s = getComputedStyle(a); return [s.textDecorationSkipInk,"
        " parseFloat(s.textUnderlineOffset) / parseFloat(s.fontSize)]; }"
    )
    assert style[0] == "auto"
    assert style[1] > 0.4
