"""/healthz and /readyz tell a load balancer whether this server can answer."""

from unittest import mock

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

# A Redis nobody listens on: port 9 (discard) is closed on loopback.
UNREACHABLE_REDIS = {
    "default": {
        "BACKEND": "cms.cache.ForgivingRedisCache",
        "LOCATION": "redis://127.0.0.1:9/0",
        "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
    }
}


@pytest.mark.django_db
class TestHealthz:
    def test_answers_200_when_database_and_cache_answer(self, client):
        response = client.get("/healthz")

        assert response.status_code == 200
        assert response.text == "database: ok\ncache: ok\n"
        assert "no-cache" in response["Cache-Control"]

    def test_touches_no_session(self, client):
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/healthz")

        assert "Set-Cookie" not in response
        assert not response.cookies
        assert not [q for q in queries if "django_session" in q["sql"]]
        assert [q["sql"] for q in queries] == ["SELECT 1"]

    def test_names_the_cache_when_redis_does_not_answer(self, client, settings):
        settings.CACHES = UNREACHABLE_REDIS

        response = client.get("/healthz")

        assert response.status_code == 503
        assert response.text == "database: ok\ncache: failed (ConnectionError)\n"

    def test_names_the_database_when_it_does_not_answer(self, client, settings):
        def refuse(*args, **kwargs):
            from django.db import OperationalError

            raise OperationalError("connection refused")

        with mock.patch.object(connection, "cursor", refuse):
            response = client.get("/healthz")

        assert response.status_code == 503
        assert response.text == "database: failed (OperationalError)\ncache: ok\n"


@pytest.mark.django_db
class TestReadyz:
    def test_ready_when_every_migration_is_applied(self, client):
        response = client.get("/readyz")

        assert response.status_code == 200
        assert response.text == "database: ok\ncache: ok\nmigrations: ok\n"

    def test_not_ready_while_migrations_are_pending(self, client):
        # The newest migration of an app left unapplied, as after a new release's deploy.
        from django.db.migrations.recorder import MigrationRecorder

        recorder = MigrationRecorder(connection)
        newest = recorder.migration_qs.filter(app="events").order_by("-id").first()
        newest.delete()

        response = client.get("/readyz")

        assert response.status_code == 503
        assert response.text.endswith("migrations: failed (1 migrations pending)\n")
