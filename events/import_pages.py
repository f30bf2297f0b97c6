"""New events published in bulk, as Wagtail would one by one, in a few queries a batch.

Publishing one page through ``save_revision().publish()`` costs a fifth of a second;
a partner's year of events is thousands of pages. Here the tree paths are given in
one step, the rows, revisions and log entries inserted with ``bulk_create``, the live
and latest revision set directly, and the search and reference indexes updated once
for the batch: the pages are live, in feeds and search, with a revision in history.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import F
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Page, PageLogEntry, ReferenceIndex, Revision
from wagtail.search.backends import get_search_backends

from . import recurrence
from .enums import EventStatus
from .models import EventDateChange, EventPage

# Rows per INSERT, well within every database's limit on query parameters.
BATCH = 500


def publish_new_events(index, events, *, user=None):
    """Add unsaved EventPages under ``index`` as published pages.

    Each event carries its categories and date changes in memory (as the import sets
    them); its slug is made unique among the index's children here.
    """
    index = Page.objects.get(pk=index.pk)
    last_child = index.get_last_child()
    next_step = Page._str2int(last_child.path[-Page.steplen :]) + 1 if last_child else 1
    taken = set(index.get_children().values_list("slug", flat=True))
    now = timezone.now()
    for offset, event in enumerate(events):
        _place(event, index, next_step + offset, _free_slug(event.title, taken), now)
    for start in range(0, len(events), BATCH):
        batch = events[start : start + BATCH]
        insert_event_rows(batch)
        _add_relations(batch)
        _add_revisions(batch, user, now)
    Page.objects.filter(pk=index.pk).update(numchild=F("numchild") + len(events))
    _index(events)


def _free_slug(title, taken):
    base = slugify(title, allow_unicode=True)[:80] or "event"
    slug, number = base, 1
    while slug in taken:
        number += 1
        slug = f"{base}-{number}"
    taken.add(slug)
    return slug


def _place(event, index, step, slug, now):
    """What Page.add_child and publishing set: tree position, URL and live state, and
    what EventPage.save derives from the schedule."""
    event.slug = slug
    event.path = Page._get_path(index.path, index.depth + 1, step)
    event.depth = index.depth + 1
    event.numchild = 0
    event.url_path = f"{index.url_path}{slug}/"
    event.locale_id = index.locale_id
    event.draft_title = event.title
    event.live = True
    event.has_unpublished_changes = False
    event.first_published_at = event.last_published_at = now
    event.latest_revision_created_at = now
    event.series_end = recurrence.series_end(event, list(event.date_changes.all()))
    event.cancelled_at = now if event.status == EventStatus.CANCELLED else None


def insert_event_rows(events):
    """Insert the Page rows (bulk_create), then the EventPage rows beside them.

    Django's bulk_create refuses multi-table models, so the second half is one
    executemany over EventPage's own columns.
    """
    base_fields = [field.attname for field in Page._meta.concrete_fields]
    pages = Page.objects.bulk_create(
        [
            Page(**{name: getattr(event, name) for name in base_fields if name != "id"})
            for event in events
        ]
    )
    for event, page in zip(events, pages, strict=True):
        event.id = event.page_ptr_id = page.pk
    fields = EventPage._meta.local_concrete_fields
    quote = connection.ops.quote_name
    columns = ", ".join(quote(field.column) for field in fields)
    placeholders = ", ".join(["%s"] * len(fields))
    rows = [
        [
            field.get_db_prep_save(getattr(event, field.attname), connection)
            for field in fields
        ]
        for event in events
    ]
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {quote(EventPage._meta.db_table)} ({columns}) "
            f"VALUES ({placeholders})",
            rows,
        )
    return [page.pk for page in pages]


def _add_relations(events):
    changes = []
    for event in events:
        for position, change in enumerate(event.date_changes.all()):
            change.page_id, change.sort_order = event.pk, position
            changes.append(change)
    EventDateChange.objects.bulk_create(changes)
    through = EventPage.categories.through
    through.objects.bulk_create(
        through(eventpage_id=event.pk, eventcategory_id=category.pk)
        for event in events
        for category in event.categories.all()
    )


def _add_revisions(events, user, now):
    """One published revision per page, and the log entries of its creation and
    publication, as the page history shows them."""
    event_type = ContentType.objects.get_for_model(EventPage)
    page_type = ContentType.objects.get_for_model(Page)
    revisions = Revision.objects.bulk_create(
        Revision(
            content_type=event_type,
            base_content_type=page_type,
            object_id=str(event.pk),
            created_at=now,
            user=user,
            content=event.serializable_data(),
            object_str=event.title,
        )
        for event in events
    )
    for event, revision in zip(events, revisions, strict=True):
        event.latest_revision = event.live_revision = revision
    Page.objects.bulk_update(events, ["latest_revision", "live_revision"])
    PageLogEntry.objects.bulk_create(
        PageLogEntry(
            content_type=event_type,
            page_id=event.pk,
            label=event.title,
            action=action,
            timestamp=now,
            user=user,
            revision=revision,
            content_changed=True,
        )
        for event, revision in zip(events, revisions, strict=True)
        for action in ("wagtail.create", "wagtail.publish")
    )


def _index(events):
    """Search entries for the new pages in one pass, and their references (venues,
    categories) so the admin's usage counts include them."""
    for backend in get_search_backends():
        backend.add_bulk(EventPage, events)
    for event in events:
        ReferenceIndex.create_or_update_for_object(event)
