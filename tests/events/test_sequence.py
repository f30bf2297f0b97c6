"""SEQUENCE tells subscribers' calendars that an event changed; a typo fix must not."""

import datetime

import pytest

from events.enums import DateChangeKind, EventStatus
from events.models import EventDateChange, EventPage
from tests.factories.events import TOKYO, add_event, make_venue

pytestmark = pytest.mark.django_db


@pytest.fixture
def signing(event_index):
    return add_event(
        event_index,
        "MoU signing day",
        start=datetime.datetime(2027, 5, 10, 10, 0, tzinfo=TOKYO),
        venue=make_venue("Prime Minister's Office", "Tokyo", "JP", "Asia/Tokyo"),
    )


def publish(event, **changes):
    event = EventPage.objects.get(pk=event.pk)
    for name, value in changes.items():
        setattr(event, name, value)
    event.save_revision().publish()
    return EventPage.objects.get(pk=event.pk)


def test_a_new_event_starts_at_sequence_zero(signing):
    assert signing.sequence == 0
    assert signing.uid.endswith("@kizuna")


def test_moving_the_time_increases_the_sequence(signing):
    moved = publish(
        signing,
        start=signing.start + datetime.timedelta(hours=1),
        end=signing.end + datetime.timedelta(hours=1),
    )

    assert moved.sequence == 1
    assert moved.uid == signing.uid


def test_fixing_a_typo_keeps_the_sequence(signing):
    fixed = publish(
        signing, title="MoU signing day in Tokyo", summary="Corrected summary."
    )

    assert fixed.sequence == 0


@pytest.mark.parametrize(
    "change",
    [
        {"status": EventStatus.CANCELLED},
        {"status": EventStatus.POSTPONED},
        {"rrule": "FREQ=YEARLY;COUNT=3"},
        {"time_zone": "Asia/Phnom_Penh"},
    ],
)
def test_status_place_and_recurrence_changes_increase_the_sequence(signing, change):
    assert publish(signing, **change).sequence == 1


def test_changing_the_venue_increases_the_sequence(signing):
    other = make_venue("Akasaka Palace", "Tokyo", "JP", "Asia/Tokyo")

    assert publish(signing, venue=other).sequence == 1


def test_cancelling_one_date_increases_the_sequence(signing):
    event = EventPage.objects.get(pk=signing.pk)
    event.date_changes = [
        EventDateChange(
            kind=DateChangeKind.CANCEL, occurrence_date=datetime.date(2027, 5, 10)
        )
    ]
    event.save_revision().publish()

    assert EventPage.objects.get(pk=signing.pk).sequence == 1


def test_a_draft_change_does_not_touch_the_published_sequence(signing):
    event = EventPage.objects.get(pk=signing.pk)
    event.start += datetime.timedelta(days=1)
    event.end += datetime.timedelta(days=1)
    event.save_revision()

    assert EventPage.objects.get(pk=signing.pk).sequence == 0


def test_cancelling_records_when(signing):
    cancelled = publish(signing, status=EventStatus.CANCELLED)

    assert cancelled.cancelled_at is not None
    assert publish(cancelled, status=EventStatus.CONFIRMED).cancelled_at is None
