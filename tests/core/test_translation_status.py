"""The page list tags each page with the languages its title or intro still lacks."""

import re

import pytest
from django.contrib.auth.models import User

from tests.factories.pages import add_article
from tests.queries import count_queries

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    User.objects.create_superuser("editor", "editor@example.org", "pw")
    client.login(username="editor", password="pw")
    return client


def row_of(html, page):
    rows = re.findall(r"<tr\b.*?</tr>", html, flags=re.S)
    return next(row for row in rows if f'id="page_{page.pk}_title"' in row)


def tags_in(row):
    return re.findall(
        r'<span class="w-status w-status--label"[^>]*>\s*(.*?)\s*</span>', row
    )


def test_each_row_names_the_languages_its_title_or_intro_lacks(editor, news_index):
    complete = add_article(
        news_index,
        "Complete",
        title_ja="完了",
        title_km="បញ្ចប់",
        intro_ja="紹介。",
        intro_km="សេចក្តីផ្តើម។",
    )
    no_khmer = add_article(
        news_index, "No Khmer", title_ja="クメール語なし", intro_ja="紹介。"
    )
    intro_only_english = add_article(
        news_index, "Intro in English", title_ja="英語の紹介", title_km="ណែនាំ"
    )

    html = editor.get(f"/admin/pages/{news_index.pk}/").content.decode()

    assert tags_in(row_of(html, complete)) == []
    assert tags_in(row_of(html, no_khmer)) == ["km missing"]
    assert tags_in(row_of(html, intro_only_english)) == ["ja missing", "km missing"]
    assert 'title="Not yet in ខ្មែរ: title, introduction"' in row_of(html, no_khmer)
    assert 'title="Not yet in 日本語: introduction"' in row_of(html, intro_only_english)


def test_the_tags_cost_no_query_per_row(editor, news_index):
    def queries_with(articles):
        for n in range(len(news_index.get_children()), articles):
            add_article(news_index, f"Article {n}", title_ja=f"記事 {n}")
        return count_queries(editor, f"/admin/pages/{news_index.pk}/")

    assert queries_with(10) == queries_with(30)
