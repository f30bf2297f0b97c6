"""A Cambodian school registers in Khmer for a full programme, first missing a field,
then joins the waiting list and sees its position on its own page."""

import pytest
from django.utils import translation
from playwright.sync_api import expect

from exchanges import capacity
from exchanges.models import Registration
from tests.browser.test_accessibility import describe, serious_violations
from tests.factories.exchanges import (
    add_programme,
    add_programme_index,
    school_request,
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def in_khmer(text, **values):
    with translation.override("km"):
        translated = translation.gettext(text)
    return translated % values if values else translated


def assert_accessible(page, axe_source):
    violations = serious_violations(page, axe_source)
    assert violations == [], describe(violations)


@pytest.fixture
def full_programme(site_tree):
    """Four places, all taken, and one school already waiting."""
    programme = add_programme(
        add_programme_index(site_tree[0]),
        title_km="កម្មវិធីផ្លាស់ប្តូររដូវក្តៅ",
        capacity=4,
        max_students_per_school=4,
    )
    capacity.register(programme, school_request(1, students=4))
    capacity.register(programme, school_request(2, students=3))
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
