"""Translated fields in the admin: help text once, a placeholder on the other languages."""

import re

import pytest
from django.contrib.auth.models import User
from wagtail.users.models import UserProfile

from tests.factories.events import add_event_index

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    User.objects.create_superuser("editor", "editor@example.org", "pw")
    client.login(username="editor", password="pw")
    return client


def input_tag(html, name):
    return re.search(rf'<(?:input|textarea)[^>]*name="{name}"[^>]*>', html).group(0)


def test_help_text_is_shown_once_for_a_translated_page_field(editor, home_page):
    index = add_event_index(home_page)

    html = editor.get(f"/admin/pages/add/events/eventpage/{index.pk}/").content.decode()

    assert html.count("One or two sentences for lists and feeds.") == 1
    assert 'id="panel-child-content-child-summary_en-helptext"' in html


def test_other_languages_title_says_english_shows_when_empty(editor, home_page):
    index = add_event_index(home_page)

    html = editor.get(f"/admin/pages/add/events/eventpage/{index.pk}/").content.decode()

    assert 'placeholder="Page title*"' in input_tag(html, "title_en")
    for name in ("title_ja", "title_km", "summary_ja"):
        assert 'placeholder="Empty: the English text is shown"' in input_tag(html, name)


def test_the_placeholder_is_in_the_editors_language(editor, home_page):
    profile = UserProfile.get_for_user(User.objects.get(username="editor"))
    profile.preferred_language = "ja"
    profile.save()
    index = add_event_index(home_page)

    html = editor.get(f"/admin/pages/add/events/eventpage/{index.pk}/").content.decode()

    assert 'placeholder="空欄のときは英語の文が表示されます"' in input_tag(
        html, "title_ja"
    )


def test_snippets_get_the_placeholder_too(editor):
    html = editor.get("/admin/snippets/events/eventcategory/add/").content.decode()

    assert 'placeholder="Empty: the English text is shown"' in input_tag(
        html, "name_ja"
    )
    assert "placeholder" not in input_tag(html, "name_en")


def test_the_editor_loads_the_shared_translation_styles_and_script(editor, home_page):
    index = add_event_index(home_page)

    html = editor.get(f"/admin/pages/add/events/eventpage/{index.pk}/").content.decode()

    assert 'href="/static/core/admin/editor.css"' in html
    assert 'src="/static/core/admin/translations.js"' in html
    assert 'src="/static/core/admin/time_zone.js"' in html
