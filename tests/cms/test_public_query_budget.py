"""Every anonymous public page of the demo runs at most QUERY_BUDGET database queries,
in every language, with the page cache off: each page's cost is bounded, not only flat."""

from io import StringIO

from django.core.management import call_command
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

QUERY_BUDGET = 15
LANGUAGES = ("en", "ja", "km")

# (path inside the language prefix, expected status), one of each kind of page
PAGES = [
    ("", 200),
    ("news/", 200),
    ("news/?kind=mou-signing", 200),
    ("news/?tag=mou&year=2023", 200),
    ("news/?sector=energy", 200),
    ("news/cambodia-and-japan-sign-mous-in-tokyo/", 200),
    ("events/", 200),
    ("events/?month=2024-07", 200),
    ("events/?archive=1", 200),
    ("events/nagano-cambodian-association-monthly-meeting/", 200),
    ("events/local-government-seminar-2019/", 200),
    ("events/local-government-seminar-2019/event.ics", 200),
    ("events/feed.ics", 200),
    ("search/?q=MoU", 200),
    ("search/?q=%E8%A6%9A%E6%9B%B8", 200),
    ("about/", 200),
    ("contact/", 200),
    ("sitemap/", 200),
    ("feeds/news.rss", 200),
    ("feeds/news.atom", 200),
    ("delegations/nagano-inspection-mission-phnom-penh-2024/", 200),
    ("exchanges/", 200),
    ("exchanges/nagano-phnom-penh-summer-exchange/", 200),
    ("exchanges/nagano-phnom-penh-summer-exchange/register/", 200),
    ("no-such-page/", 404),
    ("news/no-such-article/", 404),
]


class PublicQueryBudgetTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        call_command("load_demo", "--image-width", "96", stdout=StringIO())

    def queries(self, path, status):
        """Queries of one visit to ``path``, after a first visit warmed what any earlier
        visitor would have (Wagtail's cached site root paths, renditions)."""
        self.client.get(path)
        with CaptureQueriesContext(connection) as captured:
            response = self.client.get(path)
        assert response.status_code == status, (path, response.status_code)
        return captured

    def test_every_public_page_stays_within_the_budget(self):
        counts = {}
        over = {}
        for language in LANGUAGES:
            for path, status in PAGES:
                url = f"/{language}/{path}"
                captured = self.queries(url, status)
                counts[url] = len(captured)
                if len(captured) > QUERY_BUDGET:
                    over[url] = [q["sql"][:160] for q in captured]
        report = "\n".join(f"{n:3d}  {url}" for url, n in counts.items())
        assert not over, f"over {QUERY_BUDGET} queries:\n{report}"

    def test_sitemap_xml_stays_within_the_budget(self):
        captured = self.queries("/sitemap.xml", 200)
        assert len(captured) <= QUERY_BUDGET, (
            len(captured),
            [q["sql"][:160] for q in captured],
        )
