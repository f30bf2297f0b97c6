"""The task worker outlives a database restart (bench/load.py checks it under load)."""

import logging

from django.core.management import call_command
from django.db import OperationalError
from django_tasks_db.management.commands import db_worker

from cms.management.commands import db_worker as project_worker


def test_the_worker_starts_again_after_losing_the_database(monkeypatch, caplog):
    loops = []

    def run(self):
        loops.append(self.worker_id)
        if len(loops) == 1:
            raise OperationalError(
                "terminating connection due to administrator command"
            )

    monkeypatch.setattr(db_worker.Worker, "run", run)
    monkeypatch.setattr(db_worker.Worker, "configure_signals", lambda self: None)
    monkeypatch.setattr(project_worker.time, "sleep", lambda seconds: None)

    with caplog.at_level(logging.WARNING, logger="kizuna.tasks"):
        call_command("db_worker", "--backend", "background", "--queue-name", "*")

    assert len(loops) == 2
    assert "task worker lost the database" in caplog.text
