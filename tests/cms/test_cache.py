"""REDIS_URL makes Redis the store every process shares; a Redis that is down is a miss."""

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from axes.handlers.proxy import AxesProxyHandler

PROJECT = Path(__file__).resolve().parents[2]
REDIS_URL = "redis://127.0.0.1:6379/15"


def redis_is_running():
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=1):
            return True
    except OSError:
        return False


def test_redis_url_gives_a_shared_cache():
    if not redis_is_running():
        if os.environ.get("CI") == "true":
            pytest.fail("Redis is not running on 127.0.0.1:6379 under CI")
        pytest.skip("Redis is not running on 127.0.0.1:6379")
    script = (
        "from django.core.cache import cache; "
        "cache.set('kizuna-test', '絆', 30); "
        "from django.conf import settings; "
        "print(settings.CACHES['default']['BACKEND'], cache.get('kizuna-test'))"
    )
    environment = {**os.environ, "REDIS_URL": REDIS_URL}
    environment.pop("DJANGO_SETTINGS_MODULE", None)

    writer = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", script],
        cwd=PROJECT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
    reader = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "shell",
            "--no-imports",
            "-c",
            "from django.core.cache import cache; print(cache.get('kizuna-test'))",
        ],
        cwd=PROJECT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert writer.stdout.strip() == "cms.cache.ForgivingRedisCache 絆", writer.stderr
    assert reader.stdout.strip() == "絆", reader.stderr


UNREACHABLE_REDIS = {
    "default": {
        "BACKEND": "cms.cache.ForgivingRedisCache",
        "LOCATION": "redis://127.0.0.1:9/0",
        "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
    }
}


@pytest.fixture
def redis_down(settings, monkeypatch):
    from cms import cache

    settings.CACHES = UNREACHABLE_REDIS
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    settings.AXES_HANDLER = "axes.handlers.cache.AxesCacheHandler"
    monkeypatch.setattr(cache, "_last_warning", -cache.WARNING_INTERVAL)
    # Axes keeps the handler it first loaded; load the one named above, then forget it.
    AxesProxyHandler.implementation = None
    yield
    AxesProxyHandler.implementation = None


@pytest.mark.django_db
def test_pages_are_served_while_redis_is_down_and_the_log_says_so(
    client, site_tree, redis_down, caplog
):
    response = client.get("/ja/news/")

    assert response.status_code == 200
    (warning,) = [r for r in caplog.records if r.name == "kizuna.cache"]
    assert warning.levelname == "WARNING"
    assert "pages are served uncached" in warning.getMessage()
    assert "rate limits are not enforced" in warning.getMessage()


@pytest.mark.django_db
def test_login_limits_degrade_open_while_redis_is_down(
    client, site_tree, redis_down, settings, django_user_model
):
    django_user_model.objects.create_user("editor", password="right-password")
    for _ in range(settings.AXES_FAILURE_LIMIT + 1):
        client.post("/admin/login/", {"username": "editor", "password": "wrong"})

    response = client.post(
        "/admin/login/", {"username": "editor", "password": "right-password"}
    )

    assert response.status_code == 302


@pytest.mark.django_db
def test_sessions_outlive_redis_in_the_database(client, site_tree, redis_down):
    from django.contrib.auth import get_user_model

    get_user_model().objects.create_user("editor", password="pw", is_superuser=True)
    client.force_login(get_user_model().objects.get(username="editor"))

    assert client.get("/admin/").status_code == 200
