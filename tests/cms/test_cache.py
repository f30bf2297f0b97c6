"""REDIS_URL switches the cache to the Redis server it names."""

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

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

    assert writer.stdout.strip() == (
        "django.core.cache.backends.redis.RedisCache 絆"
    ), writer.stderr
    assert reader.stdout.strip() == "絆", reader.stderr
