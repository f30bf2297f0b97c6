"""The index follows what is published, through Wagtail's own indexing only."""

import io

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from wagtail.models import Page
from wagtail.search.index import get_indexed_models

from directory.models import Organisation
from search.models import SearchEntry
from tests.factories.pages import add_article

pytestmark = pytest.mark.django_db


def entries_of(page):
    return SearchEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(Page), object_id=str(page.pk)
    )


def test_published_edit_becomes_findable(search, news_index):
    article = add_article(news_index, "Factory visit", title_ja="工場を視察")

    article.title_ja = "カシューナッツ工場を視察"
    article.save_revision().publish()

    assert search("ja", "カシュー").titles == ["カシューナッツ工場を視察"]
    assert search("ja", "工場を視察").titles == ["カシューナッツ工場を視察"]


def test_draft_edit_is_not_findable_until_published(search, news_index):
    article = add_article(news_index, "Factory visit", title_ja="工場を視察")

    article.title_ja = "カシューナッツ工場を視察"
    article.intro_ja = "新しい紹介文"
    revision = article.save_revision()

    assert search("ja", "カシュー").titles == []
    assert search("ja", "新しい").titles == []
    assert search("ja", "工場").titles == ["工場を視察"]
    assert "新しい" not in " ".join(entries_of(article).values_list("text", flat=True))

    revision.publish()

    assert search("ja", "新しい").titles == ["カシューナッツ工場を視察"]


def test_republished_article_is_found_again(search, news_index):
    article = add_article(news_index, "Cashew factory visit")
    article.unpublish()

    article.get_latest_revision().publish()

    assert search("en", "cashew").titles == ["Cashew factory visit"]


def test_a_page_has_one_entry_per_language_keyed_by_content_type_and_id(news_index):
    article = add_article(
        news_index, "Cashew factory visit", title_ja="カシューナッツ工場を視察"
    )

    entries = SearchEntry.objects.filter(object_id=str(article.pk)).order_by("language")

    assert [(e.content_type.model, e.language, e.title) for e in entries] == [
        ("page", "en", " cashew factory visit "),
        ("page", "ja", " カシューナッツ工場を視察 "),
        ("page", "km", " cashew factory visit "),
    ]


def test_never_published_and_unpublished_pages_have_no_entries(news_index):
    draft = add_article(news_index, "Cashew plans", publish=False)
    article = add_article(news_index, "Cashew factory visit")
    assert entries_of(draft).count() == 0
    assert entries_of(article).count() == 3

    article.unpublish()

    assert entries_of(article).count() == 0


def test_deleted_page_leaves_the_index(news_index):
    article = add_article(news_index, "Cashew factory visit")

    Page.objects.get(pk=article.pk).delete()

    assert SearchEntry.objects.filter(object_id=str(article.pk)).count() == 0


def test_snippets_are_indexed_in_each_language():
    organisation = Organisation.objects.create(
        name="Ministry of Labour", name_ja="カンボジア労働職業訓練省", slug="mlvt"
    )

    entries = SearchEntry.objects.filter(object_id=str(organisation.pk))

    assert sorted(entries.values_list("language", "title")) == [
        ("en", " ministry of labour "),
        ("ja", " カンボジア労働職業訓練省 "),
        ("km", " ministry of labour "),
    ]


def test_update_index_indexes_live_content_only(search, news_index):
    add_article(news_index, "Cashew factory visit", title_ja="カシューナッツ工場を視察")
    article = add_article(news_index, "Rice exports", title_ja="コメの輸出")
    add_article(news_index, "Cashew plans", publish=False)
    article.title_ja = "コメとカシューの輸出"
    article.save_revision()
    SearchEntry.objects.all().delete()
    assert search("ja", "カシュー").titles == []

    call_command("update_index", stdout=io.StringIO())

    assert search("ja", "カシュー").titles == ["カシューナッツ工場を視察"]
    assert search("ja", "コメの輸出").titles == ["コメの輸出"]
    assert search("en", "plans").titles == []


def test_update_index_drops_entries_of_objects_no_longer_indexable(news_index):
    article = add_article(news_index, "Cashew factory visit")
    # A page made private to the index behind Wagtail's back (a raw update sends no signal).
    Page.objects.filter(pk=article.pk).update(live=False)

    call_command("update_index", stdout=io.StringIO())

    assert entries_of(article).count() == 0


def test_only_models_that_declare_search_fields_are_indexed():
    # Personal data must never enter the index: a model is indexed only if it declares
    # search_fields. A new model here must be one whose fields may be public.
    indexed = {model._meta.label for model in get_indexed_models()}

    assert indexed == {
        "wagtailcore.Page",
        "wagtailimages.Image",
        "wagtaildocs.Document",
        "home.HomePage",
        "home.StandardPage",
        "news.NewsIndexPage",
        "news.NewsArticlePage",
        "events.EventIndexPage",
        "events.EventPage",
        "exchanges.ExchangeProgrammeIndexPage",
        "exchanges.ExchangeProgrammePage",
        "directory.Organisation",
        "directory.Person",
    }
