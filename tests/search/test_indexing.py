"""The index follows what is published: drafts stay unsearchable until they go live."""

import io

import pytest
from django.core.management import call_command

from search.models import SearchEntry
from tests.factories.pages import add_article

pytestmark = pytest.mark.django_db


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

    revision.publish()

    assert search("ja", "新しい").titles == ["カシューナッツ工場を視察"]


def test_republished_article_is_found_again(search, news_index):
    article = add_article(news_index, "Cashew factory visit")
    article.unpublish()

    article.get_latest_revision().publish()

    assert search("en", "cashew").titles == ["Cashew factory visit"]


def test_rebuild_command_indexes_live_content_only(search, news_index):
    add_article(news_index, "Cashew factory visit", title_ja="カシューナッツ工場を視察")
    article = add_article(news_index, "Rice exports", title_ja="コメの輸出")
    add_article(news_index, "Cashew plans", publish=False)
    article.title_ja = "コメとカシューの輸出"
    article.save_revision()
    SearchEntry.objects.all().delete()
    assert search("ja", "カシュー").titles == []

    output = io.StringIO()
    call_command("rebuild_search_entries", stdout=output)

    # Home, news index and the two live articles; the draft edit stays unsearchable.
    assert output.getvalue() == "Indexed 4 live pages.\n"
    assert search("ja", "カシュー").titles == ["カシューナッツ工場を視察"]
    assert search("ja", "コメの輸出").titles == ["コメの輸出"]
