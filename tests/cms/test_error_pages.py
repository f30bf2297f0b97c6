"""Error pages look like the site, speak the visitor's language and lead back home."""

from unittest import mock

import pytest
from django.test import RequestFactory
from django.urls import get_resolver
from django.utils import translation

from home.models import HomePage

NOT_FOUND = {
    "en": "Page not found",
    "ja": "ページが見つかりません",
    "km": "រកមិនឃើញទំព័រ",
}
SERVER_ERROR = {
    "en": "Something went wrong",
    "ja": "問題が発生しました",
    "km": "មានបញ្ហាកើតឡើង",
}
GO_HOME = {
    "en": "Go to the home page",
    "ja": "ホームページへ",
    "km": "ទៅទំព័រដើម",
}


@pytest.mark.django_db
class TestNotFound:
    @pytest.mark.parametrize("language", ["en", "ja", "km"])
    def test_a_missing_page_answers_in_its_language_with_a_way_home(
        self, client, site_tree, language
    ):
        response = client.get(f"/{language}/no-such-page/")

        assert response.status_code == 404
        assert f'<html lang="{language}">' in response.text
        assert f"<h1>{NOT_FOUND[language]}</h1>" in response.text
        assert f'<a href="/{language}/">{GO_HOME[language]}</a>' in response.text
        assert f'action="/{language}/search/"' in response.text
        assert 'href="/static/css/base.css"' in response.text

    def test_a_language_the_site_does_not_have_is_a_404_in_english(
        self, client, site_tree
    ):
        response = client.get("/fr/news/")

        assert response.status_code == 404
        assert "<h1>Page not found</h1>" in response.text
        assert response["Content-Language"] == "en"

    def test_a_path_without_a_language_still_finds_its_page(self, client, site_tree):
        assert client.get("/news/").url == "/en/news/"


class TestServerError:
    """No database here: the 500 page must render when the database is what failed."""

    @pytest.mark.parametrize("language", ["en", "ja", "km"])
    def test_the_error_page_needs_no_database_and_speaks_the_language(self, language):
        handler500 = get_resolver().resolve_error_handler(500)

        with translation.override(language):
            response = handler500(RequestFactory().get(f"/{language}/"))

        text = response.content.decode()
        assert response.status_code == 500
        assert f'<html lang="{language}">' in text
        assert f"<h1>{SERVER_ERROR[language]}</h1>" in text
        assert f'<a href="/{language}/">{GO_HOME[language]}</a>' in text
        assert f'action="/{language}/search/"' in text
        assert 'href="/static/css/base.css"' in text


@pytest.mark.django_db
def test_a_failing_page_shows_the_error_page_with_debug_off(
    client, site_tree, settings
):
    settings.DEBUG = False
    client.raise_request_exception = False

    with mock.patch.object(HomePage, "serve", side_effect=RuntimeError("broken")):
        response = client.get("/ja/")

    assert response.status_code == 500
    assert f"<h1>{SERVER_ERROR['ja']}</h1>" in response.text


UNAVAILABLE = {
    "en": "Briefly unavailable",
    "ja": "一時的にご利用いただけません",
    "km": "មិនអាចប្រើបានមួយភ្លែត",
}


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "ja", "km"])
def test_a_database_that_does_not_answer_is_a_503_then_the_site_recovers(
    client, site_tree, language
):
    from django.db import OperationalError, connection

    client.raise_request_exception = False

    def refuse(*args, **kwargs):
        raise OperationalError("could not connect to server: Connection refused")

    with mock.patch.object(connection, "cursor", refuse):
        response = client.get(f"/{language}/news/")

    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert response["Cache-Control"] == "no-store"
    assert f'<html lang="{language}">' in response.text
    assert f"<h1>{UNAVAILABLE[language]}</h1>" in response.text
    assert f'<a href="/{language}/">{GO_HOME[language]}</a>' in response.text
    assert "Connection refused" not in response.text
    # The next request, with the database back, is served as usual.
    assert client.get(f"/{language}/news/").status_code == 200
