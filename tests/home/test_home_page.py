"""The home page's three event slots go to events that will take place."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.db.models.signals import post_init
from django.utils import timezone

from events.enums import EventStatus
from events.models import EventPage
from tests.factories.bulk_events import bulk_add_events
from tests.factories.events import add_event, add_event_index, make_venue

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


@pytest.fixture
def busy_calendar(home_page):
    """A calendar of bulk events, one a day from six days ago, every tenth a weekly
    series whose second date is cancelled."""
    calendar = add_event_index(home_page)
    six_days_ago = timezone.now().replace(microsecond=0) - datetime.timedelta(days=6)

    def add(count, already=0):
        bulk_add_events(
            calendar,
            count,
            first_start=six_days_ago + datetime.timedelta(days=already),
            venues=[make_venue()],
            repeat_every=10,
        )

    return add


def upcoming_titles(client):
    page = BeautifulSoup(client.get("/en/").content, "html.parser")
    section = page.find("section", attrs={"aria-labelledby": "upcoming-events"})
    return [h.get_text(strip=True) for h in section.find_all("h3")]


def test_the_home_page_lists_the_three_next_events_among_many(client, busy_calendar):
    busy_calendar(300)

    # Events 2 to 6 are over; the series Event 1 has its next date tomorrow, cancelled:
    # it gives that slot to the next event.
    assert upcoming_titles(client) == ["Event 7", "Event 8", "Event 9"]


def test_the_home_page_reads_the_same_events_however_many_are_planned(
    client, busy_calendar
):
    def pages_built():
        built = []

        def count(sender, instance, **kwargs):
            built.append(instance.pk)

        client.get("/en/")
        post_init.connect(count, sender=EventPage)
        try:
            titles = upcoming_titles(client)
        finally:
            post_init.disconnect(count, sender=EventPage)
        return titles, len(built)

    busy_calendar(30)
    titles, with_thirty = pages_built()
    busy_calendar(570, already=30)

    assert pages_built() == (titles, with_thirty)
    # The three shown and the few series looked at to be sure none comes sooner.
    assert with_thirty <= 3 + 3
