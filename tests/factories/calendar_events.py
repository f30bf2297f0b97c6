"""Events that calendar apps get wrong when a feed is careless: for the iCalendar tests."""

import datetime
import zoneinfo
from decimal import Decimal

from directory.models import Venue
from events.enums import DateChangeKind
from events.ical import STATUS
from events.models import EventDateChange
from tests.factories.events import PHNOM_PENH, TOKYO, add_event, make_category

PARIS = zoneinfo.ZoneInfo("Europe/Paris")
# Every date of the scenarios below falls in 2027.
YEAR_2027 = (
    datetime.datetime(2027, 1, 1, tzinfo=datetime.UTC),
    datetime.datetime(2028, 1, 1, tzinfo=datetime.UTC),
)


def add_association_meeting(index):
    """Second Tuesday of the month, 18:00 in Nagano, six times, with one date skipped,
    one cancelled, one moved and one extra date."""
    nagano, _created = Venue.objects.get_or_create(
        name="Nagano Prefectural Office",
        defaults={
            "address": "692-2 Habashita",
            "city": "Nagano",
            "country": "JP",
            "time_zone": "Asia/Tokyo",
            "latitude": Decimal("36.651289"),
            "longitude": Decimal("138.181224"),
        },
    )
    return add_event(
        index,
        "Association meeting",
        start=datetime.datetime(2027, 1, 12, 18, 0, tzinfo=TOKYO),
        venue=nagano,
        rrule="FREQ=MONTHLY;BYDAY=2TU;COUNT=6",
        categories=[make_category("association", "Association meeting")],
        changes=[
            EventDateChange(
                kind=DateChangeKind.SKIP, occurrence_date=datetime.date(2027, 2, 9)
            ),
            EventDateChange(
                kind=DateChangeKind.CANCEL,
                occurrence_date=datetime.date(2027, 3, 9),
                note="Snow",
            ),
            EventDateChange(
                kind=DateChangeKind.MOVE,
                occurrence_date=datetime.date(2027, 4, 13),
                new_start=datetime.datetime(2027, 4, 15, 19, 0, tzinfo=TOKYO),
                note="Moved to Thursday",
            ),
            EventDateChange(
                kind=DateChangeKind.ADD,
                new_start=datetime.datetime(2027, 7, 20, 18, 0, tzinfo=TOKYO),
            ),
        ],
    )


def add_paris_stop(index):
    """Mondays 10:00 in Paris until 5 April 2027 (included), across the change to
    summer time on 28 March; UNTIL is the end of 5 April in Paris, in UTC, as stored."""
    paris = Venue.objects.create(
        name="Maison du Japon", city="Paris", country="XX", time_zone="Europe/Paris"
    )
    return add_event(
        index,
        "Delegation stop in Paris",
        start=datetime.datetime(2027, 3, 22, 10, 0, tzinfo=PARIS),
        venue=paris,
        rrule="FREQ=WEEKLY;UNTIL=20270405T215959Z",
    )


def add_water_festival(index):
    """Two whole days in Phnom Penh: from midnight on 10 May to midnight after 11 May."""
    return add_event(
        index,
        "Water festival",
        start=datetime.datetime(2027, 5, 10, tzinfo=PHNOM_PENH),
        end=datetime.datetime(2027, 5, 12, tzinfo=PHNOM_PENH),
        all_day=True,
    )


def site_occurrences(events, window):
    """What the site shows of ``events`` in ``window`` (EventPage.occurrences), in the
    terms a calendar app shows: UID, start and end (UTC, or the dates of all-day
    events, the end excluded) and iCalendar STATUS."""
    return sorted(
        (
            event.uid,
            calendar_moment(o.start, event.zone if event.all_day else None),
            calendar_moment(o.end, event.zone if event.all_day else None),
            STATUS[o.status],
        )
        for event in events
        for o in event.occurrences(*window)
    )


def calendar_moment(value, zone=None):
    """An instant as ``2027-01-12T09:00:00Z``, or a date (of ``zone``) as ``2027-05-10``."""
    if zone is not None:
        value = value.astimezone(zone).date()
    if isinstance(value, datetime.datetime):
        return f"{value.astimezone(datetime.UTC):%Y-%m-%dT%H:%M:%SZ}"
    return value.isoformat()
