"""Editors search the Wagtail admin with the same index as visitors."""

import pytest
from bs4 import BeautifulSoup

from directory.models import Organisation, Person
from tests.factories.pages import add_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, django_user_model):
    editor = django_user_model.objects.create_superuser(
        "editor", "editor@example.org", "pw"
    )
    client.force_login(editor)
    return client


def listed_texts(response):
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return [cell.get_text(" ", strip=True) for cell in soup.select("td.title")]


def test_page_search_finds_a_japanese_word_inside_a_sentence(editor, news_index):
    add_article(
        news_index,
        "Factory visit",
        intro_ja="大臣がプノンペンのカシューナッツ工場を訪問しました。",
    )
    add_article(news_index, "Rice exports", intro_ja="コメの輸出が増えました。")

    response = editor.get("/admin/pages/search/", {"q": "カシュー"})

    titles = listed_texts(response)
    assert len(titles) == 1
    assert titles[0].startswith("Factory visit")


def test_page_search_finds_english_words_whole(editor, news_index):
    add_article(news_index, "Signing of the MoU")
    add_article(news_index, "Visit to the mountains")

    titles = listed_texts(editor.get("/admin/pages/search/", {"q": "mou"}))

    assert [title.split(" ")[:4] for title in titles] == [
        ["Signing", "of", "the", "MoU"]
    ]


def test_snippet_listing_search_finds_a_japanese_word_inside_a_name(editor):
    Organisation.objects.create(
        name="Ministry of Labour", name_ja="カンボジア労働職業訓練省", slug="mlvt"
    )
    Organisation.objects.create(name="JICA", name_ja="国際協力機構", slug="jica")

    response = editor.get("/admin/snippets/directory/organisation/", {"q": "労働"})

    assert b"Ministry of Labour" in response.content
    assert b"JICA" not in response.content


def test_snippet_chooser_search_finds_a_japanese_word_inside_a_name(editor):
    Person.objects.create(name="Hun Manet", name_ja="フン・マネット首相")
    Person.objects.create(name="Ishiba Shigeru", name_ja="石破茂首相")

    response = editor.get(
        "/admin/snippets/choose/directory/person/results/", {"q": "マネット"}
    )

    assert response.status_code == 200
    assert b"Hun Manet" in response.content
    assert b"Ishiba" not in response.content
