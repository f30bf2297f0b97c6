"""Event categories stand where editors put them, on every page and feed that lists
them, instead of in code-point order (which means nothing to a Japanese or Khmer reader)."""

import datetime
import re

import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from django.urls import reverse
from icalendar import Calendar

from core.ordering import number_existing
from events.models import EventCategory
from tests.factories.events import TOKYO, add_event, make_category

pytestmark = pytest.mark.django_db

# Editors want culture first; by name it would come second in English and Khmer and
# first in Japanese only after セミナー (katakana sorts before kanji).
NAMES = {
    "agriculture": ("Agriculture", "農業", "កសិកម្ម"),
    "culture": ("Culture", "文化", "វប្បធម៌"),
    "seminar": ("Seminar", "セミナー", "សិក្ខាសាលា"),
}
EDITORS_ORDER = ["culture", "agriculture", "seminar"]


@pytest.fixture
def categories():
    """The categories, added in alphabetical order, so each gets the next place."""
    return {
        slug: make_category(slug, en, name_ja=ja, name_km=km)
        for slug, (en, ja, km) in sorted(NAMES.items())
    }


def drag(client, category, position):
    """What Wagtail's listing sends when an editor drops a row at ``position``."""
    url = reverse("wagtailsnippets_events_eventcategory:reorder", args=[category.pk])
    response = client.post(f"{url}?position={position}")
    assert response.status_code == 200


@pytest.fixture
def ordered_by_editor(admin_client, categories):
    drag(admin_client, categories["culture"], 0)
    return [categories[slug] for slug in EDITORS_ORDER]


@pytest.fixture
def event(event_index, categories):
    return add_event(
        event_index,
        "Harvest festival",
        start=datetime.datetime(2027, 10, 2, 10, 0, tzinfo=TOKYO),
        categories=list(categories.values()),
    )


def category_filter(client, path):
    soup = BeautifulSoup(client.get(path).content, "html.parser")
    heading = soup.find("h2", string=re.compile(r"\S"), class_="filters__heading")
    return [a.get_text(strip=True) for a in heading.find_next_sibling("ul").select("a")]


def names(language):
    column = {"en": 0, "ja": 1, "km": 2}[language]
    return [NAMES[slug][column] for slug in EDITORS_ORDER]


def test_a_new_category_goes_last_until_an_editor_moves_it(categories):
    make_category("art", "Art", name_ja="美術")

    assert list(EventCategory.objects.values_list("slug", flat=True)) == [
        *sorted(NAMES),
        "art",
    ]


@pytest.mark.parametrize("language", ["ja", "km", "en"])
def test_the_calendar_filter_lists_categories_in_the_editors_order(
    client, event, ordered_by_editor, language
):
    assert category_filter(client, f"/{language}/events/") == names(language)


@pytest.mark.parametrize("language", ["ja", "km"])
def test_the_event_page_lists_its_categories_in_the_editors_order(
    client, event, ordered_by_editor, language
):
    soup = BeautifulSoup(
        client.get(f"/{language}{event.url_path[len('/home') :]}").content,
        "html.parser",
    )
    chips = soup.select(".chip-list a")
    assert [a.get_text(strip=True) for a in chips] == names(language)


def test_the_feed_names_categories_in_the_editors_order(
    client, event, ordered_by_editor
):
    feed = Calendar.from_ical(client.get("/ja/events/feed.ics").content)
    (vevent,) = feed.walk("VEVENT")

    assert vevent.categories == names("ja")


def test_the_editors_checkboxes_follow_the_editors_order(
    admin_client, event, ordered_by_editor
):
    html = admin_client.get(f"/admin/pages/{event.pk}/edit/").content.decode()

    ticked = re.findall(r'<input type="checkbox" name="categories" value="(\d+)"', html)
    assert ticked == [str(category.pk) for category in ordered_by_editor]


def test_the_admin_listing_shows_the_order_with_handles_to_drag(
    admin_client, ordered_by_editor
):
    response = admin_client.get(reverse("wagtailsnippets_events_eventcategory:list"))
    soup = BeautifulSoup(response.content, "html.parser")

    rows = soup.select("table.listing tbody tr[data-w-orderable-target='item']")
    assert [row["data-w-orderable-item-label"] for row in rows] == names("en")
    assert all(row.select_one("[data-w-orderable-target='handle']") for row in rows)


def test_the_migration_numbers_existing_categories_as_visitors_saw_them(categories):
    EventCategory.objects.update(sort_order=None)
    make_category("art", "Art")  # saved after the field came: already numbered 0

    number_existing("events", "EventCategory").code(apps, None)

    assert list(EventCategory.objects.values_list("slug", flat=True)) == [
        "art",
        *sorted(NAMES),
    ]
