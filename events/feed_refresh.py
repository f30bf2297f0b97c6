"""Stored feed text kept in step with what it shows.

An event's VEVENTs are serialised again when it is published (by an editor or an
import) and when a venue, organisation or category it shows is saved, so a feed never
joins text older than the facts. A snippet used by many events refreshes them in
batches (EventFeedText.objects.refresh), within the editor's request.
"""

from django.db.models.signals import post_save
from django.utils import timezone
from wagtail.signals import page_published

from .models import EventFeedText, EventPage
from .models.pages import FEED_SNIPPETS


def refresh_published(sender, instance, **kwargs):
    EventFeedText.objects.refresh(EventPage.objects.filter(pk=instance.pk))


def refresh_showing(field):
    def refresh(sender, instance, **kwargs):
        EventFeedText.objects.refresh(
            EventPage.objects.live().filter(**{field: instance}).distinct(),
            now=timezone.now(),
        )

    return refresh


def connect():
    page_published.connect(
        refresh_published, sender=EventPage, dispatch_uid="kizuna-feed-text-publish"
    )
    for model, field in FEED_SNIPPETS:
        post_save.connect(
            refresh_showing(field),
            sender=model,
            weak=False,
            dispatch_uid=f"kizuna-feed-text-{model._meta.label}",
        )
