"""Many delegations at once, with members and itineraries, for bench/ scripts and tests.

Rows are inserted with bulk_create, a few queries in all, with what a planner saves:
every item has its zone (its venue's) and a calendar UID. Every other delegation has a
public summary; about half of each itinerary is public.
"""

import datetime
import zoneinfo

from delegations.enums import (
    DelegationStatus,
    Direction,
    ItemKind,
    Language,
    MemberRole,
    Visibility,
)
from delegations.models import Delegation, ItineraryItem, Member

# Meetings of a day, at these local hours, of these kinds in turn.
HOURS = (9, 11, 14, 16)
KINDS = (ItemKind.COURTESY_CALL, ItemKind.MEETING, ItemKind.SITE_VISIT, ItemKind.MEAL)
ROLES = (MemberRole.HEAD, MemberRole.INTERPRETER, MemberRole.STAFF)


def bulk_add_delegations(
    count, *, first_day, venues, organisations, events=(), members=8, days=5
):
    """Add ``count`` delegations of ``days`` days each, a week apart from
    ``first_day``, with ``members`` members and four items a day at ``venues`` in turn
    (counterparts from ``organisations``; the public ones name ``events`` in turn).
    Returns the delegations."""
    delegations = Delegation.objects.bulk_create(
        _delegation(n, first_day, days, venues) for n in range(count)
    )
    crews = Member.objects.bulk_create(
        Member(
            delegation=delegation,
            name=f"Member {m + 1} of delegation {n + 1}",
            role=ROLES[m] if m < len(ROLES) else MemberRole.MEMBER,
            preferred_language=Language.values[m % len(Language.values)],
            email=f"member{m + 1}@delegation{n + 1}.example",
        )
        for n, delegation in enumerate(delegations)
        for m in range(members)
    )
    items = ItineraryItem.objects.bulk_create(
        _item(delegation, day, slot, venues[(day + slot) % len(venues)])
        for delegation in delegations
        for day in range(days)
        for slot in range(len(HOURS))
    )
    by_delegation = {}
    for member in crews:
        by_delegation.setdefault(member.delegation_id, []).append(member)
    _link(items, by_delegation, organisations, events)
    Delegation.hosting_organisations.through.objects.bulk_create(
        Delegation.hosting_organisations.through(
            delegation_id=delegation.pk,
            organisation_id=organisations[n % len(organisations)].pk,
        )
        for n, delegation in enumerate(delegations)
    )
    return delegations


def _delegation(n, first_day, days, venues):
    start = first_day + datetime.timedelta(weeks=n)
    public = n % 2 == 0
    return Delegation(
        name_en=f"Delegation {n + 1} to {venues[n % len(venues)].city}",
        name_ja=f"第{n + 1}視察団",
        name_km=f"គណៈប្រតិភូទី {n + 1}",
        purpose_en=f"Meetings and site visits of delegation {n + 1}.",
        slug=f"bulk-delegation-{n + 1}" if public else None,
        direction=Direction.values[n % 2],
        status=DelegationStatus.CONFIRMED,
        visibility=Visibility.PUBLIC_SUMMARY if public else Visibility.PRIVATE,
        host_time_zone=venues[n % len(venues)].time_zone,
        first_day=start,
        last_day=start + datetime.timedelta(days=days - 1),
    )


def _item(delegation, day, slot, venue):
    zone = zoneinfo.ZoneInfo(venue.time_zone)
    start = datetime.datetime.combine(
        delegation.first_day + datetime.timedelta(days=day),
        datetime.time(HOURS[slot]),
        zone,
    )
    number = day * len(HOURS) + slot + 1
    return ItineraryItem(
        delegation=delegation,
        kind=KINDS[slot],
        title_en=f"Item {number} of {delegation.name_en}",
        title_ja=f"{delegation.name_ja}の予定{number}",
        public_description_en=f"Visit {number} at {venue.name}.",
        start=start,
        end=start + datetime.timedelta(hours=1, minutes=30),
        time_zone=venue.time_zone,
        venue=venue,
        is_public=slot % 2 == 0,
        internal_notes=f"Car at {HOURS[slot] - 1}:30.",
    )


def _link(items, members, organisations, events):
    """Attendees (the first half of the delegation at a meal, everyone otherwise),
    counterparts, and the events that public items belong to."""
    ItineraryItem.attendees.through.objects.bulk_create(
        ItineraryItem.attendees.through(itineraryitem_id=item.pk, member_id=member.pk)
        for item in items
        if item.kind == ItemKind.MEAL
        for member in members[item.delegation_id][
            : len(members[item.delegation_id]) // 2
        ]
    )
    ItineraryItem.counterpart_organisations.through.objects.bulk_create(
        ItineraryItem.counterpart_organisations.through(
            itineraryitem_id=item.pk,
            organisation_id=organisations[n % len(organisations)].pk,
        )
        for n, item in enumerate(items)
        if item.kind != ItemKind.MEAL
    )
    if events:
        ItineraryItem.related_events.through.objects.bulk_create(
            ItineraryItem.related_events.through(
                itineraryitem_id=item.pk, eventpage_id=events[n % len(events)].pk
            )
            for n, item in enumerate(i for i in items if i.is_public)
        )
