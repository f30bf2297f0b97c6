"""Public pages through Varnish, through gunicorn with the Redis page cache, and uncached
(without the page cache, then without what each process keeps either).

    .venv/bin/python bench/pages.py            # 5 s of wrk per figure
    .venv/bin/python bench/pages.py 10         # 10 s

Needs PostgreSQL and Redis on 127.0.0.1 and Debian's varnish and wrk. Builds a throwaway
PostgreSQL database (kizuna_bench, or $KIZUNA_BENCH_DATABASE; Redis database 13, or
$KIZUNA_BENCH_REDIS_DB) with the demo content filled up to 500 news articles, 1,000
more events, 20 delegations and 5 exchange programmes (bench/pages_content.py), and
counts the queries of one visit to each page there (Django's test client, page cache
off). Then it starts the production settings under gunicorn (2 workers) with Varnish
in front (deploy/varnish/kizuna.vcl) and drives each page with wrk (2 threads, 8
connections, asking for gzip as browsers and calendar apps do); "feed 304" asks for
the feed with its ETag in If-None-Match. Every figure is printed as a ratio of a
minimal Django view (``/bench/minimal/``, the whole middleware stack, no query) served
by the same gunicorn, measured just before it, so that the ratios hold on another
machine, and marked against issue 12's goal where it sets one. Prints figures only;
takes a few minutes.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.cms.servers import (  # noqa: E402 -- after the project is on the path
    free_port,
    get,
    manage,
    production_environment,
    start,
    start_varnish,
    stop,
)

DATABASE = os.environ.get("KIZUNA_BENCH_DATABASE", "kizuna_bench")
REDIS_DB = os.environ.get("KIZUNA_BENCH_REDIS_DB", "13")
REDIS = f"redis://127.0.0.1:6379/{REDIS_DB}"
MINIMAL = "/bench/minimal/"
FEED = "/en/events/feed.ics"
PAGES = {
    "home": "/en/",
    "news index": "/en/news/",
    "article": "/en/news/cambodia-and-japan-sign-mous-in-tokyo/",
    "event": "/en/events/mou-signing-in-tokyo-2023/",
    "calendar": "/en/events/",
    "calendar month": "/en/events/?month=2027-03",  # 31 bulk events and repeats
    "feed": FEED,
    "feed 304": FEED,  # with If-None-Match: the feed's ETag
}
# Issue 12's goals: the least ratio to the minimal view, per way in; None: no goal.
# Without the page cache, each process still keeps per generation what only an
# editor's change alters (core.generation: routes, menus, HTML fragments).
UNCACHED = "through gunicorn, uncached (no page cache)"
PAGE_GOALS = ("home", "news index", "article", "event", "calendar month", "feed")
GOALS = {
    "through Varnish": {**dict.fromkeys(PAGE_GOALS, 1.0), "feed 304": 0.8},
    "through gunicorn, Redis page cache warm": {
        **dict.fromkeys(PAGE_GOALS, 0.5),
        "feed 304": 0.8,
    },
    UNCACHED: {"news index": 0.05, "article": 0.08, "event": 0.05, "feed 304": 0.8},
}
# No page cache and nothing kept per process either: every request builds its page
# from the database (no goal of the issue's; the cost the caches above save).
NOTHING_KEPT = "through gunicorn, nothing kept (no process cache)"
QUERY_BUDGET = 15  # for any anonymous public page, whatever the number of items
# Public pages counted beside PAGES, on the bulk content.
MORE_PAGES = (
    "/en/news/?page=20",
    "/en/news/?kind=mou-signing",
    "/en/news/bulk-article-10/",
    "/en/events/bulk-event-100/",
    "/en/events/?archive=1",
    "/en/feeds/news.rss",
    "/en/delegations/bulk-delegation-1/",
    "/en/exchanges/",
    "/en/exchanges/bulk-exchange-1/",
    "/en/search/?q=cooperation",
)
# A settings module and URLconf beside the project's, adding the minimal view.
BENCH_SETTINGS = """
from {settings} import *  # noqa
ROOT_URLCONF = "kizuna_bench_urls"
"""
BENCH_URLS = """
from django.http import HttpResponse
from django.urls import path
from django.views.decorators.cache import never_cache
from cms.urls import handler500, urlpatterns as site

# never_cache: the baseline is a view that runs, not a stored copy.
urlpatterns = [path("bench/minimal/", never_cache(lambda request: HttpResponse("ok"))), *site]
"""
# Run by manage.py shell in the project folder: bench/ is not a package.
CONTENT = (
    "import sys; sys.path.insert(0, 'bench'); import pages_content; pages_content."
)
REQUESTS_PER_SECOND = re.compile(r"Requests/sec:\s+([\d.]+)")
QUERY_COUNT = re.compile(r"^(\d+) (/.*)$", re.MULTILINE)


def write(line=""):
    sys.stdout.write(f"{line}\n")
    sys.stdout.flush()


# As browsers and calendar apps ask: stored pages then travel gzipped (cms.page_cache).
ACCEPTS_GZIP = ("-H", "Accept-Encoding: gzip")


def rate(url, seconds, headers=()):
    result = subprocess.run(
        # A slow page's answers count however late (wrk drops them after 2 s).
        [
            "wrk",
            "-t2",
            "-c8",
            f"-d{seconds}s",
            "--timeout",
            "30s",
            *ACCEPTS_GZIP,
            *headers,
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return float(REQUESTS_PER_SECOND.search(result.stdout).group(1))


def add_minimal_view(workdir, settings="cms.settings.production"):
    """Write the settings module ``kizuna_bench_settings`` (``settings`` with the
    minimal view at MINIMAL) into ``workdir``, for PYTHONPATH."""
    (workdir / "kizuna_bench_settings.py").write_text(
        BENCH_SETTINGS.format(settings=settings)
    )
    (workdir / "kizuna_bench_urls.py").write_text(BENCH_URLS)


def prepare(env):
    for command in (["dropdb", "--if-exists", DATABASE], ["createdb", DATABASE]):
        subprocess.run(
            [*command[:1], "-h", "127.0.0.1", "-U", "postgres", *command[1:]],
            check=True,
        )
    subprocess.run(
        ["redis-cli", "-n", REDIS_DB, "flushdb"], check=True, capture_output=True
    )
    write("migrating, collecting static files, loading content…")
    manage("migrate", "--noinput", env=env)
    manage("collectstatic", "--noinput", "--verbosity", "0", env=env)
    write(manage("shell", "--no-imports", "-c", CONTENT + "load()", env=env).rstrip())
    paths = [*dict.fromkeys(PAGES.values()), *MORE_PAGES]
    counts = manage(
        "shell",
        "--no-imports",
        "-c",
        CONTENT + f"print_query_counts({paths!r}, {FEED!r})",
        # A visit with nothing stored or kept: what a page costs the database.
        env={**env, "KIZUNA_PAGE_CACHE_SECONDS": "0", "KIZUNA_PROCESS_CACHE": "false"},
    )
    write(
        f"\nqueries of one anonymous visit, nothing stored or kept (goal ≤ {QUERY_BUDGET}):"
    )
    for count, path in QUERY_COUNT.findall(counts):
        write(f"  {int(count):3d}  {path:<50} {verdict(int(count) <= QUERY_BUDGET)}")


def verdict(met):
    return "met" if met else "NOT MET"


def conditional(base):
    """wrk's arguments asking for the feed with its ETag, and the status they get."""
    etag = get(base + FEED)[1]["ETag"]
    status = get(base + FEED, **{"If-None-Match": etag})[0]
    return ["-H", f"If-None-Match: {etag}"], status


def settle(base, tries=100):
    """Wait for gunicorn to work off the requests wrk left queued (a slow page's take
    seconds), until the minimal view answers at once."""
    for _ in range(tries):
        started = time.perf_counter()
        get(base + MINIMAL)
        if time.perf_counter() - started < 0.05:
            return


def measure(label, base, seconds, minimal_base):
    write(f"\n{label}")
    for name, path in PAGES.items():
        headers, status = (), get(base + path)[0]
        if name == "feed 304":
            headers, status = conditional(base)
        if status != (304 if name == "feed 304" else 200):
            write(f"  {name:<14} answered {status}: not measured")
            continue
        rate(base + path, 1, headers)  # warm the caches
        settle(minimal_base)
        minimal = rate(minimal_base + MINIMAL, seconds)
        settle(minimal_base)
        figure = rate(base + path, seconds, headers)
        goal = GOALS.get(label, {}).get(name)
        mark = f"goal ≥ {goal}: {verdict(figure / minimal >= goal)}" if goal else ""
        write(
            f"  {name:<14} {figure:>7.0f}/s  minimal {minimal:>6.0f}/s  "
            f"ratio {figure / minimal:6.3f}  {mark}"
        )


def main(seconds=5):
    for tool in ("varnishd", "wrk", "pg_isready", "redis-cli"):
        if shutil.which(tool) is None:
            sys.exit(
                f"{tool} is missing: apt-get install varnish wrk postgresql-client redis-tools"
            )
    workdir = Path(tempfile.mkdtemp(prefix="kizuna-bench-"))
    add_minimal_view(workdir)
    env = production_environment(
        DATABASE_URL=f"postgres://postgres@127.0.0.1:5432/{DATABASE}",
        REDIS_URL=REDIS,
        STATIC_ROOT=str(workdir / "static"),
        MEDIA_ROOT=str(workdir / "media"),
        LOG_LEVEL="WARNING",
    )
    prepare(env)
    env["DJANGO_SETTINGS_MODULE"] = "kizuna_bench_settings"
    env["PYTHONPATH"] = f"{workdir}:{ROOT}"
    gunicorn = [ROOT / ".venv/bin/gunicorn", "cms.wsgi", "--workers", "2"]
    for cached, kept in ((True, True), (False, True), (False, False)):
        port, varnish_port = free_port(), free_port()
        env["KIZUNA_PAGE_CACHE_SECONDS"] = "600" if cached else "0"
        env["KIZUNA_PROCESS_CACHE"] = "true" if kept else "false"
        env["VARNISH_URL"] = f"http://127.0.0.1:{varnish_port}"
        app = start(
            [*map(str, gunicorn), "--bind", f"127.0.0.1:{port}"],
            env,
            port,
            workdir / "app.log",
        )
        varnish = None
        try:
            base = f"http://127.0.0.1:{port}"
            if cached:
                varnish = start_varnish(
                    varnish_port, [port], workdir / "varnish", workdir / "varnish.log"
                )
                measure(
                    "through Varnish", f"http://127.0.0.1:{varnish_port}", seconds, base
                )
                measure("through gunicorn, Redis page cache warm", base, seconds, base)
            else:
                measure(UNCACHED if kept else NOTHING_KEPT, base, seconds, base)
        finally:
            if varnish:
                stop(varnish)
            stop(app)
    shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main(*map(int, sys.argv[1:2]))
