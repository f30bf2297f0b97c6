"""Sources with a URL fetched on a schedule by the worker, against a local server."""

import datetime
import http.server
import threading
import time

import pytest
from django.core.management import call_command
from django.utils import timezone

from events.models import CalendarSource, EventPage, ImportRun
from tests.events.test_import import ics, vevent
from tests.tasks import run_background_tasks

pytestmark = pytest.mark.django_db

FESTIVAL = ics(
    *vevent("festival@nagano.example", "Apple festival", "DTSTART;VALUE=DATE:20271010")
)


class PartnerServer(http.server.BaseHTTPRequestHandler):
    """Serves /calendar.ics, /slow.ics (answers late), /huge.ics and 404s."""

    body = FESTIVAL

    def do_GET(self):
        if self.path == "/slow.ics":
            time.sleep(2)
        if self.path not in ("/calendar.ics", "/slow.ics", "/huge.ics"):
            self.send_error(404)
            return
        body = b"X" * (2 * 1024 * 1024) if self.path == "/huge.ics" else self.body
        self.send_response(200)
        self.send_header("Content-Type", "text/calendar")
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *args):
        pass


@pytest.fixture
def server(settings):
    # The partner is on loopback, which only this setting lets a source reach
    # (tests/events/test_source_addresses.py checks the refusal).
    settings.KIZUNA_CALENDAR_SOURCES_ALLOW_PRIVATE = True
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), PartnerServer)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def source_at(event_index, url):
    return CalendarSource.objects.create(
        name="Nagano Prefecture", index=event_index, url=url, fetch_every_hours=6
    )


def fetch_due():
    call_command("fetch_calendar_sources", verbosity=0)
    run_background_tasks()


def test_a_due_source_is_fetched_and_imported_by_the_worker(event_index, server):
    source = source_at(event_index, f"{server}/calendar.ics")

    fetch_due()

    source.refresh_from_db()
    assert list(EventPage.objects.values_list("title", "source")) == [
        ("Apple festival", source.pk)
    ]
    assert source.last_status == "Created: 1, updated: 0, unchanged: 0."
    assert source.next_fetch_at - source.last_fetched_at < datetime.timedelta(hours=6)
    assert ImportRun.objects.get().source == source
    # Not due again before its interval: a second cron run queues nothing.
    fetch_due()
    assert ImportRun.objects.count() == 1
    CalendarSource.objects.update(next_fetch_at=timezone.now())
    fetch_due()
    source.refresh_from_db()
    assert source.last_status == "Created: 0, updated: 0, unchanged: 1."


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/missing.ics", "The server answered 404."),
        ("/huge.ics", "The file is larger than 1 MB."),
        ("/slow.ics", "The address could not be fetched (timed out)."),
    ],
)
def test_a_fetch_that_fails_says_why(event_index, server, settings, path, status):
    settings.KIZUNA_IMPORT_MAX_BYTES = 1024 * 1024
    settings.KIZUNA_IMPORT_FETCH_TIMEOUT = 1
    source = source_at(event_index, f"{server}{path}")

    fetch_due()

    source.refresh_from_db()
    assert (source.last_status, EventPage.objects.count()) == (status, 0)
