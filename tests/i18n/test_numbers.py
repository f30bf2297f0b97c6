"""Counts, page numbers and years in the digits of the page's language: Khmer pages write
them in Khmer digits, as the dates beside them and Cambodian official sites do."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.template import Context, Template
from django.utils import translation

from tests.factories.pages import add_article

COUNT = Template(
    "{% load i18n language_tags %}{% blocktranslate count counter=n|local_number %}"
    "{{ counter }} article{% plural %}{{ counter }} articles{% endblocktranslate %}"
)


@pytest.mark.parametrize(
    ("code", "number", "expected"),
    [
        ("en", 2024, "2024"),
        ("ja", 2024, "2024"),
        ("km", 2024, "២០២៤"),
        ("km", "12", "១២"),
    ],
)
def test_local_number_writes_the_active_language_s_digits(code, number, expected):
    template = Template("{% load language_tags %}{{ number|local_number }}")

    with translation.override(code):
        assert template.render(Context({"number": number})) == expected


@pytest.mark.parametrize(("n", "expected"), [(1, "1 article"), (12, "12 articles")])
def test_a_local_number_still_chooses_the_plural_form(n, expected):
    assert COUNT.render(Context({"n": n})) == expected


@pytest.mark.django_db
def test_khmer_news_index_counts_pages_and_years_in_khmer_digits(
    client, news_index, compiled_catalogs
):
    for day in range(1, 12):
        add_article(news_index, f"Article {day}", date=datetime.date(2024, 1, day))
    add_article(news_index, "Older article", date=datetime.date(2023, 5, 1))

    html = BeautifulSoup(client.get("/km/news/").content, "html.parser")

    assert html.select_one(".listing__count").get_text() == "អត្ថបទចំនួន ១២"
    assert [a.get_text() for a in html.select(".filters__list--inline a")] == [
        "២០២៤",
        "២០២៣",
    ]
    assert html.select_one(".pagination__status").get_text() == "ទំព័រទី ១ នៃ ២"
    # The links keep the digits a server reads.
    assert html.select_one(".filters__list--inline a")["href"] == "?year=2024"
