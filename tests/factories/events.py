"""Events for tests, published the way an editor publishes them."""

import datetime
import zoneinfo

from directory.models import Venue
from events.models import EventCategory, EventIndexPage, EventPage

TOKYO = zoneinfo.ZoneInfo("Asia/Tokyo")
PHNOM_PENH = zoneinfo.ZoneInfo("Asia/Phnom_Penh")


def add_event_index(home):
    return home.add_child(
        instance=EventIndexPage(
            title="Events",
            title_ja="イベント",
            title_km="ព្រឹត្តិការណ៍",
            slug="events",
            show_in_menus=True,
        )
    )


def make_venue(
    name="Peace Palace", city="Phnom Penh", country="KH", time_zone="Asia/Phnom_Penh"
):
    venue, _created = Venue.objects.get_or_create(
        name=name, defaults={"city": city, "country": country, "time_zone": time_zone}
    )
    return venue


def make_category(slug="seminar", name="Seminar", **translations):
    category, _created = EventCategory.objects.get_or_create(
        slug=slug, defaults={"name": name, **translations}
    )
    return category


def add_event(
    index,
    title,
    *,
    start,
    end=None,
    venue=None,
    publish=True,
    categories=(),
    changes=(),
    **fields,
):
    """Add an event; ``start``/``end`` are aware datetimes (end defaults to two hours on)."""
    venue = venue or make_venue()
    event = EventPage(
        title=title,
        slug=fields.pop("slug", None) or title.lower().replace(" ", "-")[:50],
        summary=fields.pop("summary", f"About {title}."),
        start=start,
        end=end or start + datetime.timedelta(hours=2),
        venue=venue,
        time_zone=fields.pop("time_zone", venue.time_zone),
        **fields,
    )
    event.categories = list(categories)
    event.date_changes = list(changes)
    event.live = publish
    index.add_child(instance=event)
    revision = event.save_revision()
    if publish:
        revision.publish()
    event.refresh_from_db()
    return event
