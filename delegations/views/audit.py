"""Every change to an itinerary goes to Wagtail's audit log, on the delegation, so that
the delegation's history shows who changed what and when (actions in wagtail_hooks)."""

import zoneinfo

from wagtail.log_actions import log

from .timetable import clock


def local_stamp(item):
    """ "2024-05-13 09:30 ICT": when the item starts, on its own clock."""
    zone = item.time_zone or item.delegation.host_time_zone
    day = item.start.astimezone(zoneinfo.ZoneInfo(zone)).date()
    return f"{day.isoformat()} {clock(item.start, zone)}"


def log_item_change(action, item, user):
    log(
        instance=item.delegation,
        action=action,
        user=user,
        data={"title": item.title, "start": local_stamp(item), "item": item.uid},
    )


def log_delegation_change(action, delegation, user, **data):
    log(instance=delegation, action=action, user=user, data=data)
