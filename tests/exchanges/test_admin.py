"""Coordinators review registrations in the admin: the list per programme, its
filters, search and export, and each action counted by the capacity module."""

import csv
import io

import openpyxl
import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.forms.models import model_to_dict
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import ModelLogEntry
from wagtail.users.models import UserProfile

from exchanges import capacity
from exchanges.enums import EmailKind, RegistrationState
from exchanges.models import Registration
from exchanges.viewsets import RegistrationViewSet
from tests.exchanges.coordinators import coordinator
from tests.factories.exchanges import add_programme, school_request

pytestmark = pytest.mark.django_db

INDEX = "exchange_registrations:index"


@pytest.fixture
def logged_in(client):
    client.force_login(coordinator())
    return client


@pytest.fixture
def small(programme_index):
    """A programme of 6 places: school 1 holds 4, school 2 waits for 4, school 3 for 2."""
    programme = add_programme(
        programme_index, capacity=6, max_students_per_school=6, slug="small"
    )
    for number, students in ((1, 4), (2, 4), (3, 2)):
        capacity.register(programme, school_request(number, students=students))
    return programme


def registration(number):
    return Registration.objects.get(school_name=f"School {number}")


def rows(client, **query):
    response = client.get(reverse(INDEX), query)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return [
        [
            row.select_one("td.title a").get_text(strip=True),
            *(cell.get_text(" ", strip=True) for cell in row.select("td")[1:7]),
        ]
        for row in soup.select("tbody tr")
    ]


def action_url(name, number):
    return reverse(f"exchange_registrations:{name}", args=[registration(number).pk])


def test_the_list_shows_each_school_with_its_places_and_waiting_position(
    logged_in, small
):
    listed = rows(logged_in, programme=small.pk)

    assert [row[0] for row in listed] == ["School 1", "School 2", "School 3"]
    assert [(row[2], row[4], row[5]) for row in listed] == [
        ("Confirmed", "4 (4 held)", ""),
        ("On the waiting list", "4 (4 waiting)", "1"),
        ("Confirmed", "2 (2 held)", ""),
    ]


def test_filters_and_search_narrow_the_list(logged_in, small, programme_index):
    other = add_programme(programme_index, slug="other", title="Other exchange")
    capacity.register(
        other, school_request(4, country="KH", city="Phnom Penh", students=1)
    )

    assert [row[0] for row in rows(logged_in, state="waiting")] == ["School 2"]
    assert [row[0] for row in rows(logged_in, country="KH")] == ["School 4"]
    assert [row[0] for row in rows(logged_in, programme=other.pk)] == ["School 4"]
    assert [row[0] for row in rows(logged_in, q="Teacher 3")] == ["School 3"]
    assert [row[0] for row in rows(logged_in, q="phnom")] == ["School 4"]


def test_the_waiting_list_filtered_is_in_order_of_arrival(logged_in, programme_index):
    programme = add_programme(
        programme_index, capacity=2, max_students_per_school=2, slug="tiny"
    )
    for number in range(1, 5):
        capacity.register(programme, school_request(number, students=2))

    listed = rows(logged_in, programme=programme.pk, state="waiting")

    assert [(row[0], row[5]) for row in listed] == [
        ("School 2", "1"),
        ("School 3", "2"),
        ("School 4", "3"),
    ]


def test_the_list_runs_the_same_queries_for_more_schools(logged_in, programme_index):
    programme = add_programme(programme_index, capacity=40, slug="count")
    capacity.register(programme, school_request(1))
    logged_in.get(reverse(INDEX))

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert logged_in.get(reverse(INDEX)).status_code == 200
        return len(captured)

    before = queries()
    for number in range(2, 12):
        capacity.register(programme, school_request(number))
    assert queries() == before


def test_cancelling_offers_the_places_to_the_first_school_that_fits(logged_in, small):
    response = logged_in.post(action_url("cancel", 1))

    assert response.status_code == 302
    assert registration(1).state == RegistrationState.CANCELLED
    offered = registration(2)
    assert (offered.places_offered, offered.offer_expires_at is not None) == (4, True)
    assert list(offered.emails.values_list("kind", flat=True)) == [
        EmailKind.RECEIVED,
        EmailKind.OFFER,
    ]
    entry = ModelLogEntry.objects.get(action="exchanges.cancel")
    assert entry.object_id == str(registration(1).pk)
    assert entry.user.username == "coordinator"
    assert entry.message == "Cancelled the registration of “School 1”"


def test_refusing_needs_a_reason_and_sends_it_to_the_school(logged_in, small):
    empty = logged_in.post(action_url("reject", 1), {"reason": "  "})
    assert empty.status_code == 200
    assert "Give the school a reason for the refusal." in empty.content.decode()
    assert registration(1).state == RegistrationState.CONFIRMED

    logged_in.post(action_url("reject", 1), {"reason": "Ages outside the programme."})

    refused = registration(1)
    assert (refused.state, refused.refusal_reason) == (
        RegistrationState.REJECTED,
        "Ages outside the programme.",
    )
    assert refused.emails.last().kind == EmailKind.REJECTED
    assert registration(2).places_offered == 4
    assert ModelLogEntry.objects.get(action="exchanges.reject").message == (
        "Refused “School 1”: Ages outside the programme."
    )


def test_confirming_a_waiting_school_needs_free_places(logged_in, small):
    refused = logged_in.post(action_url("confirm", 2))
    assert refused.status_code == 200
    assert "This school needs 4 more places and only 0 are free." in (
        refused.content.decode()
    )
    assert registration(2).state == RegistrationState.WAITING

    capacity.reduce(registration(1), 1)  # frees 3; school 2 does not fit, stays first
    assert registration(2).places_offered == 0
    logged_in.post(action_url("change_students", 3), {"students": 1})
    # 4 places now free: the coordinator confirms school 2 before its offer arrives.
    assert logged_in.post(action_url("confirm", 2)).status_code == 302

    confirmed = registration(2)
    assert (confirmed.state, confirmed.places_held, confirmed.places_offered) == (
        RegistrationState.CONFIRMED,
        4,
        0,
    )
    assert confirmed.emails.last().kind == EmailKind.CONFIRMED
    assert Registration.objects.filter(programme=small).places_taken() == 6


def test_moving_a_school_to_the_waiting_list_serves_the_schools_ahead(logged_in, small):
    logged_in.post(action_url("move_to_waiting", 1))

    moved, first = registration(1), registration(2)
    assert (moved.state, moved.places_held, moved.places_waiting) == (
        RegistrationState.WAITING,
        0,
        4,
    )
    assert first.places_offered == 4
    assert moved.waiting_position() == 1
    assert moved.arrival > registration(3).arrival
    assert moved.emails.last().kind == EmailKind.MOVED_TO_WAITING


def test_more_students_wait_and_never_exceed_the_school_maximum(logged_in, small):
    too_many = logged_in.post(action_url("change_students", 3), {"students": 7})
    assert too_many.status_code == 200
    assert registration(3).students == 2

    logged_in.post(action_url("change_students", 3), {"students": 3})

    more = registration(3)
    assert (more.students, more.places_held, more.places_waiting) == (3, 2, 1)
    assert more.waiting_position() == 2
    assert ModelLogEntry.objects.get(action="exchanges.change_students").message == (
        "Changed the students of “School 3” to 3"
    )


def test_an_action_that_no_longer_applies_changes_nothing(logged_in, small):
    capacity.cancel(registration(1))

    response = logged_in.post(action_url("cancel", 1))

    assert response.status_code == 200
    assert "This action no longer applies to this school." in response.content.decode()
    assert not ModelLogEntry.objects.filter(action="exchanges.cancel").exists()


def test_the_listing_offers_only_the_actions_that_apply(logged_in, small):
    page = logged_in.get(reverse(INDEX)).content.decode()

    assert action_url("cancel", 1) in page
    assert action_url("confirm", 1) not in page
    assert action_url("confirm", 2) in page
    assert action_url("move_to_waiting", 2) not in page
    assert action_url("make_delegation", 1) in page
    assert action_url("make_delegation", 2) not in page


def test_nobody_adds_or_deletes_registrations_in_the_admin(admin_client, small):
    pk = registration(1).pk
    assert admin_client.get(reverse("exchange_registrations:add")).status_code in (
        302,
        403,
    )
    admin_client.post(reverse("exchange_registrations:delete", args=[pk]))
    assert Registration.objects.filter(pk=pk).exists()


def export(client, fmt, **query):
    response = client.get(reverse(INDEX), {"export": fmt, **query})
    assert response.status_code == 200
    return (
        b"".join(response.streaming_content)
        if response.streaming
        else (response.getvalue())
    )


def test_csv_export_lists_the_filtered_schools_with_their_contacts(logged_in, small):
    content = export(logged_in, "csv", state="waiting").decode()
    table = list(csv.DictReader(io.StringIO(content)))

    assert [(row["School name"], row["State"]) for row in table] == [
        ("School 2", "On the waiting list")
    ]
    assert table[0]["Contact teacher's email"] == "teacher2@school2.example"
    assert table[0]["Position on the waiting list"] == "1"


def test_xlsx_export_has_a_row_per_school(logged_in, small):
    workbook = openpyxl.load_workbook(io.BytesIO(export(logged_in, "xlsx")))
    sheet = workbook.active
    values = list(sheet.values)
    heading = list(values[0])

    schools = [row[heading.index("School name")] for row in values[1:]]
    assert schools == ["School 1", "School 2", "School 3"]
    assert [row[heading.index("Students")] for row in values[1:]] == [4, 4, 2]


@pytest.mark.parametrize(
    ("code", "title", "message"),
    [
        ("ja", "不受理にする", "不受理の理由を学校に示してください。"),
        ("km", "បដិសេធ", "សូមផ្តល់មូលហេតុនៃការបដិសេធដល់សាលា។"),
    ],
)
def test_coordinators_read_the_actions_in_their_language(
    client, small, code, title, message
):
    user = coordinator()
    UserProfile.objects.create(user=user, preferred_language=code)
    client.force_login(user)

    response = client.post(action_url("reject", 1), {"reason": ""})

    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one("h1").get_text(" ", strip=True).startswith(title)
    assert message in response.content.decode()


def test_the_programme_page_leads_coordinators_to_its_registrations(
    client, admin_client, small, programme_index
):
    editor = reverse("wagtailadmin_pages:edit", args=[small.pk])
    explorer = reverse("wagtailadmin_explore", args=[programme_index.pk])
    registrations = f"{reverse(INDEX)}?programme={small.pk}"

    assert registrations in admin_client.get(editor).content.decode()
    assert registrations in admin_client.get(explorer).content.decode()
    editor_user = get_user_model().objects.create_user("editor", password="pw")
    editor_user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor_user)
    assert client.get(editor).status_code == 200
    assert registrations not in client.get(editor).content.decode()


def test_correcting_contact_details_leaves_the_places_counted_meanwhile(small):
    """The edit view loads the registration, then saves it: a change of places
    between the two (the school cancels through its link) must survive the save."""
    loaded = registration(1)
    form_class = RegistrationViewSet("check").get_form_class(for_update=True)
    data = model_to_dict(loaded, fields=list(form_class.base_fields))
    form = form_class({**data, "teacher_phone": "+81312345678"}, instance=loaded)
    assert form.is_valid(), form.errors
    capacity.cancel(registration(1))

    form.save()

    corrected = registration(1)
    assert (corrected.teacher_phone, corrected.state, corrected.places_held) == (
        "+81312345678",
        RegistrationState.CANCELLED,
        0,
    )
    assert registration(2).places_offered == 4
