import pytest


@pytest.fixture
def page_cache(settings):
    """The page cache on, empty before and after the test."""
    from django.core.cache import cache

    settings.KIZUNA_PAGE_CACHE_SECONDS = 600
    cache.clear()
    yield cache
    cache.clear()
