"""Schools pressing the button at once, through real HTTP requests to the live server
(one thread per request): never more confirmed than there are places.

Run on SQLite and on PostgreSQL (DATABASE_URL=postgres://…): on PostgreSQL the
programme's row lock serialises the registrations, on SQLite the write lock does.
"""

import datetime
import http.cookiejar
import re
import threading
import urllib.error
import urllib.parse
import urllib.request
from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.core.servers.basehttp import ThreadedWSGIServer
from django.test.testcases import LiveServerThread, _StaticFilesHandler
from django.utils import timezone

from exchanges import capacity
from exchanges.enums import RegistrationState
from exchanges.links import registration_url
from exchanges.models import Registration
from tests.factories.exchanges import (
    add_programme,
    add_programme_index,
    school_request,
)

SCHOOLS = 50
STUDENTS_EACH = 2
CAPACITY = 20


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class School:
    """One school's browser: its own cookies (CSRF), its own form token."""

    def __init__(self, base_url, number):
        self.base_url = base_url
        self.number = number
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirect
        )

    def open(self, path, data=None):
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        request = urllib.request.Request(self.base_url + path, data=body)
        try:
            with self.opener.open(request, timeout=60) as response:
                return response.status, response.headers, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read()

    def fill_in(self, path):
        status, _headers, body = self.open(path)
        assert status == 200
        page = BeautifulSoup(body, "html.parser")
        self.form = {
            "csrfmiddlewaretoken": page.find("input", {"name": "csrfmiddlewaretoken"})[
                "value"
            ],
            "token": page.find("input", {"name": "token"})["value"],
            "school_name": f"School {self.number}",
            "country": "KH" if self.number % 2 else "JP",
            "city": "Phnom Penh" if self.number % 2 else "Nagano",
            "teacher_name": f"Teacher {self.number}",
            "teacher_email": f"teacher{self.number}@school.example",
            "teacher_phone": f"+85512{self.number:06d}",
            "students": str(STUDENTS_EACH),
            "teachers": "1",
            "min_age": "12",
            "max_age": "14",
            "language": ["en", "ja", "km"][self.number % 3],
            "consent": "on",
            "website": "",
        }

    def send(self, path):
        self.result = self.open(path, self.form)


def race(actions):
    """Run the actions in threads released together; return when all have finished."""
    start = threading.Barrier(len(actions))
    errors = []

    def run(action):
        try:
            start.wait(timeout=60)
            action()
        except Exception as error:  # noqa: BLE001 -- reported below, with the rest
            errors.append(error)

    threads = [threading.Thread(target=run, args=(action,)) for action in actions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert errors == []


class CrowdedServer(ThreadedWSGIServer):
    # Django's server listens with a backlog of 10, and the kernel resets connections
    # beyond it: this one lets every school's request wait for its thread.
    request_queue_size = SCHOOLS * 2


class CrowdedServerThread(LiveServerThread):
    server_class = CrowdedServer


@pytest.fixture
def crowded_server(transactional_db):
    """A live server like pytest-django's, one thread per request, whose listening
    queue takes all the schools at once."""
    thread = CrowdedServerThread("127.0.0.1", _StaticFilesHandler, port=0)
    thread.daemon = True
    thread.start()
    thread.is_ready.wait()
    if thread.error:
        raise thread.error
    yield SimpleNamespace(url=f"http://127.0.0.1:{thread.port}")
    thread.terminate()


@pytest.fixture
def open_programme(site_tree, settings):
    settings.KIZUNA_EXCHANGE_REGISTRATIONS_PER_HOUR = 1000
    cache.clear()
    index = add_programme_index(site_tree[0])
    return add_programme(index, capacity=CAPACITY, max_students_per_school=10)


def test_fifty_schools_at_once_for_twenty_places(crowded_server, open_programme):
    path = "/en/exchanges/summer-exchange/register/"
    schools = [School(crowded_server.url, number) for number in range(1, SCHOOLS + 1)]
    for school in schools:
        school.fill_in(path)

    race([lambda school=school: school.send(path) for school in schools])

    statuses = [school.result[0] for school in schools]
    assert statuses == [303] * SCHOOLS
    registrations = list(Registration.objects.order_by("arrival"))
    assert len(registrations) == SCHOOLS
    assert sorted(r.school_name for r in registrations) == sorted(
        f"School {number}" for number in range(1, SCHOOLS + 1)
    )
    assert [r.arrival for r in registrations] == list(range(1, SCHOOLS + 1))
    # The first ten to arrive hold two places each; the forty after them wait whole.
    confirmed = CAPACITY // STUDENTS_EACH
    assert [(r.state, r.places_held, r.places_waiting) for r in registrations] == [
        (RegistrationState.CONFIRMED, STUDENTS_EACH, 0)
    ] * confirmed + [(RegistrationState.WAITING, 0, STUDENTS_EACH)] * (
        SCHOOLS - confirmed
    )
    assert [r.waiting_position() for r in registrations[confirmed:]] == list(
        range(1, SCHOOLS - confirmed + 1)
    )
    # Each school sees its own outcome at the address it was sent to.
    by_name = {r.school_name: r for r in registrations}
    last = schools[-1]
    location = last.result[1]["Location"]
    status, _headers, body = last.open(urllib.parse.urlsplit(location).path)
    position = by_name[f"School {SCHOOLS}"].waiting_position()
    heading = " ".join(
        BeautifulSoup(body, "html.parser")
        .select_one("#outcome-heading")
        .get_text()
        .split()
    )
    if position:
        assert heading == f"On the waiting list: number {position}."
    else:
        assert heading == f"Confirmed for {STUDENTS_EACH} students."


def test_cancellations_at_once_offer_places_in_order_and_offers_pass_on(
    crowded_server, open_programme
):
    requests = [
        capacity.register(open_programme, school_request(number, students=students))
        for number, students in enumerate([10, 6, 4, 8, 4, 2, 4], start=1)
    ]
    _first, second, third, large, _small, smaller, _last = requests

    # Two confirmed schools cancel at the same moment through their own links.
    links = [urllib.parse.urlsplit(registration_url(r)).path for r in (second, third)]
    cancellers = [School(crowded_server.url, n) for n in (2, 3)]
    for canceller, link in zip(cancellers, links, strict=True):
        status, _headers, body = canceller.open(link)
        assert status == 200
        canceller.form = {
            "csrfmiddlewaretoken": re.search(
                rb'name="csrfmiddlewaretoken" value="([^"]+)"', body
            )
            .group(1)
            .decode(),
            "action": "cancel",
        }
    race(
        [
            lambda c=canceller, link=link: c.send(link)
            for canceller, link in zip(cancellers, links, strict=True)
        ]
    )
    assert [c.result[0] for c in cancellers] == [303, 303]

    def offered():
        return {
            r.school_name: r.places_offered
            for r in Registration.objects.filter(places_offered__gt=0)
        }

    # Whichever cancellation ran first, the large school (8) never fitted in what one
    # of them freed (6 or 4): it keeps the head of the list while the schools behind
    # it that fit are offered places.
    assert offered() == {"School 5": 4, "School 6": 2, "School 7": 4}
    large.refresh_from_db()
    assert large.waiting_position() == 1
    capacity.accept_offer(smaller)
    # Schools 5 and 7 let their offers run out: the eight places pass to School 4.
    later = timezone.now() + datetime.timedelta(hours=73)
    assert capacity.expire_offers(now=later) == 2
    assert offered() == {"School 4": 8}
    assert Registration.objects.places_taken() == CAPACITY
