"""A venue edited in the admin: the editor's request drops the stored VEVENTs of the
events at it in a few queries, feeds build them afresh meanwhile, and the background
worker stores them again."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django_tasks_db.models import DBTaskResult
from icalendar import Calendar

from events.models import EventFeedText, EventPage
from tests.delegations.test_related_pages import browser_form_data
from tests.events.test_feeds_http import FEED, shift_history
from tests.events.test_stored_feeds import START, no_building
from tests.factories.bulk_events import bulk_add_events
from tests.factories.events import add_event, make_venue
from tests.tasks import run_background_tasks

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, django_user_model):
    django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    client.login(username="editor", password="pw")
    return client


@pytest.fixture
def venue(db):
    return make_venue("JICA Tokyo", "Tokyo", "JP", "Asia/Tokyo")


def rename(client, venue, name, capture):
    """The editor renames the venue in the admin, as a browser submits the form."""
    url = reverse("wagtailsnippets_directory_venue:edit", args=[venue.pk])
    form = BeautifulSoup(client.get(url).content.decode(), "html.parser").select_one(
        "form#w-editor-form"
    )
    data = {**browser_form_data(form), "name_en": name}
    with capture(execute=True):
        response = client.post(url, data)
    assert response.status_code == 302
    return response


def locations(client):
    feed = Calendar.from_ical(client.get(FEED).content)
    return sorted(str(vevent["LOCATION"]) for vevent in feed.walk("VEVENT"))


def test_a_renamed_venue_reaches_the_feed_at_once_and_its_stored_texts_by_the_worker(
    client,
    editor,
    event_index,
    venue,
    django_capture_on_commit_callbacks,
    monkeypatch,
    settings,
):
    # The feed's origin is the one the worker stores texts for.
    settings.KIZUNA_PUBLIC_BASE_URL = "https://kizuna.example/"
    for day in range(2):
        add_event(
            event_index,
            f"Seminar {day}",
            start=START + datetime.timedelta(days=day),
            venue=venue,
        )
    assert locations(client) == ["JICA Tokyo, Tokyo"] * 2
    shift_history(hours=1)
    before = client.get(FEED)

    rename(editor, venue, "JICA Global Plaza", django_capture_on_commit_callbacks)

    # Before the worker runs: the feed has a new version and builds the new name.
    assert (
        client.get(FEED, headers={"if-none-match": before["ETag"]}).status_code == 200
    )
    assert locations(client) == ["JICA Global Plaza, Tokyo"] * 2
    EventFeedText.objects.all().delete()

    run_background_tasks()

    texts = EventFeedText.objects.values_list("language", "text")
    assert sorted({language for language, _text in texts}) == ["en", "ja", "km"]
    assert all("JICA Global Plaza" in text for _language, text in texts)
    # What the worker stored serves the feed, with nothing built.
    no_building(monkeypatch)
    assert locations(client) == ["JICA Global Plaza, Tokyo"] * 2


def test_the_editors_request_runs_the_same_queries_whatever_the_events_at_the_venue(
    editor, event_index, venue, django_capture_on_commit_callbacks, monkeypatch
):
    # Small batches, so that work done per batch of events would show with a few.
    monkeypatch.setattr("events.models.feed_texts.BATCH", 2)

    def queries_of_a_rename(count, name):
        EventPage.objects.all().delete()
        bulk_add_events(event_index, count, first_start=START, venues=[venue])
        EventFeedText.objects.refresh(EventPage.objects.all())
        with CaptureQueriesContext(connection) as queries:
            rename(editor, venue, name, django_capture_on_commit_callbacks)
        assert not EventFeedText.objects.exists()
        return len(queries)

    queries_of_a_rename(3, "JICA Global Plaza")  # warms the admin's own caches
    few = queries_of_a_rename(3, "JICA Ichigaya")
    many = queries_of_a_rename(60, "JICA Hiroo")

    assert many == few
    # One job each, however many events it refreshes.
    assert (
        DBTaskResult.objects.filter(task_path__endswith="refresh_feed_texts").count()
        == 3
    )


def test_a_venue_saved_unchanged_keeps_its_events_texts_and_queues_nothing(
    editor, event_index, venue, django_capture_on_commit_callbacks
):
    add_event(event_index, "Seminar", start=START, venue=venue)
    stored = sorted(EventFeedText.objects.values_list("pk", "text"))

    rename(editor, venue, "JICA Tokyo", django_capture_on_commit_callbacks)

    assert sorted(EventFeedText.objects.values_list("pk", "text")) == stored
    assert not DBTaskResult.objects.exists()
