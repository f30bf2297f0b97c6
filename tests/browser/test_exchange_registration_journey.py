"""A Cambodian school registers in Khmer for a full programme, first missing a field,
then joins the waiting list and sees its position on its own page; a coordinator
cancels the confirmed school in the admin, the Khmer school's offer arrives by email
in Khmer, and the school opens the signed link and accepts the places."""

import re
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.utils import translation
from playwright.sync_api import expect

from exchanges import capacity
from exchanges.enums import RegistrationState
from exchanges.models import Registration
from tests.browser.test_accessibility import describe, serious_violations
from tests.exchanges.coordinators import coordinator
from tests.factories.exchanges import (
    add_programme,
    add_programme_index,
    school_request,
)
from tests.tasks import run_background_tasks

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "correct-horse-battery-staple"


def in_khmer(text, **values):
    with translation.override("km"):
        translated = translation.gettext(text)
    return translated % values if values else translated


def assert_accessible(page, axe_source):
    violations = serious_violations(page, axe_source)
    assert violations == [], describe(violations)


@pytest.fixture
def full_programme(site_tree):
    """Four places, all taken, and one school of two already waiting."""
    programme = add_programme(
        add_programme_index(site_tree[0]),
        title_km="កម្មវិធីផ្លាស់ប្តូររដូវក្តៅ",
        capacity=4,
        max_students_per_school=4,
    )
    capacity.register(programme, school_request(1, students=4))
    capacity.register(programme, school_request(2, students=2))
    return programme


def test_a_khmer_school_joins_the_waiting_list_and_sees_its_position(
    page, live_server, axe_source, full_programme
):
    page.goto("/km/exchanges/summer-exchange/")
    expect(page.locator("#window-heading")).to_have_text(
        in_khmer("Full — new registrations join the waiting list")
    )
    page.get_by_role("link", name=in_khmer("Register a school")).click()
    assert_accessible(page, axe_source)

    page.get_by_label(in_khmer("School name")).fill("វិទ្យាល័យព្រះស៊ីសុវត្ថិ")
    page.get_by_label(in_khmer("Country")).select_option("KH")
    page.get_by_label(in_khmer("City")).fill("ភ្នំពេញ")
    page.get_by_label(in_khmer("Contact teacher's name")).fill("សុខ ដារា")
    page.get_by_label(in_khmer("Contact teacher's email")).fill("dara@sisowath.example")
    page.get_by_label(in_khmer("Contact teacher's phone")).fill("012 345 678")
    page.get_by_label(in_khmer("Students"), exact=True).fill("2")
    page.get_by_label(in_khmer("Accompanying teachers")).fill("1")
    page.get_by_label(in_khmer("Youngest student's age")).fill("13")
    page.get_by_label(in_khmer("Oldest student's age")).fill("14")
    # Forgets the consent first.
    page.get_by_role("button", name=in_khmer("Send the registration")).click()
    expect(page.locator("#id_consent_error")).to_have_text(
        in_khmer("Registration needs your consent to the privacy notice.")
    )
    assert_accessible(page, axe_source)
    assert not Registration.objects.filter(school_name__startswith="វិទ្យាល័យ").exists()

    page.get_by_label(
        in_khmer(
            "I agree that the coordinators keep these details to run the programme, "
            "as the privacy notice says."
        )
    ).check()
    page.get_by_role("button", name=in_khmer("Send the registration")).click()

    expect(page.locator("#outcome-heading")).to_have_text(
        in_khmer("On the waiting list: number %(pos)s.", pos="២")
    )
    assert_accessible(page, axe_source)
    registration = Registration.objects.get(school_name="វិទ្យាល័យព្រះស៊ីសុវត្ថិ")
    assert registration.language == "km"
    assert registration.teacher_phone == "+85512345678"
    assert registration.waiting_position() == 2

    cancel_in_the_admin(page, "School 1")
    # The four places freed go down the waiting list: two to School 2, two to us.
    expect(page.locator("tbody tr", has_text="វិទ្យាល័យព្រះស៊ីសុវត្ថិ")).to_contain_text(
        "2 (2 offered)"
    )

    run_background_tasks()
    [offer] = [
        message
        for message in mail.outbox
        if message.to == ["dara@sisowath.example"]
        and message.subject
        == in_khmer("Places offered to you in %(title)s", title=full_programme.title_km)
    ]
    link = re.search(r"https?://\S+/km/\S+/registration/\S+/", offer.body).group(0)
    page.goto(urlsplit(link).path)
    with translation.override("km"):
        offered = translation.ngettext(
            "%(offered)s place is offered to you.",
            "%(offered)s places are offered to you.",
            2,
        ) % {"offered": "២"}
    expect(page.locator("#outcome-heading")).to_have_text(offered)
    assert_accessible(page, axe_source)
    page.get_by_role("button", name=in_khmer("Accept the places")).click()
    expect(page.get_by_role("status")).to_have_text(
        in_khmer("You accepted the places offered: they are confirmed.")
    )
    registration.refresh_from_db()
    assert (registration.state, registration.places_held) == (
        RegistrationState.CONFIRMED,
        2,
    )


def cancel_in_the_admin(page, school):
    """A coordinator signs in and cancels ``school`` from the registrations list."""
    coordinator("coordinator", PASSWORD)
    page.goto("/admin/login/")
    page.get_by_label("Username").fill("coordinator")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("button", name="School exchanges").click()
    page.get_by_role("link", name="School registrations").click()
    row = page.locator("tbody tr", has_text=school)
    row.get_by_role("button", name=re.compile("More options")).click()
    row.get_by_role("link", name="Cancel", exact=True).click()
    page.get_by_role("button", name="Cancel the registration").click()
    expect(page.get_by_text(f"{school} is cancelled")).to_be_visible()
