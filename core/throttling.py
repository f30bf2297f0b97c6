"""Who a request comes from, and how often an address may do something."""

from django.conf import settings
from django.core.cache import cache


def client_address(request):
    """The visitor's address: the one our reverse proxy appended, when one is in front."""
    if settings.KIZUNA_BEHIND_PROXY:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded:
            return forwarded.rsplit(",", 1)[-1].strip()
    return request.META.get("REMOTE_ADDR")


def within_rate_limit(scope, request, *, limit, seconds):
    """Count one more ``scope`` action from the request's address; False once the
    address has done it ``limit`` times within ``seconds`` of its first.

    The count lives in the cache, shared by every server process when the cache is
    (Redis in production), and is bumped atomically, so racing requests all count.
    """
    key = f"rate:{scope}:{client_address(request)}"
    cache.add(key, 0, timeout=seconds)
    try:
        count = cache.incr(key)
    except ValueError:
        # The window ran out between add and incr: this is the first of a new one.
        cache.add(key, 1, timeout=seconds)
        count = 1
    return count <= limit
