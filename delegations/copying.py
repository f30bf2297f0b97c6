"""Copy an itinerary to another delegation or to other dates, and duplicate a day.

Items move by whole days and keep their LOCAL times: a 09:30 meeting in Tokyo stays at
09:30 Tokyo time on its new day, whatever the clocks did in between (in a zone with
daylight saving time the UTC instant shifts by an hour). Copies are new items for
calendars: a new UID and SEQUENCE 0.
"""

import datetime
import zoneinfo

from django.conf import settings
from django.db import transaction

from core.signals import public_content_changed

from .models import Delegation, ItineraryItem, Member

# What a copied delegation or member keeps; the rest (ids, the lead planner) is new.
DELEGATION_FIELDS = (
    "name",
    "purpose",
    "direction",
    "host_time_zone",
    "visibility",
)
MEMBER_FIELDS = (
    "name",
    "person_id",
    "role",
    "preferred_language",
    "email",
    "phone",
    "dietary_notes",
    "notes",
)
ITEM_FIELDS = (
    "kind",
    "title",
    "public_description",
    "time_zone",
    "arrival_time_zone",
    "venue_id",
    "city",
    "is_public",
    "internal_notes",
    "from_city",
    "to_city",
    "travel_mode",
)
ITEM_RELATIONS = (
    # (many-to-many field, its target column in the through table)
    ("counterpart_organisations", "organisation_id"),
    ("counterpart_people", "person_id"),
    ("related_events", "eventpage_id"),
    ("attendees", "member_id"),
)


def translated(fields, model):
    """``fields``, each replaced by its per-language columns where modeltranslation
    adds them (copying those keeps every language, fallbacks aside)."""
    names = {field.attname for field in model._meta.concrete_fields}
    columns = []
    for field in fields:
        per_language = [f"{field}_{code}" for code, _name in settings.LANGUAGES]
        columns += [n for n in per_language if n in names] or [field]
    return columns


def shift_local(instant, zone_name, days):
    """``instant`` moved by ``days`` days at the same local time in ``zone_name``."""
    local = instant.astimezone(zoneinfo.ZoneInfo(zone_name))
    moved = datetime.datetime.combine(
        local.date() + datetime.timedelta(days=days), local.time(), local.tzinfo
    )
    return moved.astimezone(datetime.UTC)


@transaction.atomic
def copy_items(items, target, days, member_map):
    """Copies of ``items`` in ``target``, ``days`` later, attendees mapped through
    ``member_map`` (old member id → new member id). Returns the new items."""
    items = list(items)
    copies = [
        ItineraryItem(
            delegation=target,
            start=shift_local(item.start, item.time_zone or "UTC", days),
            end=shift_local(item.end, item.arrival_zone_name or "UTC", days),
            **{
                name: getattr(item, name)
                for name in translated(ITEM_FIELDS, ItineraryItem)
            },
        )
        for item in items
    ]
    ItineraryItem.objects.bulk_create(copies)
    if target.has_public_summary:  # bulk_create sends no post_save (cms.invalidation)
        public_content_changed.send(sender=ItineraryItem)
    copy_of = {item.pk: copy.pk for item, copy in zip(items, copies, strict=True)}
    for relation, column in ITEM_RELATIONS:
        through = getattr(ItineraryItem, relation).through
        rows = through.objects.filter(itineraryitem_id__in=copy_of).values_list(
            "itineraryitem_id", column
        )
        # Counterparts and events stay the same; attendees become the target's members.
        mapped = member_map if relation == "attendees" else {}
        through.objects.bulk_create(
            through(
                itineraryitem_id=copy_of[item_id],
                **{column: mapped.get(target_id, target_id)},
            )
            for item_id, target_id in rows
        )
    return copies


@transaction.atomic
def copy_itinerary(source, target):
    """Copy all of ``source``'s items into ``target``, shifted by the days between
    their first days. Members that ``target`` lacks (same directory person, or same
    name) are copied too, so every item keeps who attends it."""
    existing = {
        (member.person_id or member.name): member
        for member in Member.objects.filter(delegation=target)
    }
    member_map = {}
    for member in Member.objects.filter(delegation=source):
        twin = existing.get(member.person_id or member.name)
        if twin is None:
            twin = Member.objects.create(
                delegation=target,
                **{name: getattr(member, name) for name in MEMBER_FIELDS},
            )
        member_map[member.pk] = twin.pk
    days = (target.first_day - source.first_day).days
    return copy_items(source.items.all(), target, days, member_map)


@transaction.atomic
def copy_delegation(source, first_day):
    """A new delegation in planning like ``source``, starting on ``first_day``, with
    its members, organisations and whole itinerary at the same local times."""
    fields = translated(DELEGATION_FIELDS, Delegation)
    target = Delegation.objects.create(
        first_day=first_day,
        last_day=first_day + (source.last_day - source.first_day),
        **{name: getattr(source, name) for name in fields},
    )
    target.hosting_organisations.set(source.hosting_organisations.all())
    target.visiting_organisations.set(source.visiting_organisations.all())
    copy_itinerary(source, target)
    return target


def duplicate_day(delegation, day, new_day):
    """Copy the items starting on ``day`` (in the host zone) to ``new_day``, with the
    same attendees."""
    midnight = datetime.datetime.combine(day, datetime.time(), delegation.host_zone)
    items = delegation.items.filter(
        start__gte=midnight, start__lt=midnight + datetime.timedelta(days=1)
    )
    return copy_items(items, delegation, (new_day - day).days, {})
