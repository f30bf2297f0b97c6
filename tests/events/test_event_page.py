"""What one event's page offers: adding it to a calendar, its series, its programme."""

import datetime
from urllib.parse import quote

import pytest

from events.enums import DateChangeKind, EventStatus
from events.models import EventDateChange
from tests.events.test_pages import days_from_today, soup_of, text_of
from tests.factories.events import PHNOM_PENH, add_event

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("status", "offered"),
    [
        (EventStatus.CONFIRMED, [".add-to-calendar__ics", ".add-to-calendar__google"]),
        (EventStatus.TENTATIVE, [".add-to-calendar__ics", ".add-to-calendar__google"]),
        (EventStatus.POSTPONED, [".add-to-calendar__postponed"]),
        (EventStatus.CANCELLED, []),
    ],
)
def test_add_to_calendar_only_offers_dates_that_still_hold(
    client, event_index, status, offered
):
    add_event(event_index, "Water forum", start=days_from_today(3, 10), status=status)
    soup = soup_of(client, "/en/events/water-forum/")

    selectors = [
        ".add-to-calendar__ics",
        ".add-to-calendar__google",
        ".add-to-calendar__outlook",
        ".add-to-calendar__postponed",
    ]
    found = [selector for selector in selectors if soup.select_one(selector)]
    assert found == (
        [*offered, ".add-to-calendar__outlook"]
        if ".add-to-calendar__google" in offered
        else offered
    )
    if status == EventStatus.POSTPONED:
        assert text_of(soup.select_one(".add-to-calendar__postponed")) == (
            "This event is postponed, so there is no date to add yet. Subscribe to "
            "the calendar to receive the new date when it is set."
        )
        assert soup.select_one(".add-to-calendar__feed")["href"] == (
            "/en/events/feed.ics"
        )


def test_google_link_skips_a_cancelled_next_date_of_a_series(client, event_index):
    first = days_from_today(3, 10)
    add_event(
        event_index,
        "Weekly class",
        start=first,
        rrule="FREQ=WEEKLY;COUNT=3",
        changes=[
            EventDateChange(kind=DateChangeKind.CANCEL, occurrence_date=first.date())
        ],
    )
    soup = soup_of(client, "/en/events/weekly-class/")

    second = (first + datetime.timedelta(days=7)).astimezone(datetime.UTC)
    assert (
        f"dates={second:%Y%m%dT%H%M%SZ}%2F"
        in (soup.select_one(".add-to-calendar__google")["href"])
    )


@pytest.mark.parametrize(("all_day", "has_chooser"), [(True, False), (False, True)])
def test_zone_chooser_only_on_events_with_times(
    client, event_index, all_day, has_chooser
):
    start = days_from_today(3, 0 if all_day else 10)
    add_event(
        event_index,
        "Water festival",
        start=start,
        end=start + datetime.timedelta(days=2),
        all_day=all_day,
    )
    soup = soup_of(client, "/en/events/water-festival/")

    assert bool(soup.select_one(".zone-switcher")) is has_chooser


def ics_url_property(response):
    unfolded = response.content.decode().replace("\r\n ", "")
    return [line for line in unfolded.split("\r\n") if line.startswith("URL")]


@pytest.mark.parametrize(
    ("base_url", "origin"),
    [("", "http://testserver"), ("https://kizuna.example.org", None)],
)
def test_every_link_that_leaves_the_site_names_the_same_host(
    client, event_index, settings, base_url, origin
):
    """The Wagtail Site says localhost:80; links use the request's host or the setting."""
    settings.KIZUNA_PUBLIC_BASE_URL = base_url
    origin = origin or base_url
    add_event(event_index, "Water forum", start=days_from_today(3, 10))
    page_url = f"{origin}/en/events/water-forum/"

    soup = soup_of(client, "/en/events/water-forum/")
    index = soup_of(client, "/en/events/")

    assert soup.select_one("link[rel=canonical]")["href"] == page_url
    assert (
        quote(page_url, safe="") in soup.select_one(".add-to-calendar__google")["href"]
    )
    assert (
        quote(page_url, safe="") in soup.select_one(".add-to-calendar__outlook")["href"]
    )
    assert ics_url_property(client.get("/en/events/water-forum/event.ics")) == [
        f"URL:{page_url}"
    ]
    assert ics_url_property(client.get("/en/events/feed.ics")) == [f"URL:{page_url}"]
    host = origin.split("://")[1]
    assert index.select_one(".subscribe__button")["href"] == (
        f"webcal://{host}/en/events/feed.ics"
    )
    assert index.select_one("#subscribe-https")["value"] == (
        f"{origin}/en/events/feed.ics"
    )


def series_texts(soup):
    return (
        text_of(soup.select_one(".event-facts__series")),
        [
            text_of(item.select_one(".when__date"))
            for item in soup.select(".event-dates__item")
        ],
        text_of(soup.select_one(".event-dates__more") or soup.new_tag("p")),
    )


def test_a_series_says_when_it_ends_and_counts_the_dates_beyond_the_list(
    client, event_index
):
    add_event(
        event_index,
        "Monthly meeting",
        start=datetime.datetime(2030, 1, 12, 10, 0, tzinfo=PHNOM_PENH),
        rrule="FREQ=MONTHLY;COUNT=20",
    )
    soup = soup_of(client, "/en/events/monthly-meeting/")

    ends, listed, more = series_texts(soup)
    assert ends == "20 times, last on 12 August 2031"
    assert listed[:2] == ["Saturday, 12 January 2030", "Tuesday, 12 February 2030"]
    assert len(listed) == 12
    assert more == "And 8 more dates, the last on Tuesday, 12 August 2031."


@pytest.mark.parametrize(
    ("rule", "ends"),
    [
        ("FREQ=WEEKLY;UNTIL=21001211T145959Z", "Until 11 December 2100"),
        ("FREQ=WEEKLY", "No end date"),
    ],
)
def test_a_series_until_a_date_or_without_end_says_so(client, event_index, rule, ends):
    add_event(event_index, "Weekly class", start=days_from_today(1, 10), rrule=rule)
    soup = soup_of(client, "/en/events/weekly-class/")

    assert text_of(soup.select_one(".event-facts__series")) == ends
