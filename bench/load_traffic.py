"""The requests of bench/load.py: readers (pages, feeds, searches) and schools registering.

Each thread keeps one HTTP/1.1 connection (reopened after an error) and records every
answer as a ``Result``: its kind, when it started (seconds from the start of the load),
status, latency and, for a 5xx, whether it is the friendly "briefly unavailable" page.
"""

import http.client
import random
import re
import time
import uuid
from dataclasses import dataclass
from html.parser import HTMLParser
from http.cookies import SimpleCookie
from urllib.parse import urlencode

LANGUAGES = ("en", "ja", "km")
PAGES = (
    "/{lang}/",
    "/{lang}/news/",
    "/{lang}/news/cambodia-and-japan-sign-mous-in-tokyo/",
    "/{lang}/events/",
    "/{lang}/events/mou-signing-in-tokyo-2023/",
    "/{lang}/exchanges/",
    "/{lang}/exchanges/nagano-phnom-penh-summer-exchange/",
)
FEED = "/{lang}/events/feed.ics"
SEARCHES = ("MoU", "Nagano", "覚書", "長野", "កិច្ចព្រមព្រៀង", "ភ្នំពេញ", "exchange")
# What a reader thread asks for, by weight.
READER_MIX = (("page", 5), ("feed", 1), ("feed 304", 2), ("search", 2))
# A school sends its form twice this often (a double click, a retried POST).
RESEND_SHARE = 0.2


@dataclass(frozen=True)
class Result:
    kind: str
    started: float
    status: int  # 0: no HTTP answer (connection refused or cut)
    seconds: float
    friendly: bool = False


class Client:
    """One keep-alive connection to the app, with the cookies it was given."""

    def __init__(self, port, results, clock, unavailable_markers):
        self.port = port
        self.results = results
        self.clock = clock
        self.markers = unavailable_markers
        self.connection = None
        self.cookies = {}

    def request(self, kind, method, path, body=None, headers=None):
        """(status, headers, body) of one request, recorded under ``kind``."""
        headers = dict(headers or {})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        started = self.clock()
        try:
            if self.connection is None:
                self.connection = http.client.HTTPConnection(
                    "127.0.0.1", self.port, timeout=60
                )
            self.connection.request(method, path, body=body, headers=headers)
            response = self.connection.getresponse()
            content = response.read()
        except (OSError, http.client.HTTPException):
            self.results.append(Result(kind, started, 0, self.clock() - started))
            self.close()
            return 0, {}, b""
        status = response.status
        friendly = status == 503 and self._is_friendly(response, content)
        self.results.append(
            Result(kind, started, status, self.clock() - started, friendly)
        )
        for header in response.headers.get_all("Set-Cookie") or ():
            for name, morsel in SimpleCookie(header).items():
                self.cookies[name] = morsel.value
        if response.headers.get("Connection", "").lower() == "close":
            self.close()
        return status, response.headers, content

    def _is_friendly(self, response, content):
        text = content.decode("utf-8", "replace")
        return bool(response.headers.get("Retry-After")) and any(
            marker in text for marker in self.markers
        )

    def close(self):
        if self.connection is not None:
            self.connection.close()
            self.connection = None


class Reader:
    """Pages, full feeds, conditional feeds (If-None-Match) and searches, at random."""

    def __init__(self, client, rng):
        self.client = client
        self.rng = rng
        self.etags = {}
        kinds, weights = zip(*READER_MIX, strict=True)
        self.kinds, self.weights = kinds, weights

    def step(self):
        kind = self.rng.choices(self.kinds, self.weights)[0]
        lang = self.rng.choice(LANGUAGES)
        if kind == "page":
            self.client.request(kind, "GET", self.rng.choice(PAGES).format(lang=lang))
        elif kind == "search":
            query = urlencode({"q": self.rng.choice(SEARCHES)})
            self.client.request(kind, "GET", f"/{lang}/search/?{query}")
        else:
            path = FEED.format(lang=lang)
            conditional = kind == "feed 304" and path in self.etags
            headers = {"If-None-Match": self.etags[path]} if conditional else {}
            status, answer, _body = self.client.request(
                kind, "GET", path, headers=headers
            )
            if status == 200 and answer.get("ETag"):
                self.etags[path] = answer["ETag"]


class FormReader(HTMLParser):
    """The registration form's fields: hidden values, number bounds, select options."""

    def __init__(self):
        super().__init__()
        self.inputs, self.options, self._select = {}, {}, None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "input" and attributes.get("name"):
            self.inputs[attributes["name"]] = attributes
        elif tag == "select":
            self._select = attributes.get("name")
            self.options[self._select] = []
        elif tag == "option" and self._select and attributes.get("value"):
            self.options[self._select].append(attributes["value"])

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None


@dataclass
class Outcomes:
    """What the schools were told: tokens answered 303 (registered), tokens never
    answered so (their form still unsent when time ran out), and resent forms."""

    registered: dict  # token -> school name
    unanswered: dict
    resent: int = 0
    # Resent forms answered with another registration than the first answer named.
    resent_elsewhere: int = 0


class School:
    """Opens a programme's form, fills it in and sends it, as a browser would; a form
    answered 503 (the database away) is sent again a second later until it registers."""

    def __init__(self, client, rng, name, programmes, outcomes, lock):
        self.client = client
        self.rng = rng
        self.name = name
        self.programmes = programmes
        self.outcomes = outcomes
        self.lock = lock
        self.count = 0
        self.pending = None  # (path, body, token, school name)

    def step(self):
        if self.pending is None:
            self.pending = self._fill_in()
            if self.pending is None:
                time.sleep(0.5)
                return
        path, body, token, school = self.pending
        status, headers, _body = self.client.request(
            "register POST", "POST", path, body
        )
        if status != 303:
            time.sleep(1)
            return
        self.pending = None
        with self.lock:
            self.outcomes.registered[token] = school
            self.outcomes.unanswered.pop(token, None)
        if self.rng.random() < RESEND_SHARE:
            again = self.client.request("register POST", "POST", path, body)
            with self.lock:
                self.outcomes.resent += 1
                # Refused (a 503 while the database is away) is no harm: the
                # database check finds any second registration.
                if again[0] == 303 and registration(again[1]) != registration(headers):
                    self.outcomes.resent_elsewhere += 1

    def _fill_in(self):
        lang = self.rng.choice(LANGUAGES)
        path = f"/{lang}/exchanges/{self.rng.choice(self.programmes)}/register/"
        status, _headers, content = self.client.request("register form", "GET", path)
        if status != 200:
            return None
        form = FormReader()
        form.feed(content.decode())
        if "token" not in form.inputs:
            return None
        self.count += 1
        school = f"Load school {self.name}-{self.count} {uuid.uuid4().hex[:6]}"
        ages = form.inputs["min_age"]
        youngest, oldest = int(ages["min"]), int(ages["max"])
        country = self.rng.choice(("JP", "KH"))
        fields = {
            "csrfmiddlewaretoken": form.inputs["csrfmiddlewaretoken"]["value"],
            "token": form.inputs["token"]["value"],
            "school_name": school,
            "country": country,
            "city": "Nagano" if country == "JP" else "Phnom Penh",
            "teacher_name": f"Teacher {self.name}-{self.count}",
            "teacher_email": f"teacher{self.count}@{self.name}.example.org",
            "teacher_phone": f"+81 90 {self.rng.randrange(1000, 9999)} 5678",
            "students": self.rng.randint(1, int(form.inputs["students"]["max"])),
            "teachers": 1,
            "min_age": youngest,
            "max_age": self.rng.randint(youngest, oldest),
            "language": self.rng.choice(form.options["language"]),
            "consent": "on",
            "website": "",
        }
        if self.rng.random() < 0.5:
            fields["accepts_fewer"] = "on"
        with self.lock:
            self.outcomes.unanswered[fields["token"]] = school
        return path, urlencode(fields), fields["token"], school


def registration(headers):
    """The registration a 303 names: its signed link's payload, without the signature
    (dated to the second, so two links to one registration may differ there)."""
    return headers.get("Location", "").split("/registration/")[-1].split("/")[0]


def open_programmes(client, slugs):
    """The programmes of ``slugs`` whose form is open now."""
    found = []
    for slug in slugs:
        status, _headers, content = client.request(
            "register form", "GET", f"/en/exchanges/{slug}/register/"
        )
        if status == 200 and re.search(rb'name="token"', content):
            found.append(slug)
    return found


def run_until(deadline, clock, step):
    while clock() < deadline:
        step()


def seeded(name):
    return random.Random(f"kizuna-load-{name}")
