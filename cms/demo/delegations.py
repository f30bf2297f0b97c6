"""The demo delegations: the Nagano mission, the CLAIR seminar and the minister's
planned visit, with the directory entries they need beyond the news and calendar's.

Found again by slug, like the rest of the demo: a delegation that exists is kept as
it is, members and items included. Times in the content are local to each item's
place (a journey's end local to where it arrives) and stored as UTC instants.
"""

import zoneinfo

from delegations.enums import CITY_PLACES
from delegations.models import Delegation, ItineraryItem, Member
from events.models import EventPage
from news.models import NewsArticlePage

from .content.delegations import DELEGATIONS, ORGANISATIONS, PEOPLE, VENUES
from .languages import translated


class DemoDelegations:
    """Adds the missing demo delegations for a DemoLoader."""

    def __init__(self, loader, directory):
        self.loader = loader
        self.directory = directory

    def load(self):
        directory = self.directory
        for slug, spec in ORGANISATIONS.items():
            directory.organisations[slug] = directory.organisation(slug, spec)
        for key, spec in PEOPLE.items():
            directory.people[key] = directory.person(spec)
        for key, spec in VENUES.items():
            directory.venues[key] = directory.venue(spec)
        for spec in DELEGATIONS:
            self.delegation(spec)

    def delegation(self, spec):
        exists = Delegation.objects.filter(slug=spec["slug"]).exists()
        self.loader.record(Delegation, created=not exists)
        if exists:
            return
        delegation = Delegation(
            slug=spec["slug"],
            direction=spec["direction"],
            status=spec["status"],
            visibility=spec["visibility"],
            host_time_zone=spec["host_time_zone"],
            first_day=spec["first_day"],
            last_day=spec["last_day"],
            lead_planner=self.loader.user,
            **translated("name", spec["name"]),
            **translated("purpose", spec["purpose"]),
        )
        delegation.full_clean()
        delegation.save()
        organisations = self.directory.organisations
        delegation.hosting_organisations.set(
            [organisations[slug] for slug in spec["hosting"]]
        )
        delegation.visiting_organisations.set(
            [organisations[slug] for slug in spec["visiting"]]
        )
        delegation.related_events.set(
            EventPage.objects.filter(slug__in=spec["related_events"])
        )
        delegation.related_news.set(
            NewsArticlePage.objects.filter(slug__in=spec["related_news"])
        )
        members = {
            key: self.member(delegation, member)
            for key, member in spec["members"].items()
        }
        for item in spec["items"]:
            self.item(delegation, item, members)

    def member(self, delegation, spec):
        person = self.directory.people.get(spec.get("person"))
        fields = {key: value for key, value in spec.items() if key != "person"}
        member = Member(delegation=delegation, person=person, **fields)
        member.full_clean()
        member.save()
        self.loader.record(Member, True)
        return member

    def item(self, delegation, spec, members):
        venue = self.directory.venues.get(spec.get("venue"))
        start_zone, end_zone = item_zones(spec, venue)
        item = ItineraryItem(
            delegation=delegation,
            kind=spec["kind"],
            venue=venue,
            city=spec.get("city", ""),
            from_city=spec.get("from", ""),
            to_city=spec.get("to", ""),
            travel_mode=spec.get("mode", ""),
            start=spec["start"].replace(tzinfo=start_zone),
            end=spec["end"].replace(tzinfo=end_zone),
            is_public=spec.get("public", False),
            internal_notes=spec.get("notes", ""),
            **translated("title", spec["title"]),
            **(
                translated("public_description", spec["description"])
                if "description" in spec
                else {}
            ),
        )
        item.full_clean()
        item.save()
        item.counterpart_organisations.set(
            [
                self.directory.organisations[slug]
                for slug in spec.get("organisations", ())
            ]
        )
        item.counterpart_people.set(
            [self.directory.people[key] for key in spec.get("people", ())]
        )
        item.attendees.set([members[key] for key in spec.get("attendees", ())])
        self.loader.record(ItineraryItem, True)


def item_zones(spec, venue):
    """(start zone, end zone) of an item: a journey's ends lie in their cities' zones."""
    if "from" in spec:
        return zone_of(spec["from"]), zone_of(spec["to"])
    zone = zoneinfo.ZoneInfo(venue.time_zone) if venue else zone_of(spec["city"])
    return zone, zone


def zone_of(city):
    return zoneinfo.ZoneInfo(CITY_PLACES[city][1])
