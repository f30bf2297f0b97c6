"""Password guessing is throttled, visitors return where they logged in from, and every
response carries the site's security headers."""

import datetime
from io import BytesIO

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PillowImage
from wagtail.images import get_image_model
from wagtail.models import PageViewRestriction

PASSWORD = "correct-horse-battery-staple"
ATTEMPTS_AFTER_THE_LIMIT = 30


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser(
        "editor", "editor@example.org", PASSWORD
    )


@pytest.fixture
def password_restriction(news_index):
    return PageViewRestriction.objects.create(
        page=news_index,
        restriction_type=PageViewRestriction.PASSWORD,
        password=PASSWORD,
    )


def password_form_url(restriction, language="en"):
    return (
        f"/{language}/_util/authenticate_with_password/"
        f"{restriction.pk}/{restriction.page_id}/"
    )


def log_in(client, url, password, **extra):
    return client.post(url, {"username": "editor", "password": password, **extra})


def enter_page_password(client, restriction, password, return_url="/en/news/"):
    return client.post(
        password_form_url(restriction),
        {"password": password, "return_url": return_url},
    )


def end_the_cool_off():
    AccessAttempt.objects.update(
        attempt_time=datetime.datetime.now(datetime.UTC)
        - settings.AXES_COOLOFF_TIME
        - datetime.timedelta(seconds=1)
    )


def is_logged_in(client):
    return "_auth_user_id" in client.session


LOGIN_URLS = ["/admin/login/", "/en/_util/login/"]


@pytest.mark.django_db
class TestLoginThrottling:
    @pytest.mark.parametrize("url", LOGIN_URLS)
    def test_the_right_password_after_many_wrong_ones_is_refused(
        self, client, site_tree, editor, url
    ):
        for _attempt in range(ATTEMPTS_AFTER_THE_LIMIT):
            log_in(client, url, "guess")

        response = log_in(client, url, PASSWORD)

        assert response.status_code == 429
        assert not is_logged_in(client)
        assert "Too many attempts" in response.text

    @pytest.mark.parametrize("url", LOGIN_URLS)
    def test_the_limit_is_reached_after_the_configured_failures(
        self, client, site_tree, editor, url
    ):
        for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
            assert log_in(client, url, "guess").status_code == 200

        assert log_in(client, url, "guess").status_code == 429

    @pytest.mark.parametrize("url", LOGIN_URLS)
    def test_the_right_password_is_accepted_after_the_cool_off(
        self, client, site_tree, editor, url
    ):
        for _attempt in range(ATTEMPTS_AFTER_THE_LIMIT):
            log_in(client, url, "guess")
        end_the_cool_off()

        response = log_in(client, url, PASSWORD)

        assert response.status_code == 302
        assert is_logged_in(client)

    def test_the_lockout_page_says_how_long_to_wait(self, client, site_tree, editor):
        for _attempt in range(settings.AXES_FAILURE_LIMIT):
            response = log_in(client, "/en/_util/login/", "guess")

        assert response["Retry-After"] == "900"
        assert "Please try again in 15 minutes." in response.text
        assert '<a href="/en/">Go to the home page</a>' in response.text

    @pytest.mark.parametrize(
        ("language", "heading"),
        [("ja", "試行回数が多すぎます"), ("km", "ការព្យាយាមច្រើនដងពេក")],
    )
    def test_the_lockout_page_is_translated(
        self, client, site_tree, editor, language, heading
    ):
        for _attempt in range(settings.AXES_FAILURE_LIMIT):
            response = log_in(client, f"/{language}/_util/login/", "guess")

        assert response.status_code == 429
        assert f"<h1>{heading}</h1>" in response.text

    def test_the_admin_lockout_page_speaks_the_browsers_language(
        self, client, site_tree, editor
    ):
        for _attempt in range(settings.AXES_FAILURE_LIMIT):
            response = client.post(
                "/admin/login/",
                {"username": "editor", "password": "guess"},
                headers={"accept-language": "ja"},
            )

        assert response.status_code == 429
        assert "<h1>試行回数が多すぎます</h1>" in response.text

    def test_a_forged_forwarded_address_does_not_escape_the_limit(
        self, client, site_tree, editor
    ):
        for attempt in range(ATTEMPTS_AFTER_THE_LIMIT):
            client.post(
                "/admin/login/",
                {"username": "editor", "password": "guess"},
                headers={"x-forwarded-for": f"198.51.100.{attempt}"},
            )

        response = client.post(
            "/admin/login/",
            {"username": "editor", "password": PASSWORD},
            headers={"x-forwarded-for": "198.51.100.99"},
        )

        assert response.status_code == 429

    def test_behind_a_proxy_the_client_is_the_address_it_appended(
        self, client, site_tree, editor, settings
    ):
        settings.KIZUNA_BEHIND_PROXY = True
        for attempt in range(ATTEMPTS_AFTER_THE_LIMIT):
            client.post(
                "/admin/login/",
                {"username": "editor", "password": "guess"},
                headers={"x-forwarded-for": f"10.0.0.{attempt}, 203.0.113.7"},
            )

        locked = client.post(
            "/admin/login/",
            {"username": "editor", "password": PASSWORD},
            headers={"x-forwarded-for": "10.0.0.99, 203.0.113.7"},
        )
        other_client = client.post(
            "/admin/login/",
            {"username": "editor", "password": PASSWORD},
            headers={"x-forwarded-for": "203.0.113.8"},
        )

        assert locked.status_code == 429
        assert other_client.status_code == 302


@pytest.mark.django_db
class TestPagePasswordThrottling:
    def test_the_right_password_after_many_wrong_ones_is_refused(
        self, client, password_restriction
    ):
        for _attempt in range(ATTEMPTS_AFTER_THE_LIMIT):
            enter_page_password(client, password_restriction, "guess")

        response = enter_page_password(client, password_restriction, PASSWORD)

        assert response.status_code == 429
        assert "Too many attempts" in response.text
        assert "This page is protected" in client.get("/en/news/").text

    def test_a_wrong_password_shows_the_form_again_until_the_limit(
        self, client, password_restriction
    ):
        for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
            response = enter_page_password(client, password_restriction, "guess")
            assert response.status_code == 200
            assert "That password is not correct." in response.text

        assert (
            enter_page_password(client, password_restriction, "guess").status_code
            == 429
        )

    def test_the_right_password_is_accepted_after_the_cool_off(
        self, client, password_restriction
    ):
        for _attempt in range(ATTEMPTS_AFTER_THE_LIMIT):
            enter_page_password(client, password_restriction, "guess")
        end_the_cool_off()
        form = client.get("/en/news/?page=2")
        assert 'name="return_url" value="/en/news/?page=2"' in form.text

        response = enter_page_password(
            client, password_restriction, PASSWORD, return_url="/en/news/?page=2"
        )

        assert response.url == "/en/news/?page=2"
        assert client.get("/en/news/").status_code == 200

    def test_page_passwords_and_logins_share_one_limit(
        self, client, password_restriction, editor
    ):
        for _attempt in range(settings.AXES_FAILURE_LIMIT):
            enter_page_password(client, password_restriction, "guess")

        assert log_in(client, "/admin/login/", PASSWORD).status_code == 429


@pytest.mark.django_db
class TestReturnAfterLogin:
    def test_a_login_restricted_page_sends_the_visitor_back_after_login(
        self, client, news_index, editor
    ):
        PageViewRestriction.objects.create(
            page=news_index, restriction_type=PageViewRestriction.LOGIN
        )
        login_url = client.get("/en/news/?kind=mou").url
        assert login_url == "/en/_util/login/?next=/en/news/%3Fkind%3Dmou"

        form = client.get(login_url)
        assert (
            '<input type="hidden" name="next" value="/en/news/?kind=mou">' in form.text
        )
        response = log_in(
            client, "/en/_util/login/", PASSWORD, next="/en/news/?kind=mou"
        )

        assert response.url == "/en/news/?kind=mou"

    @pytest.mark.parametrize(
        "next_url", [None, "https://evil.example/", "//evil.example/"]
    )
    def test_a_login_without_a_safe_page_to_return_to_goes_home(
        self, client, site_tree, editor, next_url
    ):
        extra = {} if next_url is None else {"next": next_url}

        response = log_in(client, "/en/_util/login/", PASSWORD, **extra)

        assert response.url == "/"
        assert client.get("/").url == "/en/"

    def test_the_page_password_without_a_safe_page_to_return_to_goes_home(
        self, client, password_restriction
    ):
        response = enter_page_password(
            client, password_restriction, PASSWORD, return_url="https://evil.example/"
        )

        assert response.url == "/"


def policy(response):
    """The Content-Security-Policy header as {directive: [sources]}."""
    directives = (
        part.split() for part in response["Content-Security-Policy"].split(";")
    )
    return {name: sources for name, *sources in directives}


@pytest.mark.django_db
class TestSecurityHeaders:
    def test_public_pages_run_only_the_sites_own_script_and_styles(
        self, client, site_tree
    ):
        directives = policy(client.get("/en/"))

        assert directives["default-src"] == ["'self'"]
        assert directives["script-src"] == ["'self'"]
        assert directives["style-src"] == ["'self'"]
        assert directives["object-src"] == ["'none'"]
        assert directives["frame-ancestors"] == ["'none'"]

    def test_the_admin_has_its_own_policy(self, client, editor):
        client.force_login(editor)

        directives = policy(client.get("/admin/"))

        assert directives["script-src"] == ["'self'", "'unsafe-inline'"]
        assert directives["frame-ancestors"] == ["'self'"]

    @pytest.mark.parametrize("path", ["/en/", "/en/no-such-page/", "/admin/login/"])
    def test_every_response_switches_off_unused_browser_features(
        self, client, site_tree, path
    ):
        response = client.get(path)

        assert response["Permissions-Policy"] == (
            "camera=(), microphone=(), geolocation=(), payment=(), usb=()"
        )
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Referrer-Policy"] == "same-origin"
        assert response["X-Frame-Options"] == "DENY"
        assert "Server" not in response


def truncated_gif():
    """A GIF cut off after its first frame's header: Pillow reads the size, not the pixels."""
    buffer = BytesIO()
    PillowImage.new("RGB", (640, 480), (35, 47, 102)).save(buffer, "GIF")
    return SimpleUploadedFile("ceremony.gif", buffer.getvalue()[:800], "image/gif")


@pytest.mark.django_db
class TestImageUpload:
    def test_a_truncated_gif_is_refused_with_a_message(self, client, editor):
        client.force_login(editor)

        response = client.post(
            "/admin/images/add/", {"title": "Ceremony", "file": truncated_gif()}
        )

        assert response.status_code == 200
        assert response.context["form"].errors["file"] == [
            "This file is not a readable image: it may be damaged or cut short. "
            "Save it again from an image editor and upload that copy."
        ]
        assert not get_image_model().objects.exists()

    def test_a_truncated_gif_in_a_multiple_upload_is_refused_with_a_message(
        self, client, editor
    ):
        client.force_login(editor)

        response = client.post(
            "/admin/images/multiple/add/",
            {"files[]": truncated_gif()},
            headers={"x-requested-with": "XMLHttpRequest"},
        )

        assert response.status_code == 200
        assert response.json()["success"] is False
        assert response.json()["error_message"].startswith(
            "This file is not a readable image"
        )
        assert not get_image_model().objects.exists()

    def test_a_whole_gif_is_accepted(self, client, editor):
        client.force_login(editor)
        buffer = BytesIO()
        PillowImage.new("RGB", (640, 480), (35, 47, 102)).save(buffer, "GIF")
        upload = SimpleUploadedFile("ceremony.gif", buffer.getvalue(), "image/gif")

        response = client.post(
            "/admin/images/add/", {"title": "Ceremony", "file": upload}
        )

        assert response.status_code == 302
        assert get_image_model().objects.get().width == 640
