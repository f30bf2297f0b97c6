"""Run Kizuna's background queue the way the worker does, inside a test."""

from unittest import mock

from django.core.management import call_command

# The worker closes "old" connections between tasks; inside a test's transaction the
# connection is not in autocommit, so it would be closed (PostgreSQL then loses the
# test's data; SQLite's in-memory test database ignores the close).
WORKER_CLOSES = "django_tasks_db.management.commands.db_worker.close_old_connections"


def run_background_tasks():
    """Run every task queued on the "background" backend that is due, then return.

    Options go on the command line: argparse checks the --backend default ("default",
    an immediate backend) against its type, so passing backend_name alone fails.
    """
    with mock.patch(WORKER_CLOSES, lambda: None):
        call_command(
            "db_worker",
            "--backend=background",
            "--queue-name=*",
            "--batch",
            "--no-reload",
            "--no-startup-delay",
            verbosity=0,
        )
