"""Run Kizuna's background queue the way the worker does, inside a test."""

from django.core.management import call_command


def run_background_tasks():
    """Run every task queued on the "background" backend that is due, then return.

    Options go on the command line: argparse checks the --backend default ("default",
    an immediate backend) against its type, so passing backend_name alone fails.
    """
    call_command(
        "db_worker",
        "--backend=background",
        "--queue-name=*",
        "--batch",
        "--no-reload",
        "--no-startup-delay",
        verbosity=0,
    )
