"""The demo school exchanges: an open programme with schools registered in each
language, a full one with a waiting list and a live offer, and a past one whose
schools' personal data has been erased as ``erase_exchange_data`` erases it.

Schools register through the exchanges' own capacity functions, as the form does;
each demo school has a fixed form token, so a second run finds its registration
instead of adding another. Windows are counted from the day of the run.
"""

import datetime
import uuid

from django.utils import timezone

from events.models import EventPage
from exchanges import capacity
from exchanges.erasure import erase, erasure_of
from exchanges.models import (
    ErasedRegistrationCount,
    ExchangeProgrammeIndexPage,
    ExchangeProgrammePage,
    Registration,
)

from .content.exchanges import INDEX, PROGRAMMES
from .languages import translated

# The namespace of the demo schools' form tokens (uuid5 of their keys).
TOKENS = uuid.UUID("6f1d3a52-8f0e-4a55-9d1f-4b7c2e0a9d10")


class DemoExchanges:
    """Adds the missing demo programmes and registrations for a DemoLoader."""

    def __init__(self, loader, directory):
        self.loader = loader
        self.directory = directory

    def load(self, home):
        index = self.programme_index(home)
        for spec in PROGRAMMES:
            programme = self.programme(index, spec)
            if spec.get("erased"):
                self.erased_registrations(programme, spec)
                continue
            made = [
                (self.registration(programme, school), school)
                for school in spec["registrations"]
            ]
            # Reductions come after everyone registered, so that the places they
            # free go to the waiting list as offers.
            for registration, school in made:
                if registration and school["reduce_to"]:
                    capacity.reduce(registration, school["reduce_to"])

    def programme_index(self, home):
        index = ExchangeProgrammeIndexPage.objects.first()
        self.loader.record(ExchangeProgrammeIndexPage, created=not index)
        if not index:
            index = ExchangeProgrammeIndexPage(
                slug="exchanges",
                show_in_menus=True,
                **translated("title", INDEX["title"]),
                **translated("intro", INDEX["intro"]),
            )
            self.loader.publish(home, index)
        return index

    def programme(self, index, spec):
        programme = ExchangeProgrammePage.objects.filter(slug=spec["slug"]).first()
        self.loader.record(ExchangeProgrammePage, created=not programme)
        if programme:
            return programme
        event = EventPage.objects.get(slug=spec["event"])
        now = timezone.now()
        organisations = self.directory.organisations
        programme = ExchangeProgrammePage(
            slug=spec["slug"],
            event=event,
            host_organisation=organisations[spec["host"]],
            visiting_organisation=organisations[spec["visiting"]],
            time_zone=spec["time_zone"],
            registration_opens=(
                now - datetime.timedelta(days=spec["opened_days_ago"])
                if "opened_days_ago" in spec
                else event.start
                - datetime.timedelta(days=spec["opens_days_before_event"])
            ),
            registration_closes=event.start
            - datetime.timedelta(days=spec["closes_days_before_event"]),
            capacity=spec["capacity"],
            max_students_per_school=spec["max_students_per_school"],
            min_age=spec["min_age"],
            max_age=spec["max_age"],
            **translated("title", spec["title"]),
            **translated("summary", spec["summary"]),
            **translated("description", spec["description"]),
        )
        self.loader.publish(index, programme)
        return programme

    def erased_registrations(self, programme, spec):
        """A past programme's schools, registered while it was open, then erased
        (a second run finds the counts and registers no one again)."""
        erased = programme.erased_counts.exists()
        self.loader.record(ErasedRegistrationCount, created=not erased)
        if erased:
            return
        during = programme.registration_opens + datetime.timedelta(days=1)
        for school in spec["registrations"]:
            self.registration(programme, school, now=during)
        erase(erasure_of(programme))

    def registration(self, programme, school, now=None):
        token = uuid.uuid5(TOKENS, f"{programme.slug}/{school['key']}")
        exists = programme.registrations.filter(idempotency_key=token).exists()
        self.loader.record(Registration, created=not exists)
        if exists:
            return None
        fields = {
            name: school[name]
            for name in capacity.SchoolRequest.__dataclass_fields__
            if name in school
        }
        return capacity.register(
            programme, capacity.SchoolRequest(idempotency_key=token, **fields), now=now
        )
