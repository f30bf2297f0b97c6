"""Background jobs of the calendar: thin, they load rows by id and call the domain."""

from django_tasks import task

from .import_fetch import fetch_and_import
from .import_jobs import execute
from .models import CalendarSource, EventFeedText, EventPage, ImportRun
from .models.feed_texts import BATCH as FEED_BATCH


@task(backend="background")
def run_import(run_id):
    """Save a large confirmed upload."""
    run = ImportRun.objects.filter(pk=run_id).select_related("source").first()
    if run is not None:
        execute(run)


@task(backend="background")
def fetch_source(source_id):
    """Fetch a source's calendar from its URL and import it."""
    source = CalendarSource.objects.filter(pk=source_id).select_related("index").first()
    if source is not None and source.url:
        fetch_and_import(source)


@task(backend="background")
def refresh_feed_texts(event_ids):
    """Store again the feed texts that a venue, organisation or category edit dropped,
    of the events still live, a batch of ids at a time."""
    for start in range(0, len(event_ids), FEED_BATCH):
        batch = event_ids[start : start + FEED_BATCH]
        EventFeedText.objects.refresh(EventPage.objects.live().filter(pk__in=batch))
