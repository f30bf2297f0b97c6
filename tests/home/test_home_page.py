"""The home page's three event slots go to events that will take place."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from events.enums import EventStatus
from tests.factories.events import add_event, add_event_index

pytestmark = pytest.mark.django_db


def test_the_home_page_gives_no_event_slot_to_a_cancelled_event(client, home_page):
    calendar = add_event_index(home_page)
    soon = timezone.now() + datetime.timedelta(days=3)
    for days, title, status in [
        (0, "Water forum", EventStatus.CONFIRMED),
        (1, "Called-off reception", EventStatus.CANCELLED),
        (2, "School visit", EventStatus.CONFIRMED),
        (3, "Association meeting", EventStatus.POSTPONED),
        (4, "Later seminar", EventStatus.CONFIRMED),
    ]:
        add_event(
            calendar, title, start=soon + datetime.timedelta(days=days), status=status
        )

    page = BeautifulSoup(client.get("/en/").content, "html.parser")

    section = page.find("section", attrs={"aria-labelledby": "upcoming-events"})
    assert [h.get_text(strip=True) for h in section.find_all("h3")] == [
        "Water forum",
        "School visit",
        "Association meeting",
    ]
