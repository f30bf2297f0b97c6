"""Autosave creates the page before the editor's first save; saving from "Add" again with
the same slug then continues that draft instead of refusing the slug."""

from html.parser import HTMLParser

import pytest
from django.contrib.auth.models import User

from home.models import StandardPage

pytestmark = pytest.mark.django_db


class FormFields(HTMLParser):
    """The values a browser would post from the page editor's form as served."""

    def __init__(self):
        super().__init__()
        self.values, self._textarea = {}, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        name = attrs.get("name")
        if (
            tag == "input"
            and name
            and attrs.get("type") not in ("checkbox", "radio", "submit", "file")
        ):
            self.values[name] = attrs.get("value") or ""
        elif tag == "textarea" and name:
            self._textarea = name
            self.values[name] = ""

    def handle_data(self, data):
        if self._textarea:
            self.values[self._textarea] += data

    def handle_endtag(self, tag):
        if tag == "textarea":
            self._textarea = None


def add_form(client, url, **fields):
    parser = FormFields()
    parser.feed(client.get(url).content.decode())
    # Wagtail's stream field widget writes its block count from JavaScript.
    empty_bodies = {f"body_{code}-count": "0" for code in ("en", "ja", "km")}
    return {**parser.values, **empty_bodies, **fields}


@pytest.fixture
def editor(client):
    User.objects.create_superuser("editor", "editor@example.org", "pw")
    client.login(username="editor", password="pw")
    return client


def autosave(client, url, data):
    """What Wagtail 8's autosave script does on the "Add" form: post it for JSON."""
    response = client.post(url, data, HTTP_ACCEPT="application/json")
    assert response.json()["success"] is True
    return StandardPage.objects.get(pk=response.json()["pk"])


def test_saving_from_add_after_autosave_continues_the_autosaved_draft(
    editor, home_page
):
    url = f"/admin/pages/add/home/standardpage/{home_page.pk}/"
    draft = autosave(editor, url, add_form(editor, url, title_en="About", slug="about"))

    data = add_form(
        editor, url, title_en="About us", slug="about", intro_en="Who we are."
    )
    response = editor.post(url, data, follow=True)

    assert response.redirect_chain[-1][0] == f"/admin/pages/{draft.pk}/edit/"
    assert [p.pk for p in StandardPage.objects.all()] == [draft.pk]
    draft.refresh_from_db()
    saved = draft.get_latest_revision_as_object()
    assert (saved.title, saved.intro) == ("About us", "Who we are.")
    assert (
        "continued the draft autosave had already created" in response.content.decode()
    )


def test_a_slug_taken_by_a_published_page_is_still_refused(editor, home_page):
    url = f"/admin/pages/add/home/standardpage/{home_page.pk}/"
    draft = autosave(editor, url, add_form(editor, url, title_en="About", slug="about"))
    draft.get_latest_revision().publish()

    response = editor.post(
        url, add_form(editor, url, title_en="About us", slug="about")
    )

    assert response.status_code == 200
    assert "The slug &#x27;about&#x27; is already in use" in response.content.decode()
    assert StandardPage.objects.count() == 1


def test_another_editors_draft_keeps_its_slug(editor, home_page, django_user_model):
    url = f"/admin/pages/add/home/standardpage/{home_page.pk}/"
    draft = autosave(editor, url, add_form(editor, url, title_en="About", slug="about"))
    draft.owner = django_user_model.objects.create_superuser(
        "other", "o@example.org", "pw"
    )
    draft.save()

    response = editor.post(
        url, add_form(editor, url, title_en="About us", slug="about")
    )

    assert "The slug &#x27;about&#x27; is already in use" in response.content.decode()
    assert StandardPage.objects.count() == 1
