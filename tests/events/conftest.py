import datetime

import pytest
from django.contrib.auth.models import User

from events.enums import DateChangeKind
from events.models import EventDateChange
from tests.factories.events import TOKYO, add_event, make_category, make_venue


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


@pytest.fixture
def tokyo_hall():
    return make_venue("Prefectural Hall", "Nagano", "JP", "Asia/Tokyo")


@pytest.fixture
def monthly_class(event_index, tokyo_hall):
    return add_event(
        event_index,
        "Japanese class",
        start=datetime.datetime(2027, 3, 2, 18, 0, tzinfo=TOKYO),
        venue=tokyo_hall,
        rrule="FREQ=WEEKLY;COUNT=6",
        changes=[
            EventDateChange(
                kind=DateChangeKind.CANCEL,
                occurrence_date=datetime.date(2027, 3, 16),
                note="Teacher ill.",
            )
        ],
    )
