"""import_ics for a named source: a dry run first, the rest on request, a size cap."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from events.enums import EventStatus
from events.models import CalendarSource, EventPage
from tests.events.test_import import ics, vevent

pytestmark = pytest.mark.django_db

SOURCE = "Nagano Prefecture"


def run(*arguments):
    output = StringIO()
    call_command("import_ics", *arguments, stdout=output)
    return output.getvalue().splitlines()


def festival(uid="festival@nagano.example", title="Apple festival"):
    return vevent(uid, title, "DTSTART;VALUE=DATE:20271010")


@pytest.fixture
def export(tmp_path):
    def write(*events):
        path = tmp_path / "nagano.ics"
        path.write_bytes(ics(*(line for event in events for line in event)))
        return str(path)

    return write


def test_a_dry_run_says_what_would_happen_and_saves_nothing(event_index, export):
    run(
        export(festival(), festival("walk@nagano.example", "Walk")),
        "--source",
        SOURCE,
        "--index",
        "events",
    )
    odd = vevent("odd@nagano.example", "Odd", "DTEND:20271010T010000Z")
    path = export(festival(), festival("fair@nagano.example", "Fair"), odd)

    lines = run(path, "--source", SOURCE, "--dry-run")

    assert lines == [
        "To create: Fair",
        "To cancel: gone from the source's file: Walk",
        "Refused: “Odd” (UID odd@nagano.example): it has no start (DTSTART).",
        "Unchanged: Apple festival",
        "Created: 1, updated: 0, unchanged: 1. Cancelled: 1, in conflict: 0, "
        "refused: 1.",
    ]
    assert list(EventPage.objects.values_list("title", "status")) == [
        ("Apple festival", EventStatus.CONFIRMED),
        ("Walk", EventStatus.CONFIRMED),
    ]


def test_the_rest_is_imported_only_when_asked(event_index, export):
    odd = vevent("odd@nagano.example", "Odd", "DTEND:20271010T010000Z")
    path = export(festival(), odd)

    with pytest.raises(CommandError) as error:
        run(path, "--source", SOURCE, "--index", "events")
    assert EventPage.objects.count() == 0
    assert str(error.value) == (
        "“Odd” (UID odd@nagano.example): it has no start (DTSTART)."
    )

    lines = run(path, "--source", SOURCE, "--import-rest")

    assert lines[0] == "Created: Apple festival"
    assert EventPage.objects.get().source == CalendarSource.objects.get(name=SOURCE)


def test_a_file_larger_than_the_admin_accepts_is_refused(event_index, export, settings):
    settings.KIZUNA_IMPORT_MAX_BYTES = 1024 * 1024
    path = export(festival(f"{'x' * 1024 * 1024}@example"))

    with pytest.raises(CommandError) as error:
        run(path, "--index", "events")

    assert str(error.value) == "This file is larger than 1 MB."
    assert EventPage.objects.count() == 0


def test_an_unknown_source_needs_an_index(event_index, export):
    with pytest.raises(CommandError) as error:
        run(export(festival()), "--source", "JICA")

    assert (
        str(error.value)
        == "No calendar source is called “JICA”: give --index to add it."
    )
