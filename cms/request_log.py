"""One structured line per request, and the request's id on every line logged meanwhile.

``method=GET path=/en/news/ status=200 duration_ms=12.4 cache=hit``: the
path without its query string (searches, filters and links in mail may carry addresses),
secret path segments masked (members' calendar tokens), never a body or a cookie. A
request id from the load balancer (``X-Request-ID``) is kept so its log and ours join;
errors logged while the request runs (Django's tracebacks included) carry the same id.
"""

import contextvars
import logging
import re
import time
import uuid

logger = logging.getLogger("kizuna.request")

request_id = contextvars.ContextVar("request_id", default="-")

# Paths whose segment is a credential: the delegation members' private feeds.
SECRET_SEGMENTS = re.compile(r"(/delegations/calendar/)[^/]+(\.ics)$")
REQUEST_ID = re.compile(r"^[\w.\-]{1,64}$")


def loggable_path(path):
    return SECRET_SEGMENTS.sub(r"\1…\2", path)


def incoming_request_id(request):
    given = request.headers.get("X-Request-ID", "")
    return given if REQUEST_ID.match(given) else uuid.uuid4().hex


class RequestLogMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.request_id = incoming_request_id(request)
        token = request_id.set(request.request_id)
        started = time.perf_counter()
        try:
            response = self.get_response(request)
            logger.info(
                "method=%s path=%s status=%d duration_ms=%.1f cache=%s",
                request.method,
                loggable_path(request.path),
                response.status_code,
                (time.perf_counter() - started) * 1000,
                getattr(request, "page_cache", "-"),
            )
            return response
        finally:
            request_id.reset(token)


class RequestContextFilter(logging.Filter):
    """Adds ``request_id`` to every record, for the formatter (``-`` outside requests),
    and masks secret path segments in the records Django logs about a request (its
    "Not Found: <path>" and "Internal Server Error: <path>" lines)."""

    def filter(self, record):
        request = getattr(record, "request", None)
        record.request_id = getattr(request, "request_id", None) or request_id.get()
        if request is not None and isinstance(record.args, tuple):
            record.args = tuple(
                loggable_path(arg) if arg == request.path else arg
                for arg in record.args
            )
        return True
