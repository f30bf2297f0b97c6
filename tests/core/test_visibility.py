"""Restricted sections stay out of menus, footers and listings, at no query per list."""

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


@pytest.fixture
def private_and_public(home_page, news_index, event_index):
    """A restricted standard page and event index beside public ones."""
    about = home_page.add_child(instance=StandardPage(title="About", slug="about"))
    board = home_page.add_child(
        instance=StandardPage(title="Board minutes", slug="board", show_in_menus=True)
    )
    restrict(board)
    meeting = add_event(
        event_index,
        "Open forum",
        start=datetime.datetime(2027, 3, 1, 10, 0, tzinfo=PHNOM_PENH),
    )
    members = add_event(
        event_index,
        "Members dinner",
        start=datetime.datetime(2027, 3, 2, 19, 0, tzinfo=PHNOM_PENH),
    )
    restrict(members)
    article = add_article(news_index, "Forum announced")
    article.related_events.add(meeting, members)
    article.save_revision().publish()
    hidden = add_article(news_index, "Board decisions")
    restrict(hidden)
    return about, article


def test_restricted_pages_are_left_out_of_menu_footer_and_listings(
    client, private_and_public
):
    about, article = private_and_public

    home = client.get("/en/").text
    news = client.get("/en/news/").text
    shown = client.get(article.url).text

    assert "Board minutes" not in home
    assert 'href="/en/about/"' in home  # the footer still lists the public page
    assert "Forum announced" in news
    assert "Board decisions" not in news
    assert "Open forum" in shown
    assert "Members&#x27; dinner" not in shown and "Members dinner" not in shown


def test_no_query_reads_the_restrictions_on_its_own(client, private_and_public):
    _, article = private_and_public
    client.get(article.url)

    with CaptureQueriesContext(connection) as queries:
        client.get(article.url)

    reading_restrictions = [
        q["sql"]
        for q in queries
        if q["sql"].startswith('SELECT "wagtailcore_pageviewrestriction"')
    ]
    # The route's query found the page public, so Wagtail's serve check reads none;
    # menu, footer and events ask in their own query.
    assert reading_restrictions == []
