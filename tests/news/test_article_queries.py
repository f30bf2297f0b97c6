"""An article page runs the same number of queries whatever it names."""

import datetime

import pytest

from directory.models import Organisation, Person
from tests.factories.events import PHNOM_PENH, add_event
from tests.factories.pages import add_article
from tests.queries import count_queries

pytestmark = pytest.mark.django_db


def article_naming(news_index, event_index, count):
    """An article with ``count`` organisations, people and tags, and a tenth as many
    events (publishing an event is slow; a tenth still tells one query from many)."""
    organisations = [
        Organisation.objects.create(name=f"Ministry {count}-{n}", slug=f"m-{count}-{n}")
        for n in range(count)
    ]
    people = [
        Person.objects.create(name=f"Person {count}-{n}", organisation=organisations[n])
        for n in range(count)
    ]
    events = [
        add_event(
            event_index,
            f"Meeting {count}-{n}",
            start=datetime.datetime(2027, 1, 12 + n, 10, 0, tzinfo=PHNOM_PENH),
        )
        for n in range(count // 10)
    ]
    article = add_article(
        news_index,
        f"Visit {count}",
        tags=[f"topic-{count}-{n}" for n in range(count)],
        organisations=organisations,
        people=people,
    )
    article.related_events.add(*events)
    article.save_revision().publish()
    return article


def test_the_article_page_does_not_query_per_item_it_names(
    client, news_index, event_index
):
    few = article_naming(news_index, event_index, 10)
    many = article_naming(news_index, event_index, 100)

    few_queries = count_queries(client, few.url)
    many_queries = count_queries(client, many.url)

    page = client.get(many.url).content.decode()
    assert page.count("Ministry 100-") == 100
    assert few_queries == many_queries
