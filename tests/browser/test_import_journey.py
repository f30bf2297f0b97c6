"""An editor imports a partner's calendar: upload, preview, import the rest, report."""

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from events.models import CalendarSource, EventPage
from tests.browser.axe import describe, serious_violations
from tests.events.test_import import ics, vevent
from tests.factories.events import add_event_index

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "correct-horse-battery-staple"
PARTNER_FILE = ics(
    *vevent(
        "fair@moeys.example",
        "Book fair",
        "DTSTART;TZID=Asia/Phnom_Penh:20270501T090000",
        "DURATION:PT3H",
    ),
    *vevent("odd@moeys.example", "Odd", "DTEND:20270412T010000Z"),
)


def test_editor_previews_and_imports_a_partners_calendar(
    page, live_server, site_tree, axe_source, tmp_path
):
    home, _news = site_tree
    index = add_event_index(home)
    CalendarSource.objects.create(name="Ministry of Education", index=index)
    get_user_model().objects.create_superuser("editor", "editor@example.org", PASSWORD)
    export = tmp_path / "moeys.ics"
    export.write_bytes(PARTNER_FILE)

    page.goto("/admin/login/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.goto("/admin/events/import/")
    page.get_by_label("Calendar source").select_option(label="Ministry of Education")
    page.get_by_label("iCalendar file").set_input_files(str(export))
    page.get_by_role("button", name="Preview").click()

    expect(page.get_by_role("heading", name="To create (1)")).to_be_visible()
    expect(
        page.get_by_text("“Odd” (UID odd@moeys.example): it has no start (DTSTART).")
    ).to_be_visible()
    assert EventPage.objects.count() == 0
    violations = serious_violations(page, axe_source)
    assert not violations, describe(violations)

    page.get_by_role("button", name="Import the rest").click()

    expect(page.get_by_role("heading", name="Created (1)")).to_be_visible()
    page.get_by_role("link", name="See the events").click()
    expect(page.get_by_role("link", name="Book fair").first).to_be_visible()
    page.goto("/en/events/?month=2027-05")
    expect(page.get_by_role("link", name="Book fair").first).to_be_visible()
