"""The calendar's month view and upcoming list as a visitor moves through them."""

import datetime

import pytest

from tests.events.pages import soup_of, text_of
from tests.factories.events import TOKYO, add_event, make_venue

pytestmark = pytest.mark.django_db


@pytest.fixture
def tokyo_hall():
    return make_venue("Prefectural Hall", "Nagano", "JP", "Asia/Tokyo")


def test_an_empty_month_points_to_the_next_month_with_events(
    client, event_index, tokyo_hall
):
    add_event(
        event_index,
        "Spring seminar",
        start=datetime.datetime(2028, 3, 1, 0, 30, tzinfo=TOKYO),
        venue=tokyo_hall,
    )
    add_event(
        event_index,
        "Later seminar",
        start=datetime.datetime(2028, 5, 3, 10, 0, tzinfo=TOKYO),
        venue=tokyo_hall,
    )
    soup = soup_of(client, "/en/events/?month=2027-12")

    assert text_of(soup.select_one(".listing__empty")) == (
        "No events in December 2027. Next events: March 2028"
    )
    assert soup.select_one(".listing__next-events")["href"] == "?month=2028-03"


def test_an_empty_month_with_nothing_later_says_only_that(client, event_index):
    soup = soup_of(client, "/en/events/?month=2027-12")

    assert text_of(soup.select_one(".listing__empty")) == "No events in December 2027."
    assert soup.select_one(".listing__next-events") is None


def test_a_series_that_started_earlier_gives_the_next_month(
    client, event_index, tokyo_hall
):
    add_event(
        event_index,
        "Quarterly meeting",
        start=datetime.datetime(2027, 10, 9, 10, 0, tzinfo=TOKYO),
        venue=tokyo_hall,
        rrule="FREQ=MONTHLY;INTERVAL=3",
    )
    soup = soup_of(client, "/ja/events/?month=2027-11")

    assert soup.select_one(".listing__next-events")["href"] == "?month=2028-01"
    assert (
        text_of(soup.select_one(".listing__next-events")) == "次のイベント：2028年1月"
    )


@pytest.mark.parametrize(
    ("language", "previous", "following"),
    [
        ("en", "← November 2027", "January 2028 →"),
        ("ja", "← 2027年11月", "2028年1月 →"),
        ("km", "← វិច្ឆិកា ២០២៧", "មករា ២០២៨ →"),
    ],
)
def test_month_links_name_their_months(
    client, event_index, language, previous, following
):
    soup = soup_of(client, f"/{language}/events/?month=2027-12")

    assert text_of(soup.select_one("a[rel=prev]")) == previous
    assert text_of(soup.select_one("a[rel=next]")) == following
