"""Many published events at once, for query-count tests and bench/ (thousands of pages).

Rows are inserted directly, a few queries per batch, without revisions or search
entries: what feeds (their stored VEVENTs too) and listings read of a page is the same
as after an editor publishes it, which takes a third of a second per event.
"""

import datetime

from django.db.models import F
from django.utils import timezone
from wagtail.models import Page

from core.bulk_pages import insert_pages
from events import recurrence
from events.enums import DateChangeKind
from events.models import EventDateChange, EventFeedText, EventPage

# A weekly series of eight dates with its second date cancelled, as a club meets.
WEEKLY_RULE = "FREQ=WEEKLY;COUNT=8"


def bulk_add_events(
    index, count, *, first_start, venues, categories=(), repeat_every=0, batch=1000
):
    """Add ``count`` live events under ``index``, one a day from ``first_start``.

    Venues and categories are used in turn; every ``repeat_every``-th event repeats
    weekly with one cancelled date. Returns the events' page ids.
    """
    index.refresh_from_db()
    last_child = index.get_last_child()
    first_step = (
        Page._str2int(last_child.path[-Page.steplen :]) + 1 if last_child else 1
    )
    now = timezone.now()
    ids = []
    for offset in range(0, count, batch):
        built = [
            _event(index, n, first_start, venues, repeat_every, first_step, now)
            for n in range(offset, min(count, offset + batch))
        ]
        ids += insert_pages([event for event, _changes in built])
        _add_relations(built, categories)
    Page.objects.filter(pk=index.pk).update(numchild=F("numchild") + count)
    EventFeedText.objects.refresh(EventPage.objects.filter(pk__in=ids))
    return ids


def _event(index, n, first_start, venues, repeat_every, first_step, now):
    """The n-th event and its date changes, not saved."""
    venue = venues[n % len(venues)]
    slug = f"bulk-event-{first_step + n}"
    start = first_start + datetime.timedelta(days=n, hours=n % 5)
    event = EventPage(
        title=f"Event {n + 1}",
        draft_title=f"Event {n + 1}",
        slug=slug,
        summary=f"About event {n + 1}.",
        path=Page._get_path(index.path, index.depth + 1, first_step + n),
        depth=index.depth + 1,
        numchild=0,
        url_path=f"{index.url_path}{slug}/",
        locale_id=index.locale_id,
        live=True,
        has_unpublished_changes=False,
        first_published_at=now,
        last_published_at=now,
        venue=venue,
        time_zone=venue.time_zone,
        start=start,
        end=start + datetime.timedelta(hours=2),
        rrule=WEEKLY_RULE if repeat_every and n % repeat_every == 0 else "",
    )
    changes = (
        [
            EventDateChange(
                kind=DateChangeKind.CANCEL,
                occurrence_date=(start + datetime.timedelta(weeks=1))
                .astimezone(event.zone)
                .date(),
                note="Holiday",
            )
        ]
        if event.rrule
        else []
    )
    event.series_end = recurrence.series_end(event, changes)
    return event, changes


def _add_relations(built, categories):
    for event, changes in built:
        for position, change in enumerate(changes):
            change.page_id, change.sort_order = event.pk, position
    EventDateChange.objects.bulk_create(
        change for _event, changes in built for change in changes
    )
    if categories:
        through = EventPage.categories.through
        through.objects.bulk_create(
            through(
                eventpage_id=event.pk,
                eventcategory_id=categories[n % len(categories)].pk,
            )
            for n, (event, _changes) in enumerate(built)
        )
