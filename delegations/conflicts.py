"""Warnings about an itinerary: each rule a small function over plain data (``plain.py``)
returning ``Conflict`` records. They never block saving; the planner decides.

Overlaps are found by a sweep over items sorted by start that keeps only the items
still running, so the work grows with the items and the overlaps found, not with every
pair of items.
"""

import datetime
import heapq
import zoneinfo
from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _

from core.languages import local_date
from directory.enums import Country

from .enums import NOT_APPOINTMENTS, City, ConflictKind, ItemKind, TravelMode
from .loading import load_plan


@dataclass(frozen=True, slots=True)
class Conflict:
    kind: str
    item_uids: tuple
    message: str
    at: datetime.datetime  # when it happens, to sort and to place it on the day


def overlapping_pairs(items, keys_of):
    """(key, earlier, later) for each two items sharing a key (a member, a venue…)
    that overlap, half-open: one ending at 10:00 does not overlap one starting at
    10:00. ``items`` must be sorted by start. One pass over the items keeps, per key,
    a heap of the items still running, so the work grows with the items and the
    overlaps found."""
    running = defaultdict(list)  # key → heap of (end, position, item) not yet over
    for position, item in enumerate(items):
        for key in keys_of(item):
            heap = running[key]
            while heap and heap[0][0] <= item.start:
                heapq.heappop(heap)
            for _end, _position, earlier in heap:
                yield key, earlier, item
            heapq.heappush(heap, (item.end, position, item))


def member_overlaps(items, members):
    """Rule 1: a member attends two items at once (hotel stays aside)."""
    everyone = frozenset(members)
    attending = [item for item in items if item.kind != ItemKind.ACCOMMODATION]
    clashing = {}  # (first uid, second uid) → (first, second, member names)
    for member, first, second in overlapping_pairs(
        attending, lambda item: item.attendees or everyone
    ):
        entry = clashing.setdefault((first.uid, second.uid), (first, second, []))
        entry[2].append(members.get(member, ""))
    return [
        Conflict(
            ConflictKind.MEMBER_OVERLAP,
            (first.uid, second.uid),
            _("%(names)s cannot attend both “%(first)s” and “%(second)s”.")
            % {
                "names": ", ".join(sorted(names)),
                "first": first.title,
                "second": second.title,
            },
            second.start,
        )
        for first, second, names in clashing.values()
    ]


def duration_text(delta):
    minutes = max(0, int(delta.total_seconds() // 60))
    return _("%(hours)d h %(minutes)02d min") % {
        "hours": minutes // 60,
        "minutes": minutes % 60,
    }


def travel_gaps(items, table):
    """Rule 2: consecutive items in different cities with no journey between them,
    or with less time between them than the table's usual time for the mode."""
    located = [item for item in items if item.start_city and item.end_city]
    conflicts = []
    for before, after in zip(located, located[1:], strict=False):
        if before.end_city != after.start_city:
            conflicts.append(
                Conflict(
                    ConflictKind.NO_TRAVEL,
                    (before.uid, after.uid),
                    _(
                        "No travel from %(from)s to %(to)s between “%(first)s” and “%(next)s”."
                    )
                    % {
                        "from": City(before.end_city).label,
                        "to": City(after.start_city).label,
                        "first": before.title,
                        "next": after.title,
                    },
                    after.start,
                )
            )
    for before, leg, after in zip(located, located[1:], located[2:], strict=False):
        # Door-to-door runs from the place before to the place after the journey, so
        # only a journey with both is measured.
        connected = (before.end_city, after.start_city) == (
            leg.start_city,
            leg.end_city,
        )
        if not leg.is_travel or not connected:
            continue
        usual = table.usual(leg.start_city, leg.end_city, leg.mode)
        leaving, arriving = before.end, after.start
        if usual and arriving - leaving < datetime.timedelta(minutes=usual):
            conflicts.append(
                Conflict(
                    ConflictKind.TOO_LITTLE_TIME,
                    (leg.uid,),
                    _(
                        "%(from)s → %(to)s (%(mode)s) usually takes %(usual)s door to door, but “%(first)s” and “%(next)s” are only %(left)s apart."
                    )
                    % {
                        "from": City(leg.start_city).label,
                        "to": City(leg.end_city).label,
                        "mode": TravelMode(leg.mode).label,
                        "usual": duration_text(datetime.timedelta(minutes=usual)),
                        "first": before.title,
                        "next": after.title,
                        "left": duration_text(arriving - leaving),
                    },
                    leg.start,
                )
            )
    return conflicts


def holiday_items(items, calendar):
    """Rule 3: an appointment on a public holiday of the country it is in."""
    conflicts = []
    for item in items:
        if item.kind in NOT_APPOINTMENTS or not item.country:
            continue
        day = item.local_start.date()
        name = calendar.name(item.country, day)
        if name:
            conflicts.append(
                Conflict(
                    ConflictKind.HOLIDAY,
                    (item.uid,),
                    _(
                        "“%(title)s” is on %(holiday)s (%(date)s), a public holiday in %(country)s."
                    )
                    % {
                        "title": item.title,
                        "holiday": name,
                        "date": local_date(day),
                        "country": Country(item.country).label,
                    },
                    item.start,
                )
            )
    return conflicts


def last_local_day(item, zone):
    """The day an item ends on in ``zone``; ending at midnight ends the day before."""
    return (item.end - datetime.timedelta(microseconds=1)).astimezone(zone).date()


def items_outside_days(items, visit):
    """Rule 4: an item before the first or after the last day (in the host zone)."""
    zone = zoneinfo.ZoneInfo(visit.zone)
    return [
        Conflict(
            ConflictKind.OUTSIDE_DAYS,
            (item.uid,),
            _("“%(title)s” falls outside the delegation's days, %(first)s to %(last)s.")
            % {
                "title": item.title,
                "first": local_date(visit.first_day),
                "last": local_date(visit.last_day),
            },
            item.start,
        )
        for item in items
        if item.start.astimezone(zone).date() < visit.first_day
        or last_local_day(item, zone) > visit.last_day
    ]


def unusual_hours(items, hours):
    """Rule 5: an appointment starting before ``hours[0]`` or ending after ``hours[1]``
    o'clock, local time."""
    first_hour, last_hour = hours
    conflicts = []
    for item in items:
        if item.kind in NOT_APPOINTMENTS:
            continue
        start, end = item.local_start, item.local_end
        midnight = datetime.datetime.combine(start.date(), datetime.time())
        start_minutes = (start.replace(tzinfo=None) - midnight).total_seconds() / 60
        end_minutes = (end.replace(tzinfo=None) - midnight).total_seconds() / 60
        if start_minutes < first_hour * 60 or end_minutes > last_hour * 60:
            conflicts.append(
                Conflict(
                    ConflictKind.UNUSUAL_HOURS,
                    (item.uid,),
                    _(
                        "“%(title)s” is at an unusual hour: %(start)s–%(end)s local time."
                    )
                    % {
                        "title": item.title,
                        "start": f"{start:%H:%M}",
                        "end": f"{end:%H:%M}",
                    },
                    item.start,
                )
            )
    return conflicts


def double_bookings(items, other_bookings, resource_names):
    """Rule 6: a venue or counterpart also booked by another delegation at the same time."""
    own = {item.uid for item in items}
    booked = sorted((*items, *other_bookings), key=lambda item: (item.start, item.uid))
    conflicts = []
    for resource, first, second in overlapping_pairs(
        booked, lambda item: item.resources
    ):
        if (first.uid in own) != (second.uid in own):
            mine, theirs = (first, second) if first.uid in own else (second, first)
            conflicts.append(
                Conflict(
                    ConflictKind.DOUBLE_BOOKED,
                    (mine.uid, theirs.uid),
                    _(
                        "%(resource)s is also booked by “%(delegation)s” for “%(other)s” during “%(title)s”."
                    )
                    % {
                        "resource": resource_names.get(resource, ""),
                        "delegation": theirs.delegation_name,
                        "other": theirs.title,
                        "title": mine.title,
                    },
                    max(first.start, second.start),
                )
            )
    return conflicts


def find_conflicts(plan):
    """Every warning about ``plan``, sorted by time."""
    conflicts = [
        *member_overlaps(plan.items, plan.members),
        *travel_gaps(plan.items, plan.travel),
        *holiday_items(plan.items, plan.holidays),
        *items_outside_days(plan.items, plan.visit),
        *unusual_hours(plan.items, plan.unusual_hours),
        *double_bookings(plan.items, plan.other_bookings, plan.resource_names),
    ]
    return sorted(conflicts, key=lambda c: (c.at, c.kind, c.item_uids))


def check_itinerary(delegation, language=None):
    """The warnings about a saved delegation's itinerary, in ``language`` (the active
    language by default), in a fixed number of queries whatever its size."""
    language = language or translation.get_language()
    with translation.override(language):
        plan = load_plan(delegation, language, settings.KIZUNA_UNUSUAL_HOURS)
        return find_conflicts(plan)
