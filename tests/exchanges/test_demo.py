"""The demo exchanges: an open programme with schools in each language, and a full
one with a waiting list and a live offer, loaded through the capacity functions."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from exchanges.enums import RegistrationState, WindowState
from exchanges.models import ExchangeProgrammePage, Registration

pytestmark = pytest.mark.django_db

OPEN = "nagano-phnom-penh-summer-exchange"
FULL = "school-exchange-visit-to-nagano"


def load_demo():
    call_command("load_demo", "--image-width", "96", stdout=StringIO())


def test_the_demo_exchanges(client):
    load_demo()
    now = timezone.now()
    open_programme = ExchangeProgrammePage.objects.get(slug=OPEN)
    assert (open_programme.capacity, open_programme.max_students_per_school) == (40, 10)
    assert open_programme.window_state(now) == WindowState.OPEN
    assert open_programme.places_left() == 5
    assert set(open_programme.registrations.values_list("language", flat=True)) == {
        "en",
        "ja",
        "km",
    }
    assert open_programme.event.start.month == 7

    full = ExchangeProgrammePage.objects.get(slug=FULL)
    assert full.window_state(now) == WindowState.WAITING_LIST
    offered = full.registrations.get(places_offered__gt=0)
    assert offered.offer_expires_at > now
    assert [r.school_name for r in full.registrations.waiting_list()] == [
        "Chaktomuk Primary School",
        "Daun Penh Primary School",
    ]
    assert full.registrations.filter(state=RegistrationState.CONFIRMED).count() == 2

    response = client.get(f"/km/exchanges/{OPEN}/")
    assert response.status_code == 200
    assert "ចុះឈ្មោះសាលា" in response.content.decode()

    before = Registration.objects.count()
    load_demo()
    assert Registration.objects.count() == before
