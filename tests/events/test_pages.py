"""The public calendar, event pages and where events show elsewhere on the site."""

import datetime
from itertools import pairwise

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from directory.models import Organisation
from events.enums import DateChangeKind, EventStatus
from events.models import EventDateChange
from news.models import NewsArticlePage
from tests.factories.events import (
    PHNOM_PENH,
    TOKYO,
    add_event,
    make_category,
    make_venue,
)
from tests.factories.pages import add_article
from tests.queries import count_queries

pytestmark = pytest.mark.django_db


def soup_of(client, path):
    response = client.get(path)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def listed_titles(soup):
    return [a.get_text(strip=True) for a in soup.select(".event-card__title a")]


def text_of(element):
    return " ".join(element.get_text().split())


def days_from_today(days, hour, zone=PHNOM_PENH):
    today = timezone.now().astimezone(zone).date()
    return datetime.datetime.combine(
        today + datetime.timedelta(days=days), datetime.time(hour), zone
    )


@pytest.fixture
def tokyo_hall():
    return make_venue("Prefectural Hall", "Nagano", "JP", "Asia/Tokyo")


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


@pytest.fixture
def monthly_class(event_index, tokyo_hall):
    return add_event(
        event_index,
        "Japanese class",
        start=datetime.datetime(2027, 3, 2, 18, 0, tzinfo=TOKYO),
        venue=tokyo_hall,
        rrule="FREQ=WEEKLY;COUNT=6",
        changes=[
            EventDateChange(
                kind=DateChangeKind.CANCEL,
                occurrence_date=datetime.date(2027, 3, 16),
                note="Teacher ill.",
            )
        ],
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


@pytest.fixture
def forum(event_index, news_index):
    venue = make_venue("Peace Palace", "Phnom Penh", "KH", "Asia/Phnom_Penh")
    venue.address = "Russian Federation Blvd"
    venue.latitude, venue.longitude = "11.564300", "104.916500"
    venue.save()
    organiser = Organisation.objects.create(
        name="Japan Foundation", slug="jf", website="https://www.jpf.go.jp/"
    )
    forum = add_event(
        event_index,
        "Water forum",
        start=datetime.datetime(2027, 1, 12, 10, 0, tzinfo=PHNOM_PENH),
        end=datetime.datetime(2027, 1, 12, 12, 30, tzinfo=PHNOM_PENH),
        venue=venue,
        organiser=organiser,
        categories=[make_category("seminar", "Seminar")],
        online_url="https://meet.example.org/water",
        summary="Clean water for Tonle Sap villages.",
    )
    report = add_article(news_index, "Forum report", date=datetime.date(2027, 1, 13))
    draft = add_article(news_index, "Forum draft", publish=False)
    for article in (report, draft):
        article.related_events.add(forum)
        revision = article.save_revision()
        if article.live:
            revision.publish()
    return forum


def test_event_page_tells_what_when_and_where(client, forum):
    soup = soup_of(client, "/en/events/water-forum/")
    facts = {
        dt.get_text(): text_of(dt.find_next_sibling("dd"))
        for dt in soup.select(".event-facts dt")
    }

    assert soup.h1.get_text() == "Water forum"
    assert soup.select_one(".event__summary").get_text() == (
        "Clean water for Tonle Sap villages."
    )
    assert facts == {
        "When": "Tuesday, 12 January 2027 10:00 – 12:30 ICT (12:00 – 14:30 JST)",
        "Where": "Peace Palace Russian Federation Blvd Phnom Penh, Cambodia "
        "Map (OpenStreetMap)",
        "Online": "https://meet.example.org/water",
        "Organiser": "Japan Foundation",
        "Categories": "Seminar",
    }
    assert soup.select_one(".venue__map")["href"] == (
        "https://www.openstreetmap.org/?mlat=11.564300&mlon=104.916500"
        "#map=17/11.564300/104.916500"
    )
    assert soup.select_one(".event-facts a[href='/en/events/?category=seminar']")


def test_event_page_offers_the_event_to_calendars(client, forum):
    soup = soup_of(client, "/en/events/water-forum/")

    assert soup.select_one(".add-to-calendar__ics")["href"] == (
        "/en/events/water-forum/event.ics"
    )
    assert soup.select_one(".add-to-calendar__google")["href"] == (
        "https://calendar.google.com/calendar/render?action=TEMPLATE"
        "&text=Water%20forum&dates=20270112T030000Z%2F20270112T053000Z"
        "&details=Clean%20water%20for%20Tonle%20Sap%20villages."
        "%0A%0Ahttps%3A%2F%2Fmeet.example.org%2Fwater"
        "%0A%0Ahttp%3A%2F%2Ftestserver%2Fen%2Fevents%2Fwater-forum%2F"
        "&location=Peace%20Palace%2C%20Russian%20Federation%20Blvd%2C%20Phnom%20Penh"
    )
    assert soup.select_one(".add-to-calendar__outlook")["href"] == (
        "https://outlook.live.com/calendar/0/deeplink/compose?subject=Water%20forum"
        "&startdt=2027-01-12T03%3A00%3A00Z&enddt=2027-01-12T05%3A30%3A00Z"
        "&location=Peace%20Palace%2C%20Russian%20Federation%20Blvd%2C%20Phnom%20Penh"
        "&body=Clean%20water%20for%20Tonle%20Sap%20villages."
        "%0A%0Ahttps%3A%2F%2Fmeet.example.org%2Fwater"
        "%0A%0Ahttp%3A%2F%2Ftestserver%2Fen%2Fevents%2Fwater-forum%2F"
    )
    assert [
        link["href"]
        for link in soup.select("link[rel=alternate][type='text/calendar']")
    ] == ["/en/events/feed.ics", "/en/events/water-forum/event.ics"]


def test_all_day_event_goes_to_calendars_by_date_with_an_exclusive_end(
    client, event_index
):
    add_event(
        event_index,
        "Water festival",
        start=datetime.datetime(2019, 12, 15, tzinfo=PHNOM_PENH),
        end=datetime.datetime(2019, 12, 22, tzinfo=PHNOM_PENH),
        all_day=True,
    )
    soup = soup_of(client, "/en/events/water-festival/")

    assert (
        "&dates=20191215%2F20191222&"
        in soup.select_one(".add-to-calendar__google")["href"]
    )
    assert (
        "&startdt=2019-12-15&enddt=2019-12-22&allday=true&"
        in soup.select_one(".add-to-calendar__outlook")["href"]
    )
    assert text_of(soup.select_one(".event-facts__when")) == "15–21 December 2019"


def test_a_repeating_event_lists_its_dates_to_come(client, monthly_class):
    soup = soup_of(client, "/en/events/japanese-class/?tz=Asia/Tokyo")

    assert [
        text_of(item.select_one(".when__date"))
        for item in soup.select(".event-dates__item")
    ] == [
        "Tuesday, 2 March 2027",
        "Tuesday, 9 March 2027",
        "Tuesday, 16 March 2027",
        "Tuesday, 23 March 2027",
        "Tuesday, 30 March 2027",
        "Tuesday, 6 April 2027",
    ]
    assert [
        text_of(status) for status in soup.select(".event-dates__item .event-status")
    ] == ["Cancelled Teacher ill."]


def test_related_news_both_ways_only_when_published(client, forum, event_index):
    report = NewsArticlePage.objects.get(slug="forum-report")
    report.related_events.add(
        add_event(
            event_index,
            "Draft follow-up",
            start=datetime.datetime(2027, 2, 1, 10, 0, tzinfo=PHNOM_PENH),
            publish=False,
        )
    )
    report.save_revision().publish()

    event_page = soup_of(client, "/en/events/water-forum/")
    article_page = soup_of(client, "/en/news/forum-report/")

    assert [
        text_of(item) for item in event_page.select("#related-news-heading ~ ul li")
    ] == ["Forum report 13 January 2027"]
    assert [
        a.get_text() for a in article_page.select("#related-events-heading ~ ul li > a")
    ] == ["Water forum"]


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
