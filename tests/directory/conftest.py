import pytest

from tests.factories.events import add_event_index


@pytest.fixture
def event_index(home_page):
    return add_event_index(home_page)
