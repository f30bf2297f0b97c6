"""The demo calendar: the events index, categories and events.

Found again like the rest of the demo: the one events index whatever its slug now,
categories and events by slug. Dates
still to come are counted from the day of the run, so a later run, on whatever day,
only adds the events that are missing and never moves one that exists.
"""

import datetime
from zoneinfo import ZoneInfo

from dateutil.relativedelta import relativedelta

from events.enums import DateChangeKind, EventStatus
from events.models import (
    EventCategory,
    EventDateChange,
    EventIndexPage,
    EventPage,
)

from .content.calendar import CATEGORIES, EVENT_INDEX
from .content.events import EVENTS
from .languages import translated


class DemoEvents:
    """Adds the missing parts of the demo calendar for a DemoLoader."""

    def __init__(self, loader, directory, *, today):
        # The DemoLoader lends its counts and the way it publishes; the directory its
        # organisations and venues.
        self.loader = loader
        self.directory = directory
        self.today = today
        self.categories = {}

    def load(self, home):
        index = self.event_index(home)
        self.categories = {
            slug: self.category(slug, name) for slug, name in CATEGORIES.items()
        }
        for spec in EVENTS:
            self.event(index, spec)

    def event_index(self, home):
        # There is only ever one events index (EventIndexPage.max_count), whatever its slug.
        index = EventIndexPage.objects.first()
        self.loader.record(EventIndexPage, created=not index)
        if not index:
            index = EventIndexPage(
                slug="events",
                show_in_menus=True,
                **translated("title", EVENT_INDEX["title"]),
                **translated("intro", EVENT_INDEX["intro"]),
            )
            self.loader.publish(home, index)
        return index

    def category(self, slug, name):
        category, created = EventCategory.objects.get_or_create(
            slug=slug, defaults=translated("name", name)
        )
        self.loader.record(EventCategory, created)
        return category

    def event(self, index, spec):
        exists = EventPage.objects.filter(slug=spec["slug"]).exists()
        self.loader.record(EventPage, created=not exists)
        if exists:
            return
        venue = self.directory.venues.get(spec.get("venue"))
        time_zone = venue.time_zone if venue else spec["time_zone"]
        start, end = self.first_dates(spec, ZoneInfo(time_zone))
        event = EventPage(
            slug=spec["slug"],
            venue=venue,
            time_zone=time_zone,
            all_day="times" not in spec,
            start=start,
            end=end,
            rrule=spec.get("rrule", ""),
            status=spec.get("status", EventStatus.CONFIRMED),
            organiser=self.directory.organisations[spec["organiser"]],
            categories=[self.categories[slug] for slug in spec["categories"]],
            **translated("title", spec["title"]),
            **translated("summary", spec["summary"]),
            **(
                translated("status_note", spec["status_note"])
                if "status_note" in spec
                else {}
            ),
        )
        event.date_changes = [
            cancellation(event, item) for item in spec.get("cancelled_occurrences", [])
        ]
        self.loader.publish(index, event)

    def first_dates(self, spec, zone):
        """(start, end) of the event's first date, from its local day and times."""
        day = self.day(spec["day"])
        if "times" in spec:
            start, end = spec["times"]
            return (
                datetime.datetime.combine(day, start, zone),
                datetime.datetime.combine(day, end, zone),
            )
        # All day: from midnight of the first day to midnight after the last one.
        after = day + datetime.timedelta(days=spec.get("days", 1))
        return (
            datetime.datetime.combine(day, datetime.time(), zone),
            datetime.datetime.combine(after, datetime.time(), zone),
        )

    def day(self, day):
        """A date as it is; a relativedelta as the first date it names after today."""
        if isinstance(day, datetime.date):
            return day
        coming = self.today + day
        if coming > self.today:
            return coming
        # A rule naming a month (``month=5``) whose day this year has passed.
        return self.today + relativedelta(years=+1) + day


def cancellation(event, spec):
    """The ``number``th date of ``event``'s series, cancelled with a note."""
    occurrence = event.occurrences()[spec["number"] - 1]
    return EventDateChange(
        kind=DateChangeKind.CANCEL,
        occurrence_date=occurrence.start.astimezone(event.zone).date(),
        **translated("note", spec["note"]),
    )
