"""Entries indexed before the character pairs existed get them when migrating."""

import importlib

import pytest
from django.apps import apps

from search.models import SearchEntry
from tests.factories.pages import add_article

pytestmark = pytest.mark.django_db

migration = importlib.import_module("search.migrations.0004_character_pairs")


def test_entries_indexed_before_get_their_pairs(news_index):
    add_article(news_index, "MoU signed", title_ja="覚書に署名")
    SearchEntry.objects.update(bigrams="")

    migration.fill_character_pairs(apps, None)

    japanese = SearchEntry.objects.get(language="ja", text__contains="覚書")
    assert {"覚書", "書に", "署名"} <= set(japanese.bigrams.split())
