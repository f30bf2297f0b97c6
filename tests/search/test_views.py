"""The search page as a visitor sees it, in English, Japanese and Khmer."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from tests.factories.pages import add_article

pytestmark = pytest.mark.django_db


def test_empty_search_shows_a_prompt_and_no_results(search, news_index):
    add_article(news_index, "Cashew factory visit")

    page = search("en", "   ")

    assert page.text_of(".search-prompt") == [
        "Type a word, or part of one, to search news and pages in this language."
    ]
    assert page.count_heading is None
    assert page.soup.select(".search-result") == []


def test_form_is_labelled_and_keeps_the_query(search, news_index):
    page = search("en", "カシュー")

    form = page.soup.select_one("form[role=search]")
    field = form.select_one("input[name=q]")
    assert form["action"] == "/en/search/"
    assert field["type"] == "search"
    assert field["value"] == "カシュー"
    assert form.select_one(f"label[for={field['id']}]").get_text() == "Search this site"


def test_result_shows_title_date_and_intro_in_the_visitors_language(search, news_index):
    add_article(
        news_index,
        "Cashew factory visit",
        title_ja="カシューナッツ工場を視察",
        intro_ja="大臣がプノンペンの工場を訪問しました。",
        date=datetime.date(2024, 7, 6),
    )

    page = search("ja", "カシュー")

    assert page.titles == ["カシューナッツ工場を視察"]
    link = page.soup.select_one(".search-result__title a")
    assert link["href"] == "/ja/news/cashew-factory-visit/"
    assert link.get("lang") is None
    assert page.text_of(".search-result__meta time") == ["2024年7月6日"]
    assert page.text_of(".search-result__summary") == [
        "大臣がプノンペンの工場を訪問しました。"
    ]


def test_english_fallback_is_marked_as_english(search, news_index):
    add_article(
        news_index,
        "Cashew factory visit",
        intro="The minister visited the factory.",
        intro_km="រដ្ឋមន្ត្រីបានទស្សនារោងចក្រ",
    )

    page = search("km", "cashew")

    link = page.soup.select_one(".search-result__title a")
    summary = page.soup.select_one(".search-result__summary")
    assert (link.get_text(), link["lang"]) == ("Cashew factory visit", "en")
    assert (summary.get_text(), summary.get("lang")) == ("រដ្ឋមន្ត្រីបានទស្សនារោងចក្រ", None)


def test_page_without_date_or_intro_shows_its_search_description(search, news_index):
    news_index.search_description_ja = "日本とカンボジアのニュース一覧"
    news_index.save_revision().publish()

    page = search("ja", "ニュース")

    assert page.titles == ["ニュース"]
    assert page.text_of(".search-result__meta") == []
    assert page.text_of(".search-result__summary") == ["日本とカンボジアのニュース一覧"]


def test_rich_text_intro_is_shown_as_plain_text(search, home_page):
    home_page.save_revision().publish()

    page = search("en", "exchange")

    assert page.titles == ["Kizuna"]
    assert page.text_of(".search-result__summary") == ["Japan–Cambodia exchange."]


def test_no_match_says_so(search, news_index):
    add_article(news_index, "Cashew factory visit")

    page = search("en", "durian")

    assert page.count_heading == "0 results for “durian”"
    assert page.text_of(".search-results p") == [
        "No pages match every word of your search. Try fewer or shorter words."
    ]


def test_results_are_paginated_keeping_the_query(search, news_index):
    for number in range(12):
        add_article(news_index, f"Cashew news {number:02}")

    first = search("en", "cashew news")
    second = search("en", "cashew news", page=2)

    assert first.count_heading == "12 results for “cashew news”"
    assert first.titles == [f"Cashew news {n:02}" for n in range(11, 1, -1)]
    assert second.titles == ["Cashew news 01", "Cashew news 00"]
    assert first.soup.select_one("a[rel=next]")["href"] == "?q=cashew+news&page=2"
    assert second.soup.select_one("a[rel=prev]")["href"] == "?q=cashew+news&page=1"
    assert second.soup.select_one("ol.search-results__list")["start"] == "11"


def test_out_of_range_page_number_shows_the_last_page(search, news_index):
    for number in range(12):
        add_article(news_index, f"Cashew news {number:02}")

    assert search("en", "cashew", page=99).titles == [
        "Cashew news 01",
        "Cashew news 00",
    ]
    assert search("en", "cashew", page="x").titles[0] == "Cashew news 11"


def test_very_long_query_is_trimmed_with_a_message(search, news_index):
    add_article(news_index, "Cashew factory visit")

    page = search("en", "cashew " + "x" * 5000)

    assert page.text_of(".search-notice") == [
        "Your search was too long, so only its first 200 characters were used."
    ]
    assert page.soup.select_one("input[name=q]")["value"] == "cashew " + "x" * 193
    assert page.count_heading == f"0 results for “cashew {'x' * 193}”"


def test_query_count_does_not_grow_with_the_results(client, news_index):
    for number in range(3):
        add_article(news_index, f"Cashew news {number}")
    client.get("/en/search/", {"q": "cashew"})  # fills Wagtail's site caches

    with CaptureQueriesContext(connection) as three:
        client.get("/en/search/", {"q": "cashew"})
    for number in range(3, 13):
        add_article(news_index, f"Cashew news {number}")
    with CaptureQueriesContext(connection) as thirteen:
        response = client.get("/en/search/", {"q": "cashew"})

    assert response.context["results"].paginator.count == 13
    assert len(thirteen) == len(three)


def test_search_without_a_site_is_not_found(client, news_index):
    Site.objects.all().delete()

    response = client.get("/en/search/", {"q": "cashew"})

    assert response.status_code == 404
