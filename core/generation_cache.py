"""A cache backend over what each process keeps for the generation (core.generation).

For Wagtail's renditions: Wagtail looks each rendition up in its cache and writes it
back on every use, two round trips to Redis per image on every page. A rendition only
changes with its image, whose saving or deletion starts a new generation (as does a
rendition's deletion), so each process keeps them itself. Outside a request, or while
the shared cache does not answer, nothing is kept (Wagtail then reads the database).
"""

from django.core.cache.backends.base import DEFAULT_TIMEOUT, BaseCache

from core.generation import forget, keep, kept

_MISSING = object()


class GenerationCache(BaseCache):
    def __init__(self, location, params):
        super().__init__(params)

    def _key(self, key, version):
        return ("cache", self.make_and_validate_key(key, version=version))

    def get(self, key, default=None, version=None):
        value = kept(self._key(key, version), _MISSING)
        return default if value is _MISSING else value

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        keep(self._key(key, version), value)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        if kept(self._key(key, version), _MISSING) is not _MISSING:
            return False
        self.set(key, value, version=version)
        return True

    def delete(self, key, version=None):
        forget(self._key(key, version))
        return True

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return kept(self._key(key, version), _MISSING) is not _MISSING

    def has_key(self, key, version=None):
        return self.touch(key, version=version)

    def clear(self):
        """Each generation starts empty; there is nothing else to clear."""
