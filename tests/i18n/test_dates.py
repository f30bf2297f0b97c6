"""Dates and numbers read the way each language writes them: 6 July 2024, 2024年7月6日,
៦ កក្កដា ២០២៤ (Khmer digits, as Cambodian official sites write them)."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone, translation

from core.languages import local_date
from tests.factories.pages import add_article

pytestmark = pytest.mark.django_db

DATES = [
    ("en", "6 July 2024"),
    ("ja", "2024年7月6日"),
    ("km", "៦ កក្កដា ២០២៤"),
]
LANGUAGES = [code for code, _name in DATES]


@pytest.mark.parametrize(("code", "expected"), DATES, ids=LANGUAGES)
def test_local_date_writes_the_active_language(code, expected):
    with translation.override(code):
        assert local_date(datetime.date(2024, 7, 6)) == expected


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("en", "Saturday, 6 July 2024"),
        ("ja", "2024年7月6日土曜日"),
        ("km", "សៅរ៍ ៦ កក្កដា ២០២៤"),
    ],
    ids=LANGUAGES,
)
def test_full_length_adds_the_weekday(code, expected):
    with translation.override(code):
        assert local_date(datetime.date(2024, 7, 6), "full") == expected


def test_a_moment_falls_on_its_day_in_the_site_time_zone():
    evening_in_utc = datetime.datetime(2024, 7, 5, 20, 0, tzinfo=datetime.UTC)

    with translation.override("ja"), timezone.override("Asia/Tokyo"):
        assert local_date(evening_in_utc) == "2024年7月6日"


def test_no_date_writes_nothing():
    assert local_date(None) == ""


@pytest.mark.parametrize(("code", "expected"), DATES, ids=LANGUAGES)
def test_article_page_shows_its_date_in_the_language_of_its_url(
    client, news_index, code, expected
):
    add_article(news_index, "Minister visits Tokyo", date=datetime.date(2024, 7, 6))

    response = client.get(f"/{code}/news/minister-visits-tokyo/")
    time = BeautifulSoup(response.content, "html.parser").select_one(
        ".article__meta time"
    )

    assert (time["datetime"], time.get_text()) == ("2024-07-06", expected)
