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

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import get_conditional_response
from django.utils.http import parse_http_date_safe

from core.generation import current_generation

# Paths never stored, whoever asks: the admin (and its previews), members' private
# calendar feeds, documents served behind their own permissions, health checks.
NEVER = ("/admin/", "/documents/", "/healthz", "/readyz", "/_util/")
PRIVATE_FEED = "/delegations/calendar/"
MESSAGES_COOKIE = "messages"  # django.contrib.messages' CookieStorage


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


class PageCacheMiddleware:
    """Placed before the session middleware, so that a hit touches no session."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request_is_cacheable(request):
            request.page_cache = "skip"
            return self.get_response(request)
        key = cache_key(request)
        stored = cache.get(key)
        if stored is not None:
            request.page_cache = "hit"
            return answer(request, *stored)
        response = self.get_response(request)
        if response_is_cacheable(request, response):
            request.page_cache = "miss"
            cache.set(
                key,
                (response.content, list(response.items())),
                settings.KIZUNA_PAGE_CACHE_SECONDS,
            )
        else:
            request.page_cache = "skip"
        return response


def answer(request, content, headers):
    response = HttpResponse(content)
    for name, value in headers:
        response[name] = value
    # A feed reader's If-None-Match or If-Modified-Since still gets its 304.
    last_modified = parse_http_date_safe(response.get("Last-Modified", ""))
    conditional = get_conditional_response(
        request,
        etag=response.get("ETag"),
        last_modified=last_modified,
        response=response,
    )
    return conditional or response
