"""A visitor narrows the news by kind, year and tag, searches in Japanese, and finds the feed."""

import datetime

import feedparser
import pytest
from playwright.sync_api import expect

from tests.factories.pages import add_article, make_kind

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def card_titles(page):
    return page.locator(".listing .card__title").all_inner_texts()


def test_visitor_filters_searches_and_subscribes(page, live_server, news_index):
    mou = make_kind("mou-signing", "MoU signing")
    visit = make_kind("ministerial-visit", "Ministerial visit")
    add_article(
        news_index,
        "Water supply MoU",
        date=datetime.date(2023, 12, 18),
        kind=mou,
        tags=["water"],
        title_ja="水道の覚書",
    )
    add_article(
        news_index,
        "Cashew factory visit",
        date=datetime.date(2024, 5, 21),
        kind=visit,
        tags=["labour"],
        title_ja="カシューナッツ工場を視察",
    )
    add_article(
        news_index,
        "Road No. 5 signing",
        date=datetime.date(2024, 7, 6),
        kind=mou,
        tags=["roads"],
    )

    page.goto("/en/news/")
    expect(page.locator(".listing .card__title")).to_have_count(3)

    filters = page.get_by_role("complementary", name="Filter news")
    filters.get_by_role("link", name="MoU signing").click()
    expect(page).to_have_url(f"{live_server.url}/en/news/?kind=mou-signing")
    assert card_titles(page) == ["Road No. 5 signing", "Water supply MoU"]

    filters.get_by_role("link", name="2023", exact=True).click()
    expect(page).to_have_url(f"{live_server.url}/en/news/?kind=mou-signing&year=2023")
    assert card_titles(page) == ["Water supply MoU"]

    page.goto("/en/news/?tag=labour")
    assert card_titles(page) == ["Cashew factory visit"]

    page.goto("/ja/search/")
    page.get_by_role("searchbox").fill("カシュー")
    page.get_by_role("searchbox").press("Enter")
    expect(page).to_have_url(
        f"{live_server.url}/ja/search/?q=%E3%82%AB%E3%82%B7%E3%83%A5%E3%83%BC"
    )
    expect(page.get_by_role("link", name="カシューナッツ工場を視察")).to_be_visible()

    feed_href = page.locator(
        'link[rel=alternate][type="application/rss+xml"]'
    ).get_attribute("href")
    assert feed_href == "/ja/feeds/news.rss"
    feed = feedparser.parse(page.request.get(live_server.url + feed_href).body())
    assert [entry.title for entry in feed.entries] == [
        "Road No. 5 signing",
        "カシューナッツ工場を視察",
        "水道の覚書",
    ]
