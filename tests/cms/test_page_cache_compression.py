"""Stored pages travel gzipped to clients that accept it, and polls answer 304 from the
stored headers alone."""

import datetime
import gzip

import pytest
from wagtail.models import PageViewRestriction

from tests.factories.events import PHNOM_PENH, add_event
from tests.factories.pages import add_article

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache")]
GZIP = {"Accept-Encoding": "gzip, deflate, br"}


def forget_bodies(cache):
    """Evict the stored bodies and keep the headers, as a full cache may (the tests'
    cache is Django's local-memory one)."""
    # Its keys are stored as ":version:key".
    bodies = [key.split(":", 2)[2] for key in cache._cache if key.endswith(":body")]
    assert bodies
    cache.delete_many(bodies)


@pytest.fixture
def feed(event_index):
    for day in range(1, 21):
        add_event(
            event_index,
            f"Rice export seminar {day}",
            start=datetime.datetime(2027, 3, day, 10, 0, tzinfo=PHNOM_PENH),
            time_zone="Asia/Phnom_Penh",
        )
    return "/en/events/feed.ics"


def test_a_stored_feed_is_sent_gzipped_to_calendar_apps_that_accept_it(client, feed):
    plain = client.get(feed)  # builds and stores it
    zipped = client.get(feed, headers=GZIP)
    plain_again = client.get(feed)

    assert zipped["Content-Encoding"] == "gzip"
    assert len(zipped.content) < len(plain.content) / 3
    assert gzip.decompress(zipped.content) == plain.content == plain_again.content
    assert "Content-Encoding" not in plain_again
    for response in (zipped, plain_again):
        assert "Accept-Encoding" in response["Vary"]
        assert response["Content-Type"].startswith("text/calendar")


def test_the_first_visitor_accepting_gzip_gets_it_gzipped_too(client, news_index):
    add_article(news_index, "Water forum opens")

    first = client.get("/en/news/", headers=GZIP)

    assert first["Content-Encoding"] == "gzip"
    assert "Water forum opens" in gzip.decompress(first.content).decode()


def test_a_poll_is_answered_304_from_the_stored_headers_alone(client, feed, page_cache):
    etag = client.get(feed)["ETag"]
    # Only the headers are needed: with the body gone, the poll is still answered.
    forget_bodies(page_cache)

    polled = client.get(feed, headers={"If-None-Match": etag})

    assert polled.status_code == 304
    assert polled.content == b""


def test_a_page_whose_body_was_evicted_is_built_again(client, news_index, page_cache):
    add_article(news_index, "Water forum opens")
    client.get("/en/news/")
    forget_bodies(page_cache)

    again = client.get("/en/news/")

    assert again.status_code == 200
    assert "Water forum opens" in again.text


def test_the_etag_seen_before_storing_still_matches_the_stored_copy(client, feed):
    # A calendar app that fetched the feed uncompressed keeps its strong ETag.
    etag = client.get(feed)["ETag"].removeprefix("W/")

    polled = client.get(feed, headers={"If-None-Match": etag, **GZIP})

    assert polled.status_code == 304


def test_pages_with_a_form_are_never_compressed(client, news_index):
    article = add_article(news_index, "Board minutes")
    PageViewRestriction.objects.create(
        page=article, restriction_type=PageViewRestriction.PASSWORD, password="pw"
    )

    response = client.get(article.url, headers=GZIP)

    assert 'name="csrfmiddlewaretoken"' in response.text
    assert "Content-Encoding" not in response
