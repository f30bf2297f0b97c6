"""Health checks for load balancers and orchestrators.

``/healthz`` (liveness): the database and the cache answer. ``/readyz`` (readiness): and
no migration is pending, so a new release's servers take traffic only once the schema is
theirs. Each answers 200 or 503 with one line per part (``database: ok``), naming the
part that failed and its error class (the message, which may name hosts, goes to the
log). No session, cookie or page is touched; nothing is cached.
"""

import logging
import uuid

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.db.migrations.executor import MigrationExecutor
from django.http import HttpResponse
from django.views.decorators.cache import never_cache

logger = logging.getLogger("kizuna.health")


def check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")


def check_cache():
    # The cache forgives a Redis that is down (cms.cache), so only a value read back
    # proves it answers.
    key, value = "kizuna-health", uuid.uuid4().hex
    cache.set(key, value, 10)
    if cache.get(key) != value:
        raise ConnectionError("the cache did not return what was stored")


def check_migrations():
    executor = MigrationExecutor(connection)
    pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
    if pending:
        raise RuntimeError(f"{len(pending)} migrations pending")


LIVENESS = {"database": check_database, "cache": check_cache}
READINESS = {**LIVENESS, "migrations": check_migrations}


def report(checks):
    lines, healthy = [], True
    for name, check in checks.items():
        try:
            check()
        except (DatabaseError, ConnectionError, RuntimeError) as error:
            healthy = False
            logger.error("health check failed: %s: %s", name, error)
            # A migration count is no secret; a connection error's text may be.
            reason = str(error) if name == "migrations" else type(error).__name__
            lines.append(f"{name}: failed ({reason})")
        else:
            lines.append(f"{name}: ok")
    return HttpResponse(
        "\n".join(lines) + "\n",
        status=200 if healthy else 503,
        content_type="text/plain; charset=utf-8",
    )


@never_cache
def healthz(request):
    return report(LIVENESS)


@never_cache
def readyz(request):
    return report(READINESS)
