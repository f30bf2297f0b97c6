"""Bulk articles dressed as the demo's read as an editor's would, in each language."""

import pytest
from bs4 import BeautifulSoup
from taggit.models import Tag

from directory.models import Organisation
from news.models import NewsArticlePage
from tests.factories.bulk_news import Dressing, bulk_add_articles
from tests.factories.images import make_image
from tests.factories.pages import make_kind
from tests.queries import count_queries

pytestmark = pytest.mark.django_db


@pytest.fixture
def dressing():
    return Dressing(
        kinds=(make_kind(), make_kind("ministerial-visit", "Ministerial visit")),
        images=(make_image(width=96, height=54),),
        tags=tuple(Tag.objects.create(name=n, slug=n) for n in ("mou", "rice")),
        parties=tuple(
            Organisation.objects.create(name=name, slug=name.lower())
            for name in ("JICA", "CDC", "METI")
        ),
        agreement_every=2,
    )


def text_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser").main.get_text(" ")


def test_an_article_shows_its_body_kind_and_agreements_in_each_language(
    client, news_index, dressing
):
    first, second = bulk_add_articles(news_index, 2, dressing=dressing)
    article = NewsArticlePage.objects.get(pk=first)
    agreement = article.agreements.first()

    for lang in ("en", "ja", "km"):
        body = getattr(article, f"body_{lang}")
        shown = text_of(client, f"/{lang}/news/{article.slug}/")
        paragraph = BeautifulSoup(body[1].value.source, "html.parser").get_text()
        assert paragraph in shown
        assert body[2].value["caption"] in shown
        assert getattr(agreement, f"title_{lang}") in shown
    assert "MoU signing" in text_of(client, f"/en/news/{article.slug}/")
    assert {p.name for p in agreement.parties.all()} <= {"JICA", "CDC", "METI"}
    assert set(article.organisations.all()) >= set(agreement.parties.all())
    assert not NewsArticlePage.objects.get(pk=second).agreements.exists()
    assert sorted(article.tags.names()) == ["mou", "rice"]


def test_the_news_index_costs_as_many_queries_for_ten_times_the_articles(
    client, news_index, dressing
):
    bulk_add_articles(news_index, 12, dressing=dressing)
    for_twelve = count_queries(client, "/en/news/")
    bulk_add_articles(news_index, 108, seed=2, dressing=dressing)

    assert count_queries(client, "/en/news/") == for_twelve
