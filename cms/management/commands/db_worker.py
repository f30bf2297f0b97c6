"""django-tasks-db's task worker, which keeps running when the database goes away.

Its loop stops at the first database error it does not expect, and a PostgreSQL
restart cuts its connection: `make serve` would go on serving without a worker, and
registration emails would wait in the queue until someone restarted it. This command
(the project's apps come before django_tasks_db, so `manage.py db_worker` is this one)
logs the error, waits, and runs the worker's loop again; a task cut off half-way is
marked failed by the worker itself. SIGTERM and Ctrl+C still stop it, waiting or not.
"""

import logging
import time

from django.db import InterfaceError, OperationalError, connections
from django_tasks_db.management.commands.db_worker import Command as DatabaseWorker

logger = logging.getLogger("kizuna.tasks")

RETRY_SECONDS = 2


class Command(DatabaseWorker):
    def handle(self, *args, **options):
        while True:
            try:
                return super().handle(*args, **options)
            except (OperationalError, InterfaceError) as error:
                logger.warning(
                    "task worker lost the database (%s): starting again in %s s",
                    error,
                    RETRY_SECONDS,
                )
                connections.close_all()
                time.sleep(RETRY_SECONDS)
