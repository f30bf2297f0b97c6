import pytest
from django.contrib.auth.models import User

from tests.factories.events import make_category, make_venue


@pytest.fixture
def editor(client):
    User.objects.create_superuser("editor", "editor@example.org", "pw")
    client.login(username="editor", password="pw")
    return client


@pytest.fixture
def places(db):
    """The venues and category the partner's export in test_import.py names."""
    make_venue("Nagano Prefectural Office", "Nagano", "JP", "Asia/Tokyo")
    make_venue()  # Peace Palace, Phnom Penh
    make_category("association", "Association meeting")
