"""`make serve` runs the production stack: gunicorn workers, compressed hashed static
files through whitenoise, and the background task worker beside them."""

import gzip
import json

from tests.cms.servers import (
    free_port,
    get,
    manage,
    process_group,
    production_environment,
    start,
    stop,
)


def test_make_serve_runs_gunicorn_workers_static_files_and_the_task_worker(tmp_path):
    port = free_port()
    env = production_environment(
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        STATIC_ROOT=str(tmp_path / "static"),
        MEDIA_ROOT=str(tmp_path / "media"),
    )
    manage("migrate", "--noinput", env=env)

    # -o: the shared virtual environment is taken as installed, never reinstalled here.
    server = start(
        [
            "make",
            "-o",
            ".venv/.installed",
            "serve",
            f"HOST=127.0.0.1:{port}",
            "GUNICORN_WORKERS=3",
        ],
        env,
        port,
        log=tmp_path / "serve.log",
        timeout=180,
    )
    try:
        commands = process_group(server.pid)
        manifest = json.loads((tmp_path / "static" / "staticfiles.json").read_text())
        hashed = manifest["paths"]["css/base.css"]
        status, headers, body = get(
            f"http://127.0.0.1:{port}/static/{hashed}", **{"Accept-Encoding": "gzip"}
        )
        health = get(f"http://127.0.0.1:{port}/healthz")
    finally:
        stop(server)

    pythons = [c for c in commands if not c.startswith("/bin/sh")]
    assert len([c for c in pythons if "gunicorn cms.wsgi" in c]) == 1 + 3  # arbiter
    assert len([c for c in pythons if "db_worker --backend background" in c]) == 1
    assert hashed != "css/base.css"
    assert status == 200
    assert headers["Content-Encoding"] == "gzip"
    assert "immutable" in headers["Cache-Control"]
    assert b"body" in gzip.decompress(body)
    assert health[0] == 200
    assert process_group(server.pid) == []
