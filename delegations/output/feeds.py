"""Private calendar feeds of a delegation: its whole itinerary, or one member's items,
at a secret address (``FeedToken``), built by the events' one iCalendar builder.

What a feed holds is chosen here, field by field: titles, public descriptions, places
and times; never internal notes, members' contact details or who else attends. An item
links only to what its readers can open: the public summary, for a public item of a
delegation that has one (the planner's screens would ask members for a login).
Items have no status of their own: a deleted item leaves the feed, and every item of a
cancelled delegation stays in it as STATUS:CANCELLED (a planning one is TENTATIVE).
"""

import hashlib
import zoneinfo

from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from core.http import Version, conditional_response
from events.enums import EventStatus
from events.ical import CalendarEntry, entries_calendar

from ..enums import DelegationStatus
from ..models import FeedToken
from .programme import load_items, place_of

CONTENT_TYPE = "text/calendar; charset=utf-8"
FEED_STATUS = {
    DelegationStatus.PLANNING: EventStatus.TENTATIVE,
    DelegationStatus.CONFIRMED: EventStatus.CONFIRMED,
    DelegationStatus.COMPLETED: EventStatus.CONFIRMED,
    DelegationStatus.CANCELLED: EventStatus.CANCELLED,
}


def item_entry(item, status, summary_url):
    start_zone = item.time_zone or "UTC"
    end_zone = item.arrival_zone_name or start_zone
    return CalendarEntry(
        uid=item.uid,
        sequence=item.sequence,
        title=item.title,
        summary=item.public_description,
        url=summary_url if item.is_public else "",
        start=item.start,
        end=item.end,
        zone=zoneinfo.ZoneInfo(start_zone),
        # A flight leaves on Phnom Penh's clock and lands on Tokyo's.
        end_zone=zoneinfo.ZoneInfo(end_zone) if end_zone != start_zone else None,
        status=status,
        location=place_of(item),
        categories=(str(item.get_kind_display()),),
    )


def feed_entries(delegation, member, summary_url):
    """The items of the feed; public ones link to ``summary_url`` if it is not empty."""
    status = FEED_STATUS[delegation.status]
    return [
        item_entry(item, status, summary_url) for item in load_items(delegation, member)
    ]


def public_summary_url(request, delegation):
    """The public summary's address in the active language ("" if it has none)."""
    if not delegation.has_public_summary:
        return ""
    return request.build_absolute_uri(
        reverse("delegations_public:summary", kwargs={"slug": delegation.slug})
    )


def feed_name(delegation, member):
    if member is None:
        return delegation.name
    return _("%(delegation)s: %(member)s") % {
        "delegation": delegation.name,
        "member": member.name,
    }


def feed_url(request, token):
    """The feed's secret address in the active language (shown once, when issued)."""
    return request.build_absolute_uri(
        reverse("delegation_feed", kwargs={"token": token})
    )


def feed(request, token):
    """The feed whose secret is ``token``; 404 for any other, rotated ones included."""
    found = FeedToken.find(token)
    if found is None:
        raise Http404("No such calendar.")
    delegation, member = found.delegation, found.member
    entries = feed_entries(delegation, member, public_summary_url(request, delegation))
    name = feed_name(delegation, member)
    # The version is what the feed says (DTSTAMP aside): built data, not the bytes.
    digest = hashlib.sha256(repr((name, entries)).encode()).hexdigest()
    return conditional_response(
        request,
        version=Version(etag=f'"{digest[:32]}"'),
        build=lambda: entries_calendar(
            name, _("Itinerary"), entries, stamp=timezone.now()
        ),
        content_type=CONTENT_TYPE,
        cache_control={"private": True},
    )
