"""What a feed's headers and names reveal, and who each published event comes from."""

import datetime

import pytest
from django.utils import timezone
from icalendar import Calendar
from wagtail.models import PageViewRestriction

from directory.models import Organisation
from tests.events.test_feeds_http import FEED, shift_history
from tests.factories.events import TOKYO, add_event, make_category, make_venue

pytestmark = pytest.mark.django_db

START = datetime.datetime(2027, 6, 3, 9, 0, tzinfo=TOKYO)


@pytest.fixture
def seminar(event_index):
    return add_event(
        event_index,
        "Agriculture seminar",
        start=START,
        venue=make_venue("JICA Tokyo", "Tokyo", "JP", "Asia/Tokyo"),
        organiser=Organisation.objects.create(
            name="JICA", slug="jica", email="events@jica.example"
        ),
    )


def private_event(index, title, **fields):
    event = add_event(index, title, start=START, **fields)
    PageViewRestriction.objects.create(
        page=event, restriction_type=PageViewRestriction.PASSWORD, password="kizuna"
    )
    return event


def versions(response):
    return (response["ETag"], response["Last-Modified"])


def test_drafts_and_private_events_leave_the_feed_version_as_it_was(
    client, event_index, seminar
):
    private = private_event(event_index, "Members only")
    shift_history(hours=1)
    before = client.get(FEED)

    seminar.title = "Agriculture seminar (draft)"
    seminar.save_revision()
    draft = add_event(event_index, "Draft visit", start=START, publish=False)
    PageViewRestriction.objects.create(
        page=draft, restriction_type=PageViewRestriction.PASSWORD, password="kizuna"
    )
    private.title = "Members only (new title)"
    private.save_revision().publish()

    assert versions(client.get(FEED)) == versions(before)


def test_a_category_of_private_events_only_is_not_found(client, event_index, seminar):
    private_event(
        event_index, "Board meeting", categories=[make_category("board", "Board")]
    )

    assert client.get(FEED, {"category": "board"}).status_code == 404


def test_each_published_event_names_its_organiser(client, event_index, seminar):
    add_event(event_index, "Open day", start=START + datetime.timedelta(days=1))

    vevents = Calendar.from_ical(client.get(FEED).content).walk("VEVENT")

    assert [
        (
            str(vevent["SUMMARY"]),
            vevent["ORGANIZER"].params["CN"],
            str(vevent["ORGANIZER"]),
        )
        for vevent in vevents
    ] == [
        ("Agriculture seminar", "JICA", "mailto:events@jica.example"),
        # Without an organiser (or its address): the site's sender address.
        ("Open day", "Kizuna", "mailto:noreply@localhost"),
    ]


def test_an_event_over_for_more_than_a_year_drops_out_of_the_feed(
    client, event_index, seminar
):
    now = timezone.now()
    add_event(event_index, "Old visit", start=now - datetime.timedelta(days=400))
    add_event(event_index, "Recent visit", start=now - datetime.timedelta(days=300))

    vevents = Calendar.from_ical(client.get(FEED).content).walk("VEVENT")

    assert sorted(str(vevent["SUMMARY"]) for vevent in vevents) == [
        "Agriculture seminar",
        "Recent visit",
    ]
