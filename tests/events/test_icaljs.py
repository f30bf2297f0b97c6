"""The feed read by ical.js, the parser of web calendar clients, under Node.js."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings

from tests.factories.calendar_events import (
    YEAR_2027,
    add_association_meeting,
    add_paris_stop,
    add_water_festival,
    calendar_moment,
    site_occurrences,
)

pytestmark = pytest.mark.django_db

NODE_DIR = Path(settings.BASE_DIR) / "tests" / "node"
SCRIPT = NODE_DIR / "ical_events.mjs"


@pytest.fixture
def read_with_icaljs(tmp_path):
    """Run tests/node/ical_events.mjs on a calendar; skipped without Node.js and
    ical.js (`make node`), except on CI, where a skip would hide a broken feed."""
    node = shutil.which("node")
    if node is None or not (NODE_DIR / "node_modules" / "ical.js").is_dir():
        message = "needs Node.js and tests/node/node_modules/ical.js (run `make node`)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)

    def read(data):
        path = tmp_path / "feed.ics"
        path.write_bytes(data)
        window = [calendar_moment(moment) for moment in YEAR_2027]
        result = subprocess.run(
            [node, str(SCRIPT), str(path), *window],
            capture_output=True,
            check=True,
            text=True,
            timeout=60,
        )
        found = json.loads(result.stdout)
        return sorted(map(tuple, found["occurrences"])), found["floating"]

    return read


@pytest.fixture
def events(event_index):
    return [
        add_association_meeting(event_index),
        add_paris_stop(event_index),
        add_water_festival(event_index),
    ]


def test_icaljs_finds_the_dates_the_site_shows_in_utc(client, events, read_with_icaljs):
    occurrences, floating = read_with_icaljs(client.get("/en/events/feed.ics").content)

    assert occurrences == site_occurrences(events, YEAR_2027)
    assert floating == []
    # Paris at 10:00 is 09:00 UTC before the change to summer time on 28 March.
    assert [o[1] for o in occurrences if o[0] == events[1].uid] == [
        "2027-03-22T09:00:00Z",
        "2027-03-29T08:00:00Z",
        "2027-04-05T08:00:00Z",
    ]


def test_icaljs_would_report_times_whose_zone_is_missing(
    client, events, read_with_icaljs
):
    data = client.get("/en/events/feed.ics").content
    without_zones = b"".join(
        part.split(b"END:VTIMEZONE\r\n")[-1] for part in data.split(b"BEGIN:VTIMEZONE")
    )

    _occurrences, floating = read_with_icaljs(without_zones)

    assert floating[:3] == [
        "DTSTART 2027-01-12T18:00:00",
        "DTEND 2027-01-12T20:00:00",
        "EXDATE 2027-02-09T18:00:00",
    ]
