"""Schools' emails through a real SMTP server (aiosmtpd) started by the test."""

import datetime
import email
import email.policy
import json
import os
import shutil
import socket
import subprocess
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from django.conf import settings
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from exchanges import capacity
from exchanges.models import OutboxEmail, Registration
from tests.factories.events import TOKYO, add_event
from tests.factories.exchanges import add_programme, school_request
from tests.tasks import run_background_tasks

# The worker closes a connection it finds inside a transaction, as a test's is: tests
# that run it commit for real.
pytestmark = pytest.mark.django_db(transaction=True)

NODE_DIR = Path(settings.BASE_DIR) / "tests" / "node"


class Inbox:
    """aiosmtpd's handler: keeps every message the server accepts."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(
            email.message_from_bytes(envelope.content, policy=email.policy.default)
        )
        return "250 OK"


def subject(message):
    # The parser keeps the space that follows the colon of an encoded header.
    return str(message["Subject"]).strip()


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp_port():
    port = free_port()
    with override_settings(
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=port,
        EMAIL_USE_TLS=False,
        EMAIL_USE_SSL=False,
        EMAIL_HOST_USER="",
        EMAIL_HOST_PASSWORD="",
        EMAIL_TIMEOUT=5,
    ):
        yield port


def start_server(port):
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    return controller, inbox


@pytest.fixture
def mail_server(smtp_port):
    controller, inbox = start_server(smtp_port)
    yield inbox
    controller.stop()


@pytest.fixture
def programme_with_dates(programme_index, event_index):
    start = datetime.datetime(2027, 7, 20, 9, tzinfo=TOKYO)
    event = add_event(
        event_index,
        "Summer exchange 2027",
        start=start,
        end=start + datetime.timedelta(days=10),
        slug="summer-exchange-2027",
    )
    return add_programme(programme_index, event=event, capacity=4)


def register(programme, number, students, django_capture_on_commit_callbacks, **fields):
    with django_capture_on_commit_callbacks(execute=True):
        return capacity.register(
            programme, school_request(number, students=students, **fields)
        )


def read_with_icaljs(tmp_path, data):
    node = shutil.which("node")
    if node is None or not (NODE_DIR / "node_modules" / "ical.js").is_dir():
        message = "needs Node.js and tests/node/node_modules/ical.js (run `make node`)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    path = tmp_path / "programme.ics"
    path.write_bytes(data)
    result = subprocess.run(
        [
            node,
            str(NODE_DIR / "ical_events.mjs"),
            str(path),
            "2027-01-01T00:00:00Z",
            "2028-01-01T00:00:00Z",
        ],
        capture_output=True,
        check=True,
        text=True,
        timeout=60,
    )
    return json.loads(result.stdout)["occurrences"]


def test_the_school_gets_its_outcome_in_its_language_with_the_dates(
    mail_server, programme_with_dates, django_capture_on_commit_callbacks, tmp_path
):
    registration = register(
        programme_with_dates,
        1,
        3,
        django_capture_on_commit_callbacks,
        language="km",
    )
    run_background_tasks()
    [message] = mail_server.messages
    assert message["To"] == "teacher1@school1.example"
    assert subject(message) == (
        "ការចុះឈ្មោះរបស់អ្នកសម្រាប់ Nagano–Phnom Penh summer exchange"
    )
    body = message.get_body(("plain",)).get_content()
    assert "បានបញ្ជាក់សម្រាប់សិស្ស ៣ នាក់។" in body
    assert "/km/exchanges/summer-exchange/registration/" in body
    [attachment] = list(message.iter_attachments())
    assert attachment.get_content_type() == "text/calendar"
    occurrences = read_with_icaljs(tmp_path, attachment.get_payload(decode=True))
    event = programme_with_dates.event
    assert [occurrence[:3] for occurrence in occurrences] == [
        [event.uid, "2027-07-20T00:00:00Z", "2027-07-30T00:00:00Z"]
    ]
    assert OutboxEmail.objects.get(registration=registration).sent_at is not None


def test_the_link_in_the_email_opens_the_registration(
    client, mail_server, programme_with_dates, django_capture_on_commit_callbacks
):
    register(programme_with_dates, 1, 3, django_capture_on_commit_callbacks)
    run_background_tasks()
    body = mail_server.messages[0].get_body(("plain",)).get_content()
    [link] = [line for line in body.splitlines() if "/registration/" in line]
    response = client.get(link)
    assert response.status_code == 200
    assert b"Confirmed for 3 students." in response.content


def test_an_offer_is_emailed_with_its_deadline(
    mail_server, programme_with_dates, django_capture_on_commit_callbacks
):
    first = register(programme_with_dates, 1, 4, django_capture_on_commit_callbacks)
    register(programme_with_dates, 2, 2, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        capacity.cancel(
            first, now=datetime.datetime(2027, 3, 1, 0, tzinfo=datetime.UTC)
        )
    run_background_tasks()
    subjects = [subject(message) for message in mail_server.messages]
    assert subjects[-1] == "Places offered to you in Nagano–Phnom Penh summer exchange"
    body = mail_server.messages[-1].get_body(("plain",)).get_content()
    assert "before 4 March 2027, 09:00 JST" in body


def test_a_mail_server_that_is_down_loses_nothing(
    smtp_port, programme_with_dates, django_capture_on_commit_callbacks
):
    registration = register(
        programme_with_dates, 1, 3, django_capture_on_commit_callbacks
    )
    run_background_tasks()  # nothing listens on the port
    outbox = OutboxEmail.objects.get(registration=registration)
    assert (outbox.sent_at, outbox.attempts) == (None, 1)
    assert Registration.objects.get().places_held == 3
    retry = DBTaskResult.objects.get(status="READY")
    assert retry.run_after > timezone.now()

    controller, inbox = start_server(smtp_port)
    try:
        run_background_tasks()
        assert inbox.messages == []  # the retry waits its minute
        DBTaskResult.objects.filter(pk=retry.pk).update(run_after=timezone.now())
        run_background_tasks()
    finally:
        controller.stop()
    [message] = inbox.messages
    assert subject(message) == "Your registration for Nagano–Phnom Penh summer exchange"
    outbox.refresh_from_db()
    assert outbox.attempts == 2
    assert outbox.sent_at is not None


def test_an_email_is_sent_once_even_if_its_task_runs_twice(
    mail_server, programme_with_dates, django_capture_on_commit_callbacks
):
    from exchanges.tasks import send_school_email

    registration = register(
        programme_with_dates, 1, 3, django_capture_on_commit_callbacks
    )
    outbox = OutboxEmail.objects.get(registration=registration)
    send_school_email.enqueue(outbox.pk)
    run_background_tasks()
    assert len(mail_server.messages) == 1
