"""Boxes measured in Chromium at a desktop width (1280 px) and a phone width (390 px)."""

import pytest

from tests.factories.events import add_event_index

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


def boxes(page, selector):
    return [element.bounding_box() for element in page.locator(selector).all()]


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_each_calendar_app_heading_sits_directly_above_its_own_text(
    page, site_tree, viewport
):
    add_event_index(site_tree[0])
    page.set_viewport_size(viewport)
    page.goto("/en/events/")
    headings = page.locator(".subscribe__apps h3").all()

    assert [heading.inner_text() for heading in headings] == [
        "Google Calendar",
        "Outlook",
        "Apple Calendar",
        "Thunderbird",
    ]
    for heading_element in headings:
        heading = heading_element.bounding_box()
        # The app's instructions: the paragraph that follows its heading in the source.
        text = heading_element.locator("xpath=following-sibling::p[1]").bounding_box()
        assert abs(heading["x"] - text["x"]) < 1
        assert 0 <= text["y"] - (heading["y"] + heading["height"]) < 16
