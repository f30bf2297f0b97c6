"""Calendar sources reach public http(s) hosts only: when an editor saves one and when
the worker fetches it, after DNS resolution and across redirects.

No test needs the internet: DNS answers come from a table (socket.getaddrinfo replaced),
and the one "public" host is routed to a server on loopback.
"""

import http.server
import socket
import threading
import time

import pytest
from django.urls import reverse

from events.models import CalendarSource, EventPage
from tests.events.test_import_fetch import FESTIVAL, fetch_due

pytestmark = pytest.mark.django_db

# An address outside every private, reserved and documentation range.
PUBLIC_IP = "93.184.215.14"
real_getaddrinfo = socket.getaddrinfo
real_create_connection = socket.create_connection


@pytest.fixture
def dns(monkeypatch):
    """Host names resolved from this table (IP literals as the system does)."""
    table = {}

    def getaddrinfo(host, port, *args, **kwargs):
        if host in table:
            return [
                (socket.AF_INET, socket.SOCK_STREAM, 6, "", (ip, port))
                for ip in table[host]
            ]
        try:
            return real_getaddrinfo(host, port, *args, flags=socket.AI_NUMERICHOST)
        except socket.gaierror:
            raise socket.gaierror(
                socket.EAI_NONAME, "Name or service not known"
            ) from None

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return table


@pytest.fixture
def admin_client(client, django_user_model):
    django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    client.login(username="editor", password="pw")
    return client


def save_source(client, event_index, url):
    return client.post(
        reverse("wagtailsnippets_events_calendarsource:add"),
        {
            "name": "Nagano Prefecture",
            "index": event_index.pk,
            "url": url,
            "fetch_every_hours": 24,
        },
    )


PRIVATE = "is a private or local address; only public calendars can be fetched."


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://127.0.0.1:5432/", f"127.0.0.1 {PRIVATE}"),
        ("http://localhost.partner.example/", f"localhost.partner.example {PRIVATE}"),
        (
            "http://intranet.partner.example/cal.ics",
            f"intranet.partner.example {PRIVATE}",
        ),
        ("http://169.254.169.254/latest/meta-data/", f"169.254.169.254 {PRIVATE}"),
        ("http://10.1.2.3/cal.ics", f"10.1.2.3 {PRIVATE}"),
        ("http://224.0.0.1/", f"224.0.0.1 {PRIVATE}"),
        ("http://240.0.0.1/", f"240.0.0.1 {PRIVATE}"),
        ("http://0.0.0.0/", f"0.0.0.0 {PRIVATE}"),
        ("http://[::1]/", f"::1 {PRIVATE}"),
        ("http://[::ffff:127.0.0.1]/", f"::ffff:127.0.0.1 {PRIVATE}"),
        ("http://[fe80::1]/", f"fe80::1 {PRIVATE}"),
        ("http://[2002:7f00:1::]/", f"2002:7f00:1:: {PRIVATE}"),
        ("http://[64:ff9b::a00:1]/", f"64:ff9b::a00:1 {PRIVATE}"),
        ("http://[fd00::1]/", f"fd00::1 {PRIVATE}"),
        ("http://[::]/", f":: {PRIVATE}"),
        (
            "ftp://calendar.partner.example/cal.ics",
            "Only http and https addresses can be fetched.",
        ),
        (
            "https://nowhere.partner.example/",
            "The host nowhere.partner.example could not be found.",
        ),
    ],
)
def test_an_editor_cannot_save_a_source_that_reaches_private_services(
    admin_client, event_index, dns, url, message
):
    dns["localhost.partner.example"] = ["127.0.0.1"]
    dns["intranet.partner.example"] = [PUBLIC_IP, "192.168.1.10"]
    dns["calendar.partner.example"] = [PUBLIC_IP]

    response = save_source(admin_client, event_index, url)

    assert response.status_code == 200
    assert response.context["form"].errors == {"url": [message]}
    assert not CalendarSource.objects.exists()


def test_an_editor_saves_a_source_on_a_public_host(admin_client, event_index, dns):
    dns["calendar.partner.example"] = [PUBLIC_IP]

    response = save_source(
        admin_client, event_index, "https://calendar.partner.example/cal.ics"
    )

    assert response.status_code == 302
    assert (
        CalendarSource.objects.get().url == "https://calendar.partner.example/cal.ics"
    )


class PartnerServer(http.server.BaseHTTPRequestHandler):
    """The calendar, redirects to elsewhere, and a file sent a byte at a time."""

    paths = []
    redirects = {}

    def do_GET(self):
        self.paths.append(self.path)
        if self.path in self.redirects:
            self.send_response(302)
            self.send_header("Location", self.redirects[self.path])
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/calendar")
        self.end_headers()
        try:
            if self.path == "/drip.ics":
                for byte in FESTIVAL:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(0.05)
            else:
                self.wfile.write(FESTIVAL)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *args):
        pass


@pytest.fixture
def partner(dns, monkeypatch):
    """calendar.partner.example, a public host whose connections reach a local server."""
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), PartnerServer)
    port = httpd.server_address[1]
    PartnerServer.paths = []
    PartnerServer.redirects = {}
    dns["calendar.partner.example"] = [PUBLIC_IP]

    def create_connection(address, *args, **kwargs):
        if address[0] == PUBLIC_IP:
            address = ("127.0.0.1", port)
        return real_create_connection(address, *args, **kwargs)

    monkeypatch.setattr(socket, "create_connection", create_connection)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://calendar.partner.example:{port}"
    httpd.shutdown()
    httpd.server_close()


def fetched_status(event_index, url):
    source = CalendarSource.objects.create(
        name="Nagano Prefecture", index=event_index, url=url
    )
    fetch_due()
    source.refresh_from_db()
    return source.last_status


def test_a_public_source_is_fetched(event_index, partner):
    status = fetched_status(event_index, f"{partner}/calendar.ics")

    assert status == "Created: 1, updated: 0, unchanged: 0."
    assert PartnerServer.paths == ["/calendar.ics"]


def test_a_name_that_resolves_to_a_private_address_at_fetch_time_is_not_fetched(
    event_index, partner, dns
):
    # Public when the editor saved it; the partner's DNS now answers loopback.
    dns["calendar.partner.example"] = ["127.0.0.1"]

    status = fetched_status(event_index, f"{partner}/calendar.ics")

    assert status == f"calendar.partner.example {PRIVATE}"
    assert (PartnerServer.paths, EventPage.objects.count()) == ([], 0)


@pytest.mark.parametrize(
    ("target", "status"),
    [
        ("http://127.0.0.1:6379/", f"127.0.0.1 {PRIVATE}"),
        ("http://[::ffff:169.254.169.254]/", f"::ffff:169.254.169.254 {PRIVATE}"),
        ("file:///etc/passwd", "Only http and https addresses can be fetched."),
    ],
)
def test_redirects_to_private_addresses_are_not_followed(
    event_index, partner, target, status
):
    PartnerServer.redirects["/moved.ics"] = target

    assert fetched_status(event_index, f"{partner}/moved.ics") == status
    assert PartnerServer.paths == ["/moved.ics"]
    assert EventPage.objects.count() == 0


def test_a_redirect_to_a_public_address_is_followed(event_index, partner):
    PartnerServer.redirects["/moved.ics"] = f"{partner}/calendar.ics"

    status = fetched_status(event_index, f"{partner}/moved.ics")

    assert status == "Created: 1, updated: 0, unchanged: 0."
    assert PartnerServer.paths == ["/moved.ics", "/calendar.ics"]


def test_a_download_that_outlasts_the_timeout_is_stopped(
    event_index, partner, settings
):
    # Each byte comes well within the timeout; the whole file does not.
    settings.KIZUNA_IMPORT_FETCH_TIMEOUT = 1

    status = fetched_status(event_index, f"{partner}/drip.ics")

    assert status == "The address could not be fetched (timed out)."
    assert EventPage.objects.count() == 0
