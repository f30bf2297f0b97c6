"""The public calendar's views, and the next events on the home page."""

import datetime
from itertools import pairwise

import pytest
from django.utils import timezone

from events.enums import DateChangeKind, EventStatus
from events.models import EventDateChange
from tests.events.pages import days_from_today, listed_titles, soup_of, text_of
from tests.factories.events import (
    TOKYO,
    add_event,
    make_category,
    make_venue,
)
from tests.queries import count_queries

pytestmark = pytest.mark.django_db


@pytest.fixture
def calendar(event_index, tokyo_hall):
    """Three dates to come, two past ones and a draft, in Phnom Penh and Japan."""
    seminar = make_category("seminar", "Seminar")
    culture = make_category("culture", "Culture", name_ja="文化")
    add_event(
        event_index,
        "Water forum",
        start=days_from_today(3, 10),
        categories=[seminar],
    )
    add_event(
        event_index,
        "Friendship concert",
        start=days_from_today(10, 18, TOKYO),
        venue=tokyo_hall,
        categories=[culture],
        status=EventStatus.CANCELLED,
        status_note="Typhoon warning.",
    )
    add_event(
        event_index,
        "Trade seminar",
        start=days_from_today(20, 9, TOKYO),
        venue=tokyo_hall,
        categories=[seminar],
        status=EventStatus.POSTPONED,
        status_note="A new date will follow.",
    )
    add_event(event_index, "Past workshop", start=days_from_today(-30, 10))
    add_event(event_index, "Older workshop", start=days_from_today(-60, 10))
    add_event(event_index, "Draft event", start=days_from_today(5, 10), publish=False)


def test_upcoming_dates_soonest_first_without_past_or_draft_events(client, calendar):
    soup = soup_of(client, "/en/events/")

    assert listed_titles(soup) == [
        "Water forum",
        "Friendship concert",
        "Trade seminar",
    ]
    assert soup.select_one(".calendar-views [aria-current]").get_text() == "Upcoming"


def test_archive_lists_past_dates_newest_first(client, calendar):
    soup = soup_of(client, "/en/events/?archive=1")

    assert listed_titles(soup) == ["Past workshop", "Older workshop"]
    assert soup.select_one("#listing-heading").get_text() == "Past events"


def test_cancelled_and_postponed_events_stay_listed_and_say_so_in_words(
    client, calendar
):
    soup = soup_of(client, "/en/events/")

    assert [text_of(p) for p in soup.select(".event-card .event-status")] == [
        "Cancelled Typhoon warning.",
        "Postponed A new date will follow.",
    ]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?category=seminar", ["Water forum", "Trade seminar"]),
        ("?country=KH", ["Water forum"]),
        ("?city=Nagano", ["Friendship concert", "Trade seminar"]),
        ("?category=seminar&country=JP", ["Trade seminar"]),
        ("?archive=1&country=KH", ["Past workshop", "Older workshop"]),
        ("?archive=1&category=culture", []),
        ("?category=no-such-category", []),
    ],
)
def test_filters_combine_with_the_views(client, calendar, query, expected):
    assert listed_titles(soup_of(client, f"/en/events/{query}")) == expected


def filter_links(soup):
    return {a.get_text(strip=True): a["href"] for a in soup.select(".filters__list a")}


def test_filter_links_keep_the_view_and_toggle(client, calendar):
    soup = soup_of(client, "/ja/events/?month=2027-01&category=culture")

    assert filter_links(soup) == {
        "Seminar": "?month=2027-01&category=seminar",
        "文化": "?month=2027-01",
        "日本": "?month=2027-01&category=culture&country=JP",
        "カンボジア": "?month=2027-01&category=culture&country=KH",
        "Nagano": "?month=2027-01&category=culture&city=Nagano",
        "Phnom Penh": "?month=2027-01&category=culture&city=Phnom+Penh",
    }


@pytest.mark.parametrize(
    "query",
    [
        "?month=2027-13",
        "?month=0000-01",
        "?page=x",
        "?page=999",
        "?archive=1&page=-1",
        "?tz=Mars%2FOlympus",
        "?country=ZZ",
        "?category=%27%3Bdrop",
        "?city=" + "x" * 500,
    ],
)
def test_bad_values_fall_back_instead_of_failing(client, calendar, query):
    response = client.get(f"/en/events/{query}")

    assert response.status_code == 200


def test_an_unreadable_month_shows_the_current_one_and_says_so(client, calendar):
    soup = soup_of(client, "/en/events/?month=2027-13")

    today = timezone.localdate()
    assert soup.select_one("#listing-heading").get_text() == today.strftime("%B %Y")
    assert soup.select_one(".calendar__notice").get_text() == (
        "That month could not be read, so this is the current month."
    )


def test_month_view_shows_a_repeating_event_on_each_of_its_dates(client, monthly_class):
    soup = soup_of(client, "/en/events/?month=2027-03&tz=Asia/Tokyo")

    assert soup.select_one("#listing-heading").get_text() == "March 2027"
    assert [text_of(h3) for h3 in soup.select(".calendar-day h3")] == [
        "Tuesday, 2 March 2027",
        "Tuesday, 9 March 2027",
        "Tuesday, 16 March 2027",
        "Tuesday, 23 March 2027",
        "Tuesday, 30 March 2027",
    ]
    assert [text_of(p) for p in soup.select(".calendar-day .event-status")] == [
        "Cancelled Teacher ill."
    ]
    assert soup.select_one("a[rel=prev]")["href"] == "?month=2027-02&tz=Asia%2FTokyo"
    assert soup.select_one("a[rel=next]")["href"] == "?month=2027-04&tz=Asia%2FTokyo"


def test_a_moved_date_says_which_date_it_replaces(client, event_index, tokyo_hall):
    add_event(
        event_index,
        "Board meeting",
        start=datetime.datetime(2027, 1, 5, 18, 0, tzinfo=TOKYO),
        venue=tokyo_hall,
        rrule="FREQ=WEEKLY;COUNT=3",
        changes=[
            EventDateChange(
                kind=DateChangeKind.MOVE,
                occurrence_date=datetime.date(2027, 1, 12),
                new_start=datetime.datetime(2027, 1, 14, 19, 0, tzinfo=TOKYO),
                note="The hall is booked.",
            )
        ],
    )

    soup = soup_of(client, "/en/events/?month=2027-01")

    assert [text_of(h3) for h3 in soup.select(".calendar-day h3")] == [
        "Tuesday, 5 January 2027",
        "Thursday, 14 January 2027",
        "Tuesday, 19 January 2027",
    ]
    assert [text_of(p) for p in soup.select(".event-status")] == [
        "Moved from Tuesday, 12 January 2027 The hall is booked."
    ]


def test_headings_go_down_one_level_at_a_time(client, monthly_class):
    soup = soup_of(client, "/en/events/?month=2027-03")

    levels = [int(h.name[1]) for h in soup.main.find_all(["h1", "h2", "h3", "h4"])]
    assert levels[0] == 1
    assert all(later - earlier <= 1 for earlier, later in pairwise(levels))
    assert 4 in levels


def test_upcoming_and_archive_are_paginated(client, event_index):
    for number in range(23):
        add_event(
            event_index, f"Class {number:02}", start=days_from_today(number + 1, 9)
        )
        add_event(
            event_index, f"Old {number:02}", start=days_from_today(-number - 1, 9)
        )

    second = soup_of(client, "/en/events/?page=2")
    archive = soup_of(client, "/en/events/?archive=1&country=KH")
    last_archive_page = soup_of(client, "/en/events/?archive=1&country=KH&page=2")

    assert listed_titles(second) == ["Class 20", "Class 21", "Class 22"]
    assert listed_titles(archive)[:2] == ["Old 00", "Old 01"]
    assert archive.select_one("a[rel=next]")["href"] == ("?archive=1&country=KH&page=2")
    assert listed_titles(last_archive_page) == ["Old 20", "Old 21", "Old 22"]


def test_subscribe_block_gives_the_feed_of_this_language_and_category(client, calendar):
    soup = soup_of(client, "/ja/events/?month=2027-01&category=seminar&city=Nagano")

    assert soup.select_one(".subscribe__button")["href"] == (
        "webcal://testserver/ja/events/feed.ics?category=seminar"
    )
    assert soup.select_one("#subscribe-https")["value"] == (
        "http://testserver/ja/events/feed.ics?category=seminar"
    )
    assert soup.select_one("link[type='text/calendar']")["href"] == (
        "/ja/events/feed.ics?category=seminar"
    )


def test_subscribe_block_explains_the_common_calendar_apps(client, calendar):
    soup = soup_of(client, "/en/events/")

    assert [h3.get_text() for h3 in soup.select(".subscribe h3")] == [
        "Google Calendar",
        "Outlook",
        "Apple Calendar",
        "Thunderbird",
    ]
    assert soup.select_one(".subscribe__button")["href"] == (
        "webcal://testserver/en/events/feed.ics"
    )


def test_home_page_lists_the_next_three_events(client, calendar, event_index):
    add_event(event_index, "Later festival", start=days_from_today(40, 9))

    soup = soup_of(client, "/en/")

    section = soup.select_one("#upcoming-events").find_parent("section")
    # The cancelled "Friendship concert" gives its slot to the next event.
    assert listed_titles(section) == [
        "Water forum",
        "Trade seminar",
        "Later festival",
    ]
    assert section.select_one(".more-link")["href"] == "/en/events/"


def add_events(index, count, start=0):
    """Repeating and single events with venues, categories and date changes."""
    venues = [
        make_venue(),
        make_venue("Prefectural Hall", "Nagano", "JP", "Asia/Tokyo"),
    ]
    categories = [make_category("seminar"), make_category("culture", "Culture")]
    first = datetime.datetime(2027, 1, 4, 9, 0, tzinfo=TOKYO)
    for number in range(start, start + count):
        repeating = number % 2 == 0
        add_event(
            index,
            f"Event {number}",
            start=first + datetime.timedelta(hours=number),
            venue=venues[number % 2],
            categories=[categories[number % 2]],
            rrule="FREQ=WEEKLY;COUNT=4" if repeating else "",
            changes=[
                EventDateChange(
                    kind=DateChangeKind.CANCEL,
                    occurrence_date=datetime.date(2027, 1, 11),
                )
            ]
            if repeating
            else [],
        )


def test_query_count_does_not_grow_with_the_events(client, event_index):
    views = ["/en/events/", "/en/events/?month=2027-01"]
    add_events(event_index, 10)
    with_ten = [count_queries(client, path) for path in views]
    add_events(event_index, 190, start=10)
    with_two_hundred = [count_queries(client, path) for path in views]

    assert with_ten == with_two_hundred
