"""A confirmed school becomes a delegation of the planner: the school as visiting
organisation (found in the directory or added to it), its contact teacher as the
delegation's head, the programme's dates, host and event."""

import datetime

from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from delegations.enums import Direction, Language, MemberRole
from delegations.models import Delegation, Member
from directory.enums import Country, OrganisationKind
from directory.models import Organisation

from .enums import RegistrationState
from .models import Registration

LANGUAGE_CODES = ("en", "ja", "km")
# A school from Japan visits Cambodia, one from Cambodia visits Japan.
DIRECTIONS = {
    Country.JAPAN: Direction.JAPAN_TO_CAMBODIA,
    Country.CAMBODIA: Direction.CAMBODIA_TO_JAPAN,
}


class DelegatingError(Exception):
    """Why a registration cannot become a delegation, in the coordinator's language."""

    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


def make_delegation(registration):
    """The new delegation of a confirmed ``registration``, linked back to it."""
    registration = Registration.objects.select_related(
        "programme__event", "programme__host_organisation"
    ).get(pk=registration.pk)
    if registration.state != RegistrationState.CONFIRMED:
        raise DelegatingError(_("Only a confirmed school can become a delegation."))
    if registration.delegation_id:
        raise DelegatingError(_("This school already has its delegation."))
    programme = registration.programme
    event = programme.event
    if event is None:
        raise DelegatingError(
            _("The programme has no event in the calendar to give its dates.")
        )
    first_day, last_day = event_days(event)
    with transaction.atomic():
        delegation = Delegation.objects.create(
            **{
                f"name_{code}": "{} — {}".format(
                    registration.school_name,
                    getattr(programme, f"title_{code}", "") or programme.title,
                )
                for code in LANGUAGE_CODES
            },
            purpose=programme.summary,
            direction=DIRECTIONS.get(registration.country, Direction.OTHER),
            first_day=first_day,
            last_day=last_day,
            host_time_zone=programme.time_zone,
        )
        delegation.visiting_organisations.add(school_organisation(registration))
        if programme.host_organisation:
            delegation.hosting_organisations.add(programme.host_organisation)
        delegation.related_events.add(event)
        Member.objects.create(
            delegation=delegation,
            name=registration.teacher_name,
            role=MemberRole.HEAD,
            preferred_language=registration.language
            if registration.language in Language.values
            else Language.ENGLISH,
            email=registration.teacher_email,
            phone=registration.teacher_phone,
        )
        # Set on the row as it stands, so no place counted meanwhile is overwritten;
        # a school confirmed no more, or delegated meanwhile, gets no second one.
        linked = Registration.objects.filter(
            pk=registration.pk,
            state=RegistrationState.CONFIRMED,
            delegation__isnull=True,
        ).update(delegation=delegation)
        if not linked:
            transaction.set_rollback(True)
            raise DelegatingError(_("This school changed meanwhile: try again."))
    return delegation


def event_days(event):
    """The event's first and last day on its own clock (an end at midnight ends the
    day before)."""
    start = event.start.astimezone(event.zone)
    end = event.end.astimezone(event.zone)
    last_day = end.date()
    if end.time() == datetime.time(0) and end.date() > start.date():
        last_day -= datetime.timedelta(days=1)
    return start.date(), last_day


def school_organisation(registration):
    """The directory's organisation of the school's name and country, added if none."""
    found = Organisation.objects.filter(
        name__iexact=registration.school_name, country=registration.country
    ).first()
    if found:
        return found
    base = slugify(registration.school_name) or "school"
    slug, number = base, 1
    while Organisation.objects.filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return Organisation.objects.create(
        name=registration.school_name,
        slug=slug,
        kind=OrganisationKind.SCHOOL,
        country=registration.country,
    )
