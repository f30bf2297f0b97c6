"""Outbox emails whose sending job was lost, queued again (for cron).

An email row is written in the change's transaction and its job queued once that
commits (capacity._write); a process that dies between the two leaves a row that no
job will send. A row unsent for ``STRANDED_AFTER`` with no job waiting or running for
it is queued again. Rows that used up their attempts stay for a person to look at:
queuing them again would retry a refusing mail server forever.
"""

import datetime

from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from . import tasks
from .models import OutboxEmail

# Longer than any commit takes to reach its on_commit hook.
STRANDED_AFTER = datetime.timedelta(minutes=5)
# Rows queued again per run: a large backlog drains over a few runs.
BATCH = 200
SEND_TASK = tasks.send_school_email.module_path
PENDING = (TaskResultStatus.READY, TaskResultStatus.RUNNING)


def requeue_stranded(*, now=None, limit=BATCH):
    """Queue a sending job for each stranded outbox row, oldest first; return how
    many were queued."""
    now = now or timezone.now()
    candidates = list(
        OutboxEmail.objects.filter(
            sent_at=None,
            created_at__lte=now - STRANDED_AFTER,
            attempts__lt=tasks.MAX_ATTEMPTS,
        )
        .order_by("created_at", "pk")
        .values_list("pk", flat=True)[:limit]
    )
    if not candidates:
        return 0
    pending = set(
        DBTaskResult.objects.filter(
            task_path=SEND_TASK,
            status__in=PENDING,
            args_kwargs__args__0__in=candidates,
        ).values_list("args_kwargs__args__0", flat=True)
    )
    stranded = [pk for pk in candidates if pk not in pending]
    for pk in stranded:
        tasks.send_school_email.enqueue(pk)
    return len(stranded)
