"""How the events feed scales, and how cheap its 304 answers are.

    .venv/bin/python bench/feeds.py                 # 1,000 and 10,000 events
    .venv/bin/python bench/feeds.py 100 1000 5000   # other sizes

Migrates a throwaway SQLite database (cms.settings.test; BENCH_DATABASE_URL=postgres://…
to use PostgreSQL), adds events in bulk as an import publishes them (every tenth
repeats weekly with a cancelled date; their VEVENTs are stored then), then fetches
/en/events/feed.ics through Django's test client. At each size it prints the time of
the whole request per event, database included, beside the baseline: plain icalendar
building the same VEVENTs from events already in memory, in the same run (goal: the
feed at most 25 µs per event). Then the growth from the last size but one to the last
(about the ratio of sizes when linear), and the rate of 304 answers to If-None-Match
against a minimal Django view in the same run (goal ≥ 0.8). Prints figures only:
times depend on the machine. Takes a few minutes (storing 10,000 events' text is most).
"""

import contextlib
import datetime
import io
import os
import sys
import tempfile
import time
import types
import warnings
from pathlib import Path

from django.http import HttpResponse

ROOT = Path(__file__).resolve().parent.parent
FEED = "/en/events/feed.ics"
EVENT_FILE = "/en/events/bulk-event-1/event.ics"
MINIMAL = "/bench/minimal/"
RATE_SECONDS = 2.0


def minimal_view(request):
    return HttpResponse("ok")


def write(line=""):
    sys.stdout.write(f"{line}\n")
    sys.stdout.flush()


def timed_get(client, path):
    started = time.perf_counter()
    response = client.get(path)
    return time.perf_counter() - started, response


def plain_icalendar_seconds(events, stamp):
    """Plain icalendar building the VEVENTs of ``events`` (loaded, with relations):
    the same properties, without Kizuna's builder or any stored text."""
    from icalendar import Calendar, Event, vCalAddress, vRecur

    started = time.perf_counter()
    calendar = Calendar()
    calendar.add("PRODID", "-//bench//EN")
    calendar.add("VERSION", "2.0")
    for event in events:
        venue, zone = event.venue, event.zone
        main = Event()
        main.add("UID", event.uid)
        main.add("SEQUENCE", event.sequence)
        main.add("DTSTAMP", stamp)
        main.add("SUMMARY", event.title)
        main.add("DESCRIPTION", event.summary)
        main.add("LOCATION", f"{venue.name}, {venue.city}")
        main.add("CATEGORIES", [category.name for category in event.categories.all()])
        main.add("ORGANIZER", vCalAddress("mailto:noreply@localhost"))
        main.add("DTSTART", event.start.astimezone(zone))
        main.add("DTEND", event.end.astimezone(zone))
        if event.rrule:
            main.add("RRULE", vRecur.from_ical(event.rrule))
        calendar.add_component(main)
        for change in event.date_changes.all():
            override = Event()
            override.add("UID", event.uid)
            override.add("DTSTAMP", stamp)
            override.add("SUMMARY", event.title)
            override.add("STATUS", "CANCELLED")
            local_start = event.start.astimezone(zone)
            override.add(
                "RECURRENCE-ID",
                datetime.datetime.combine(change.occurrence_date, local_start.timetz()),
            )
            calendar.add_component(override)
    calendar.to_ical()
    return time.perf_counter() - started


def build_times(client, sizes, add_events, load_events):
    """Feed time at each size, in seconds (the best of a few runs), beside plain
    icalendar's for the same events."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone

    times, present = {}, 0
    write(
        f"{'events':>8} {'VEVENTs':>8} {'queries':>8} {'feed s':>8} "
        f"{'µs/event':>9} {'icalendar µs/event':>19} {'ratio':>6}"
    )
    for size in sizes:
        add_events(size - present, present)
        present = size
        client.get(FEED)  # warm caches (site root paths, VTIMEZONEs)
        runs = []
        for _run in range(3):
            with CaptureQueriesContext(connection) as queries:
                seconds, response = timed_get(client, FEED)
            runs.append(seconds)
        times[size] = min(runs)
        events = load_events()
        plain = min(
            plain_icalendar_seconds(events, timezone.now()) for _run in range(2)
        )
        vevents = response.content.count(b"BEGIN:VEVENT")
        write(
            f"{size:>8} {vevents:>8} {len(queries):>8} {times[size]:>8.3f} "
            f"{times[size] / size * 1e6:>9.1f} {plain / size * 1e6:>19.1f} "
            f"{times[size] / plain:>6.3f}"
        )
    return times


def answers_per_second(client, path, headers=None):
    """Requests answered in RATE_SECONDS, per second, after a warm-up request."""
    expected = client.get(path, headers=headers).status_code
    count, started = 0, time.perf_counter()
    while (elapsed := time.perf_counter() - started) < RATE_SECONDS:
        assert client.get(path, headers=headers).status_code == expected
        count += 1
    return count / elapsed, expected


def main(sizes):
    directory = tempfile.TemporaryDirectory()
    os.environ["DATABASE_URL"] = os.environ.get(
        "BENCH_DATABASE_URL", f"sqlite:///{directory.name}/bench.sqlite3"
    )
    os.environ["DJANGO_SETTINGS_MODULE"] = "cms.settings.test"
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client, override_settings
    from django.urls import path

    import cms.urls
    from events.models import EventPage
    from tests.factories.bulk_events import bulk_add_events
    from tests.factories.events import add_event_index, make_category, make_venue
    from tests.factories.pages import build_site

    started = time.perf_counter()
    # wagtail-modeltranslation reports the columns it adds on stdout: keep figures clean.
    with contextlib.redirect_stdout(io.StringIO()):
        call_command("migrate", interactive=False, verbosity=0)
    # As in pytest.ini: tests serve static files through the finders, not STATIC_ROOT.
    warnings.filterwarnings("ignore", message="No directory at")
    home, _news = build_site()
    index = add_event_index(home)
    venues = [make_venue(), make_venue("JICA Tokyo", "Tokyo", "JP", "Asia/Tokyo")]
    categories = [make_category(), make_category("culture", "Culture")]
    write(f"Migrated and set up in {time.perf_counter() - started:.1f} s.")

    def add_events(count, already):
        bulk_add_events(
            index,
            count,
            first_start=datetime.datetime(2027, 1, 1, 9, tzinfo=datetime.UTC)
            + datetime.timedelta(days=already),
            venues=venues,
            categories=categories,
            repeat_every=10,
        )

    def load_events():
        return list(
            EventPage.objects.live()
            .select_related("venue")
            .prefetch_related("categories", "date_changes")
        )

    # The minimal view answers beside the site's own URLs, through the same middleware.
    urlconf = types.ModuleType("bench_urls")
    urlconf.urlpatterns = [path(MINIMAL[1:], minimal_view), *cms.urls.urlpatterns]
    sys.modules["bench_urls"] = urlconf
    with override_settings(ROOT_URLCONF="bench_urls"):
        client = Client(HTTP_HOST="localhost")
        write()
        times = build_times(client, sizes, add_events, load_events)
        if len(sizes) > 1:
            previous, last = sizes[-2], sizes[-1]
            write(
                f"Build time {last:,} vs {previous:,} events: "
                f"x{times[last] / times[previous]:.1f} "
                f"(linear: x{last / previous:.1f})"
            )
        write()
        etag = client.get(FEED)["ETag"]
        feed_rate, status = answers_per_second(client, FEED, {"If-None-Match": etag})
        # One event's file goes through the same Wagtail routing with a trivial version
        # query: what the feed costs more is its aggregate over all events.
        etag = client.get(EVENT_FILE)["ETag"]
        event_rate, _status = answers_per_second(
            client, EVENT_FILE, {"If-None-Match": etag}
        )
        minimal_rate, _status = answers_per_second(client, MINIMAL)
        write(f"{status} answers, feed of {sizes[-1]:,} events: {feed_rate:,.0f}/s")
        write(f"{status} answers, one event's file: {event_rate:,.0f}/s")
        write(f"Minimal Django view: {minimal_rate:,.0f}/s")
        write(f"Ratio feed 304 / minimal view: {feed_rate / minimal_rate:.3f}")
    write(f"Total {time.perf_counter() - started:.0f} s.")
    directory.cleanup()


if __name__ == "__main__":
    main([int(size) for size in sys.argv[1:]] or [1000, 10000])
