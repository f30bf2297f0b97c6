"""A source's calendar fetched from its URL, bounded in time and size, then imported."""

import urllib.error
import urllib.request

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

from .enums import ImportState
from .import_jobs import import_fetched
from .import_report import ImportReport
from .models import CalendarSource

# Read in pieces, so a file over the cap is refused without reading it all.
CHUNK = 64 * 1024


class FetchError(Exception):
    """Why a source's URL gave no calendar (translated)."""


def fetch_calendar(url):
    """The bytes at ``url``; FetchError when it cannot be had within the setting's
    timeout and the import's size cap."""
    if not url.lower().startswith(("https://", "http://")):
        raise FetchError(_("Only http and https addresses can be fetched."))
    limit = settings.KIZUNA_IMPORT_MAX_BYTES
    request = urllib.request.Request(url, headers={"User-Agent": "Kizuna calendar"})
    try:
        # The scheme was checked above: no file:// or ftp:// reads.
        with urllib.request.urlopen(
            request, timeout=settings.KIZUNA_IMPORT_FETCH_TIMEOUT
        ) as response:
            data = b""
            while chunk := response.read(CHUNK):
                data += chunk
                if len(data) > limit:
                    raise FetchError(
                        _("The file is larger than %(megabytes)d MB.")
                        % {"megabytes": limit // (1024 * 1024)}
                    )
            return data
    except urllib.error.HTTPError as error:
        raise FetchError(
            _("The server answered %(status)d.") % {"status": error.code}
        ) from error
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise FetchError(
            _("The address could not be fetched (%(reason)s).") % {"reason": reason}
        ) from error


def fetch_and_import(source):
    """Fetch the source's file and import what can be read; record how it went."""
    try:
        data = fetch_calendar(source.url)
    except FetchError as error:
        source.record_fetch(str(error))
        return None
    run = import_fetched(data, source)
    report = ImportReport.from_data(run.report)
    if run.state == ImportState.DONE:
        status = report.summary()
    else:
        status = " ".join(report.refused)
    source.record_fetch(status)
    return run


def queue_due_fetches(now=None):
    """Queue a fetch of each source that is due, and set its next time."""
    # Imported here: the tasks module imports this one.
    from .tasks import fetch_source

    now = now or timezone.now()
    queued = []
    for source in CalendarSource.due_for_fetch(now):
        source.next_fetch_at = now + source.fetch_interval
        source.save(update_fields=["next_fetch_at"])
        fetch_source.enqueue(source.pk)
        queued.append(source)
    return queued
