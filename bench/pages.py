"""Public pages through Varnish, through gunicorn with the Redis page cache, and uncached.

    .venv/bin/python bench/pages.py            # 5 s of wrk per figure
    .venv/bin/python bench/pages.py 10         # 10 s

Needs PostgreSQL and Redis on 127.0.0.1 and Debian's varnish and wrk. Builds a throwaway
PostgreSQL database (kizuna_bench) with the demo content and 1,000 more events, then
starts the production settings under gunicorn (2 workers) with Varnish in front
(deploy/varnish/kizuna.vcl) and drives each page with wrk (2 threads, 8 connections).
Every figure is printed as a ratio of a minimal Django view (``/bench/minimal/``, the
whole middleware stack, no query) served by the same gunicorn, measured just before it,
so that the ratios hold on another machine. Prints figures only; takes a few minutes.
"""

import re
import shutil
import subprocess
import sys
import tempfile
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

DATABASE = "kizuna_bench"
REDIS = "redis://127.0.0.1:6379/13"
MINIMAL = "/bench/minimal/"
PAGES = {
    "home": "/en/",
    "news index": "/en/news/",
    "article": "/en/news/cambodia-and-japan-sign-mous-in-tokyo/",
    "event": "/en/events/mou-signing-in-tokyo-2023/",
    "calendar": "/en/events/",
    "feed": "/en/events/feed.ics",
}
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
CONTENT = """
import datetime, zoneinfo
from io import StringIO
from django.core.management import call_command
from events.models import EventIndexPage
from tests.factories.bulk_events import bulk_add_events
from tests.factories.events import make_venue
call_command("load_demo", "--image-width", "96", stdout=StringIO())
index = EventIndexPage.objects.get()
start = datetime.datetime(2027, 1, 1, 10, 0, tzinfo=zoneinfo.ZoneInfo("Asia/Phnom_Penh"))
bulk_add_events(index, 1000, first_start=start, venues=[make_venue()], repeat_every=10)
"""
REQUESTS_PER_SECOND = re.compile(r"Requests/sec:\s+([\d.]+)")


def write(line=""):
    sys.stdout.write(f"{line}\n")
    sys.stdout.flush()


def rate(url, seconds):
    result = subprocess.run(
        ["wrk", "-t2", "-c8", f"-d{seconds}s", url],
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
        ["redis-cli", "-n", "13", "flushdb"], check=True, capture_output=True
    )
    write("migrating, collecting static files, loading content…")
    manage("migrate", "--noinput", env=env)
    manage("collectstatic", "--noinput", "--verbosity", "0", env=env)
    manage("shell", "--no-imports", "-c", CONTENT, env=env)


def measure(label, base, pages, seconds, minimal_base):
    minimal = rate(minimal_base + MINIMAL, seconds)
    write(f"\n{label}  (minimal view through gunicorn: {minimal:.0f} requests/s)")
    for name, path in pages.items():
        status = get(base + path)[0]
        rate(base + path, 1)  # warm the caches
        figure = rate(base + path, seconds)
        write(
            f"  {name:<12} {figure:>9.0f}/s  ratio {figure / minimal:6.3f}  ({status})"
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
    for cached in (True, False):
        port, varnish_port = free_port(), free_port()
        env["KIZUNA_PAGE_CACHE_SECONDS"] = "600" if cached else "0"
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
                    "through Varnish",
                    f"http://127.0.0.1:{varnish_port}",
                    PAGES,
                    seconds,
                    base,
                )
                measure(
                    "through gunicorn, Redis page cache warm",
                    base,
                    PAGES,
                    seconds,
                    base,
                )
            else:
                measure("through gunicorn, uncached", base, PAGES, seconds, base)
        finally:
            if varnish:
                stop(varnish)
            stop(app)
    shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main(*map(int, sys.argv[1:2]))
