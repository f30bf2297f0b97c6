"""Import calendar files as a fresh worker process would, for test_import_corpus.

    python tests/events/corpus_worker.py first|second TEMPLATE_DB WORK_DIR FILE...

Each file gets its own SQLite database in WORK_DIR, copied from TEMPLATE_DB (migrated)
on the first pass; the second pass imports the same file again into it. One JSON line
per file on stdout: what was refused, a traceback if any, what changed, and for an
accepted file the dates that differ from icalendar's and recurring-ical-events'.
"""

import datetime
import json
import os
import shutil
import sys
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WINDOW = datetime.timedelta(days=730)


def main(phase, template, work_dir, files):
    sys.path.insert(0, str(ROOT))
    os.environ["DJANGO_SETTINGS_MODULE"] = "cms.settings.test"
    os.environ["DATABASE_URL"] = f"sqlite:///{template}"
    import django

    django.setup()
    from django.db import connections
    from django.utils import translation

    translation.activate("en")
    for number, name in enumerate(files):
        database = Path(work_dir) / f"{number}.sqlite3"
        if phase == "first":
            shutil.copy(template, database)
        connection = connections["default"]
        connection.close()
        connection.settings_dict["NAME"] = str(database)
        line = json.dumps({"file": name, **_import(phase, Path(name))})
        sys.stdout.write(line + "\n")
        sys.stdout.flush()


def _import(phase, path):
    from events.importing import CalendarImportError, import_calendar
    from events.models import EventIndexPage

    data = path.read_bytes()
    result = {"refused": [], "traceback": "", "changed": [], "differences": []}
    try:
        index = EventIndexPage.objects.first()
        if index is None:
            from tests.factories.events import add_event_index
            from tests.factories.pages import build_site

            index = add_event_index(build_site()[0])
        report = import_calendar(data, index)
        result["changed"] = report.created + report.updated
        if phase == "first":
            result["differences"] = _differences(data)
    except CalendarImportError as error:
        result["refused"] = error.problems
    except Exception:  # noqa: BLE001 -- the point is to report any crash
        result["traceback"] = traceback.format_exc()
    return result


def _differences(data):
    """Where the site's dates differ from recurring-ical-events' over two years from
    the first start, and starts from icalendar's."""
    import recurring_ical_events
    from icalendar import Calendar

    from events.import_reading import _derived_uid, parse_calendar
    from events.models import EventPage

    calendar = parse_calendar(data)
    events = list(EventPage.objects.prefetch_related("date_changes"))
    # A floating time stays floating for recurring-ical-events unless the file
    # names its zone (X-WR-TIMEZONE).
    named_zone = "X-WR-TIMEZONE" in calendar
    floating = {}
    for component in calendar.walk("VEVENT"):
        start = component.get("DTSTART")
        uid = str(component.get("UID", "")) or _derived_uid(component)
        if hasattr(start, "dt"):
            floating[uid] = _is_floating(start.dt) and not named_zone
    differences = []
    for event in events:
        source = next(
            (
                c
                for c in calendar.walk("VEVENT")
                if str(c.get("UID", "")) == event.uid and "RECURRENCE-ID" not in c
            ),
            None,
        )
        value = getattr(source.get("DTSTART"), "dt", None) if source else None
        if isinstance(value, datetime.datetime) and value.tzinfo is not None:
            if value.astimezone(datetime.UTC) != event.start:
                differences.append(f"{event.uid}: start {event.start} != {value}")
    if not events:
        return differences
    # A day before the first start: an event without length at the very start of a
    # window is outside it for the site, inside for recurring-ical-events.
    window_start = min(event.start for event in events) - datetime.timedelta(days=1)
    window_end = window_start + WINDOW
    ours = Counter()
    for event in events:
        for occurrence in event.occurrences(window_start, window_end):
            ours[_our_key(event, occurrence, floating.get(event.uid, False))] += 1
    try:
        theirs = Counter(
            _their_key(component.get("DTSTART").dt)
            for component in recurring_ical_events.of(
                Calendar.from_ical(calendar.to_ical())
            ).between(window_start, window_end)
        )
    except Exception as error:  # noqa: BLE001 -- its failure is not the site's
        return [*differences, f"recurring-ical-events cannot read it: {error}"[:200]]
    for key in sorted((ours - theirs) + (theirs - ours)):
        side = "site only" if ours[key] > theirs[key] else "recurring-ical-events only"
        differences.append(f"{key}: {side}")
    return differences[:10]


def _is_floating(value):
    return isinstance(value, datetime.datetime) and value.tzinfo is None


def _our_key(event, occurrence, floating):
    local = occurrence.start.astimezone(event.zone)
    if event.all_day:
        return f"D {local.date()}"
    if floating:
        return f"F {local.replace(tzinfo=None).isoformat()}"
    return f"T {occurrence.start.astimezone(datetime.UTC).isoformat()}"


def _their_key(value):
    if not isinstance(value, datetime.datetime):
        return f"D {value}"
    if value.tzinfo is None:
        return f"F {value.isoformat()}"
    return f"T {value.astimezone(datetime.UTC).isoformat()}"


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:])
