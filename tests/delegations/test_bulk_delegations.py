"""Bulk delegations are what a planner saves: public summaries show public items only."""

import datetime

import pytest

from delegations.models import Delegation
from directory.models import Organisation
from tests.factories.bulk_delegations import bulk_add_delegations
from tests.factories.events import TOKYO, add_event, make_venue

pytestmark = pytest.mark.django_db


def test_a_public_delegation_shows_its_public_items_and_a_private_one_nothing(
    client, event_index
):
    venues = [make_venue(), make_venue("Nagano Hall", "Nagano", "JP", "Asia/Tokyo")]
    event = add_event(
        event_index, "Rice forum", start=datetime.datetime(2027, 3, 1, 9, tzinfo=TOKYO)
    )
    public, private = bulk_add_delegations(
        2,
        first_day=datetime.date(2027, 3, 1),
        venues=venues,
        organisations=[Organisation.objects.create(name="JICA", slug="jica")],
        events=[event],
        members=4,
        days=2,
    )

    assert public.members.count() == 4 and public.items.count() == 8
    response = client.get(f"/en/delegations/{public.slug}/")
    assert response.status_code == 200
    page = response.content.decode()
    for item in public.items.all():
        assert (item.title in page) == item.is_public
        assert item.internal_notes not in page
    assert "Rice forum" in page
    assert private.slug is None
    assert Delegation.objects.filter(visibility="private").get() == private
