"""An event page runs the same number of queries whatever it lists."""

import datetime

import pytest

from tests.factories.events import PHNOM_PENH, add_event, make_category
from tests.factories.pages import add_article
from tests.queries import count_queries

pytestmark = pytest.mark.django_db


def event_with(event_index, news_index, count):
    """A weekly seminar with ``count`` categories and a fifth as many articles naming
    it (publishing an article is slow; a fifth still tells one query from many)."""
    event = add_event(
        event_index,
        f"Seminar {count}",
        start=datetime.datetime(2027, 1, 12, 10, 0, tzinfo=PHNOM_PENH),
        rrule="FREQ=WEEKLY",
        categories=[make_category(f"topic-{n}", f"Topic {n}") for n in range(count)],
    )
    for number in range(count // 5):
        article = add_article(news_index, f"Report {count}-{number}")
        article.related_events.add(event)
        article.save_revision().publish()
    return event


def test_the_event_page_does_not_query_per_category_or_article(
    client, event_index, news_index
):
    few = event_with(event_index, news_index, 10)
    many = event_with(event_index, news_index, 100)

    few_queries = count_queries(client, few.url)
    many_queries = count_queries(client, many.url)

    assert client.get(many.url).content.decode().count('class="related-list"') == 1
    assert few_queries == many_queries
