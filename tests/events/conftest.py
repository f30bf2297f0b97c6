import pytest
from django.contrib.auth.models import User

from tests.factories.events import add_event_index


@pytest.fixture
def event_index(home_page):
    return add_event_index(home_page)


@pytest.fixture
def editor(client):
    User.objects.create_superuser("editor", "editor@example.org", "pw")
    client.login(username="editor", password="pw")
    return client
