"""A school registers in Khmer and sees its place on the waiting list; a coordinator
cancels another school in the admin; the Khmer school's offer arrives by email, in
Khmer, and the school opens its signed link and accepts the places."""

import re
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.utils import translation
from playwright.sync_api import expect

from core.languages import local_digits
from exchanges import capacity
from exchanges.enums import RegistrationState
from exchanges.models import Registration
from tests.browser.axe import describe, serious_violations
from tests.exchanges.coordinators import coordinator
from tests.factories.exchanges import add_programme, add_programme_index, school_request
from tests.tasks import run_background_tasks

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "correct-horse-battery-staple"
KHMER_TEACHER = "dara@baktouk.example"


def khmer(message, **values):
    with translation.override("km"):
        return translation.gettext(message) % values


def khmer_digits(number):
    with translation.override("km"):
        return local_digits(str(number))


def register_in_khmer(page, programme):
    page.goto(f"/km/{programme.get_parent().slug}/{programme.slug}/register/")
    fields = {
        "school_name": "វិទ្យាល័យបាក់ទូក",
        "city": "ភ្នំពេញ",
        "teacher_name": "សុខ ដារា",
        "teacher_email": KHMER_TEACHER,
        "teacher_phone": "012 345 678",
        "students": "3",
        "teachers": "1",
        "min_age": "13",
        "max_age": "14",
    }
    page.locator("#id_country").select_option("KH")
    for name, value in fields.items():
        page.locator(f"#id_{name}").fill(value)
    page.locator("#id_consent").check()
    page.get_by_role("button", name=khmer("Send the registration")).click()


def test_a_cancellation_in_the_admin_offers_the_khmer_school_its_places(
    page, site_tree, axe_source
):
    home = site_tree[0]
    programme = add_programme(
        add_programme_index(home), capacity=4, max_students_per_school=4
    )
    capacity.register(programme, school_request(1, students=4))

    register_in_khmer(page, programme)
    outcome = page.locator("#outcome-heading")
    expect(outcome).to_have_text(
        khmer("On the waiting list: number %(pos)s.", pos=khmer_digits(1))
    )
    school = Registration.objects.get(teacher_email=KHMER_TEACHER)
    assert (school.state, school.places_waiting, school.language) == (
        RegistrationState.WAITING,
        3,
        "km",
    )

    coordinator("coordinator", PASSWORD)
    page.goto("/admin/login/")
    page.get_by_label("Username").fill("coordinator")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("button", name="School exchanges").click()
    page.get_by_role("link", name="School registrations").click()
    row = page.locator("tbody tr", has_text="School 1")
    row.get_by_role("button", name=re.compile("More options")).click()
    row.get_by_role("link", name="Cancel", exact=True).click()
    page.get_by_role("button", name="Cancel the registration").click()
    expect(page.get_by_text("School 1 is cancelled")).to_be_visible()
    waiting_row = page.locator("tbody tr", has_text="វិទ្យាល័យបាក់ទូក")
    expect(waiting_row).to_contain_text("3 (3 offered)")

    run_background_tasks()
    [offer] = [
        message
        for message in mail.outbox
        if message.to == [KHMER_TEACHER]
        and message.subject
        == khmer("Places offered to you in %(title)s", title=programme.title)
    ]
    link = re.search(r"https?://\S+/registration/\S+/", offer.body).group(0)
    assert link.startswith(("http://localhost/km/", "http://testserver/km/"))

    page.goto(urlsplit(link).path)
    expect(outcome).to_contain_text(khmer_digits(3))
    violations = serious_violations(page, axe_source)
    assert violations == [], describe(violations)
    page.get_by_role("button", name=khmer("Accept the places")).click()
    expect(page.get_by_role("status")).to_have_text(
        khmer("You accepted the places offered: they are confirmed.")
    )
    school.refresh_from_db()
    assert (school.state, school.places_held, school.places_offered) == (
        RegistrationState.CONFIRMED,
        3,
        0,
    )
