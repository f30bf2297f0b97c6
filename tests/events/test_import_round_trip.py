"""Kizuna's own feed imported into a site without its events gives the same events:
the summary without what DESCRIPTION adds, POSTPONED, the notes on the status and on
single dates, and all-day events in their own zone (the X-KIZUNA-* properties)."""

import pytest
from icalendar import Calendar
from wagtail.models import Page

from events.enums import EventStatus
from events.importing import import_calendar
from events.models import EventIndexPage, EventPage
from events.rules import read_rule
from tests.cms.test_load_demo import load_demo

pytestmark = pytest.mark.django_db


def described():
    """Each event as a visitor and a subscriber see it, by UID."""
    return {
        event.uid: {
            "title": event.title,
            "summary": event.summary,
            "status": event.status,
            "status_note": event.status_note,
            "time_zone": event.zone.key,
            "all_day": event.all_day,
            "start": event.start,
            "end": event.end,
            # The same rule may list its parts in another order.
            "rrule": dict(read_rule(event.rrule)) if event.rrule else {},
            "dates": [(o.start, o.end, o.status, o.note) for o in event.occurrences()],
        }
        for event in EventPage.objects.prefetch_related("date_changes")
    }


def test_the_demo_feed_imported_into_an_empty_calendar_gives_the_same_events(client):
    load_demo()
    index = EventIndexPage.objects.get()
    feed = client.get("/en/events/feed.ics").content
    # A feed carries the events not long over (EventPageQuerySet.in_feeds).
    in_feed = {str(c["UID"]) for c in Calendar.from_ical(feed).walk("VEVENT")}
    before = {uid: e for uid, e in described().items() if uid in in_feed}
    for event in EventPage.objects.all():
        Page.objects.get(pk=event.pk).delete()

    import_calendar(feed, index)
    again = import_calendar(
        client.get("/en/events/feed.ics").content, EventIndexPage.objects.get()
    )

    after = described()
    assert after.keys() == before.keys()
    for uid, event in before.items():
        for name, value in event.items():
            assert (uid, name, after[uid][name]) == (uid, name, value)
    # What the test covers is in the demo: postponed, notes, all-day events.
    assert any(e["status"] == EventStatus.POSTPONED for e in after.values())
    assert any(e["all_day"] for e in after.values())
    assert any(note for e in after.values() for *_, note in e["dates"])
    assert again.created == again.updated == []
