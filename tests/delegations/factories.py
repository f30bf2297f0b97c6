"""Delegations, members and itinerary items for tests, saved as a planner saves them."""

import datetime
import zoneinfo

from delegations.enums import ItemKind
from delegations.models import Delegation, ItineraryItem, Member

TOKYO = zoneinfo.ZoneInfo("Asia/Tokyo")
PHNOM_PENH = zoneinfo.ZoneInfo("Asia/Phnom_Penh")


def make_delegation(
    name="Nagano inspection mission",
    first_day=datetime.date(2024, 5, 13),
    last_day=datetime.date(2024, 5, 21),
    host_time_zone="Asia/Phnom_Penh",
    **fields,
):
    delegation = Delegation(
        name=name,
        first_day=first_day,
        last_day=last_day,
        host_time_zone=host_time_zone,
        **fields,
    )
    delegation.full_clean()
    delegation.save()
    return delegation


def add_member(delegation, name, **fields):
    return Member.objects.create(delegation=delegation, name=name, **fields)


def add_item(
    delegation,
    title,
    start,
    end=None,
    *,
    attendees=(),
    organisations=(),
    people=(),
    **fields,
):
    """Add an item; ``start``/``end`` are aware datetimes (end defaults to an hour on)."""
    item = ItineraryItem(
        delegation=delegation,
        title=title,
        start=start,
        end=end or start + datetime.timedelta(hours=1),
        kind=fields.pop("kind", ItemKind.MEETING),
        **fields,
    )
    item.full_clean()
    item.save()
    item.attendees.set(attendees)
    item.counterpart_organisations.set(organisations)
    item.counterpart_people.set(people)
    return item


def add_leg(delegation, title, start, end, from_city, to_city, mode, **fields):
    """Add a journey from ``from_city`` to ``to_city``."""
    return add_item(
        delegation,
        title,
        start,
        end,
        kind=ItemKind.TRAVEL,
        from_city=from_city,
        to_city=to_city,
        travel_mode=mode,
        **fields,
    )
