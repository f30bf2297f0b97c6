"""Django's Redis cache, except that a Redis that does not answer is a cache miss.

Everything Kizuna keeps in the cache can be rebuilt: cached pages from the database,
sessions from their database copy (``cached_db``), login failure counts start again. So
while Redis is down the site serves uncached, and the rate limits counted there let
everyone through (they degrade open) rather than turning every page into a 500. One
warning a minute per process says so, naming what is lost.
"""

import logging
import time

from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import RedisError

logger = logging.getLogger("kizuna.cache")

WARNING_INTERVAL = 60  # seconds between two warnings of one process
_last_warning = 0.0


def warn_unavailable(operation, error):
    global _last_warning
    now = time.monotonic()
    if now - _last_warning < WARNING_INTERVAL:
        return
    _last_warning = now
    logger.warning(
        "cache unavailable (%s on %s: %s): pages are served uncached and rate limits "
        "are not enforced until Redis answers",
        type(error).__name__,
        operation,
        error,
    )


def answer_on_failure(fallback):
    """Run the client's method; if Redis fails, warn and return what a miss would."""

    def decorate(method):
        def forgiving(self, *args, **kwargs):
            try:
                return method(self, *args, **kwargs)
            except RedisError as error:
                warn_unavailable(method.__name__, error)
                return fallback(*args, **kwargs) if callable(fallback) else fallback

        forgiving.__name__ = method.__name__
        return forgiving

    return decorate


class ForgivingRedisCacheClient(RedisCacheClient):
    add = answer_on_failure(False)(RedisCacheClient.add)
    get = answer_on_failure(lambda key, default: default)(RedisCacheClient.get)
    set = answer_on_failure(None)(RedisCacheClient.set)
    touch = answer_on_failure(False)(RedisCacheClient.touch)
    delete = answer_on_failure(False)(RedisCacheClient.delete)
    get_many = answer_on_failure(lambda keys: {})(RedisCacheClient.get_many)
    has_key = answer_on_failure(False)(RedisCacheClient.has_key)
    # A counter that cannot be read counts this one event only (a limit lets it pass).
    incr = answer_on_failure(lambda key, delta: delta)(RedisCacheClient.incr)
    set_many = answer_on_failure(lambda data, timeout: list(data))(
        RedisCacheClient.set_many
    )
    delete_many = answer_on_failure(None)(RedisCacheClient.delete_many)
    clear = answer_on_failure(False)(RedisCacheClient.clear)


class ForgivingRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ForgivingRedisCacheClient
