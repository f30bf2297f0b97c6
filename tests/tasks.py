"""Run Kizuna's background queue the way the worker does, inside a test."""

from django.core.management import call_command


def run_background_tasks():
    """Run every task queued on the "background" backend that is due, then return.

    The worker closes a database connection it finds inside a transaction, so a test
    that calls this commits for real: ``django_db(transaction=True)``.
    """
    # The backend goes in as an argument: argparse checks its string default
    # ("default", an immediate backend here) before a keyword could replace it.
    call_command(
        "db_worker",
        "--backend",
        "background",
        queue_name="*",
        batch=True,
        reload=False,
        startup_delay=False,
        verbosity=0,
    )
