"""bench/load.py's short run: a mixed load on `make serve`, with Redis stopped and
PostgreSQL restarted on the way, against a PostgreSQL and a Redis of its own."""

import json
import os
import subprocess
import sys

import pytest

from bench.private_services import missing_tools
from tests.cms.servers import PROJECT

MISSING = missing_tools()

pytestmark = [
    pytest.mark.skipif(
        bool(MISSING),
        reason=f"bench/load.py starts its own servers and needs {', '.join(MISSING)} "
        "(apt-get install postgresql redis-server)",
    ),
    # CI runs the suite on SQLite, then on PostgreSQL; this test brings its own
    # PostgreSQL either way, so once is enough.
    pytest.mark.skipif(
        os.environ.get("CI") == "true"
        and not os.environ.get("DATABASE_URL", "").startswith("postgres"),
        reason="runs once in CI, in the PostgreSQL pass",
    ),
]


def test_a_short_load_with_redis_stopped_and_postgresql_restarted(tmp_path):
    report = tmp_path / "report.json"
    run = subprocess.run(
        [
            sys.executable,
            "bench/load.py",
            "--seconds",
            "15",
            "--faults",
            "--report",
            str(report),
        ],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert report.exists(), run.stdout + run.stderr
    summary = json.loads(report.read_text())

    failed = [check["check"] for check in summary["checks"] if not check["passed"]]
    assert failed == [], run.stdout
    assert run.returncode == 0
    assert summary["registered"] == summary["registrations_in_database"] > 0
    # The outage was met: requests reached the app while PostgreSQL was down.
    assert summary["outage_errors"] > 0
