"""Production settings refuse to start without a secret and pass Django's deploy checks."""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
# Environment variables the production settings read, left out of the tests' own.
CONFIGURATION = {
    "SECRET_KEY",
    "DEBUG",
    "STATIC_ROOT",
    "MEDIA_ROOT",
    "BEHIND_PROXY",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "CONN_MAX_AGE",
    "REDIS_URL",
    "EMAIL_URL",
    "AWS_STORAGE_BUCKET_NAME",
    "AWS_S3_CUSTOM_DOMAIN",
    "AWS_S3_ENDPOINT_URL",
}
# Mail that goes nowhere, for the tests about other settings.
NO_MAIL = "dummymail://"


def manage(*args, **env):
    environment = {k: v for k, v in os.environ.items() if k not in CONFIGURATION}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=PROJECT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = manage("check", DJANGO_SETTINGS_MODULE="cms.settings.production")

    assert result.returncode == 1
    assert "ImproperlyConfigured: SECRET_KEY is not set." in result.stderr


def test_production_refuses_to_start_without_a_mail_server():
    result = manage(
        "check",
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
    )

    assert result.returncode == 1
    assert "ImproperlyConfigured: EMAIL_URL is not set." in result.stderr


def test_production_sends_mail_through_the_server_it_is_given():
    assert production_settings(
        "EMAIL_BACKEND", "EMAIL_HOST", EMAIL_URL="smtp+tls://kizuna:pw@mail.example:587"
    ) == {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "mail.example",
    }


def test_production_settings_pass_the_deploy_checks():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        EMAIL_URL=NO_MAIL,
        ALLOWED_HOSTS="kizuna.example.org",
    )

    assert result.returncode == 0, result.stdout + result.stderr
    # HSTS includeSubDomains and preload wait for the operator (see below).
    assert result.stdout.strip() == "System check identified no issues (2 silenced)."


def production_settings(*names, **env):
    """The named production settings, as a server started with ``env`` would have them."""
    code = (
        "import django, json; django.setup(); from django.conf import settings; "
        f"print(json.dumps({{name: getattr(settings, name) for name in {names!r}}}, "
        "default=str))"
    )
    environment = {k: v for k, v in os.environ.items() if k not in CONFIGURATION}
    environment.update(
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        EMAIL_URL=NO_MAIL,
    )
    environment.update(env)
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=PROJECT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


def test_production_refuses_a_short_secret_key():
    result = manage(
        "check", DJANGO_SETTINGS_MODULE="cms.settings.production", SECRET_KEY="x" * 49
    )

    assert result.returncode == 1
    assert (
        "ImproperlyConfigured: SECRET_KEY is too short (49 characters): "
        "production needs at least 50"
    ) in result.stderr


def test_production_never_debugs_whatever_the_environment_says():
    assert production_settings("DEBUG", DEBUG="true") == {"DEBUG": False}


def test_production_takes_its_file_folders_from_the_environment():
    folders = production_settings(
        "STATIC_ROOT",
        "MEDIA_ROOT",
        STATIC_ROOT="/srv/kizuna/static",
        MEDIA_ROOT="/srv/kizuna/media",
    )

    assert folders == {
        "STATIC_ROOT": "/srv/kizuna/static",
        "MEDIA_ROOT": "/srv/kizuna/media",
    }


def test_production_trusts_forwarded_headers_only_behind_a_proxy():
    names = ("SECURE_PROXY_SSL_HEADER", "KIZUNA_BEHIND_PROXY")

    assert production_settings(*names) == {
        "SECURE_PROXY_SSL_HEADER": None,
        "KIZUNA_BEHIND_PROXY": False,
    }
    assert production_settings(*names, BEHIND_PROXY="true") == {
        "SECURE_PROXY_SSL_HEADER": ["HTTP_X_FORWARDED_PROTO", "https"],
        "KIZUNA_BEHIND_PROXY": True,
    }


def test_hsts_preload_and_subdomains_are_opt_in():
    names = ("SECURE_HSTS_INCLUDE_SUBDOMAINS", "SECURE_HSTS_PRELOAD")

    assert production_settings(*names) == dict.fromkeys(names, False)
    assert production_settings(
        *names, SECURE_HSTS_INCLUDE_SUBDOMAINS="true", SECURE_HSTS_PRELOAD="true"
    ) == dict.fromkeys(names, True)


def test_production_settings_with_hsts_opted_in_pass_the_deploy_checks():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        EMAIL_URL=NO_MAIL,
        ALLOWED_HOSTS="kizuna.example.org",
        SECURE_HSTS_INCLUDE_SUBDOMAINS="true",
        SECURE_HSTS_PRELOAD="true",
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "System check identified no issues (0 silenced)."


def test_production_keeps_database_connections_a_minute_unless_told():
    def connection(**env):
        return {
            key: production_settings("DATABASES", **env)["DATABASES"]["default"][key]
            for key in ("CONN_MAX_AGE", "CONN_HEALTH_CHECKS")
        }

    assert connection() == {"CONN_MAX_AGE": 60, "CONN_HEALTH_CHECKS": True}
    assert connection(CONN_MAX_AGE="0")["CONN_MAX_AGE"] == 0


def test_redis_holds_cache_sessions_and_login_counts_when_configured():
    names = ("SESSION_ENGINE", "AXES_HANDLER")

    assert production_settings(*names) == {
        "SESSION_ENGINE": "django.contrib.sessions.backends.db",
        "AXES_HANDLER": "axes.handlers.database.AxesDatabaseHandler",
    }
    assert production_settings(*names, REDIS_URL="redis://127.0.0.1:6379/3") == {
        "SESSION_ENGINE": "django.contrib.sessions.backends.cached_db",
        "AXES_HANDLER": "axes.handlers.cache.AxesCacheHandler",
    }
