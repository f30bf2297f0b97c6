import pytest
from django.utils import translation

from tests.factories.events import add_event_index
from tests.factories.pages import build_site


@pytest.fixture(autouse=True)
def english_by_default():
    """Each test starts in English, as a request to /en/ would."""
    with translation.override("en"):
        yield


@pytest.fixture
def site_tree(db):
    """(home, news index) on a fresh site."""
    return build_site()


@pytest.fixture
def home_page(site_tree):
    return site_tree[0]


@pytest.fixture
def news_index(site_tree):
    return site_tree[1]


@pytest.fixture
def event_index(home_page):
    return add_event_index(home_page)
