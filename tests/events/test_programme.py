"""A seminar week's page lists the public events of its programme."""

import datetime

import pytest
from bs4 import BeautifulSoup

from tests.factories.events import (
    PHNOM_PENH,
    TOKYO,
    add_event,
    make_category,
    make_venue,
)
from tests.queries import count_queries

pytestmark = pytest.mark.django_db


def at(day, hour):
    return datetime.datetime(2026, 12, day, hour, tzinfo=PHNOM_PENH)


@pytest.fixture
def seminar_week(event_index):
    return add_event(
        event_index,
        "Seminar week",
        start=at(15, 0),
        end=at(22, 0),
        all_day=True,
    )


def programme_of(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return [
        " ".join(item.get_text().split())
        for item in soup.select(".event-programme__item")
    ]


def test_the_week_lists_the_events_within_its_days_in_its_city(
    client, event_index, seminar_week
):
    institute = make_venue("Institute of Technology", city="Phnom Penh")
    angkor = make_venue(
        "Angkor Hall", city="Siem Reap", country="KH", time_zone="Asia/Phnom_Penh"
    )
    add_event(event_index, "Closing ceremony", start=at(21, 16))
    add_event(event_index, "Opening lecture", start=at(15, 9))
    add_event(event_index, "Workshop", start=at(17, 14), venue=institute)
    add_event(event_index, "Follow-up meeting", start=at(23, 9))
    add_event(event_index, "Temple visit", start=at(18, 9), venue=angkor)
    add_event(event_index, "Draft session", start=at(16, 9), publish=False)

    assert programme_of(client, seminar_week) == [
        "Opening lecture Tuesday, 15 December 2026 09:00 – 11:00 ICT (11:00 – 13:00 JST)",
        "Workshop Thursday, 17 December 2026 14:00 – 16:00 ICT (16:00 – 18:00 JST)",
        "Closing ceremony Monday, 21 December 2026 16:00 – 18:00 ICT (18:00 – 20:00 JST)",
    ]


def test_a_single_event_has_no_programme(client, event_index, seminar_week):
    lecture = add_event(event_index, "Opening lecture", start=at(15, 9))
    add_event(event_index, "Workshop", start=at(15, 10))

    assert programme_of(client, lecture) == []


def test_the_programme_is_read_in_one_query_however_long(
    client, event_index, seminar_week
):
    for hour in (9, 11, 14):
        add_event(event_index, f"Session {hour}", start=at(16, hour))
    few = count_queries(client, seminar_week.url)
    for hour in (9, 11, 14):
        add_event(event_index, f"Talk {hour}", start=at(17, hour))

    assert count_queries(client, seminar_week.url) == few
    assert len(programme_of(client, seminar_week)) == 6


def test_a_week_in_several_places_lists_the_events_of_its_categories(
    client, event_index
):
    seminar, culture = make_category("seminar"), make_category("culture", "Culture")
    tokyo = make_venue("JNTO", city="Tokyo", country="JP", time_zone="Asia/Tokyo")
    week = add_event(
        event_index,
        "Seminar week",
        start=datetime.datetime(2026, 12, 15, tzinfo=TOKYO),
        end=datetime.datetime(2026, 12, 22, tzinfo=TOKYO),
        all_day=True,
        venue=tokyo,
        categories=[seminar],
    )
    # add_event always gives a venue; this week is held in several places.
    week.venue = None
    week.save_revision().publish()
    add_event(
        event_index,
        "Visit to JNTO",
        start=datetime.datetime(2026, 12, 17, 10, tzinfo=TOKYO),
        venue=tokyo,
        categories=[seminar, culture],
    )
    add_event(
        event_index,
        "Concert",
        start=datetime.datetime(2026, 12, 18, 19, tzinfo=TOKYO),
        venue=tokyo,
        categories=[culture],
    )

    assert programme_of(client, week) == [
        "Visit to JNTO Thursday, 17 December 2026 10:00 – 12:00 JST (08:00 – 10:00 ICT)"
    ]
