"""The event editor in a browser at 1280 px: zone labels, copy buttons, inline rows."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from tests.factories.events import PHNOM_PENH, add_event, add_event_index

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "correct-horse-battery-staple"


@pytest.fixture
def editor_page(page, live_server, site_tree, settings):
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    get_user_model().objects.create_superuser("editor", "editor@example.org", PASSWORD)
    page.goto("/admin/login/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(f"{live_server.url}/admin/")
    event = add_event(
        add_event_index(site_tree[0]),
        "ODA signing ceremony",
        start=datetime.datetime(2027, 7, 6, 10, tzinfo=PHNOM_PENH),
    )
    page.goto(f"/admin/pages/{event.pk}/edit/")
    return page


def test_start_and_end_name_the_zone_in_force(editor_page):
    labels = editor_page.locator(".kizuna-zone-label")
    expect(labels).to_have_text(["Asia/Phnom_Penh", "Asia/Phnom_Penh"])

    editor_page.locator("#id_time_zone").fill("Asia/Tokyo")

    expect(labels).to_have_text(["Asia/Tokyo", "Asia/Tokyo"])


def test_copy_content_is_offered_on_translated_bodies_only(editor_page):
    body = editor_page.locator("#panel-child-content-body_ja-section")
    expect(body.locator(".translation-field-copy-wrapper")).to_have_count(1)
    for panel in ("when_and_where", "repeat", "changes_to_single_dates", "details"):
        section = editor_page.locator(f"#panel-child-content-{panel}-section")
        expect(section.locator(".translation-field-copy-wrapper")).to_have_count(0)


def test_a_date_change_row_fits_the_form_at_1280_px(editor_page):
    section = editor_page.locator(
        "#panel-child-content-changes_to_single_dates-section"
    )
    section.get_by_role("button", name="Add date change").first.click()
    new_start = section.locator("input[name$='-new_start']").first
    expect(new_start).to_be_visible()

    form_right = editor_page.evaluate(
        "document.querySelector('#page-edit-form').getBoundingClientRect().right"
    )
    field_right = new_start.evaluate("e => e.getBoundingClientRect().right")
    assert field_right <= form_right


def test_the_repeat_preview_follows_the_choices_before_saving(editor_page):
    repeat = editor_page.locator("#panel-child-content-repeat-section")
    repeat.locator("[data-panel-toggle]").first.click()
    words = repeat.locator("[data-repeat-description]")
    dates = repeat.locator("[data-repeat-dates] li")

    repeat.locator("select[name='repeat']").select_option("WEEKLY")
    repeat.locator("input[name='repeat_count']").fill("4")

    expect(words).to_have_text("every week on Tuesday, 4 times")
    expect(dates.first).to_have_text("Tuesday, 6 July 2027, 10:00 – 12:00 ICT")
    expect(dates).to_have_count(4)

    repeat.get_by_label("Saturday").first.check()

    expect(words).to_have_text("every week on Saturday, 4 times")
    expect(dates.first).to_have_text("Saturday, 10 July 2027, 10:00 – 12:00 ICT")

    repeat.locator("select[name='repeat']").select_option("MONTHLY")
    repeat.locator("select[name='repeat_week_of_month']").select_option("2")
    repeat.locator("select[name='repeat_monthly_weekday']").select_option("SA")

    expect(words).to_have_text("every second Saturday, 4 times")
    expect(dates.nth(1)).to_have_text("Saturday, 14 August 2027, 10:00 – 12:00 ICT")

    repeat.locator("input[name='repeat_interval']").fill("0")

    expect(repeat.locator("[data-repeat-preview-errors]")).to_contain_text(
        "Ensure this value is greater than or equal to 1."
    )
    expect(words).to_have_count(0)
