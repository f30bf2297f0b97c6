"""Serialise every live event's VEVENTs for the feeds again (see EventFeedText)."""

from django.core.management.base import BaseCommand

from events.models import EventFeedText, EventPage


class Command(BaseCommand):
    help = "Store what calendar feeds say of every live event, in every language."

    def handle(self, *args, **options):
        events = EventPage.objects.live()
        EventFeedText.objects.refresh(events)
        self.stdout.write(f"Stored the feed text of {events.count()} events.")
