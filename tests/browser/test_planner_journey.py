"""A planner builds a two-city itinerary in the admin, is warned about the missing leg,
adds the shinkansen, and moves an item with the keyboard and by dragging it."""

import re

import pytest
from playwright.sync_api import expect

from delegations.models import Delegation
from tests.delegations.planner import PLANNERS, user_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "correct-horse-battery-staple"


def add_item(page, **fields):
    page.get_by_role("link", name="Add item").click()
    dialog = page.locator("dialog[open]")
    expect(dialog.get_by_role("heading", name="Add an itinerary item")).to_be_visible()
    for label, value in fields.items():
        field = dialog.locator(f"#id_{label}")
        if field.evaluate("e => e.tagName") == "SELECT":
            field.select_option(value)
        else:
            field.fill(value)
    dialog.get_by_role("button", name="Add", exact=True).click()
    expect(page.locator("dialog[open]")).to_have_count(0)


def list_row(page, title):
    return page.locator(".planner-list tbody tr", has_text=title)


def test_planner_builds_checks_and_moves_an_itinerary(page, live_server):
    user_in(PLANNERS, "planner", PASSWORD)

    page.goto("/admin/login/")
    page.get_by_label("Username").fill("planner")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("link", name="Delegations").first.click()
    page.get_by_role("link", name=re.compile("Add delegation")).first.click()
    page.locator("#id_name_en").fill("CLAIR seminar week")
    page.locator("#id_first_day").fill("2019-12-16")
    page.locator("#id_last_day").fill("2019-12-17")
    page.get_by_role("button", name=re.compile("^(Create|Save)")).click()
    expect(page.get_by_text(re.compile("created"))).to_be_visible()

    delegation = Delegation.objects.get(name_en="CLAIR seminar week")
    page.goto(f"/admin/delegations/itinerary/{delegation.pk}/")
    add_item(
        page,
        title_en="Opening lecture",
        start="2019-12-16T09:00",
        end="2019-12-16T10:30",
        city="Tokyo",
    )
    add_item(
        page,
        title_en="City hall visit",
        start="2019-12-17T10:00",
        end="2019-12-17T11:00",
        city="Shimonoseki",
    )
    warnings = page.locator(".planner-conflicts")
    expect(warnings).to_contain_text(
        "No travel from Tokyo to Shimonoseki between “Opening lecture” and "
        "“City hall visit”."
    )
    expect(page.locator(".planner-block--conflict")).to_have_count(2)

    add_item(
        page,
        kind="travel",
        title_en="To Shimonoseki",
        start="2019-12-16T13:00",
        end="2019-12-16T18:00",
        from_city="Tokyo",
        to_city="Shimonoseki",
        travel_mode="shinkansen",
    )
    expect(warnings).to_contain_text("No conflicts")
    expect(page.locator(".planner-block--conflict")).to_have_count(0)

    visit = page.locator(".planner-block", has_text="City hall visit")
    visit.focus()
    status = page.locator(".planner-status")
    for time in ("10:15", "10:30", "10:45", "11:00"):
        page.keyboard.press("ArrowDown")
        expect(status).to_have_text(
            f"Moved “City hall visit” to 2019-12-17 {time} JST."
        )
        expect(page.locator(".planner-block:focus")).to_contain_text("City hall visit")
    expect(list_row(page, "City hall visit")).to_contain_text(
        "11:00 JST · 09:00 ICT – 12:00 JST"
    )

    # Dragged two hours up (eight quarter-hour rows) in its own day.
    lecture = page.locator(".planner-block", has_text="Opening lecture")
    column = page.locator(".planner-slots").first
    slot = column.bounding_box()["height"] / int(column.get_attribute("data-rows"))
    box = lecture.bounding_box()
    column_box = column.bounding_box()
    lecture.drag_to(
        column,
        source_position={"x": 5, "y": 5},
        target_position={"x": 5, "y": box["y"] - column_box["y"] - 8 * slot + 5},
    )
    expect(list_row(page, "Opening lecture")).to_contain_text(
        "07:00 JST · 05:00 ICT – 08:30 JST"
    )
