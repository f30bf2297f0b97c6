import pytest

from tests.factories.exchanges import add_programme, add_programme_index


@pytest.fixture
def programme_index(home_page):
    return add_programme_index(home_page)


@pytest.fixture
def programme(programme_index):
    return add_programme(programme_index)
