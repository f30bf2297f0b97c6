"""How Japanese and Khmer searches fare over 10,000 articles on PostgreSQL.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/kizuna_bench .venv/bin/python bench/search.py
    ... bench/search.py 2000        # another number of articles

Creates and later drops a throwaway database beside DATABASE_URL's (test_<name>),
adds the articles in bulk in three languages (tests/factories/bulk_news.py: common
words and rare ones), indexes them, then runs each search as the search page does (the
first page of results and their count, the pages fetched; no rendering), in turns: as
the site searches, and with PostgreSQL's bitmap scans turned off, which puts
the text indexes (GIN, reached only through bitmap scans) out of reach and leaves the
sequential scan of the index table: the baseline, in the same run. Prints the median
and 95th percentile of each, their ratio and the queries per search. Figures only:
times depend on the machine. Takes two to four minutes.
"""

import contextlib
import io
import os
import statistics
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 21
# (language, term, what it tests): common and rare words, two characters and more.
TERMS = (
    ("ja", "日本", "2 characters, common"),
    ("ja", "病院", "2 characters, rare"),
    ("ja", "視察団", "3 characters"),
    ("ja", "カシュー", "4 characters"),
    ("ja", "病院 輸出", "two rare terms"),
    ("km", "ជប៉ុន", "common"),
    ("km", "អង្ករ", "rare"),
    ("km", "មន្ទីរពេទ្យ", "rarest"),
    ("km", "តែ", "2 characters, in no article"),
)


def write(line=""):
    sys.stdout.write(f"{line}\n")
    sys.stdout.flush()


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main(count):
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        sys.exit("Set DATABASE_URL to a PostgreSQL database (its test_ copy is used).")
    os.environ["DJANGO_SETTINGS_MODULE"] = "cms.settings.test"
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.utils import translation
    from wagtail.models import Site

    from core.pagination import PageFirstPaginator
    from search.backend import TOTAL
    from search.query import SearchQuery
    from search.views import RESULTS_PER_PAGE
    from tests.factories.bulk_news import bulk_add_articles
    from tests.factories.pages import build_site

    warnings.filterwarnings("ignore", message="No directory at")
    started = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()):
        test_database = connection.creation.create_test_db(
            verbosity=0, autoclobber=True
        )
    try:
        with translation.override("en"):
            _home, news = build_site()
            bulk_add_articles(news, count)
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        write(
            f"{count:,} articles added and indexed in {test_database} in "
            f"{time.perf_counter() - started:.0f} s."
        )
        site = Site.objects.get(is_default_site=True)

        def timed(language, term):
            """A visitor's search as the search page runs it: its first page of
            results, with their count, the pages' own rows fetched."""
            with translation.override(language):
                begun = time.perf_counter()
                results = SearchQuery(text=term).pages(language=language, site=site)
                page = PageFirstPaginator(results, RESULTS_PER_PAGE, total=TOTAL)
                shown = page.get_page(1)
                list(shown)
                return time.perf_counter() - begun, shown.paginator.count

        def set_baseline(on):
            with connection.cursor() as cursor:
                cursor.execute(f"SET enable_bitmapscan = {'off' if on else 'on'}")

        write()
        write(
            f"{'':2} {'term':<14} {'':<28} {'results':>7} {'queries':>7} "
            f"{'median ms':>9} {'p95 ms':>7} {'scan median':>11} {'scan p95':>8} "
            f"{'x faster':>8}"
        )
        for language, term, about in TERMS:
            indexed, scanned = [], []
            for _run in range(RUNS):
                for baseline, times in ((False, indexed), (True, scanned)):
                    set_baseline(baseline)
                    seconds, _results = timed(language, term)
                    times.append(seconds * 1000)
            set_baseline(False)
            with CaptureQueriesContext(connection) as queries:
                _seconds, results = timed(language, term)
            median, baseline_median = (
                statistics.median(indexed),
                statistics.median(scanned),
            )
            write(
                f"{language:2} {term:<14} {about:<28} {results:>7} {len(queries):>7} "
                f"{median:>9.1f} {percentile(indexed, 0.95):>7.1f} "
                f"{baseline_median:>11.1f} {percentile(scanned, 0.95):>8.1f} "
                f"{baseline_median / median:>8.1f}"
            )
    finally:
        with contextlib.redirect_stdout(io.StringIO()):
            connection.creation.destroy_test_db(test_database, verbosity=0)
    write(f"Total {time.perf_counter() - started:.0f} s.")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
