"""The itinerary laid out for the planner: one column per day in the delegation's host
zone, rows of 15 minutes, each item a block placed by row and span (the page's script
turns those into CSS custom properties: the admin's policy forbids inline styles)."""

import datetime
import math
import zoneinfo
from collections import defaultdict
from dataclasses import dataclass, field

from core.timezones import EXCHANGE_TIME_ZONES

SLOT_MINUTES = 15
# The axis shows at least these hours of the host day, widened to fit the items.
AXIS_HOURS = (7, 22)
# At most this many day columns (a longer visit shows its first days; the list shows all).
MAX_DAYS = 62
# Zoneinfo names Phnom Penh's zone "+07"; planners know it as ICT.
ZONE_ABBREVIATIONS = {"Asia/Phnom_Penh": "ICT", "Asia/Tokyo": "JST"}


def zone_abbreviation(zone_name, instant):
    zone = zoneinfo.ZoneInfo(zone_name)
    return ZONE_ABBREVIATIONS.get(zone_name) or instant.astimezone(zone).tzname()


def clock(instant, zone_name):
    """ "09:30 ICT": ``instant`` on the wall clock of ``zone_name``."""
    local = instant.astimezone(zoneinfo.ZoneInfo(zone_name))
    return f"{local:%H:%M} {zone_abbreviation(zone_name, instant)}"


def other_zone(host_zone):
    """The exchange's other zone beside the host's (Tokyo beside Phnom Penh)."""
    return next(z for z in EXCHANGE_TIME_ZONES if z != host_zone)


def both_clocks(instant, zones):
    return " · ".join(clock(instant, zone) for zone in zones)


@dataclass
class Block:
    item: object
    day_index: int
    row: int  # 1-based grid row from the axis start
    span: int
    time_label: str
    conflicts: list = field(default_factory=list)


@dataclass
class Day:
    date: datetime.date
    index: int
    in_visit: bool
    blocks: list = field(default_factory=list)
    items: list = field(
        default_factory=list
    )  # every item starting that day, for the list


@dataclass
class Timetable:
    days: list
    hours: list  # (row, "09:00 ICT · 11:00 JST")
    rows: int
    zones: tuple
    unplaced: list  # items on days beyond the columns shown


def minutes_since_midnight(local):
    return local.hour * 60 + local.minute


def build_timetable(delegation, items, conflicts):
    """Lay out ``items`` (sorted by start) of ``delegation`` with ``conflicts`` (from
    ``check_itinerary``) marked on their blocks."""
    host = delegation.host_time_zone
    zone = zoneinfo.ZoneInfo(host)
    zones = (host, other_zone(host))
    by_uid = defaultdict(list)
    for conflict in conflicts:
        for uid in conflict.item_uids:
            by_uid[uid].append(conflict)

    visit_days = {
        delegation.first_day + datetime.timedelta(days=n)
        for n in range((delegation.last_day - delegation.first_day).days + 1)
    }
    starts = [(item, item.start.astimezone(zone)) for item in items]
    dates = sorted(visit_days | {local.date() for _item, local in starts})[:MAX_DAYS]
    days = {
        date: Day(date, index, date in visit_days) for index, date in enumerate(dates)
    }

    first_hour, last_hour = AXIS_HOURS
    for item, local in starts:
        if local.date() in days:
            end = item.end.astimezone(zone)
            first_hour = min(first_hour, local.hour)
            last_hour = max(
                last_hour,
                24
                if end.date() > local.date()
                else math.ceil(minutes_since_midnight(end) / 60),
            )

    unplaced = []
    for item, local in starts:
        day = days.get(local.date())
        if day is None:
            unplaced.append(item)
            continue
        start_minutes = minutes_since_midnight(local) - first_hour * 60
        # A block ends with its day: a hotel night is drawn up to midnight.
        end_minutes = min(
            start_minutes + (item.end - item.start).total_seconds() / 60,
            (last_hour - first_hour) * 60,
        )
        day.items.append(item)
        day.blocks.append(
            Block(
                item=item,
                day_index=day.index,
                row=start_minutes // SLOT_MINUTES + 1,
                span=max(1, math.ceil((end_minutes - start_minutes) / SLOT_MINUTES)),
                time_label=item_time_label(item, zones),
                conflicts=by_uid.get(item.uid, []),
            )
        )

    slots_per_hour = 60 // SLOT_MINUTES
    reference = datetime.datetime.combine(dates[0], datetime.time(), zone)
    hours = [
        (
            (hour - first_hour) * slots_per_hour + 1,
            both_clocks(reference + datetime.timedelta(hours=hour), zones),
        )
        for hour in range(first_hour, last_hour)
    ]
    return Timetable(
        days=list(days.values()),
        hours=hours,
        rows=(last_hour - first_hour) * slots_per_hour,
        zones=zones,
        unplaced=unplaced,
    )


def item_time_label(item, zones):
    """ "09:30 JST · 07:30 ICT – 10:30 JST": the start on its own clock first, then the
    other zones, and the end on its arrival clock."""
    own = item.time_zone or zones[0]
    start_zones = (own, *(z for z in zones if z != own))
    return f"{both_clocks(item.start, start_zones)} – {clock(item.end, item.arrival_zone_name or own)}"
