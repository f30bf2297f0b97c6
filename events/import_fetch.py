"""A source's calendar fetched from its URL, bounded in time and size, then imported."""

import http.client
import time
import urllib.error
import urllib.parse
import urllib.request

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

from .enums import ImportState
from .import_jobs import import_fetched
from .import_report import ImportReport
from .models import CalendarSource
from .source_addresses import ALLOWED_SCHEMES, AddressRefused, check_url, connect_public

# Read in pieces, so a file over the cap is refused without reading it all.
CHUNK = 64 * 1024


class FetchError(Exception):
    """Why a source's URL gave no calendar (translated)."""


class PublicHTTPConnection(http.client.HTTPConnection):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._create_connection = connect_public


class PublicHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # HTTPSConnection connects through HTTPConnection's hook, then wraps the socket
        # in TLS for the host name: the certificate is still checked against the name.
        self._create_connection = connect_public


class PublicHTTPHandler(urllib.request.HTTPHandler):
    def http_open(self, req):
        return self.do_open(PublicHTTPConnection, req)


class PublicHTTPSHandler(urllib.request.HTTPSHandler):
    def https_open(self, req):
        return self.do_open(PublicHTTPSConnection, req, context=self._context)


class HTTPRedirects(urllib.request.HTTPRedirectHandler):
    """Redirects to http(s) only; their host is checked when they connect."""

    max_redirections = 5

    def http_error_302(self, req, fp, code, msg, headers):
        location = headers.get("location") or headers.get("uri") or ""
        target = urllib.parse.urljoin(req.full_url, location)
        if urllib.parse.urlsplit(target).scheme.lower() not in ALLOWED_SCHEMES:
            raise AddressRefused(_("Only http and https addresses can be fetched."))
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def public_opener():
    """An opener with no proxy, no file:, ftp: or data: handler, connecting only to
    public addresses."""
    opener = urllib.request.OpenerDirector()
    for handler in (
        urllib.request.UnknownHandler(),
        PublicHTTPHandler(),
        PublicHTTPSHandler(),
        urllib.request.HTTPDefaultErrorHandler(),
        HTTPRedirects(),
        urllib.request.HTTPErrorProcessor(),
    ):
        opener.add_handler(handler)
    return opener


def fetch_calendar(url):
    """The bytes at ``url``; FetchError when it cannot be had within the setting's
    timeout and the import's size cap, or when it is not a public http(s) address."""
    limit = settings.KIZUNA_IMPORT_MAX_BYTES
    timeout = settings.KIZUNA_IMPORT_FETCH_TIMEOUT
    request = urllib.request.Request(url, headers={"User-Agent": "Kizuna calendar"})
    try:
        check_url(url)
        # The timeout bounds each wait on the socket; the deadline bounds the whole
        # download, which a server sending a byte at a time would otherwise stretch.
        deadline = time.monotonic() + timeout
        with public_opener().open(request, timeout=timeout) as response:
            data = b""
            while chunk := response.read1(CHUNK):
                data += chunk
                if len(data) > limit:
                    raise FetchError(
                        _("The file is larger than %(megabytes)d MB.")
                        % {"megabytes": limit // (1024 * 1024)}
                    )
                if time.monotonic() > deadline:
                    raise FetchError(
                        _("The address could not be fetched (%(reason)s).")
                        % {"reason": _("timed out")}
                    )
            return data
    except AddressRefused as error:
        raise FetchError(str(error)) from error
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
