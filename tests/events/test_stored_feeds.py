"""Feeds join the VEVENTs each event stored when it was published, and answer 304
without building or loading them."""

import datetime

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from icalendar import Calendar

import events.feeds
import events.ical
from directory.models import Organisation
from events.models import EventFeedText, EventPage
from tests.events.test_feeds_http import FEED, shift_history, titles, uids
from tests.events.test_import import MEETING_UID, partner_export
from tests.factories.bulk_events import bulk_add_events
from tests.factories.events import TOKYO, add_event, make_category, make_venue

pytestmark = pytest.mark.django_db

START = datetime.datetime(2027, 6, 3, 9, 0, tzinfo=TOKYO)
PUBLIC = "https://kizuna.example/"


@pytest.fixture
def public_base(settings):
    """The deployment's public address: texts stored at publish serve its feeds."""
    settings.KIZUNA_PUBLIC_BASE_URL = PUBLIC


def no_building(monkeypatch):
    """Make any VEVENT built from an event fail the request."""

    def refuse(*args, **kwargs):
        raise AssertionError("the feed built a VEVENT")

    monkeypatch.setattr(events.ical, "build_event_components", refuse)


def vevents(response):
    return Calendar.from_ical(response.content).walk("VEVENT")


def test_a_full_feed_joins_the_text_stored_at_publish(
    client, public_base, event_index, monkeypatch
):
    seminar = add_event(
        event_index,
        "Agriculture seminar",
        title_ja="農業セミナー",
        start=START,
        categories=[make_category("seminar", "Seminar")],
    )
    no_building(monkeypatch)

    [english] = vevents(client.get(FEED))
    [japanese] = vevents(client.get("/ja/events/feed.ics"))

    assert (english["UID"], str(english["SUMMARY"]), str(english["URL"])) == (
        seminar.uid,
        "Agriculture seminar",
        f"{PUBLIC}en/events/agriculture-seminar/",
    )
    assert (str(japanese["SUMMARY"]), str(japanese["URL"])) == (
        "農業セミナー",
        f"{PUBLIC}ja/events/agriculture-seminar/",
    )


def test_the_feed_of_one_event_joins_its_stored_text_too(
    client, public_base, event_index, monkeypatch
):
    seminar = add_event(event_index, "Agriculture seminar", start=START)
    no_building(monkeypatch)

    response = client.get("/en/events/agriculture-seminar/event.ics")

    assert uids(response) == [seminar.uid]


def test_a_304_runs_the_same_few_queries_whatever_the_number_of_events_and_builds_nothing(
    client, event_index, monkeypatch
):
    venues = [make_venue(), make_venue("JICA Tokyo", "Tokyo", "JP", "Asia/Tokyo")]

    def queries_of_a_304(etag):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(FEED, headers={"if-none-match": etag})
        assert response.status_code == 304
        assert not any("eventfeedtext" in query["sql"] for query in queries)
        return len(queries)

    bulk_add_events(event_index, 5, first_start=START, venues=venues, repeat_every=2)
    for_five = queries_of_a_304(client.get(FEED)["ETag"])
    bulk_add_events(
        event_index,
        60,
        first_start=START + datetime.timedelta(days=30),
        venues=venues,
        repeat_every=2,
    )

    def refuse(*args, **kwargs):
        raise AssertionError("a 304 built the feed")

    etag = client.get(FEED)["ETag"]
    monkeypatch.setattr(events.feeds, "joined_calendar", refuse)
    no_building(monkeypatch)
    assert queries_of_a_304(etag) == for_five
    # Wagtail's routing and the page's restrictions, then the version's two aggregates.
    assert for_five <= 10


def test_editing_a_venue_refreshes_the_text_and_moves_the_version(client, event_index):
    venue = make_venue("JICA Tokyo", "Tokyo", "JP", "Asia/Tokyo")
    add_event(event_index, "Agriculture seminar", start=START, venue=venue)
    etag = client.get(FEED)["ETag"]
    venue.save()  # saved unchanged: what the feed says is the same
    unchanged = client.get(FEED, headers={"if-none-match": etag})
    shift_history(hours=1)
    EventFeedText.objects.refresh(EventPage.objects.all())  # as published then
    before = client.get(FEED)

    venue.name = "JICA Global Plaza"
    venue.save()
    after = client.get(
        FEED,
        headers={
            "if-none-match": before["ETag"],
            "if-modified-since": before["Last-Modified"],
        },
    )

    assert unchanged.status_code == 304
    assert after.status_code == 200
    assert str(vevents(after)[0]["LOCATION"]) == "JICA Global Plaza, Tokyo"


def test_renaming_an_organiser_or_a_category_reaches_the_feed(client, event_index):
    organiser = Organisation.objects.create(
        name="JICA", slug="jica", email="events@jica.example"
    )
    category = make_category("seminar", "Seminar")
    add_event(
        event_index,
        "Agriculture seminar",
        start=START,
        organiser=organiser,
        categories=[category],
    )
    client.get(FEED)

    organiser.name = "Japan International Cooperation Agency"
    organiser.save()
    category.name = "Workshop"
    category.save()
    [vevent] = vevents(client.get(FEED))

    assert vevent["ORGANIZER"].params["CN"] == "Japan International Cooperation Agency"
    assert [str(name) for name in vevent["CATEGORIES"].cats] == ["Workshop"]


def test_a_draft_of_an_event_changes_neither_its_stored_text_nor_the_feed(
    client, public_base, event_index
):
    seminar = add_event(event_index, "Agriculture seminar", start=START)
    stored = list(EventFeedText.objects.values_list("text", flat=True))

    seminar.title = "Agriculture seminar (draft)"
    seminar.save_revision()

    assert list(EventFeedText.objects.values_list("text", flat=True)) == stored
    assert titles(client.get(FEED)) == ["Agriculture seminar"]


def test_imported_events_store_their_text_as_they_are_published(
    client, public_base, event_index, places, monkeypatch
):
    from events.importing import import_calendar

    import_calendar(partner_export(), event_index)
    no_building(monkeypatch)

    assert MEETING_UID in uids(client.get(FEED))
    assert EventFeedText.objects.filter(event__uid=MEETING_UID).count() == 3


def test_the_command_stores_the_text_of_events_published_before(
    client, public_base, event_index, monkeypatch
):
    seminar = add_event(event_index, "Agriculture seminar", start=START)
    EventFeedText.objects.all().delete()

    call_command("store_feed_texts", verbosity=0)
    no_building(monkeypatch)

    assert sorted(
        EventFeedText.objects.filter(event=seminar).values_list("language", flat=True)
    ) == ["en", "ja", "km"]
    assert uids(client.get(FEED)) == [seminar.uid]


def test_a_text_missing_for_the_host_asked_is_built_once(client, event_index):
    add_event(event_index, "Agriculture seminar", start=START)

    first = client.get(FEED)
    EventPage.objects.update(title="Changed behind the feed's back")

    assert str(vevents(first)[0]["URL"]).startswith("http://testserver/en/")
    # The second request joins what the first stored, not the changed row.
    assert titles(client.get(FEED)) == ["Agriculture seminar"]


def test_deleting_a_venue_takes_it_out_of_the_feed(client, event_index):
    venue = make_venue("JICA Tokyo", "Tokyo", "JP", "Asia/Tokyo")
    add_event(event_index, "Agriculture seminar", start=START, venue=venue)
    shift_history(hours=1)
    before = client.get(FEED)

    venue.delete()
    after = client.get(FEED, headers={"if-none-match": before["ETag"]})

    assert after.status_code == 200
    assert "LOCATION" not in vevents(after)[0]
