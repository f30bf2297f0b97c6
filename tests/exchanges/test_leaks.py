"""No school's contact teacher reaches the public site.

On the demo site, with schools whose teachers have names, emails and phones found
nowhere else registered beside the demo's own, an anonymous visitor crawls every public
URL reachable from the home page in each language (following internal links breadth
first, plus every URL of sitemap.xml, every calendar, RSS and Atom feed linked,
robots.txt and the human sitemap) and searches the site for each teacher's name, email
and phone: no response shows any of them.
"""

import collections
import re
from html.parser import HTMLParser
from io import StringIO
from urllib.parse import quote, quote_plus, urljoin, urlsplit

from django.core.management import call_command
from django.test import TestCase
from django.utils import timezone, translation
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from core.languages import local_digits
from exchanges import capacity
from exchanges.models import ExchangeProgrammePage, Registration
from tests.factories.exchanges import school_request

LANGUAGES = ["en", "ja", "km"]
# Teachers found nowhere else, without commas, apostrophes or ampersands (which HTML
# or iCalendar would escape, hiding a leak from a plain substring test).
TEACHERS = [
    {
        "teacher_name": "Perpetua Okonkwo-Halvorsen",
        "teacher_email": "p.halvorsen.teach@example.org",
        "teacher_phone": "+819077770101",
        "language": "en",
        "country": "JP",
    },
    {
        "teacher_name": "東海林慶次郎",
        "teacher_email": "keijiro.shoji.sensei@example.jp",
        "teacher_phone": "+819077770202",
        "language": "ja",
        "country": "JP",
    },
    {
        "teacher_name": "សុវណ្ណារ៉ា ពេជ្រចរិយា",
        "teacher_email": "sovannara.pich.teach@example.kh",
        "teacher_phone": "+85512770303",
        "language": "km",
        "country": "KH",
        "city": "Phnom Penh",
    },
]
# Bounds of the crawl: a calendar links to the next month for ever.
MAX_URLS = 3000
MAX_QUERIES_PER_PATH = 3
# Not pages: the admin sends visitors to log in, files are images and scripts.
SKIPPED = ("/admin/", "/static/", "/media/", "/documents/", "/_util/")
LOC = re.compile(r"<loc>([^<]+)</loc>")
INTERNAL_HOSTS = {"", "testserver", "localhost", "127.0.0.1"}


class Links(HTMLParser):
    """Every href and src of a page."""

    def __init__(self):
        super().__init__()
        self.found = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "src") and value:
                self.found.append(value)


def phone_spellings(phone):
    """The ways a page could print an E.164 number: as stored, without its plus, with
    its national 0, and in Khmer digits."""
    digits = phone.lstrip("+")
    code = "855" if digits.startswith("855") else "81"
    national = "0" + digits[len(code) :]
    spellings = {phone, digits, national}
    with translation.override("km"):
        spellings |= {local_digits(spelling) for spelling in list(spellings)}
    return spellings


def teacher_secrets():
    """Every registration's teacher, the demo's and the planted ones."""
    secrets = set()
    for name, email, phone in Registration.objects.values_list(
        "teacher_name", "teacher_email", "teacher_phone"
    ):
        secrets |= {name, email, quote(email), *phone_spellings(phone)}
    secrets.discard("")
    return secrets


def internal_path(url, base):
    """The site path of a link found on ``base``, or None for another site."""
    if url.startswith("webcal://"):
        url = "http://" + url.removeprefix("webcal://")
    parts = urlsplit(urljoin(base, url))
    if parts.scheme not in ("http", "https", "") or parts.hostname not in (
        INTERNAL_HOSTS | {None}
    ):
        return None
    path = parts.path or "/"
    if path.startswith(SKIPPED):
        return None
    return f"{path}?{parts.query}" if parts.query else path


def links_of(response):
    """Where a response leads: a redirect's target, a page's links, a sitemap's URLs."""
    if response.status_code in (301, 302):
        return [response["Location"]]
    if response.status_code != 200:
        return []
    content_type = response["Content-Type"]
    if content_type.startswith("text/html"):
        parser = Links()
        parser.feed(response.content.decode())
        return parser.found
    if "xml" in content_type:
        return LOC.findall(response.content.decode())
    return []


def unfolded(response):
    """The body as text; an iCalendar feed with its folded lines joined again."""
    text = response.content.decode()
    if response["Content-Type"].startswith("text/calendar"):
        text = text.replace("\r\n ", "").replace("\r\n\t", "")
    return text


class TeacherLeakTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        call_command("load_demo", "--image-width", "96", stdout=StringIO())
        programmes = list(ExchangeProgrammePage.objects.live().order_by("pk"))
        cls.planted = []
        for number, teacher in enumerate(TEACHERS, start=900):
            for programme in programmes:
                if not programme.accepts_registrations(timezone.now()):
                    continue
                cls.planted.append(
                    capacity.register(
                        programme,
                        school_request(
                            number,
                            students=1,
                            school_name=f"Crawl Test School {number}",
                            **teacher,
                        ),
                    )
                )
        cls.secrets = teacher_secrets()

    def find_leaks(self, response, asked=""):
        text = unfolded(response)
        # A search page repeats back what the visitor asked for, in its links too.
        for echo in {asked, quote(asked), quote_plus(asked)} - {""}:
            text = text.replace(echo, "")
        return sorted(secret for secret in self.secrets if secret in text)

    def crawl(self):
        """Every URL reachable by an anonymous visitor, {url: the secrets it shows},
        and a count of responses per status class."""
        start = ["/robots.txt", "/sitemap.xml"]
        for language in LANGUAGES:
            start += [f"/{language}/", f"/{language}/sitemap/"]
        queue = collections.deque(start)
        seen = set(start)
        queries = collections.Counter()
        leaks, statuses = {}, collections.Counter()
        while queue:
            url = queue.popleft()
            response = self.client.get(url)
            statuses[response.status_code // 100] += 1
            if found := self.find_leaks(response):
                leaks[url] = found
            for link in links_of(response):
                path = internal_path(link, url)
                if path is None or path in seen:
                    continue
                if "?" in path:
                    bare = path.split("?")[0]
                    if queries[bare] >= MAX_QUERIES_PER_PATH:
                        continue
                    queries[bare] += 1
                seen.add(path)
                assert len(seen) <= MAX_URLS, "the crawl did not end"
                queue.append(path)
        return seen, leaks, statuses

    def test_the_teachers_are_registered_where_a_leak_would_show(self):
        assert len(self.planted) >= 2 * len(TEACHERS)
        for teacher in TEACHERS:
            assert {
                teacher["teacher_name"],
                teacher["teacher_email"],
                teacher["teacher_phone"],
            } <= self.secrets

    def test_no_url_reachable_by_a_visitor_shows_a_teacher(self):
        seen, leaks, statuses = self.crawl()
        paths = {url.split("?")[0] for url in seen}
        # The crawl reached the programmes, their forms and every kind of feed.
        for programme in ExchangeProgrammePage.objects.live():
            for language in LANGUAGES:
                with translation.override(language):
                    assert programme.url in paths, programme.url
        assert any(path.endswith("/register/") for path in paths)
        sitemap = LOC.findall(self.client.get("/sitemap.xml").content.decode())
        assert len(sitemap) > 50
        assert {internal_path(url, "/") for url in sitemap} <= seen
        for ending in (".ics", ".rss", ".atom"):
            assert any(path.endswith(ending) for path in paths), ending
        assert statuses[5] == 0
        assert leaks == {}

    def test_site_search_finds_no_teacher(self):
        response = self.client.get("/en/search/", {"q": "Nagano"})
        assert response.context["results"].paginator.count > 0  # search works
        for teacher in TEACHERS:
            for field in ("teacher_name", "teacher_email", "teacher_phone"):
                term = teacher[field]
                for language in LANGUAGES:
                    response = self.client.get(f"/{language}/search/", {"q": term})
                    assert response.status_code == 200
                    assert self.find_leaks(response, asked=term) == [], (term, language)
                    assert response.context["results"].paginator.count == 0

    def test_wagtail_search_index_holds_no_teacher(self):
        backend = get_search_backend()
        assert list(backend.search("Nagano", Page)) != []  # the index is in use
        for teacher in TEACHERS:
            for field in ("teacher_name", "teacher_email", "teacher_phone"):
                assert list(backend.search(teacher[field], Page)) == [], teacher[field]
