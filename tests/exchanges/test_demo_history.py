"""The demo's past programme: its schools' personal data erased, their counts kept."""

from io import StringIO

import pytest
from django.core.management import call_command

from exchanges.enums import WindowState
from exchanges.models import ErasedRegistrationCount, ExchangeProgrammePage

pytestmark = pytest.mark.django_db

PAST = "nagano-phnom-penh-summer-exchange-2024"


def load_demo():
    out = StringIO()
    call_command("load_demo", "--image-width", "96", stdout=out)
    return out.getvalue()


def test_the_past_programme_keeps_counts_and_no_school(client):
    load_demo()
    past = ExchangeProgrammePage.objects.get(slug=PAST)

    assert past.window_state(past.event.end) == WindowState.CLOSED
    assert past.event.start.year == 2024
    assert not past.registrations.exists()
    assert list(
        ErasedRegistrationCount.objects.filter(programme=past).values_list(
            "country", "state", "registrations", "students"
        )
    ) == [
        ("JP", "confirmed", 2, 18),
        ("KH", "confirmed", 1, 10),
        ("KH", "waiting", 1, 6),
    ]
    page = client.get(f"/en/exchanges/{PAST}/").content.decode()
    assert "Sok Dara" not in page

    output = load_demo()
    assert ErasedRegistrationCount.objects.filter(programme=past).count() == 3
    assert "Anonymous registration counts: 0 created, 1 already there" in output
    erasure = StringIO()
    call_command("erase_exchange_data", "--dry-run", stdout=erasure)
    assert erasure.getvalue() == (
        "Nothing to erase: no programme ended over 180 days ago.\n"
    )
