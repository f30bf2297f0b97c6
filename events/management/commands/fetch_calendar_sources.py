import datetime

from django.core.management.base import BaseCommand
from django.utils import timezone

from events.enums import ImportState
from events.import_fetch import queue_due_fetches
from events.models import ImportRun

# Previews never confirmed are dropped with their files after this long.
PREVIEWS_KEPT = datetime.timedelta(days=1)


class Command(BaseCommand):
    help = (
        "Queue a fetch of each calendar source whose time has come (run it from "
        "cron, every few minutes); the background worker fetches and imports."
    )

    def handle(self, *args, **options):
        now = timezone.now()
        for source in queue_due_fetches(now):
            self.stdout.write(f"Queued: {source.name}")
        ImportRun.objects.filter(
            state=ImportState.PREVIEWED, created_at__lt=now - PREVIEWS_KEPT
        ).delete()
