"""An editor's unpublished draft of an imported event is never published over: the
import leaves the event as it is and says why, until the editor decides."""

import pytest

from events.enums import EventStatus
from events.importing import import_calendar
from events.models import CalendarSource, EventPage
from tests.events.test_import import ics
from tests.events.test_import_sources import MINISTRY, fair, tokyo_start, visit

pytestmark = pytest.mark.django_db

UID = "visit@moeys.example"
DRAFT_NOTE = (
    "“School visit” (UID visit@moeys.example): has an unpublished draft; not "
    "updated — publish or discard the draft, then import again."
)


@pytest.fixture
def source(event_index):
    return CalendarSource.objects.create(name=MINISTRY, index=event_index)


def save_draft(**changes):
    """What an editor's "Save draft" does: a revision, the live page untouched."""
    event = EventPage.objects.get(uid=UID)
    for name, value in changes.items():
        setattr(event, name, value)
    event.save_revision()


def draft_of(uid):
    return EventPage.objects.get(uid=uid).get_latest_revision_as_object()


def test_an_update_leaves_an_event_with_a_draft_to_its_editor(source):
    import_calendar(ics(*visit(UID, 0, 10)), source=source)
    save_draft(online_url="https://meet.example/visit")

    report = import_calendar(ics(*visit(UID, 1, 11)), source=source)

    assert (report.updated, report.notes) == ([], [DRAFT_NOTE])
    assert report.summary() == (
        "Created: 0, updated: 0, unchanged: 0. "
        "1 event has an unpublished draft and was not updated."
    )
    assert tokyo_start(UID) == ("10:00", 0)
    assert EventPage.objects.get(uid=UID).has_unpublished_changes
    assert draft_of(UID).online_url == "https://meet.example/visit"


def test_once_the_draft_is_published_the_next_import_updates_the_event(source):
    import_calendar(ics(*visit(UID, 0, 10)), source=source)
    save_draft(online_url="https://meet.example/visit")
    import_calendar(ics(*visit(UID, 1, 11)), source=source)

    EventPage.objects.get(uid=UID).get_latest_revision().publish()
    report = import_calendar(ics(*visit(UID, 1, 11)), source=source)

    assert (report.updated, report.notes) == (["School visit"], [])
    assert tokyo_start(UID) == ("11:00", 1)
    assert EventPage.objects.get(uid=UID).online_url == "https://meet.example/visit"


def test_an_event_with_a_draft_is_not_cancelled_when_gone_from_the_file(source):
    import_calendar(ics(*visit(UID, 0, 10), *fair()), source=source)
    save_draft(title="School visit (with interpreters)")

    report = import_calendar(ics(*fair()), source=source)

    assert (report.cancelled, report.notes) == ([], [DRAFT_NOTE])
    assert EventPage.objects.get(uid=UID).status == EventStatus.CONFIRMED
    assert draft_of(UID).title == "School visit (with interpreters)"


def test_an_unchanged_event_with_a_draft_needs_no_note(source):
    import_calendar(ics(*visit(UID, 0, 10)), source=source)
    save_draft(online_url="https://meet.example/visit")

    report = import_calendar(ics(*visit(UID, 0, 10)), source=source)

    assert (report.unchanged, report.notes) == (["School visit"], [])
