"""Template helpers for the public calendar: times in both zones, status marks, links."""

from django import template
from django.utils import timezone

from events.enums import EventStatus
from events.listing import event_dates
from events.time_display import describe, zone_options

register = template.Library()


@register.inclusion_tag("events/includes/when.html")
def event_when(occurrence, tz=""):
    """The occurrence's date and times, in its zone (or ``tz``) and the exchange zones."""
    return {"when": describe(occurrence, tz)}


@register.inclusion_tag("events/includes/status.html")
def occurrence_status(occurrence):
    """Cancelled, postponed, tentative or moved, in words, with the editor's note."""
    event = occurrence.event
    moved = occurrence.recurrence_id not in (None, occurrence.start)
    return {
        "status": occurrence.status,
        "label": ""
        if occurrence.status == EventStatus.CONFIRMED
        else EventStatus(occurrence.status).label,
        "moved_from": occurrence.recurrence_id.astimezone(event.zone).date()
        if moved
        else None,
        # A date's own note, else the event's note when the date shares its status.
        "note": occurrence.note
        or (event.status_note if occurrence.status == event.status else ""),
    }


@register.inclusion_tag("events/includes/zone_switcher.html")
def zone_switcher(query):
    """Links to read every time in one exchange zone, or each in the event's own."""
    return {"query": query, "options": zone_options()}


@register.simple_tag
def calendar_url(query, **changes):
    """The calendar's query string with ``changes`` (a view, a month, a zone)."""
    return query.query_string(**changes)


@register.simple_tag
def shown_dates(events):
    """The next (or last) date of each of ``events``, public event pages in the order
    shown (an article's ``listed_related_events``, for one)."""
    now = timezone.now()
    shown = [event_dates(event, now)[0] for event in events]
    return [occurrence for occurrence in shown if occurrence]
