"""A delegation's itinerary read for output, in a fixed number of queries: the items in
order with their venue and the names of the members who attend, grouped by local day."""

import itertools
import zoneinfo
from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Q

from ..models import ItineraryItem


def load_items(delegation, member=None):
    """The delegation's items by start, each with ``attendee_names`` (empty: everyone).

    With ``member``, only the items that member attends (named, or everyone's). Two
    queries whatever the number of items."""
    items = ItineraryItem.objects.filter(delegation=delegation).select_related("venue")
    if member is not None:
        items = items.filter(Q(attendees=member) | Q(attendees__isnull=True)).distinct()
    items = list(items.order_by("start", "pk"))
    names = defaultdict(list)
    rows = (
        ItineraryItem.attendees.through.objects.filter(
            itineraryitem__in=[item.pk for item in items]
        )
        .order_by("member_id")
        .values_list("itineraryitem_id", "member__name")
    )
    for item_id, name in rows:
        names[item_id].append(name)
    for item in items:
        item.attendee_names = names[item.pk]
    return items


def local_start(item):
    return item.start.astimezone(zoneinfo.ZoneInfo(item.time_zone or "UTC"))


def local_end(item):
    zone = item.arrival_time_zone or item.time_zone or "UTC"
    return item.end.astimezone(zoneinfo.ZoneInfo(zone))


def place_of(item):
    """Where the item happens, as the programme writes it."""
    if item.is_travel:
        return f"{item.get_from_city_display()} → {item.get_to_city_display()}"
    if item.venue:
        return item.venue.name
    return item.get_city_display()


@dataclass(frozen=True)
class Day:
    date: object
    items: list


def programme_days(items):
    """The items grouped by the local date they start on, in order (one block a day)."""
    return [
        Day(date, list(group))
        for date, group in itertools.groupby(items, key=lambda i: local_start(i).date())
    ]
