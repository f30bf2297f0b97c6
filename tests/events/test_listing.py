"""What each calendar view lists, read from the URL, and the same dates as the feed."""

import datetime
import zoneinfo

import icalendar
import pytest
import recurring_ical_events
from bs4 import BeautifulSoup
from django.http import QueryDict
from django.utils import timezone

from events.enums import DateChangeKind
from events.listing import PER_PAGE, CalendarQuery, next_dates, upcoming
from events.models import EventDateChange, EventPage
from tests.factories.events import PHNOM_PENH, TOKYO, add_event, make_venue

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 11, 26)
PARIS = zoneinfo.ZoneInfo("Europe/Paris")


def read(query_string):
    return CalendarQuery.from_query(QueryDict(query_string), TODAY)


@pytest.mark.parametrize(
    ("query_string", "view", "month"),
    [
        ("", "upcoming", ""),
        ("month=2027-01", "month", "2027-01"),
        ("archive=1", "archive", ""),
        ("archive=1&month=2027-01", "month", "2027-01"),
        # Unreadable months show the current one.
        ("month=2027-13", "month", "2026-11"),
        ("month=2027-1", "month", "2026-11"),
        ("month=x", "month", "2026-11"),
        ("month=", "month", "2026-11"),
        ("archive=yes", "upcoming", ""),
    ],
)
def test_the_view_is_read_from_the_url(query_string, view, month):
    query = read(query_string)

    assert (query.view, query.month) == (view, month)


def test_unknown_countries_and_zones_are_dropped():
    query = read("country=ZZ&tz=Mars/Olympus&category=seminar&city=Nagano")

    assert (query.country, query.tz, query.category, query.city) == (
        "",
        "",
        "seminar",
        "Nagano",
    )


def test_links_keep_the_filters_and_the_zone_across_views():
    query = read("month=2027-01&category=seminar&country=KH&tz=Asia/Tokyo")

    assert query.query_string(month=query.previous_month) == (
        "?month=2026-12&category=seminar&country=KH&tz=Asia%2FTokyo"
    )
    assert query.query_string(month=query.next_month) == (
        "?month=2027-02&category=seminar&country=KH&tz=Asia%2FTokyo"
    )
    assert query.query_string(month=None, archive=True) == (
        "?archive=1&category=seminar&country=KH&tz=Asia%2FTokyo"
    )
    assert query.feed_query_string() == "?category=seminar&country=KH"


@pytest.fixture
def now():
    return timezone.now().replace(microsecond=0)


def test_a_repeating_event_lists_a_year_ahead_and_a_single_one_whenever_it_is(
    event_index, now
):
    add_event(
        event_index,
        "Language class",
        start=now + datetime.timedelta(days=1),
        rrule="FREQ=WEEKLY",
    )
    add_event(event_index, "Exchange summit", start=now + datetime.timedelta(days=800))

    dates = upcoming(event_index.get_events(), now)

    titles = [occurrence.event.title for occurrence in dates]
    assert titles.count("Language class") == 53
    assert titles[-1] == "Exchange summit"


def test_an_event_under_way_is_still_upcoming(event_index, now):
    add_event(
        event_index,
        "Photo exhibition",
        start=now - datetime.timedelta(days=2),
        end=now + datetime.timedelta(days=3),
    )

    assert [o.event.title for o in upcoming(event_index.get_events(), now)] == [
        "Photo exhibition"
    ]


def test_short_lists_show_each_event_once_at_its_next_date(event_index, now):
    add_event(
        event_index,
        "Language class",
        start=now + datetime.timedelta(days=1),
        rrule="FREQ=DAILY",
    )
    add_event(event_index, "Forum", start=now + datetime.timedelta(days=3))
    add_event(event_index, "Festival", start=now + datetime.timedelta(days=9))

    found = next_dates(event_index.get_events(), now, 2)

    assert [(o.event.title, o.start) for o in found] == [
        ("Language class", now + datetime.timedelta(days=1)),
        ("Forum", now + datetime.timedelta(days=3)),
    ]


def month_view(client, query):
    """(title, start as the page gives it, cancelled?) of each date listed."""
    soup = BeautifulSoup(client.get(f"/en/events/{query}").content, "html.parser")
    return sorted(
        (
            card.select_one(".event-card__title").get_text(strip=True),
            card.select_one(".when__date")["datetime"],
            "event-card--cancelled" in card["class"],
        )
        for card in soup.select(".calendar-day .event-card")
    )


@pytest.fixture
def january(event_index):
    """Dates in and around January 2027 in Tokyo, Phnom Penh and Paris."""
    tokyo = make_venue("Prefectural Hall", "Nagano", "JP", "Asia/Tokyo")
    phnom_penh = make_venue()
    add_event(
        event_index,
        "Weekly class",
        start=datetime.datetime(2026, 12, 29, 18, 0, tzinfo=TOKYO),
        venue=tokyo,
        rrule="FREQ=WEEKLY;COUNT=8",
        changes=[
            EventDateChange(
                kind=DateChangeKind.SKIP, occurrence_date=datetime.date(2027, 1, 5)
            ),
            EventDateChange(
                kind=DateChangeKind.CANCEL,
                occurrence_date=datetime.date(2027, 1, 12),
                note="Snow",
            ),
            EventDateChange(
                kind=DateChangeKind.MOVE,
                occurrence_date=datetime.date(2027, 1, 19),
                new_start=datetime.datetime(2027, 1, 21, 19, 0, tzinfo=TOKYO),
            ),
        ],
    )
    add_event(
        event_index,
        "New Year fair",
        start=datetime.datetime(2026, 12, 30, tzinfo=PHNOM_PENH),
        end=datetime.datetime(2027, 1, 3, tzinfo=PHNOM_PENH),
        all_day=True,
        venue=phnom_penh,
    )
    add_event(
        event_index,
        "Late talk",
        start=datetime.datetime(2027, 1, 31, 23, 0, tzinfo=PHNOM_PENH),
        venue=phnom_penh,
    )
    add_event(
        event_index,
        "Early start",
        start=datetime.datetime(2027, 2, 1, 1, 0, tzinfo=TOKYO),
        venue=tokyo,
    )
    add_event(
        event_index,
        "Paris stop",
        start=datetime.datetime(2027, 1, 20, 10, 0, tzinfo=PARIS),
        venue=make_venue("Maison du Japon", "Paris", "XX", "Europe/Paris"),
    )


def test_month_lists_each_date_on_its_day_where_the_event_is(client, january):
    assert month_view(client, "?month=2027-01") == [
        ("Late talk", "2027-01-31T23:00+07:00", False),
        ("New Year fair", "2026-12-30", False),
        ("Paris stop", "2027-01-20T10:00+01:00", False),
        ("Weekly class", "2027-01-12T18:00+09:00", True),
        ("Weekly class", "2027-01-21T19:00+09:00", False),
        ("Weekly class", "2027-01-26T18:00+09:00", False),
    ]


def test_month_in_tokyo_time_moves_dates_across_midnight(client, january):
    february = month_view(client, "?month=2027-02&tz=Asia/Tokyo")

    assert [(title, start) for title, start, _ in february[:3]] == [
        ("Early start", "2027-02-01T01:00+09:00"),
        ("Late talk", "2027-02-01T01:00+09:00"),
        ("Weekly class", "2027-02-02T18:00+09:00"),
    ]


def test_an_event_begun_last_month_is_listed_on_the_first(client, january):
    soup = BeautifulSoup(client.get("/en/events/?month=2027-01").content, "html.parser")
    first_day = soup.select_one(".calendar-day")

    assert first_day.h3.time["datetime"] == "2027-01-01"
    assert [a.get_text() for a in first_day.select(".event-card__title a")] == [
        "New Year fair"
    ]


def feed_dates(client, month_start, month_end, zone_for):
    """The dates of /en/events/feed.ics that fall in [month_start, month_end) as read in
    ``zone_for(component)``, in the form month_view gives them."""
    response = client.get("/en/events/feed.ics")
    assert response.status_code == 200
    calendar = icalendar.Calendar.from_ical(response.content)
    margin = datetime.timedelta(days=2)
    found = []
    for component in recurring_ical_events.of(calendar).between(
        month_start - margin, month_end + margin
    ):
        start, end = component["DTSTART"].dt, component["DTEND"].dt
        if isinstance(start, datetime.datetime):
            zone = zone_for(component)
            start, end = start.astimezone(zone), end.astimezone(zone)
            first, last = (
                start.date(),
                (end - datetime.timedelta(microseconds=1)).date(),
            )
            shown = start.isoformat(timespec="minutes")
        else:
            first, last, shown = (
                start,
                end - datetime.timedelta(days=1),
                start.isoformat(),
            )
        if first < month_end and last >= month_start:
            cancelled = component.get("STATUS") == "CANCELLED"
            found.append((str(component["SUMMARY"]), shown, cancelled))
    return sorted(found)


@pytest.mark.parametrize(
    ("query", "zone_for"),
    [
        ("?month=2027-01", lambda component: component["DTSTART"].dt.tzinfo),
        ("?month=2027-01&tz=Asia/Tokyo", lambda component: TOKYO),
        ("?month=2027-02", lambda component: component["DTSTART"].dt.tzinfo),
    ],
)
def test_month_view_shows_the_dates_the_feed_gives_calendar_apps(
    client, january, query, zone_for
):
    month = datetime.date(2027, int(query[12:14]), 1)
    following = (month + datetime.timedelta(days=31)).replace(day=1)

    html_dates = month_view(client, query)

    assert html_dates == feed_dates(client, month, following, zone_for)
    assert html_dates


def test_a_draft_event_is_not_listed(client, event_index):
    add_event(
        event_index,
        "Unpublished plan",
        start=datetime.datetime(2027, 1, 5, 10, 0, tzinfo=TOKYO),
        publish=False,
    )

    assert month_view(client, "?month=2027-01") == []
    assert EventPage.objects.filter(title="Unpublished plan").exists()


def upcoming_cards(client, path="/en/events/"):
    response = client.get(path)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return [
        (
            card.select_one(".event-card__title").get_text(strip=True),
            " ".join(card.select_one(".event-card__when").get_text().split()),
            [
                " ".join(item.get_text().split())
                for item in card.select(".event-card__following small")
            ],
        )
        for card in soup.select(".event-card")
    ]


def test_a_series_is_listed_once_at_its_next_date_with_the_two_after(
    client, event_index
):
    add_event(
        event_index,
        "Monthly meeting",
        start=datetime.datetime(2027, 6, 12, 10, tzinfo=PHNOM_PENH),
        rrule="FREQ=MONTHLY;COUNT=11",
    )
    add_event(
        event_index,
        "Forum",
        start=datetime.datetime(2027, 5, 1, 9, tzinfo=PHNOM_PENH),
    )
    add_event(
        event_index,
        "Fortnightly class",
        start=datetime.datetime(2027, 7, 1, 18, tzinfo=PHNOM_PENH),
        # Words cannot say BYMONTH (an imported rule): the list names the frequency.
        rrule="FREQ=WEEKLY;INTERVAL=2;COUNT=3;BYMONTH=7",
    )

    times = "10:00 – 12:00 ICT (12:00 – 14:00 JST)"
    evening = "18:00 – 20:00 ICT (20:00 – 22:00 JST)"
    assert upcoming_cards(client) == [
        ("Forum", "Saturday, 1 May 2027 09:00 – 11:00 ICT (11:00 – 13:00 JST)", []),
        (
            "Monthly meeting",
            f"Every month on day 12, 11 times · next: Saturday, 12 June 2027 {times}",
            [f"Monday, 12 July 2027 {times}", f"Thursday, 12 August 2027 {times}"],
        ),
        (
            "Fortnightly class",
            f"Repeats every 2 weeks · next: Thursday, 1 July 2027 {evening}",
            [f"Thursday, 15 July 2027 {evening}", f"Thursday, 29 July 2027 {evening}"],
        ),
    ]


def test_a_series_takes_one_place_on_a_page_of_the_upcoming_list(
    client, event_index, now
):
    add_event(
        event_index,
        "Weekly class",
        start=now + datetime.timedelta(hours=1),
        rrule="FREQ=WEEKLY",
    )
    for day in range(1, PER_PAGE + 1):
        add_event(event_index, f"Forum {day}", start=now + datetime.timedelta(days=day))

    first_page = [title for title, _when, _following in upcoming_cards(client)]
    second_page = upcoming_cards(client, "/en/events/?page=2")

    assert first_page == ["Weekly class"] + [f"Forum {day}" for day in range(1, 20)]
    assert [title for title, _when, _following in second_page] == ["Forum 20"]


def test_an_event_without_duration_is_in_the_archive_once_over(client, event_index):
    # Partners' calendars may give a moment rather than a span (DTEND equal to DTSTART).
    moment = timezone.now() - datetime.timedelta(days=3)
    add_event(event_index, "Deadline for applications", start=moment, end=moment)

    archive = client.get(f"{event_index.url}?archive=1")

    assert "Deadline for applications" in archive.text
