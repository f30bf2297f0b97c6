"""One time zone field for venues and events: the same check, the same zone box."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from core.fields import TimeZoneField
from directory.models import Venue
from events.models import EventPage

pytestmark = pytest.mark.django_db

ZONE_BOX = re.compile(r'<input[^>]*name="time_zone"[^>]*>')


@pytest.fixture
def editor_client(client):
    editor = get_user_model().objects.create_superuser(
        "editor", "editor@example.org", "pw"
    )
    client.force_login(editor)
    return client


@pytest.mark.parametrize("model", [Venue, EventPage])
def test_venues_and_events_declare_the_shared_field(model):
    assert isinstance(model._meta.get_field("time_zone"), TimeZoneField)


def test_the_venue_editor_offers_the_exchange_zones_first(editor_client):
    html = editor_client.get(reverse("wagtailsnippets_directory_venue:add")).content
    html = html.decode()

    box = ZONE_BOX.search(html).group(0)
    assert 'list="id_time_zone-zones"' in box
    zones = re.search(r'<datalist id="id_time_zone-zones">(.*?)</datalist>', html)
    offered = re.findall(r'<option value="([^"]+)">', zones.group(1))
    assert offered[:2] == ["Asia/Phnom_Penh", "Asia/Tokyo"]
    assert "Europe/Paris" in offered


def test_the_venue_editor_names_a_zone_that_does_not_exist_once(editor_client):
    response = editor_client.post(
        reverse("wagtailsnippets_directory_venue:add"),
        {"name_en": "City Hall", "city_en": "Nagano", "country": "JP"}
        | {"time_zone": "Asia/Nagano", "latitude": "", "longitude": ""},
    )

    assert response.status_code == 200
    assert response.context["form"].errors["time_zone"] == [
        "“Asia/Nagano” is not a known time zone. Use an IANA name such as Asia/Tokyo."
    ]
    assert not Venue.objects.exists()
