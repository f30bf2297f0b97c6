"""How fast a partner's calendar imports: events per second at each size.

    .venv/bin/python bench/imports.py                 # 100, 1,000 and 5,000 events
    .venv/bin/python bench/imports.py 100 20000       # other sizes

Migrates a throwaway SQLite database (cms.settings.test), then for each size imports a
file of that many new events (every tenth repeats weekly with a skipped date, each at
a venue and in a category) from its own calendar source, then the same file again
(nothing changes), then a version with every event moved. Prints events per second
for each, and, as the baseline measured in the same run, the rate of publishing events
one by one as an editor does (``save_revision().publish()``). Prints figures only:
times depend on the machine. Takes about a minute.
"""

import contextlib
import datetime
import io
import os
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASELINE_EVENTS = 30


def write(line=""):
    sys.stdout.write(f"{line}\n")
    sys.stdout.flush()


def calendar_file(size, *, sequence=0, hour=9):
    """A partner's file of ``size`` events, one a day from 2027."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Bench//Partner//EN"]
    first = datetime.date(2027, 1, 1)
    for n in range(size):
        day = first + datetime.timedelta(days=n % 3000)
        lines += [
            "BEGIN:VEVENT",
            f"UID:event-{n}@partner.example",
            f"SUMMARY:Partner event {n}",
            f"SEQUENCE:{sequence}",
            f"DESCRIPTION:About partner event {n}.",
            "LOCATION:Peace Palace\\, Phnom Penh" if n % 2 else "LOCATION:JICA Tokyo",
            "CATEGORIES:Seminar",
            f"DTSTART;TZID=Asia/Tokyo:{day:%Y%m%d}T{hour:02d}0000",
            "DURATION:PT2H",
        ]
        if n % 10 == 0:
            skipped = day + datetime.timedelta(weeks=1)
            lines += [
                "RRULE:FREQ=WEEKLY;COUNT=8",
                f"EXDATE;TZID=Asia/Tokyo:{skipped:%Y%m%d}T{hour:02d}0000",
            ]
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return ("\r\n".join(lines) + "\r\n").encode()


def rate(count, action):
    started = time.perf_counter()
    action()
    seconds = time.perf_counter() - started
    return count / seconds, seconds


def baseline_rate(index):
    """Events per second published one by one, as the importer did before."""
    from tests.factories.events import TOKYO, add_event

    start = datetime.datetime(2030, 1, 1, 9, tzinfo=TOKYO)

    def publish():
        for n in range(BASELINE_EVENTS):
            add_event(
                index,
                f"Baseline {n}",
                slug=f"baseline-{n}",
                start=start + datetime.timedelta(days=n),
            )

    return rate(BASELINE_EVENTS, publish)[0]


def main(sizes):
    directory = tempfile.TemporaryDirectory()
    os.environ["DATABASE_URL"] = f"sqlite:///{directory.name}/bench.sqlite3"
    os.environ["DJANGO_SETTINGS_MODULE"] = "cms.settings.test"
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    from events.importing import import_calendar
    from events.models import CalendarSource
    from tests.factories.events import add_event_index, make_category, make_venue
    from tests.factories.pages import build_site

    started = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()):
        call_command("migrate", interactive=False, verbosity=0)
    warnings.filterwarnings("ignore", message="No directory at")
    home, _news = build_site()
    index = add_event_index(home)
    make_venue()
    make_venue("JICA Tokyo", "Tokyo", "JP", "Asia/Tokyo")
    make_category()
    write(f"Migrated and set up in {time.perf_counter() - started:.1f} s.")

    baseline = baseline_rate(index)
    write(f"Baseline, one publish per event: {baseline:,.1f} events/s")
    write()
    write(
        f"{'events':>8} {'new/s':>9} {'new s':>8} {'again/s':>9} "
        f"{'moved/s':>9} {'moved s':>8} {'x base':>7}"
    )
    for size in sizes:
        source = CalendarSource.objects.create(name=f"Partner {size}", index=index)
        data = calendar_file(size)
        # Each size gets its own UIDs: prefix them with the source's name.
        data = data.replace(b"UID:event-", f"UID:{size}-event-".encode())
        moved = calendar_file(size, sequence=1, hour=10).replace(
            b"UID:event-", f"UID:{size}-event-".encode()
        )
        new_rate, new_seconds = rate(
            size, lambda d=data, s=source: import_calendar(d, source=s)
        )
        again_rate, _seconds = rate(
            size, lambda d=data, s=source: import_calendar(d, source=s)
        )
        moved_rate, moved_seconds = rate(
            size, lambda d=moved, s=source: import_calendar(d, source=s)
        )
        write(
            f"{size:>8} {new_rate:>9,.0f} {new_seconds:>8.1f} {again_rate:>9,.0f} "
            f"{moved_rate:>9,.0f} {moved_seconds:>8.1f} {new_rate / baseline:>7.0f}"
        )
    write(f"Total {time.perf_counter() - started:.0f} s.")
    directory.cleanup()


if __name__ == "__main__":
    main([int(size) for size in sys.argv[1:]] or [100, 1000, 5000])
