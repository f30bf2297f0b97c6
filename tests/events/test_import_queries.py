"""Imports and their pages cost the same number of queries for 5 events as for 25."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from events.import_jobs import preview
from events.importing import import_calendar
from events.models import CalendarSource
from tests.events.test_import import ics, vevent
from tests.factories.events import make_category, make_venue

pytestmark = pytest.mark.django_db


def partner_file(count, *, sequence=0, hour=9):
    """``count`` events at a venue, in a category, every third one weekly with a
    skipped date."""
    lines = []
    for n in range(count):
        repeat = (
            ["RRULE:FREQ=WEEKLY;COUNT=4", f"EXDATE:202705{8 + n % 20:02d}T0{hour}0000Z"]
            if n % 3 == 0
            else []
        )
        lines += vevent(
            f"talk-{n}@partner.example",
            f"Talk {n}",
            f"SEQUENCE:{sequence}",
            "LOCATION:Peace Palace\\, Phnom Penh",
            "CATEGORIES:Seminar",
            f"DTSTART:202705{1 + n % 20:02d}T0{hour}0000Z",
            "DURATION:PT1H",
            *repeat,
        )
    return ics(*lines)


def queries(action):
    with CaptureQueriesContext(connection) as captured:
        action()
    return len(captured)


@pytest.fixture
def source(event_index):
    make_venue()
    make_category()
    return CalendarSource.objects.create(name="Partner", index=event_index)


def counts(source, count):
    """Queries to create ``count`` events, to import the file again, then to move
    them all (each count with UIDs of its own)."""

    def file(**kwargs):
        uids = f"UID:{count}-talk-".encode()
        return partner_file(count, **kwargs).replace(b"UID:talk-", uids)

    return (
        queries(lambda: import_calendar(file(), source=source)),
        queries(lambda: import_calendar(file(), source=source)),
        queries(lambda: import_calendar(file(sequence=1, hour=8), source=source)),
    )


def test_importing_costs_no_queries_per_event(source, event_index):
    # An index with events already asks one query more for its last child.
    warm_up = CalendarSource.objects.create(name="Warm-up", index=event_index)
    import_calendar(partner_file(1).replace(b"talk-", b"warm-up-"), source=warm_up)
    few = counts(source, 5)
    other = CalendarSource.objects.create(name="Other partner", index=event_index)

    assert counts(other, 25) == few


def test_the_preview_page_costs_the_same_for_5_or_25_events(
    client, django_user_model, source
):
    user = django_user_model.objects.create_superuser("admin")
    client.force_login(user)
    few = preview(partner_file(5), source, user=user)
    many = preview(partner_file(25), source, user=user)

    def page(run):
        return queries(
            lambda: client.get(reverse("calendar_import:run", args=[run.pk]))
        )

    page(few)  # warm caches (site, locale, admin menu)
    assert page(many) == page(few)
