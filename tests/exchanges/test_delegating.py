"""A confirmed school becomes a delegation of the planner."""

import datetime
import zoneinfo

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry

from delegations.enums import Direction, MemberRole
from delegations.models import Delegation
from directory.enums import OrganisationKind
from directory.models import Organisation
from exchanges import capacity
from exchanges.delegating import DelegatingError, make_delegation
from tests.exchanges.coordinators import coordinator
from tests.factories.events import add_event
from tests.factories.exchanges import add_programme, school_request

pytestmark = pytest.mark.django_db

TOKYO = zoneinfo.ZoneInfo("Asia/Tokyo")


@pytest.fixture
def programme(programme_index, event_index):
    host = Organisation.objects.create(
        name="Nagano Prefecture", slug="nagano", kind=OrganisationKind.LOCAL_GOVERNMENT
    )
    event = add_event(
        event_index,
        "Summer exchange week",
        start=datetime.datetime(2027, 7, 26, 9, tzinfo=TOKYO),
        end=datetime.datetime(2027, 8, 1, 0, tzinfo=TOKYO),
        time_zone="Asia/Tokyo",
    )
    return add_programme(
        programme_index,
        capacity=4,
        max_students_per_school=4,
        event=event,
        host_organisation=host,
        title_ja="長野・プノンペン夏の交流",
    )


def kh_school(number, **fields):
    return school_request(
        number,
        school_name="Hun Sen Bak Touk High School",
        country="KH",
        city="Phnom Penh",
        teacher_name="Sok Dara",
        teacher_email="dara@baktouk.example",
        teacher_phone="+85512345678",
        language="km",
        **fields,
    )


def test_a_confirmed_school_becomes_a_delegation_with_its_teacher(programme):
    registration = capacity.register(programme, kh_school(1, students=3))

    delegation = make_delegation(registration)

    assert (delegation.name_en, delegation.name_ja) == (
        "Hun Sen Bak Touk High School — Nagano–Phnom Penh summer exchange",
        "Hun Sen Bak Touk High School — 長野・プノンペン夏の交流",
    )
    assert (delegation.first_day, delegation.last_day) == (
        datetime.date(2027, 7, 26),
        datetime.date(2027, 7, 31),
    )
    assert delegation.direction == Direction.CAMBODIA_TO_JAPAN
    assert delegation.host_time_zone == "Asia/Tokyo"
    school = delegation.visiting_organisations.get()
    assert (school.name, school.country, school.kind) == (
        "Hun Sen Bak Touk High School",
        "KH",
        OrganisationKind.SCHOOL,
    )
    assert list(delegation.hosting_organisations.values_list("slug", flat=True)) == [
        "nagano"
    ]
    assert list(delegation.related_events.all()) == [programme.event]
    member = delegation.members.get()
    assert (
        member.name,
        member.email,
        member.phone,
        member.role,
        member.preferred_language,
    ) == ("Sok Dara", "dara@baktouk.example", "+85512345678", MemberRole.HEAD, "km")
    registration.refresh_from_db()
    assert registration.delegation == delegation


def test_the_school_already_in_the_directory_is_reused(programme):
    known = Organisation.objects.create(
        name="Hun Sen Bak Touk high school", slug="bak-touk", country="KH"
    )
    registration = capacity.register(programme, kh_school(1))

    delegation = make_delegation(registration)

    assert list(delegation.visiting_organisations.all()) == [known]
    assert Organisation.objects.filter(country="KH").count() == 1


def test_only_a_confirmed_school_and_only_once(programme):
    confirmed = capacity.register(programme, school_request(1, students=4))
    waiting = capacity.register(programme, kh_school(2, students=2))

    with pytest.raises(DelegatingError) as refused:
        make_delegation(waiting)
    assert str(refused.value) == "Only a confirmed school can become a delegation."

    make_delegation(confirmed)
    with pytest.raises(DelegatingError) as again:
        make_delegation(confirmed)
    assert str(again.value) == "This school already has its delegation."
    assert Delegation.objects.count() == 1


def test_a_programme_without_dates_makes_no_delegation(programme_index):
    undated = add_programme(programme_index, slug="undated")
    registration = capacity.register(undated, school_request(1))

    with pytest.raises(DelegatingError) as refused:
        make_delegation(registration)

    assert str(refused.value) == (
        "The programme has no event in the calendar to give its dates."
    )
    assert Delegation.objects.count() == 0


def test_the_coordinator_makes_it_from_the_list_and_lands_on_it(client, programme):
    registration = capacity.register(programme, kh_school(1))
    client.force_login(coordinator())

    response = client.post(
        reverse("exchange_registrations:make_delegation", args=[registration.pk])
    )

    delegation = Delegation.objects.get()
    assert (response.status_code, response.url) == (
        302,
        reverse("delegations:inspect", args=[delegation.pk]),
    )
    assert ModelLogEntry.objects.get(action="exchanges.make_delegation").message == (
        f"Made “Hun Sen Bak Touk High School” the delegation “{delegation.name}”"
    )
    assert client.get(response.url).status_code == 200
