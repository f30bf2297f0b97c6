"""Schools' personal data is erased ``KIZUNA_EXCHANGE_DATA_RETENTION_DAYS`` after
their programme ends; what stays is how many schools and students there were per
country and state (ErasedRegistrationCount), with no name, address or number.

A programme ends when its calendar event ends, or, without an event, when its
registration closes. Erasure removes the registrations, the emails written to the
schools and the audit log's entries about them (which name the school and a refusal's
reason). A delegation made from a school belongs to the planner and stays.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Count, Sum
from django.utils import timezone
from wagtail.models import ModelLogEntry

from .models import ErasedRegistrationCount, ExchangeProgrammePage, Registration


@dataclass(frozen=True)
class Tally:
    country: str
    state: str
    registrations: int
    students: int


@dataclass(frozen=True)
class ProgrammeErasure:
    """What erasing one programme's registrations removes and keeps."""

    programme: ExchangeProgrammePage
    ended: datetime.datetime
    tallies: tuple[Tally, ...]

    @property
    def registrations(self):
        return sum(tally.registrations for tally in self.tallies)


def programme_end(programme):
    return programme.event.end if programme.event else programme.registration_closes


def due_erasures(now=None):
    """Each programme that ended more than the retention time ago and still holds
    registrations, with the counts that will stay of them."""
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(days=settings.KIZUNA_EXCHANGE_DATA_RETENTION_DAYS)
    programmes = (
        ExchangeProgrammePage.objects.filter(registrations__isnull=False)
        .select_related("event")
        .distinct()
        .order_by("pk")
    )
    return [
        erasure_of(programme)
        for programme in programmes
        if programme_end(programme) <= cutoff
    ]


def erasure_of(programme):
    """What erasing ``programme``'s registrations would remove and keep."""
    rows = (
        Registration.objects.filter(programme=programme)
        .order_by("country", "state")
        .values("country", "state")
        .annotate(registrations=Count("pk"), students=Sum("students"))
    )
    return ProgrammeErasure(
        programme=programme,
        ended=programme_end(programme),
        tallies=tuple(Tally(**row) for row in rows),
    )


def erase(erasure, now=None):
    """Keep the counts, then remove the programme's registrations and what names them."""
    now = now or timezone.now()
    with transaction.atomic():
        for tally in erasure.tallies:
            count, _created = ErasedRegistrationCount.objects.get_or_create(
                programme=erasure.programme,
                country=tally.country,
                state=tally.state,
                defaults={"registrations": 0, "students": 0, "erased_at": now},
            )
            count.registrations += tally.registrations
            count.students += tally.students
            count.erased_at = now
            count.save()
        registrations = Registration.objects.filter(programme=erasure.programme)
        ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(Registration),
            object_id__in=[
                str(pk) for pk in registrations.values_list("pk", flat=True)
            ],
        ).delete()
        # The emails to the schools go with their registrations (CASCADE).
        registrations.delete()
