"""Stored feed text kept in step with what it shows.

An event's VEVENTs are serialised again when it is published (by an editor or an
import) and when a venue, organisation or category it shows is saved or deleted, so a
feed never joins text older than the facts. A snippet used by many events refreshes
them in batches (EventFeedText.objects.refresh), within the editor's request.
"""

from django.db.models.signals import post_delete, post_save, pre_delete
from django.utils import timezone
from wagtail.signals import page_published

from .models import EventFeedText, EventPage
from .models.pages import FEED_SNIPPETS


def refresh_published(sender, instance, **kwargs):
    EventFeedText.objects.refresh(EventPage.objects.filter(pk=instance.pk))


def _showing(field, instance):
    return EventPage.objects.live().filter(**{field: instance}).distinct()


def refresh_showing(field):
    def refresh(sender, instance, **kwargs):
        EventFeedText.objects.refresh(_showing(field, instance), now=timezone.now())

    return refresh


def note_showing(field):
    """Before a snippet is deleted: the events that show it, which then show nothing
    in its place."""

    def note(sender, instance, **kwargs):
        instance._feed_events = list(
            _showing(field, instance).values_list("pk", flat=True)
        )

    return note


def refresh_noted(sender, instance, **kwargs):
    EventFeedText.objects.refresh(
        EventPage.objects.filter(pk__in=getattr(instance, "_feed_events", [])),
        now=timezone.now(),
    )


def connect():
    page_published.connect(
        refresh_published, sender=EventPage, dispatch_uid="kizuna-feed-text-publish"
    )
    for model, field in FEED_SNIPPETS:
        label = model._meta.label
        post_save.connect(
            refresh_showing(field),
            sender=model,
            weak=False,
            dispatch_uid=f"kizuna-feed-text-save-{label}",
        )
        pre_delete.connect(
            note_showing(field),
            sender=model,
            weak=False,
            dispatch_uid=f"kizuna-feed-text-note-{label}",
        )
        post_delete.connect(
            refresh_noted, sender=model, dispatch_uid=f"kizuna-feed-text-delete-{label}"
        )
