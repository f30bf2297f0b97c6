"""Pages are found in one query for the whole path, and still answer as Wagtail's own
walk would: restricted pages ask for their password (through an alias too), drafts and
missing pages are 404s, breadcrumbs name every section, calendar files reach their page."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from home.models import StandardPage
from tests.factories.events import PHNOM_PENH, add_event
from tests.factories.pages import add_article

pytestmark = pytest.mark.django_db


def restrict(page):
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )


def page_queries(client, path):
    client.get(path)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    return response, [q["sql"] for q in captured]


def test_a_page_under_a_restricted_section_asks_for_the_password(client, news_index):
    article = add_article(news_index, "Board decisions")
    restrict(news_index)

    response = client.get(article.url)

    assert response.status_code == 200
    assert "Board decisions" not in response.text
    assert 'name="password"' in response.text


def test_an_alias_of_a_restricted_page_asks_for_the_password(client, home_page):
    board = home_page.add_child(instance=StandardPage(title="Board", slug="board"))
    restrict(board)
    alias = board.create_alias(parent=home_page, update_slug="board-alias")

    response = client.get("/en/board-alias/")

    assert alias.url == "/en/board-alias/"
    assert 'name="password"' in response.text


def test_drafts_and_missing_pages_are_not_found(client, news_index):
    draft = add_article(news_index, "Not yet")
    draft.unpublish()

    assert client.get("/en/news/not-yet/").status_code == 404
    assert client.get("/en/news/no-such-article/").status_code == 404
    assert client.get("/en/news/not-yet/deeper/").status_code == 404
    assert client.get("/en/no-such-section/article/").status_code == 404


def test_breadcrumbs_name_the_sections_above_the_page(client, news_index):
    article = add_article(news_index, "Forum announced")

    response = client.get(article.url)

    assert '<a href="/en/news/"' in response.text.split('class="breadcrumbs"')[1]


def test_event_pages_and_their_calendar_files_route_below_the_calendar(
    client, event_index
):
    event = add_event(
        event_index,
        "Open forum",
        start=datetime.datetime(2027, 3, 1, 10, 0, tzinfo=PHNOM_PENH),
    )

    page = client.get(event.url)
    ics = client.get(event.url + "event.ics")
    feed = client.get("/en/events/feed.ics")

    assert "Open forum" in page.text
    assert ics["Content-Type"].startswith("text/calendar")
    assert b"SUMMARY:Open forum" in ics.content
    assert b"SUMMARY:Open forum" in feed.content


def test_the_page_tree_is_read_once_whatever_the_depth(client, news_index):
    article = add_article(news_index, "Forum announced")

    _, index_queries = page_queries(client, "/en/news/")
    _, article_queries = page_queries(client, article.url)

    def tree_walks(queries):
        return [q for q in queries if '"wagtailcore_page"."slug" =' in q]

    assert len(tree_walks(index_queries)) == len(tree_walks(article_queries)) == 1
