"""Anonymous visitors get stored pages; editors' changes reach them on the next request."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from directory.models import Venue
from events.importing import import_calendar
from exchanges import capacity
from tests.factories.events import PHNOM_PENH, add_event
from tests.factories.exchanges import add_programme, add_programme_index, school_request
from tests.factories.pages import add_article

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache")]


def queries_for(client, path, **headers):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path, headers=headers)
    return response, len(queries)


@pytest.mark.parametrize("language", ["en", "ja", "km"])
def test_a_second_anonymous_visit_is_served_without_a_query(
    client, news_index, language
):
    add_article(news_index, "Water forum opens")
    first, _ = queries_for(client, f"/{language}/news/")
    second, queries = queries_for(client, f"/{language}/news/")

    assert queries == 0
    assert second.status_code == 200
    assert second.content == first.content
    assert second["Content-Language"] == language
    assert "Content-Security-Policy" in second


def test_each_language_is_stored_apart(client, news_index):
    client.get("/en/news/")
    assert "ニュース" in client.get("/ja/news/").text


def test_feeds_are_stored_and_still_answer_conditional_requests(
    client, news_index, event_index
):
    add_article(news_index, "Water forum opens")
    add_event(
        event_index,
        "Water forum",
        start=datetime.datetime(2027, 3, 1, 10, 0, tzinfo=PHNOM_PENH),
        time_zone="Asia/Phnom_Penh",
    )
    client.get("/en/feeds/news.rss")
    first = client.get("/en/events/feed.ics")
    rss, rss_queries = queries_for(client, "/en/feeds/news.rss")
    again, queries = queries_for(
        client, "/en/events/feed.ics", **{"If-None-Match": first["ETag"]}
    )

    assert rss_queries == 0 and "Water forum opens" in rss.text
    assert queries == 0
    assert again.status_code == 304


def test_logged_in_editors_never_get_or_fill_the_cache(
    client, news_index, django_user_model
):
    client.get("/en/news/")
    editor = django_user_model.objects.create_user("editor", password="pw")
    client.force_login(editor)

    _, queries = queries_for(client, "/en/news/")

    assert queries > 0


def test_a_visitor_with_a_message_waiting_gets_a_fresh_page(client, news_index):
    client.get("/en/news/")
    client.cookies["messages"] = "waiting"

    _, queries = queries_for(client, "/en/news/")

    assert queries > 0


def test_the_admin_and_pages_with_a_form_are_not_stored(client, news_index):
    from wagtail.models import PageViewRestriction

    article = add_article(news_index, "Board minutes")
    PageViewRestriction.objects.create(
        page=article, restriction_type=PageViewRestriction.PASSWORD, password="pw"
    )
    for path in ("/admin/login/", article.url):
        client.get(path)
        response, queries = queries_for(client, path)

        assert 'name="csrfmiddlewaretoken"' in response.text
        assert queries > 0


def test_publishing_reaches_every_page_showing_it_in_every_language(
    client, home_page, news_index, django_capture_on_commit_callbacks
):
    for language in ("en", "ja", "km"):
        client.get(f"/{language}/news/")
        client.get(f"/{language}/")

    with translation.override("en"), django_capture_on_commit_callbacks(execute=True):
        add_article(news_index, "Water forum opens", title_ja="水フォーラム開幕")

    assert "Water forum opens" in client.get("/en/news/").text
    assert "水フォーラム開幕" in client.get("/ja/news/").text
    assert "Water forum opens" in client.get("/km/news/").text


def test_unpublishing_reaches_the_cached_article_and_its_index(
    client, news_index, django_capture_on_commit_callbacks
):
    article = add_article(news_index, "Water forum opens")
    assert client.get(article.url).status_code == 200
    client.get("/en/news/")

    with django_capture_on_commit_callbacks(execute=True):
        article.unpublish()

    assert client.get(article.url).status_code == 404
    assert "Water forum opens" not in client.get("/en/news/").text


def test_a_venue_renamed_shows_on_the_event_page(
    client, event_index, django_capture_on_commit_callbacks
):
    venue = Venue.objects.create(name="Chaktomuk Hall", time_zone="Asia/Phnom_Penh")
    event = add_event(
        event_index,
        "Water forum",
        start=datetime.datetime(2027, 3, 1, 10, 0, tzinfo=PHNOM_PENH),
        venue=venue,
    )
    assert "Chaktomuk Hall" in client.get(event.url).text

    with django_capture_on_commit_callbacks(execute=True):
        venue.name = "Chaktomuk Conference Hall"
        venue.save()

    assert "Chaktomuk Conference Hall" in client.get(event.url).text


def test_the_request_log_says_whether_the_cache_answered(client, news_index, caplog):
    import logging

    caplog.set_level(logging.INFO, logger="kizuna.request")
    client.get("/en/news/")
    client.get("/en/news/")
    client.get("/healthz")

    caches = [
        record.getMessage().rsplit("cache=", 1)[1]
        for record in caplog.records
        if record.name == "kizuna.request"
    ]
    assert caches == ["miss", "hit", "skip"]


def test_pages_counting_places_left_are_never_stored(client, home_page):
    programme = add_programme(add_programme_index(home_page))
    for url in (programme.url, programme.get_parent().url):
        first, _ = queries_for(client, url)
        # Nor by Varnish in front, whose rules follow the same header.
        assert "no-cache" in first["Cache-Control"]

    capacity.register(programme, school_request(1, students=5))

    for url in (programme.url, programme.get_parent().url):
        _, queries = queries_for(client, url)
        assert queries > 0
    assert "15 places left" in client.get(programme.url).text


def test_events_imported_in_bulk_show_on_the_cached_calendar(
    client, event_index, django_capture_on_commit_callbacks
):
    assert "Water forum" not in client.get(event_index.url).text
    calendar = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Partner//EN\r\n"
        b"BEGIN:VEVENT\r\nUID:water-forum@partner.example\r\nDTSTAMP:20260101T000000Z\r\n"
        b"SUMMARY:Water forum\r\nDTSTART;TZID=Asia/Phnom_Penh:20270301T100000\r\n"
        b"DTEND;TZID=Asia/Phnom_Penh:20270301T120000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )

    with django_capture_on_commit_callbacks(execute=True):
        import_calendar(calendar, event_index)

    assert "Water forum" in client.get(event_index.url).text
