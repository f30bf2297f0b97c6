"""Anonymous public pages and feeds, kept whole in the shared cache (Redis).

A visitor without a session who asks for a public page (any language, any feed) gets the
stored response of the first such visitor, headers included, without a query. Never
stored: requests with a session (editors, logged-in visitors), the admin and its
previews, members' token feeds, health checks, answers other than 200, and responses
that set a cookie or carry a CSRF token (forms) or say ``private``/``no-store``.

Invalidation never leaves a stale page: every key holds the generation's token, and any
change that can show on a page (a publish, unpublish, move or delete of a page, a change
to a venue, organisation, person, category or kind) moves to the next generation, for
every page in every language at once (cms.invalidation). Old generations expire.
"""

import gzip
import hashlib
import re

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.http import parse_http_date_safe
from django.utils.text import compress_string

from core.generation import current_generation

# Paths never stored, whoever asks: the admin (and its previews), members' private
# calendar feeds, documents served behind their own permissions, health checks.
NEVER = ("/admin/", "/documents/", "/healthz", "/readyz", "/_util/")
PRIVATE_FEED = "/delegations/calendar/"
MESSAGES_COOKIE = "messages"  # django.contrib.messages' CookieStorage
CONDITIONAL_HEADERS = ("HTTP_IF_NONE_MATCH", "HTTP_IF_MODIFIED_SINCE")
# Stored pages are gzipped from this size: a feed of 1,000 events shrinks about tenfold.
# Only stored pages, which carry no secret (no CSRF token, no session), so compression
# cannot leak one (BREACH).
MINIMUM_COMPRESSED = 1024
COMPRESSIBLE_TYPES = {"application/rss+xml", "application/xml", "application/json"}
ACCEPTS_GZIP = re.compile(r"\bgzip\b")


def request_is_cacheable(request):
    path = request.path_info
    return (
        settings.KIZUNA_PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        # A message waiting in its cookie ("Thank you…") belongs to this visitor's page.
        and MESSAGES_COOKIE not in request.COOKIES
        and not path.startswith(NEVER)
        and PRIVATE_FEED not in path
    )


def response_is_cacheable(request, response):
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_USED")
        and not any(
            word in cache_control for word in ("private", "no-store", "no-cache")
        )
    )


def cache_key(request):
    full_path = request.build_absolute_uri()
    digest = hashlib.sha256(full_path.encode()).hexdigest()
    return f"page-cache:{current_generation()}:{digest}"


def is_conditional(request):
    return any(name in request.META for name in CONDITIONAL_HEADERS)


class PageCacheMiddleware:
    """Placed before the session middleware, so that a hit touches no session.

    A page is stored as two entries: its headers (small), then its body, gzipped when it
    is text of some size. A conditional request (a calendar app polling its feed) reads
    only the headers to answer 304; a full answer sends the gzipped body to clients that
    accept it (browsers, calendar apps, Varnish) and unpacks it for the rest.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request_is_cacheable(request):
            request.page_cache = "skip"
            return self.get_response(request)
        key = cache_key(request)
        response = stored_response(request, key)
        if response is not None:
            request.page_cache = "hit"
            return response
        response = self.get_response(request)
        if response_is_cacheable(request, response):
            request.page_cache = "miss"
            return store(request, key, response)
        request.page_cache = "skip"
        return response


def stored_response(request, key):
    """The stored answer for this request, or None when there is none."""
    head_key, body_key = f"{key}:head", f"{key}:body"
    if is_conditional(request):
        head = cache.get(head_key)
        if head is None:
            return None
        not_modified = conditional_answer(request, head)
        if not_modified is not None:
            return not_modified
        body = cache.get(body_key)
    else:
        found = cache.get_many([head_key, body_key])
        head, body = found.get(head_key), found.get(body_key)
    # The body may have been evicted before its headers: then build the page again.
    if head is None or body is None:
        return None
    return full_answer(request, head, body)


def store(request, key, response):
    headers = [
        (name, value) for name, value in response.items() if name != "Content-Length"
    ]
    compressed = is_compressible(response)
    body = compress_string(response.content) if compressed else response.content
    if compressed:
        # Django's GZipMiddleware does the same: the gzipped bytes differ from the page's,
        # so the validator is weak (If-None-Match compares weakly, so 304s still work).
        headers = [
            (
                name,
                f"W/{value}"
                if name == "ETag" and not value.startswith("W/")
                else value,
            )
            for name, value in headers
        ]
    head = (headers, compressed)
    cache.set_many(
        {f"{key}:head": head, f"{key}:body": body},
        settings.KIZUNA_PAGE_CACHE_SECONDS,
    )
    return conditional_answer(request, head) or full_answer(request, head, body)


def is_compressible(response):
    content_type = response.get("Content-Type", "").split(";")[0].strip()
    return (
        len(response.content) >= MINIMUM_COMPRESSED
        and not response.has_header("Content-Encoding")
        and (content_type.startswith("text/") or content_type in COMPRESSIBLE_TYPES)
    )


def with_headers(response, headers, compressed):
    for name, value in headers:
        response[name] = value
    if compressed:
        patch_vary_headers(response, ("Accept-Encoding",))
    return response


def conditional_answer(request, head):
    """304 (or 412) when the client's copy decides, from the stored headers alone;
    otherwise None."""
    headers, compressed = head
    empty = with_headers(HttpResponse(), headers, compressed)
    decided = get_conditional_response(
        request,
        etag=empty.get("ETag"),
        last_modified=parse_http_date_safe(empty.get("Last-Modified", "")),
        response=empty,
    )
    # Without a condition that holds, Django hands back the response it was given.
    return None if decided is empty else decided


def full_answer(request, head, body):
    headers, compressed = head
    if compressed and ACCEPTS_GZIP.search(request.META.get("HTTP_ACCEPT_ENCODING", "")):
        response = HttpResponse(body)
        response["Content-Encoding"] = "gzip"
    else:
        response = HttpResponse(gzip.decompress(body) if compressed else body)
    return with_headers(response, headers, compressed)
