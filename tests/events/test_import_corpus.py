"""Every calendar in the test folders of icalendar and recurring-ical-events, imported
twice into a fresh site, each time by a fresh process (tests/events/corpus_worker.py),
as a worker would: what was imported before must not change the result."""

import json
import os
import subprocess
import sys
from pathlib import Path

import icalendar
import pytest
import recurring_ical_events

ROOT = Path(__file__).resolve().parents[2]
WORKER = Path(__file__).with_name("corpus_worker.py")
FILES = sorted(
    str(path)
    for package in (icalendar, recurring_ical_events)
    for path in Path(package.__file__).parent.glob("test*/**/*.ics")
)
# Where the site deliberately reads a file otherwise than recurring-ical-events.
KNOWN_DIFFERENCES = {
    "issue_117_until_before_dtstart.ics": "RFC 5545: DTSTART is the first date even "
    "when UNTIL is before it",
    "issue_75_range_parameter.ics": "a date-only UNTIL of a timed series includes "
    "that whole day (RFC 5545 asks for a time there)",
    "recurring_events_changed_duration.ics": "one date of a timed series made "
    "all-day: a date change keeps the series' kind and says so in a note",
}
UNREADABLE_FOR_THEM = "recurring-ical-events cannot read it"
GROUPS = 2


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """A migrated SQLite database, copied for each file."""
    database = tmp_path_factory.mktemp("corpus") / "template.sqlite3"
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "-v0"],
        cwd=ROOT,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "cms.settings.test",
            "DATABASE_URL": f"sqlite:///{database}",
        },
        check=True,
        capture_output=True,
    )
    return database


def run_pass(phase, template, work_dir):
    """One pass over every file, in GROUPS processes side by side."""
    workers = [
        subprocess.Popen(
            [sys.executable, str(WORKER), phase, str(template), str(work_dir / str(g))]
            + FILES[g::GROUPS],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        for g in range(GROUPS)
    ]
    results = {}
    for worker in workers:
        output, _ = worker.communicate(timeout=900)
        for line in output.splitlines():
            row = json.loads(line)
            results[Path(row["file"]).name + "|" + row["file"]] = row
    return results


@pytest.fixture(scope="module")
def passes(template, tmp_path_factory):
    work_dir = tmp_path_factory.mktemp("corpus-work")
    for group in range(GROUPS):
        (work_dir / str(group)).mkdir()
    return run_pass("first", template, work_dir), run_pass("second", template, work_dir)


def test_every_file_is_read_twice_without_a_traceback(passes):
    first, second = passes
    assert len(first) == len(second) == len(FILES)
    crashed = [
        (name, row["traceback"].splitlines()[-1])
        for results in passes
        for name, row in results.items()
        if row["traceback"]
    ]
    assert crashed == []


def test_the_second_import_changes_nothing(passes):
    _first, second = passes
    assert {
        name: row["changed"] for name, row in second.items() if row["changed"]
    } == {}


def test_each_refusal_names_its_reason(passes):
    first, _second = passes
    unexplained = [
        (name, problem)
        for name, row in first.items()
        for problem in row["refused"]
        if len(problem.strip()) < 15
    ]
    assert unexplained == []


def test_accepted_files_have_the_dates_of_recurring_ical_events(passes):
    first, _second = passes
    accepted = {name: row for name, row in first.items() if not row["refused"]}
    # Most of the corpus imports (88 did before calendar apps' ways were read).
    assert len(accepted) > 120
    differing = {
        name.split("|")[0]: row["differences"]
        for name, row in accepted.items()
        if row["differences"]
        and name.split("|")[0] not in KNOWN_DIFFERENCES
        and not row["differences"][-1].startswith(UNREADABLE_FOR_THEM)
    }
    assert differing == {}
