"""Emails whose sending job was lost (the process stopped between the commit and the
queue) are queued again by the cron command, once, a batch at a time."""

import datetime
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from exchanges import capacity, tasks
from exchanges.models import OutboxEmail
from tests.factories.exchanges import school_request
from tests.tasks import run_background_tasks

pytestmark = pytest.mark.django_db(transaction=True)


def register_then_die(programme, number):
    """A registration committed by a process that stopped before queuing its email:
    the on_commit hook never runs."""
    registration = capacity.register(programme, school_request(number))
    DBTaskResult.objects.all().delete()
    return registration


def age(minutes):
    OutboxEmail.objects.update(
        created_at=timezone.now() - datetime.timedelta(minutes=minutes)
    )


def sweep(*args):
    output = StringIO()
    call_command("send_pending_exchange_emails", *args, stdout=output)
    return output.getvalue()


def test_a_lost_email_is_queued_again_and_sent_once(programme):
    register_then_die(programme, 1)
    age(10)
    run_background_tasks()
    assert mail.outbox == []

    assert sweep() == "1 email(s) queued again.\n"
    run_background_tasks()
    [message] = mail.outbox
    assert message.to == ["teacher1@school1.example"]
    assert OutboxEmail.objects.get().sent_at is not None
    assert sweep() == "0 email(s) queued again.\n"


def test_a_fresh_email_is_left_to_its_own_job(programme):
    # Its transaction may have committed a moment ago, its hook about to queue it.
    register_then_die(programme, 1)
    age(1)
    assert sweep() == "0 email(s) queued again.\n"


def test_an_email_waiting_for_its_retry_is_not_queued_twice(programme):
    registration = register_then_die(programme, 1)
    age(10)
    email = OutboxEmail.objects.get(registration=registration)
    tasks.send_school_email.using(
        run_after=timezone.now() + datetime.timedelta(minutes=30)
    ).enqueue(email.pk, 2)
    assert sweep() == "0 email(s) queued again.\n"
    assert DBTaskResult.objects.count() == 1


def test_each_run_queues_a_bounded_batch_oldest_first(programme):
    for number in (1, 2, 3):
        register_then_die(programme, number)
    age(10)
    assert sweep("--limit", "2") == "2 email(s) queued again.\n"
    run_background_tasks()
    assert sorted(message.to[0] for message in mail.outbox) == [
        "teacher1@school1.example",
        "teacher2@school2.example",
    ]
    assert sweep("--limit", "2") == "1 email(s) queued again.\n"
    run_background_tasks()
    assert mail.outbox[-1].to == ["teacher3@school3.example"]


def test_an_email_that_used_up_its_attempts_is_left_for_a_person(programme):
    register_then_die(programme, 1)
    age(10)
    OutboxEmail.objects.update(attempts=tasks.MAX_ATTEMPTS, last_error="refused")
    assert sweep() == "0 email(s) queued again.\n"
