"""The generation of public content, and what each process keeps of it meanwhile.

Any change that can show on a public page (a publish, a venue renamed, a site edited…)
starts a new generation (cms.invalidation): a fresh random token in the shared cache,
so every process sees it at its next request, and a token lost with Redis's memory is
never taken for an older one. What never changes within a generation (the site, the
pages a path names, the menu, image renditions) is then built once per process and
generation instead of on every request (``remembered``), for the price of reading the
token once a request.

Outside a request, and while the shared cache does not answer, nothing is kept; what
is kept is built again after MAX_AGE whatever happens, so that a change whose new
token Redis failed to store still shows within as long as the page cache's copies
live. The test settings switch the keeping off (KIZUNA_PROCESS_CACHE), as they do the page cache:
their content changes without the editors' signals.
"""

import threading
import time
import uuid
from collections import OrderedDict
from contextlib import suppress

from django.conf import settings
from django.core.cache import cache
from django.core.signals import request_finished, request_started

GENERATION_KEY = "page-cache:generation"
# Enough for every page of a large site in three languages; a flood of made-up paths
# pushes out the least recently used, so the memory a process keeps is bounded.
MAX_REMEMBERED = 2000
MAX_AGE = 600  # seconds
_UNREAD = object()
# The generation the request running in this thread sees; absent outside requests.
_request = threading.local()


def generation():
    """The current generation's token, or None while the shared cache does not answer."""
    token = cache.get(GENERATION_KEY)
    if token is None:
        cache.add(GENERATION_KEY, uuid.uuid4().hex, timeout=None)
        token = cache.get(GENERATION_KEY)
    return token


def next_generation():
    """Let go of every stored page and everything each process keeps of public content."""
    token = uuid.uuid4().hex
    cache.set(GENERATION_KEY, token, timeout=None)
    if hasattr(_request, "token"):
        _request.token = token


def current_generation():
    """The generation, read once per request: one request sees one generation."""
    if not hasattr(_request, "token"):
        return generation()
    if _request.token is _UNREAD:
        _request.token = generation()
    return _request.token


def _request_started(**kwargs):
    _request.token = _UNREAD


def _request_finished(**kwargs):
    _request.__dict__.pop("token", None)


request_started.connect(_request_started, dispatch_uid="kizuna-generation-start")
request_finished.connect(_request_finished, dispatch_uid="kizuna-generation-end")


class _Kept:
    token = None
    since = 0.0
    values = OrderedDict()


def _start(token):
    _Kept.token, _Kept.since, _Kept.values = token, time.monotonic(), OrderedDict()


def _current_values():
    """This process's values of the request's generation, or None if none may be kept."""
    if not settings.KIZUNA_PROCESS_CACHE or not hasattr(_request, "token"):
        return None
    token = current_generation()
    if token is None:
        # Forget all: a change may come while the cache is away.
        _start(None)
        return None
    if token != _Kept.token or time.monotonic() - _Kept.since > MAX_AGE:
        _start(token)
    return _Kept.values


_MISSING = object()


def remembered(key, build, still_valid=None):
    """``build()``, kept in this process for ``key`` until the next generation, or
    until ``still_valid(value)`` says it no longer is (a value that time changes)."""
    value = kept(key, _MISSING)
    if value is not _MISSING and (still_valid is None or still_valid(value)):
        return value
    value = build()
    keep(key, value)
    return value


def kept(key, default=None):
    """The value kept for ``key`` in this generation, if any."""
    values = _current_values()
    value = default if values is None else values.get(key, default)
    if value is not default:
        with suppress(KeyError):  # another thread may have pushed it out meanwhile
            values.move_to_end(key)
    return value


def keep(key, value):
    values = _current_values()
    if values is None:
        return
    values[key] = value
    with suppress(KeyError):
        values.move_to_end(key)
        while len(values) > MAX_REMEMBERED:
            values.popitem(last=False)


def forget(key):
    values = _current_values()
    if values is not None:
        values.pop(key, None)
