"""The feeds as calendar apps fetch them: what is in them, headers, 304s, query counts."""

import datetime

import pytest
from django.db import connection
from django.db.models import F
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.http import http_date
from icalendar import Calendar
from wagtail.models import PageLogEntry, PageViewRestriction

from events.enums import EventStatus
from events.models import EventPage
from tests.factories.bulk_events import bulk_add_events
from tests.factories.calendar_events import add_association_meeting
from tests.factories.events import TOKYO, add_event, make_category, make_venue

pytestmark = pytest.mark.django_db

FEED = "/en/events/feed.ics"


def uids(response):
    return [
        vevent["UID"] for vevent in Calendar.from_ical(response.content).walk("VEVENT")
    ]


def titles(response):
    return sorted(
        str(vevent["SUMMARY"])
        for vevent in Calendar.from_ical(response.content).walk("VEVENT")
    )


def shift_history(hours):
    """Make every publication and logged edit so many hours older: HTTP dates have
    whole seconds, so a change in the same second as a fetch would look unchanged."""
    EventPage.objects.update(
        last_published_at=F("last_published_at") - datetime.timedelta(hours=hours)
    )
    PageLogEntry.objects.update(
        timestamp=F("timestamp") - datetime.timedelta(hours=hours)
    )


@pytest.fixture
def seminar(event_index):
    return add_event(
        event_index,
        "Agriculture seminar",
        title_ja="農業セミナー",
        start=datetime.datetime(2027, 6, 3, 9, 0, tzinfo=TOKYO),
        venue=make_venue("JICA Tokyo", "Tokyo", "JP", "Asia/Tokyo"),
        categories=[make_category("seminar", "Seminar")],
    )


@pytest.fixture
def concert(event_index):
    return add_event(
        event_index,
        "Friendship concert",
        start=datetime.datetime(2027, 7, 1, 19, 0, tzinfo=TOKYO),
        venue=make_venue(),  # Peace Palace, Phnom Penh (KH)
        categories=[make_category("culture", "Culture")],
    )


def test_the_feed_is_a_calendar_file_that_caches_may_keep_an_hour(client, seminar):
    before = timezone.now().replace(microsecond=0)
    response = client.get(FEED)
    [vevent] = Calendar.from_ical(response.content).walk("VEVENT")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert (
        response["Content-Disposition"] == 'attachment; filename="kizuna-events-en.ics"'
    )
    assert response["Cache-Control"] == "public, max-age=3600"
    assert response["ETag"].startswith('W/"')
    assert vevent["UID"] == seminar.uid
    # DTSTAMP says when this copy was made, not when the event was.
    assert before <= vevent.DTSTAMP <= timezone.now()


def test_each_language_has_its_own_feed_with_the_same_uids(client, seminar):
    response = client.get("/ja/events/feed.ics")

    assert (
        response["Content-Disposition"] == 'attachment; filename="kizuna-events-ja.ics"'
    )
    assert uids(response) == [seminar.uid]
    assert titles(response) == ["農業セミナー"]
    assert response["ETag"] != client.get(FEED)["ETag"]


def test_head_answers_with_the_headers_of_get(client, seminar):
    got, head = client.get(FEED), client.head(FEED)

    assert head.status_code == 200
    assert head.content == b""
    assert {name: head[name] for name in ("Content-Type", "ETag", "Last-Modified")} == {
        name: got[name] for name in ("Content-Type", "ETag", "Last-Modified")
    }


def test_a_client_with_the_current_etag_gets_304(client, seminar):
    etag = client.get(FEED)["ETag"]

    response = client.get(FEED, headers={"if-none-match": etag})

    assert response.status_code == 304
    assert response.content == b""
    assert (response["ETag"], response["Cache-Control"]) == (
        etag,
        "public, max-age=3600",
    )


def test_a_client_with_the_current_date_gets_304(client, seminar):
    last_modified = client.get(FEED)["Last-Modified"]

    assert (
        client.get(FEED, headers={"if-modified-since": last_modified}).status_code
        == 304
    )
    earlier = http_date(timezone.now().timestamp() - 86400 * 365)
    assert client.get(FEED, headers={"if-modified-since": earlier}).status_code == 200


def test_publishing_an_event_changes_etag_and_date(client, seminar, event_index):
    shift_history(hours=1)
    before = client.get(FEED)

    add_event(
        event_index, "Tea ceremony", start=datetime.datetime(2027, 8, 1, tzinfo=TOKYO)
    )
    after = client.get(
        FEED,
        headers={
            "if-none-match": before["ETag"],
            "if-modified-since": before["Last-Modified"],
        },
    )

    assert after.status_code == 200
    assert titles(after) == ["Agriculture seminar", "Tea ceremony"]


def test_unpublishing_an_event_is_seen_by_date_alone(client, seminar, concert):
    shift_history(hours=1)
    before = client.get(FEED)

    concert.unpublish()
    after = client.get(FEED, headers={"if-modified-since": before["Last-Modified"]})

    assert after.status_code == 200
    assert uids(after) == [seminar.uid]
    assert after["ETag"] != before["ETag"]


def test_drafts_unpublished_and_private_events_never_appear(
    client, event_index, seminar
):
    start = datetime.datetime(2027, 9, 1, 10, 0, tzinfo=TOKYO)
    add_event(event_index, "Draft visit", start=start, publish=False)
    add_event(event_index, "Withdrawn visit", start=start).unpublish()
    private = add_event(event_index, "Members only", start=start)
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="kizuna"
    )
    seminar.title = "Agriculture seminar (draft of a new title)"
    seminar.save_revision()

    response = client.get(FEED)

    assert uids(response) == [seminar.uid]
    assert titles(response) == ["Agriculture seminar"]


@pytest.mark.parametrize(("days_past_retention", "kept"), [(-1, True), (1, False)])
def test_a_cancelled_event_stays_for_the_retention_then_drops_out(
    client, seminar, settings, days_past_retention, kept
):
    seminar.status = EventStatus.CANCELLED
    seminar.save_revision().publish()
    EventPage.objects.filter(pk=seminar.pk).update(
        cancelled_at=timezone.now()
        - settings.KIZUNA_CANCELLED_EVENT_RETENTION
        - datetime.timedelta(days=days_past_retention)
    )

    vevents = Calendar.from_ical(client.get(FEED).content).walk("VEVENT")

    assert [str(vevent["STATUS"]) for vevent in vevents] == (
        ["CANCELLED"] if kept else []
    )


def test_category_and_country_narrow_the_feed(client, seminar, concert):
    assert uids(client.get(FEED, {"category": "culture"})) == [concert.uid]
    assert uids(client.get(FEED, {"country": "JP"})) == [seminar.uid]
    assert uids(client.get(FEED, {"country": "kh"})) == [concert.uid]
    assert uids(client.get(FEED, {"category": "culture", "country": "JP"})) == []


def test_a_narrowed_feed_says_so_in_its_name_and_file_name(client, seminar):
    response = client.get(FEED, {"category": "seminar", "country": "JP"})
    calendar = Calendar.from_ical(response.content)

    assert calendar["X-WR-CALNAME"] == "Kizuna: Events – Seminar – Japan"
    # The index has no introduction of its own: the site's describes the calendar.
    assert calendar["X-WR-CALDESC"] == "Japan–Cambodia exchange."
    assert response["Content-Disposition"] == (
        'attachment; filename="kizuna-events-en-seminar-jp.ics"'
    )


def test_a_known_category_without_events_is_an_empty_calendar(client, seminar):
    make_category("sport", "Sport")

    response = client.get(FEED, {"category": "sport"})

    assert (response.status_code, uids(response)) == (200, [])


@pytest.mark.parametrize("query", [{"category": "no-such"}, {"country": "FR"}])
def test_an_unknown_category_or_country_is_not_found(client, seminar, query):
    assert client.get(FEED, query).status_code == 404


def test_the_feed_answers_only_reading_methods(client, seminar):
    assert client.post(FEED).status_code == 405


def test_queries_do_not_grow_with_the_number_of_events(client, event_index, seminar):
    add_association_meeting(event_index)
    venues = [make_venue(), make_venue("JICA Tokyo", "Tokyo", "JP", "Asia/Tokyo")]
    categories = [make_category("seminar"), make_category("culture", "Culture")]

    def add_events(count, first_start):
        bulk_add_events(
            event_index,
            count,
            first_start=first_start,
            venues=venues,
            categories=categories,
            repeat_every=3,
        )

    def count_queries():
        client.get(FEED)  # Wagtail caches the site's root paths on the first request.
        with CaptureQueriesContext(connection) as queries:
            response = client.get(FEED)
        return len(set(uids(response))), len(queries)

    add_events(8, datetime.datetime(2027, 10, 1, 9, 0, tzinfo=TOKYO))
    ten_events, queries_for_ten = count_queries()
    add_events(190, datetime.datetime(2028, 1, 1, 9, 0, tzinfo=TOKYO))

    assert ten_events == 10
    assert count_queries() == (200, queries_for_ten)


def test_an_event_alone_as_a_file_named_after_it(client, seminar):
    url = "/en/events/agriculture-seminar/event.ics"

    response = client.get(url)

    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == (
        'attachment; filename="agriculture-seminar.ics"'
    )
    assert response["Cache-Control"] == "public, max-age=3600"
    assert uids(response) == [seminar.uid]
    assert (
        client.get(url, headers={"if-none-match": response["ETag"]}).status_code == 304
    )


def test_a_draft_event_has_no_file(client, event_index):
    add_event(
        event_index,
        "Draft visit",
        start=datetime.datetime(2027, 9, 1, tzinfo=TOKYO),
        publish=False,
    )

    assert client.get("/en/events/draft-visit/event.ics").status_code == 404


def test_a_private_event_file_asks_for_the_password(client, seminar):
    PageViewRestriction.objects.create(
        page=seminar, restriction_type=PageViewRestriction.PASSWORD, password="kizuna"
    )

    response = client.get("/en/events/agriculture-seminar/event.ics")

    assert response["Content-Type"] == "text/html; charset=utf-8"
    assert seminar.uid.encode() not in response.content


def test_a_members_only_event_file_is_never_kept_by_shared_caches(
    client, seminar, django_user_model
):
    PageViewRestriction.objects.create(
        page=seminar, restriction_type=PageViewRestriction.LOGIN
    )
    client.force_login(django_user_model.objects.create_user("member"))

    response = client.get("/en/events/agriculture-seminar/event.ics")

    assert uids(response) == [seminar.uid]
    assert sorted(response["Cache-Control"].split(", ")) == [
        "max-age=0",
        "must-revalidate",
        "no-cache",
        "no-store",
        "private",
    ]
