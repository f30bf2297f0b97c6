"""On PostgreSQL an index serves Japanese and Khmer searches, short terms included."""

import pytest
from django.db import connection
from wagtail.models import Site

from search.query import SearchQuery
from tests.factories.bulk_news import bulk_add_entries
from tests.factories.pages import add_article

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="PostgreSQL's planner and indexes"
    ),
]

BIGRAM_INDEX = "search_entry_bigrams"
TRIGRAM_INDEX = "search_entry_text_trgm"


@pytest.fixture
def plan(news_index):
    """``plan("ja", "茶道")``: the plan of that search on an index of 20,000 entries in
    which a few articles name the tea ceremony (茶道, 裏千家, ពិធីតែ)."""
    for number in range(3):
        add_article(
            news_index,
            f"Tea ceremony {number}",
            title_ja=f"裏千家の茶道体験 {number}",
            intro_km="ពិធីតែ",
        )
    bulk_add_entries(10_000, language="ja")
    bulk_add_entries(10_000, language="km")
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE search_searchentry")
        cursor.execute("ANALYZE wagtailcore_page")
    site = Site.objects.get(is_default_site=True)

    def explain(language, text):
        results = SearchQuery(text=text).pages(language=language, site=site)
        assert len(results) == 3
        return results.get_queryset().explain()

    return explain


@pytest.mark.parametrize("language, term", [("ja", "茶道"), ("km", "តែ")])
def test_a_two_character_term_is_looked_up_in_the_pair_index(plan, language, term):
    shown = plan(language, term)

    assert f"Bitmap Index Scan on {BIGRAM_INDEX}" in shown
    assert "Seq Scan on search_searchentry" not in shown


@pytest.mark.parametrize("language, term", [("ja", "裏千家"), ("km", "ពិធីតែ")])
def test_a_longer_term_is_looked_up_in_an_index(plan, language, term):
    shown = plan(language, term)

    assert f"Bitmap Index Scan on {BIGRAM_INDEX}" in shown or (
        f"Bitmap Index Scan on {TRIGRAM_INDEX}" in shown
    )
    assert "Seq Scan on search_searchentry" not in shown
