"""What one event's page offers: what, when and where, adding it to a calendar, its
series, its programme and the news about it."""

import datetime
from urllib.parse import quote

import pytest

from directory.models import Organisation
from events.enums import DateChangeKind, EventStatus
from events.models import EventDateChange
from news.models import NewsArticlePage
from tests.events.pages import days_from_today, soup_of, text_of
from tests.factories.events import PHNOM_PENH, add_event, make_category, make_venue
from tests.factories.pages import add_article

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
