import pytest
from django.contrib.auth.models import User


@pytest.fixture
def editor(client):
    User.objects.create_superuser("editor", "editor@example.org", "pw")
    client.login(username="editor", password="pw")
    return client
