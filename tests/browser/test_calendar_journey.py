"""A visitor reading Khmer finds next month's event, reads it in Tokyo time and keeps it."""

import datetime
import re
from urllib.parse import parse_qs, urlsplit

import icalendar
import pytest
from django.utils import timezone, translation
from playwright.sync_api import expect

from events.time_display import month_title, zone_options
from tests.browser.test_accessibility import describe, serious_violations
from tests.factories.events import PHNOM_PENH, add_event, add_event_index, make_venue

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

TITLE_KM = "វេទិកាទឹកស្អាត"


def in_khmer(text):
    with translation.override("km"):
        return translation.gettext(text)


@pytest.fixture
def forum(site_tree):
    """An event on the 12th of next month, 10:00–12:00 in Phnom Penh."""
    today = timezone.now().astimezone(PHNOM_PENH).date()
    day = (today.replace(day=28) + datetime.timedelta(days=4)).replace(day=12)
    start = datetime.datetime.combine(day, datetime.time(10), PHNOM_PENH)
    return add_event(
        add_event_index(site_tree[0]),
        "Clean water forum",
        slug="water-forum",
        title_km=TITLE_KM,
        start=start,
        venue=make_venue(),
    )


def assert_accessible(page, axe_source):
    violations = serious_violations(page, axe_source)
    assert violations == [], describe(violations)


def test_khmer_visitor_adds_next_month_s_event_to_a_calendar(
    page, live_server, axe_source, forum
):
    day = forum.start.astimezone(PHNOM_PENH).date()
    with translation.override("km"):
        next_month_heading = month_title(day)
        tokyo = next(o for o in zone_options() if o.name == "Asia/Tokyo")
    calendar_views = page.get_by_role("navigation", name=in_khmer("Calendar views"))
    months = page.get_by_role("navigation", name=in_khmer("Months"))

    page.goto("/km/events/")
    calendar_views.get_by_role("link", name=in_khmer("By month")).click()
    months.get_by_role("link", name=next_month_heading).click()

    expect(page.locator("#listing-heading")).to_have_text(next_month_heading)
    assert_accessible(page, axe_source)
    page.get_by_role("link", name=TITLE_KM).click()

    expect(page).to_have_url(f"{live_server.url}/km/events/water-forum/")
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE_KM)
    page.get_by_role("link", name=f"{tokyo.label} ({tokyo.abbreviation})").click()

    expect(page).to_have_url(re.compile(r"\?tz=Asia%2FTokyo$"))
    expect(page.locator(".event-facts__when abbr").first).to_have_text("JST")
    assert_accessible(page, axe_source)
    google = page.get_by_role("link", name=in_khmer("Add to Google Calendar"))
    query = parse_qs(urlsplit(google.get_attribute("href")).query)
    # 10:00–12:00 in Phnom Penh (UTC+7) is 03:00–05:00 UTC.
    assert query["dates"] == [f"{day:%Y%m%d}T030000Z/{day:%Y%m%d}T050000Z"]
    assert query["text"] == [TITLE_KM]

    with page.expect_download() as download:
        page.get_by_role(
            "link",
            name=in_khmer("Download (.ics) for Apple Calendar, Outlook or Thunderbird"),
        ).click()

    calendar = icalendar.Calendar.from_ical(download.value.path().read_bytes())
    assert [str(event["UID"]) for event in calendar.walk("VEVENT")] == [forum.uid]
