"""Reads a delegation's itinerary from the database into the plain records the
conflict checks work on, in a fixed number of queries whatever its size."""

from collections import defaultdict

from django.db.models import Q

from .enums import DelegationStatus
from .models import ItineraryItem, Member, TravelTime
from .plain import Plan, PlanItem, TravelTable, Visit, public_holidays

COUNTERPARTS = (
    # (resource kind, through table, the column naming the counterpart)
    ("organisation", ItineraryItem.counterpart_organisations.through, "organisation"),
    ("person", ItineraryItem.counterpart_people.through, "person"),
)


def counterparts(items_filter):
    """{item id: {(kind, id), …}} and {(kind, id): name} of the items' counterparts."""
    resources, names = defaultdict(set), {}
    for kind, through, target in COUNTERPARTS:
        rows = through.objects.filter(**items_filter).values_list(
            "itineraryitem_id", f"{target}_id", f"{target}__name"
        )
        for item_id, target_id, name in rows:
            resources[item_id].add((kind, target_id))
            names[kind, target_id] = name
    return resources, names


def plan_item(row, attendees, resources, delegation_name):
    venue = {("venue", row.venue_id)} if row.venue_id and not row.is_travel else set()
    return PlanItem(
        uid=row.uid,
        title=row.title,
        kind=row.kind,
        start=row.start,
        end=row.end,
        zone=row.time_zone or "UTC",
        arrival_zone=row.arrival_zone_name or "UTC",
        start_city=row.start_city,
        end_city=row.end_city,
        country=row.country,
        mode=row.travel_mode,
        attendees=frozenset(attendees),
        resources=frozenset(resources | venue),
        delegation_id=row.delegation_id,
        delegation_name=delegation_name,
    )


def other_bookings(delegation, rows, resources):
    """Other live delegations' items that share a venue or counterpart with ``rows``
    and overlap their span, with the names of what they share."""
    if not rows:
        return (), {}
    shared = defaultdict(set)
    for row_resources in resources.values():
        for kind, target_id in row_resources:
            shared[kind].add(target_id)
    others = (
        ItineraryItem.objects.exclude(delegation=delegation)
        .exclude(delegation__status=DelegationStatus.CANCELLED)
        .filter(start__lt=max(r.end for r in rows), end__gt=min(r.start for r in rows))
        .filter(
            Q(venue__in={r.venue_id for r in rows if r.venue_id})
            | Q(counterpart_organisations__in=shared["organisation"])
            | Q(counterpart_people__in=shared["person"])
        )
        .distinct()
    )
    other_rows = list(others.select_related("venue", "delegation"))
    other_resources, names = counterparts({"itineraryitem__in": others.values("pk")})
    items = tuple(
        plan_item(row, (), other_resources[row.pk], row.delegation.name)
        for row in other_rows
    )
    return items, names


def load_plan(delegation, language, unusual_hours):
    members = dict(
        Member.objects.filter(delegation=delegation).values_list("pk", "name")
    )
    rows = list(
        ItineraryItem.objects.filter(delegation=delegation)
        .select_related("venue")
        .order_by("start", "pk")
    )
    attendees = defaultdict(set)
    for item_id, member_id in ItineraryItem.attendees.through.objects.filter(
        itineraryitem__delegation=delegation
    ).values_list("itineraryitem_id", "member_id"):
        attendees[item_id].add(member_id)
    resources, names = counterparts({"itineraryitem__delegation": delegation})
    items = tuple(
        plan_item(row, attendees[row.pk], resources[row.pk], delegation.name)
        for row in rows
    )
    others, other_names = other_bookings(delegation, rows, resources)
    names.update(other_names)
    names.update(
        (("venue", row.venue_id), row.venue.name) for row in rows if row.venue_id
    )
    travel = TravelTable(
        {
            (row.from_city, row.to_city, row.mode): row.minutes
            for row in TravelTime.objects.all()
        }
    )
    years = {item.local_start.year for item in items} | {
        delegation.first_day.year,
        delegation.last_day.year,
    }
    return Plan(
        items=items,
        members=members,
        visit=Visit(
            delegation.first_day, delegation.last_day, delegation.host_time_zone
        ),
        travel=travel,
        holidays=public_holidays({i.country for i in items}, years, language),
        other_bookings=others,
        resource_names=names,
        unusual_hours=tuple(unusual_hours),
    )
