"""The search page as a visitor sees it, in English, Japanese and Khmer."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Site

from tests.factories.events import (
    PHNOM_PENH,
    add_event,
    add_event_index,
    make_category,
    make_venue,
)
from tests.factories.pages import add_article, make_kind
from tests.queries import count_queries

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "prompt"),
    [
        (
            "en",
            "Type words to search news and pages in this language: whole words in English, parts of words in Japanese and Khmer.",
        ),
        (
            "ja",
            "語句を入力すると、この言語のニュースとページを検索できます。英語は単語全体で、日本語とクメール語は語の一部でも見つかります。",
        ),
        (
            "km",
            "វាយពាក្យ ដើម្បីស្វែងរកព័ត៌មាន និងទំព័រជាភាសានេះ៖ ពាក្យពេញសម្រាប់ភាសាអង់គ្លេស និងផ្នែកនៃពាក្យសម្រាប់ភាសាជប៉ុន និងភាសាខ្មែរ។",
        ),
    ],
)
def test_empty_search_shows_a_prompt_and_no_results(
    search, news_index, language, prompt
):
    add_article(news_index, "Cashew factory visit")

    page = search(language, "   ")

    assert page.text_of(".search-prompt") == [prompt]
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


def add_matching_pages(news_index, event_index, first, last):
    """Pages ``first`` to ``last`` that "cashew" finds: news and events alternately."""
    kind = make_kind()
    seminar = make_category()
    for number in range(first, last + 1):
        if number % 2:
            add_article(news_index, f"Cashew news {number}", kind=kind)
        else:
            add_event(
                event_index,
                f"Cashew seminar {number}",
                start=datetime.datetime(2027, 3, 1, 10, tzinfo=PHNOM_PENH),
                categories=[seminar],
            )


@pytest.mark.parametrize("language", ["en", "ja"])
def test_query_count_does_not_grow_with_the_results(
    client, home_page, news_index, language
):
    event_index = add_event_index(home_page)
    path = f"/{language}/search/?q=cashew"
    add_matching_pages(news_index, event_index, 1, 10)
    ten = count_queries(client, path)
    with translation.override("en"):  # the request left its language active
        add_matching_pages(news_index, event_index, 11, 100)
    hundred = count_queries(client, path)

    assert client.get(path).context["results"].paginator.count == 100
    assert hundred == ten


def test_event_hit_shows_its_date_place_and_categories(search, home_page, news_index):
    event_index = add_event_index(home_page)
    add_event(
        event_index,
        "Cashew processing seminar",
        start=datetime.datetime(2027, 3, 1, 10, tzinfo=PHNOM_PENH),
        venue=make_venue("Peace Palace", "Phnom Penh"),
        categories=[make_category("seminar", "Seminar", name_ja="セミナー")],
    )
    add_article(
        news_index,
        "Cashew exports grow",
        date=datetime.date(2024, 7, 6),
        kind=make_kind("trade", "Trade", name_ja="貿易"),
    )

    page = search("ja", "cashew")

    assert page.titles == ["Cashew exports grow", "Cashew processing seminar"]
    assert page.text_of(".search-result__meta") == [
        "2024年7月6日 · 貿易",
        "2027年3月1日 · Peace Palace, Phnom Penh · セミナー",
    ]
    assert page.text_of(".search-result__meta time") == ["2024年7月6日", "2027年3月1日"]


def test_search_without_a_site_is_not_found(client, news_index):
    Site.objects.all().delete()

    response = client.get("/en/search/", {"q": "cashew"})

    assert response.status_code == 404


@pytest.mark.parametrize("page", ["1", "2"])
def test_a_page_of_results_and_their_count_are_one_query(client, news_index, page):
    for number in range(12):
        add_article(news_index, f"Cashew news {number:02}")

    with CaptureQueriesContext(connection) as queries:
        response = client.get("/en/search/", {"q": "cashew", "page": page})

    searches = [q["sql"] for q in queries if "search_searchentry" in q["sql"]]
    assert response.context["results"].paginator.count == 12
    assert len(searches) == 1
