"""A planner builds a two-city itinerary in the admin, is warned about the missing leg,
adds the shinkansen, moves an item with the keyboard and by dragging it, names a
counterpart from a list narrowed by typing, prints the programme in Japanese and in
Khmer, and gives a member the secret address of their own calendar."""

import re
from pathlib import Path

import pytest
from icalendar import Calendar
from playwright.sync_api import expect

from delegations.models import Delegation
from directory.models import Organisation, Person
from tests.delegations.planner import PLANNERS, user_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "correct-horse-battery-staple"
SCREENSHOTS = Path(__file__).resolve().parents[1] / "artifacts" / "screenshots"
NAMES = {
    "en": "CLAIR seminar week",
    "ja": "自治体国際化協会セミナー週間",
    "km": "សប្តាហ៍សិក្ខាសាលា CLAIR",
}


def add_item(page, attendees=(), **fields):
    page.get_by_role("link", name="Add item").click()
    dialog = page.locator("dialog[open]")
    expect(dialog.get_by_role("heading", name="Add an itinerary item")).to_be_visible()
    for label, value in fields.items():
        field = dialog.locator(f"#id_{label}")
        if field.evaluate("e => e.tagName") == "SELECT":
            field.select_option(value)
        else:
            field.fill(value)
    for name in attendees:
        dialog.locator("#id_attendees").get_by_label(name).check()
    dialog.get_by_role("button", name="Add", exact=True).click()
    expect(page.locator("dialog[open]")).to_have_count(0)


def add_member(page, number, name):
    page.get_by_role("button", name=re.compile("Add member", re.IGNORECASE)).click()
    page.locator(f"#id_members-{number}-name").fill(name)


def print_programme(page, language, first_day):
    """Open the printed programme in ``language`` from the itinerary's output menu,
    keep a screenshot of it, and come back."""
    page.get_by_text("Print, export and share").click()
    page.locator(f'a[lang="{language}"]', has_text=re.compile("Print")).click()
    expect(page.locator("html")).to_have_attribute("lang", language)
    expect(page.locator("h1")).to_have_text(NAMES[language])
    expect(page.locator(".programme-date").first).to_have_text(first_day)
    expect(page.locator("table")).to_contain_text("To Shimonoseki")
    page.screenshot(path=SCREENSHOTS / f"planner-print-{language}.png", full_page=True)
    page.go_back()


def issue_member_feed(page, member, button):
    """Press ``button`` on the member's row of the feed screen; the address shown once."""
    page.locator("tr", has_text=member).get_by_role("button", name=button).click()
    notice = page.locator(".help-block", has_text="Copy them now")
    expect(notice).to_be_visible()
    return notice.locator("li", has_text="English").locator("code").inner_text()


def summaries(response):
    assert response.status == 200
    assert response.headers["content-type"].startswith("text/calendar")
    return sorted(
        str(event["SUMMARY"])
        for event in Calendar.from_ical(response.body()).walk("VEVENT")
    )


def list_row(page, title):
    return page.locator(".planner-list tbody tr", has_text=title)


def test_planner_builds_checks_moves_prints_and_shares_an_itinerary(
    page, browser, live_server
):
    user_in(PLANNERS, "planner", PASSWORD)
    Person.objects.create(name="Shintaro Maeda", role="Mayor of Shimonoseki")
    Person.objects.create(name="Shuichi Abe", role="Governor of Nagano")
    Organisation.objects.create(name="Shimonoseki City", slug="shimonoseki")
    Organisation.objects.create(name="Nagano Prefecture", slug="nagano")

    page.goto("/admin/login/")
    page.get_by_label("Username").fill("planner")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("link", name="Delegations").first.click()
    page.get_by_role("link", name=re.compile("Add delegation")).first.click()
    for language, name in NAMES.items():
        page.locator(f"#id_name_{language}").fill(name)
    page.locator("#id_first_day").fill("2019-12-16")
    page.locator("#id_last_day").fill("2019-12-17")
    hosts = page.locator("#id_hosting_organisations")
    page.get_by_label("Filter the organisations").first.fill("shimo")
    expect(hosts.get_by_label("Nagano Prefecture")).to_be_hidden()
    # By keyboard: the admin scrolls smoothly, and a click may land mid-scroll.
    shimonoseki = hosts.get_by_label("Shimonoseki City")
    shimonoseki.focus()
    page.keyboard.press("Space")
    expect(shimonoseki).to_be_checked()
    add_member(page, 0, "Aiko Tanaka")
    add_member(page, 1, "Sokha Chan")
    page.get_by_role("button", name=re.compile("^(Create|Save)")).click()
    expect(page.get_by_text(re.compile("created"))).to_be_visible()

    delegation = Delegation.objects.get(name_en="CLAIR seminar week")
    assert [o.name for o in delegation.hosting_organisations.all()] == [
        "Shimonoseki City"
    ]
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

    # An interpreters' briefing for Sokha only, with the Mayor found by typing.
    page.get_by_role("link", name="Add item").click()
    dialog = page.locator("dialog[open]")
    dialog.locator("#id_title_en").fill("Interpreters' briefing")
    dialog.locator("#id_start").fill("2019-12-17T14:00")
    dialog.locator("#id_end").fill("2019-12-17T15:00")
    dialog.locator("#id_city").select_option("Shimonoseki")
    dialog.locator("#id_attendees").get_by_label("Sokha Chan").check()
    people = dialog.locator("#id_counterpart_people")
    dialog.get_by_label("Filter the people").fill("maeda")
    expect(people.get_by_label("Shuichi Abe")).to_be_hidden()
    people.get_by_label("Shintaro Maeda").check()
    dialog.get_by_label("Filter the people").fill("abe")
    # A chosen counterpart stays in sight while the planner looks for another.
    expect(people.get_by_label("Shintaro Maeda")).to_be_visible()
    expect(people.get_by_label("Shuichi Abe")).to_be_visible()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    dialog.screenshot(path=SCREENSHOTS / "planner-item-counterparts.png")
    dialog.get_by_role("button", name="Add", exact=True).click()
    expect(page.locator("dialog[open]")).to_have_count(0)
    expect(list_row(page, "Interpreters' briefing")).to_contain_text("Sokha Chan")
    briefing = delegation.items.get(title_en="Interpreters' briefing")
    assert [p.name for p in briefing.counterpart_people.all()] == ["Shintaro Maeda"]

    print_programme(page, "ja", "2019年12月16日月曜日")
    print_programme(page, "km", "ច័ន្ទ ១៦ ធ្នូ ២០១៩")

    # Aiko's own calendar: the items the whole delegation attends, not Sokha's.
    page.get_by_text("Print, export and share").click()
    page.get_by_role("link", name="Calendar feeds for members' phones").click()
    address = issue_member_feed(page, "Aiko Tanaka", "Issue an address")
    phone = browser.new_context()  # a calendar app: no admin session
    assert summaries(phone.request.get(address)) == [
        "City hall visit",
        "Opening lecture",
        "To Shimonoseki",
    ]

    # Aiko lost her phone: the planner rotates the address and the old one dies.
    rotated = issue_member_feed(page, "Aiko Tanaka", "Rotate the address")
    assert rotated != address
    assert phone.request.get(address).status == 404
    assert len(summaries(phone.request.get(rotated))) == 3
    phone.close()
