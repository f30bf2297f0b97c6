"""The public summary of a delegation marked public: its purpose, dates and cities and
its public items only.

The template gets plain records built here, never the delegation's own models (only
live, public event and news pages), so nothing it renders can reach members,
attendees, counterparts or internal notes.
"""

import zoneinfo
from dataclasses import dataclass
from itertools import groupby

from django.conf import settings
from django.db.models import Prefetch, Q
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page

from events.models import EventPage

from .enums import City, Visibility
from .models import Delegation


@dataclass(frozen=True, slots=True)
class PublicItem:
    title: str
    # The language the title is in, where it falls back to English ("" if it does not).
    title_lang: str
    kind: str
    # Local to the place: the start in the item's zone, the end where it ends. Kept
    # as text, since templates would turn an aware time into the site's zone.
    day: object
    start_time: str
    end_time: str
    ends_another_day: bool
    start_iso: str
    end_iso: str
    place: str  # a city, or "from → to" for a journey
    events: tuple  # the live, public event pages the item belongs to


@dataclass(frozen=True, slots=True)
class PublicDay:
    date: object
    items: list


def public_delegations():
    return Delegation.objects.filter(visibility=Visibility.PUBLIC_SUMMARY).exclude(
        slug=None
    )


def shown_in(item, field):
    """ "" where ``field`` is written in the active language, else the fallback's code."""
    if getattr(item, build_localized_fieldname(field, get_language()), None):
        return ""
    return settings.MODELTRANSLATION_DEFAULT_LANGUAGE


def city_label(name):
    return City(name).label if name in City.values else name


def public_item(item):
    start_zone = zoneinfo.ZoneInfo(item.time_zone or "UTC")
    end_zone = zoneinfo.ZoneInfo(item.arrival_zone_name or "UTC")
    if item.is_travel:
        place = f"{city_label(item.from_city)} → {city_label(item.to_city)}"
    elif item.venue:
        place = item.venue.city
    else:
        place = city_label(item.city)
    start = item.start.astimezone(start_zone)
    end = item.end.astimezone(end_zone)
    return PublicItem(
        title=item.title,
        title_lang=shown_in(item, "title"),
        kind=item.get_kind_display(),
        day=start.date(),
        start_time=f"{start:%H:%M}",
        end_time=f"{end:%H:%M}",
        ends_another_day=end.date() != start.date(),
        start_iso=start.isoformat(),
        end_iso=end.isoformat(),
        place=place,
        events=tuple(item.related_events.all()),
    )


def cities_of(items):
    """The cities the public items take place in, in the order first visited."""
    seen = {}
    for item in items:
        for name in (item.start_city, item.end_city):
            if name:
                seen.setdefault(name, city_label(name))
    return list(seen.values())


def linked_news(delegation, events):
    """Live, public news the planner related to the delegation, and the news naming
    any of its ``events`` (through the events' reverse accessor), newest first."""
    return (
        Page.objects.live()
        .public()
        .filter(
            Q(pk__in=delegation.related_news.values("pk"))
            | Q(pk__in=events.values("news_articles"))
        )
        .order_by("-first_published_at", "-pk")
        .specific()
    )


def summary(request, slug):
    delegation = get_object_or_404(public_delegations(), slug=slug)
    public_events = EventPage.objects.live().public().order_by("start", "pk")
    items = list(
        delegation.items.filter(is_public=True)
        .select_related("venue")
        .prefetch_related(Prefetch("related_events", queryset=public_events))
    )
    shown = [public_item(item) for item in items]
    days = [
        PublicDay(date, list(group))
        for date, group in groupby(shown, key=lambda item: item.day)
    ]
    events = delegation.related_events.live().public().order_by("start", "pk")
    context = {
        "name": delegation.name,
        "name_lang": shown_in(delegation, "name"),
        "purpose": delegation.purpose,
        "purpose_lang": shown_in(delegation, "purpose"),
        "direction": delegation.get_direction_display(),
        "first_day": delegation.first_day,
        "last_day": delegation.last_day,
        "cities": cities_of(items),
        "days": days,
        "events": list(events),
        "articles": list(linked_news(delegation, events)),
    }
    return TemplateResponse(request, "delegations/public/summary.html", context)
