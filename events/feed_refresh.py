"""Stored feed text kept in step with what it shows.

An event's VEVENTs are serialised again when it is published (by an editor or an
import). When a venue, organisation or category it shows is changed or deleted, the
editor's request only drops the stored texts of the events showing it and moves their
version, in a few queries however many they are (EventFeedText.objects.forget): feeds
build those VEVENTs afresh meanwhile, and the background worker stores them again
(events.tasks.refresh_feed_texts) once the edit is committed.
"""

from django.db import transaction
from django.db.models.signals import post_save, pre_delete, pre_save
from django.utils import timezone
from wagtail.signals import page_published

from .models import EventFeedText, EventPage
from .models.pages import FEED_SNIPPETS


def refresh_published(sender, instance, **kwargs):
    EventFeedText.objects.refresh(EventPage.objects.filter(pk=instance.pk))


def _showing(field, instance):
    return EventPage.objects.live().filter(**{field: instance}).distinct()


def _stored_values(model, pk):
    """The snippet's columns as they are in the database (none if it is new)."""
    stored = model._base_manager.filter(pk=pk).first() if pk else None
    return None if stored is None else _values(stored)


def _values(instance):
    return [
        field.value_from_object(instance) for field in instance._meta.concrete_fields
    ]


def note_stored(sender, instance, **kwargs):
    """Before a snippet is saved: its stored values, to tell an edit from a save that
    changes nothing (which then leaves feeds and their versions as they are)."""
    instance._feed_values_before = _stored_values(sender, instance.pk)


def forget_showing(field):
    def forget(sender, instance, created, **kwargs):
        before = getattr(instance, "_feed_values_before", None)
        if created or before is None or before == _values(instance):
            return
        _forget_and_queue(_showing(field, instance))

    return forget


def forget_before_delete(field):
    """Before a snippet is deleted, while the events still show it: the same, as they
    will show nothing in its place."""

    def forget(sender, instance, **kwargs):
        _forget_and_queue(_showing(field, instance))

    return forget


def _forget_and_queue(events):
    # Imported here: the tasks module imports the import modules, which import models.
    from .tasks import refresh_feed_texts

    ids = list(events.values_list("pk", flat=True))
    if not ids:
        return
    EventFeedText.objects.forget(events, timezone.now())
    transaction.on_commit(lambda: refresh_feed_texts.enqueue(ids))


def connect():
    page_published.connect(
        refresh_published, sender=EventPage, dispatch_uid="kizuna-feed-text-publish"
    )
    for model, field in FEED_SNIPPETS:
        label = model._meta.label
        pre_save.connect(
            note_stored, sender=model, dispatch_uid=f"kizuna-feed-text-note-{label}"
        )
        post_save.connect(
            forget_showing(field),
            sender=model,
            weak=False,
            dispatch_uid=f"kizuna-feed-text-save-{label}",
        )
        pre_delete.connect(
            forget_before_delete(field),
            sender=model,
            weak=False,
            dispatch_uid=f"kizuna-feed-text-delete-{label}",
        )
