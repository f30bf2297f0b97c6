"""The demo directory: organisations, people and venues, found again by slug or name."""

from directory.models import Organisation, Person, Venue

from .content.calendar import VENUES
from .content.people import ORGANISATIONS, PEOPLE
from .languages import translated


class DemoDirectory:
    """Adds the missing organisations, people and venues for a DemoLoader."""

    def __init__(self, loader):
        self.loader = loader
        self.organisations, self.people, self.venues = {}, {}, {}

    def load(self):
        self.organisations = {
            slug: self.organisation(slug, spec) for slug, spec in ORGANISATIONS.items()
        }
        self.people = {key: self.person(spec) for key, spec in PEOPLE.items()}
        self.venues = {key: self.venue(spec) for key, spec in VENUES.items()}
        return self

    def organisation(self, slug, spec):
        fields = {
            "kind": spec["kind"],
            "country": spec["country"],
            "website": spec.get("website", ""),
            **translated("name", spec["name"]),
        }
        if "short_name" in spec:
            fields.update(translated("short_name", spec["short_name"]))
        organisation, created = Organisation.objects.get_or_create(
            slug=slug, defaults=fields
        )
        self.loader.record(Organisation, created)
        return organisation

    def person(self, spec):
        person, created = Person.objects.get_or_create(
            name_en=spec["name"]["en"],
            defaults={
                "organisation": self.organisations[spec["organisation"]],
                **translated("name", spec["name"]),
                **translated("role", spec["role"]),
            },
        )
        self.loader.record(Person, created)
        return person

    def venue(self, spec):
        fields = {
            "country": spec["country"],
            "time_zone": spec["time_zone"],
            **translated("name", spec["name"]),
            **translated("city", spec["city"]),
        }
        if "address" in spec:
            fields.update(translated("address", spec["address"]))
        if "coordinates" in spec:
            fields["latitude"], fields["longitude"] = spec["coordinates"]
        venue, created = Venue.objects.get_or_create(
            name_en=spec["name"]["en"], defaults=fields
        )
        self.loader.record(Venue, created)
        return venue
