"""The calendar's lists with many single events and some series: each date in its place
across pages, within the cap, and the same work however many events there are."""

import datetime

import pytest
from django.utils import timezone

from events import ordered_dates
from tests.events.pages import listed_titles, soup_of
from tests.factories.bulk_events import bulk_add_events
from tests.factories.events import make_venue
from tests.queries import count_queries

pytestmark = pytest.mark.django_db

# bulk_add_events makes every REPEAT_EVERY-th event a weekly series of eight dates.
REPEAT_EVERY = 10
SERIES_DATES = 8


def add_bulk(event_index, count, first_start, already=0):
    return bulk_add_events(
        event_index,
        count,
        first_start=first_start + datetime.timedelta(days=already),
        venues=[make_venue()],
        repeat_every=REPEAT_EVERY,
    )


def bulk_dates(count, first_start):
    """(start, event number) of every date bulk_add_events gives ``count`` events,
    worked out from its rule: one event a day, an hour later each of five days."""
    for number in range(count):
        start = first_start + datetime.timedelta(days=number, hours=number % 5)
        dates = SERIES_DATES if number % REPEAT_EVERY == 0 else 1
        for week in range(dates):
            yield start + datetime.timedelta(weeks=week), number


def expected_entries(dates, cap):
    """(title, number of following dates shown) of each event, in the order of its
    first date among the first ``cap`` dates."""
    grouped = {}
    for _start, number in sorted(dates)[:cap]:
        grouped.setdefault(number, []).append(number)
    return [
        (f"Event {number + 1}", min(len(found) - 1, 2))
        for number, found in grouped.items()
    ]


def upcoming_page(client, page):
    soup = soup_of(client, f"/en/events/?page={page}")
    return [
        (
            card.select_one(".event-card__title").get_text(strip=True),
            len(card.select(".event-card__following li")),
        )
        for card in soup.select(".event-card")
    ]


def all_pages(client, pages):
    return [
        card for page in range(1, pages + 1) for card in upcoming_page(client, page)
    ]


@pytest.fixture
def tomorrow():
    return timezone.now().replace(microsecond=0) + datetime.timedelta(days=1)


def test_the_upcoming_list_pages_through_singles_and_series_in_date_order(
    client, event_index, tomorrow
):
    # Event 21 (a series) opens page 2, right after the single Event 20.
    add_bulk(event_index, 45, tomorrow)

    listed = all_pages(client, 3)

    assert listed == expected_entries(bulk_dates(45, tomorrow), cap=1000)
    assert [title for title, _following in listed[19:21]] == ["Event 20", "Event 21"]
    # A page past the last shows the last.
    assert upcoming_page(client, 4) == listed[40:]


def test_the_upcoming_list_ends_where_its_cap_of_dates_does(
    client, event_index, tomorrow, monkeypatch
):
    # Capped at 30 dates, series' weekly dates take places singles would have had:
    # the list ends sooner than the events do, as it did with every date expanded.
    monkeypatch.setattr(ordered_dates, "MAX_LISTED", 30)
    add_bulk(event_index, 45, tomorrow)

    listed = all_pages(client, 2)

    expected = expected_entries(bulk_dates(45, tomorrow), cap=30)
    assert listed == expected
    assert len(expected) < 30
    assert upcoming_page(client, 3) == listed[20:]


def test_an_under_way_series_keeps_its_place_among_the_singles(
    client, event_index, tomorrow
):
    # The first series began two weeks ago: its third date is under way, and listed.
    two_weeks_ago = tomorrow - datetime.timedelta(days=15)
    add_bulk(event_index, 40, two_weeks_ago)
    now = timezone.now()
    ahead = [
        (start, number)
        for start, number in bulk_dates(40, two_weeks_ago)
        if start + datetime.timedelta(hours=2) > now
    ]

    assert all_pages(client, 2) == expected_entries(ahead, cap=1000)


def test_the_archive_lists_the_latest_dates_first_across_pages(
    client, event_index, monkeypatch
):
    monkeypatch.setattr(ordered_dates, "MAX_LISTED", 30)
    long_ago = timezone.now().replace(microsecond=0) - datetime.timedelta(days=200)
    add_bulk(event_index, 45, long_ago)
    # Every date is over: the 30 latest, newest first, ties in page order.
    latest = sorted(
        bulk_dates(45, long_ago), key=lambda date: (-date[0].timestamp(), date[1])
    )

    listed = [
        title
        for page in (1, 2)
        for title in listed_titles(
            soup_of(client, f"/en/events/?archive=1&page={page}")
        )
    ]

    assert listed == [f"Event {number + 1}" for _start, number in latest[:30]]


def test_list_queries_do_not_grow_with_the_events(client, event_index, tomorrow):
    views = ["/en/", "/en/events/", "/en/events/?page=2", "/en/events/?archive=1"]
    # Half of them over, for the archive.
    first = tomorrow - datetime.timedelta(days=30)
    add_bulk(event_index, 60, first)
    with_sixty = [count_queries(client, path) for path in views]
    add_bulk(event_index, 540, first, already=60)
    with_six_hundred = [count_queries(client, path) for path in views]

    assert with_sixty == with_six_hundred
