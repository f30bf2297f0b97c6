"""Imported events published in bulk, as Wagtail would one by one, in a few queries
a batch.

Publishing one page through ``save_revision().publish()`` costs a fifth of a second;
a partner's year of events is thousands of pages. Here new pages get their tree paths
in one step, rows, revisions and log entries are written with ``bulk_create`` and
``bulk_update``, the live and latest revision are set directly, and the search and
reference indexes are updated once for the batch: the pages are live, in feeds and
search, with a revision in their history, and Kizuna's SEQUENCE rises as when an
editor moves an event.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import F, prefetch_related_objects
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Page, PageLogEntry, ReferenceIndex, Revision
from wagtail.models.pages import COMMENTS_RELATION_NAME
from wagtail.search.backends import get_search_backends

from core.bulk_pages import insert_pages
from core.signals import public_content_changed

from . import recurrence
from .enums import EventStatus
from .models import EventDateChange, EventFeedText, EventPage
from .models.sources import IMPORTED_FIELDS

# Rows per INSERT, well within every database's limit on query parameters.
BATCH = 500


def publish_new_events(index, events, *, user=None):
    """Add unsaved EventPages under ``index`` as published pages.

    Each event carries its categories and date changes in memory (as the import sets
    them); its slug is made unique among the index's children here.
    """
    # Locked, so two imports under one index cannot take the same tree paths.
    index = Page.objects.select_for_update().get(pk=index.pk)
    last_child = index.get_last_child()
    next_step = Page._str2int(last_child.path[-Page.steplen :]) + 1 if last_child else 1
    taken = set(index.get_children().values_list("slug", flat=True))
    now = timezone.now()
    for offset, event in enumerate(events):
        _place(event, index, next_step + offset, _free_slug(event.title, taken), now)
    for start in range(0, len(events), BATCH):
        batch = events[start : start + BATCH]
        insert_pages(batch)
        _add_relations(batch)
        _add_revisions(batch, user, now, ("wagtail.create", "wagtail.publish"))
        _index(batch)
    Page.objects.filter(pk=index.pk).update(numchild=F("numchild") + len(events))
    _store_feed_texts(events)
    public_content_changed.send(sender=EventPage)


def publish_changed_events(changed, *, user=None):
    """Publish live events the import changed in memory, given as (event, its
    schedule_fingerprint() before the change) pairs."""
    now = timezone.now()
    for event, schedule_before in changed:
        event.draft_title = event.title
        event.has_unpublished_changes = False
        event.last_published_at = event.latest_revision_created_at = now
        _derive_schedule(event, now)
        if event.schedule_fingerprint() != schedule_before:
            event.sequence += 1
    events = [event for event, _before in changed]
    for start in range(0, len(events), BATCH):
        batch = events[start : start + BATCH]
        update_event_rows(batch, _CHANGED_FIELDS)
        ids = [event.pk for event in batch]
        EventDateChange.objects.filter(page_id__in=ids).delete()
        EventPage.categories.through.objects.filter(eventpage_id__in=ids).delete()
        ReferenceIndex.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id__in=[str(pk) for pk in ids],
        ).delete()
        _add_relations(batch)
        _add_revisions(batch, user, now, ("wagtail.publish",))
        _index(batch)
    _store_feed_texts(events)
    public_content_changed.send(sender=EventPage)


def _store_feed_texts(events):
    """What feeds say of the published events, as an editor's publish stores it."""
    EventFeedText.objects.refresh(
        EventPage.objects.filter(pk__in=[event.pk for event in events])
    )


# Imported fields that modeltranslation keeps per language.
TRANSLATED = ("title", "summary", "status_note")
# What an import changes on a live page (besides relations and revisions), with the
# columns of each language of the translated ones.
_CHANGED_FIELDS = [
    *(name for name in IMPORTED_FIELDS if name not in TRANSLATED),
    *(
        f"{name}{suffix}"
        for name in TRANSLATED
        for suffix in ("", *(f"_{code}" for code, _name in settings.LANGUAGES))
    ),
    "series_end",
    "cancelled_at",
    "sequence",
    "source",
    "source_sequence",
    "source_modified",
    "source_fingerprint",
    "source_dropped",
    "draft_title",
    "has_unpublished_changes",
    "last_published_at",
    "latest_revision_created_at",
]


def _derive_schedule(event, now):
    """What EventPage.save derives from the schedule."""
    event.series_end = recurrence.series_end(event, list(event.date_changes.all()))
    event.cancelled_at = (
        (event.cancelled_at or now) if event.status == EventStatus.CANCELLED else None
    )


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
    _derive_schedule(event, now)


def update_event_rows(events, names):
    """UPDATE the ``names`` columns of each event, one executemany per table:
    bulk_update's CASE per column and row grows too slowly for thousands of rows."""
    fields = [EventPage._meta.get_field(name) for name in names]
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        for model, key in ((Page, "id"), (EventPage, "page_ptr_id")):
            columns = [field for field in fields if field.model is model]
            if not columns:
                continue
            assignments = ", ".join(f"{quote(field.column)} = %s" for field in columns)
            cursor.executemany(
                f"UPDATE {quote(model._meta.db_table)} SET {assignments} "
                f"WHERE {quote(key)} = %s",
                [
                    [
                        *(
                            field.get_db_prep_save(
                                getattr(event, field.attname), connection
                            )
                            for field in columns
                        ),
                        event.pk,
                    ]
                    for event in events
                ],
            )


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


def _add_revisions(events, user, now, actions):
    """One published revision per page, and the log entries of its creation and
    publication, as the page history shows them."""
    # A revision holds the page's comments: fetched for the batch, not per page.
    prefetch_related_objects(events, COMMENTS_RELATION_NAME)
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
    update_event_rows(events, ["latest_revision", "live_revision"])
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
        for action in actions
    )


def _index(events):
    """Search entries for the pages in one pass, and their references (venues,
    categories) so the admin's usage counts include them."""
    for backend in get_search_backends():
        backend.add_bulk(EventPage, events)
    event_type = ContentType.objects.get_for_model(EventPage)
    page_type = ContentType.objects.get_for_model(Page)
    ReferenceIndex.objects.bulk_create(
        ReferenceIndex(
            content_type=event_type,
            base_content_type=page_type,
            object_id=str(event.pk),
            to_content_type_id=to_type,
            to_object_id=to_id,
            model_path=model_path,
            content_path=content_path,
            content_path_hash=ReferenceIndex._get_content_path_hash(content_path),
        )
        for event in events
        for to_type, to_id, model_path, content_path in set(
            ReferenceIndex._extract_references_from_object(event)
        )
    )
