import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from exchanges import capacity
from exchanges.enums import ProgrammeStatus, WindowState
from tests.factories.exchanges import add_programme, school_request

pytestmark = pytest.mark.django_db


def test_places_left_count_confirmed_students(programme):
    capacity.register(programme, school_request(1, students=5))
    capacity.register(programme, school_request(2, students=3))
    assert programme.places_left() == 12


def test_listing_counts_places_in_one_query(programme_index, django_assert_num_queries):
    first = add_programme(
        programme_index, "First", slug="first", capacity=10, max_students_per_school=5
    )
    add_programme(
        programme_index, "Second", slug="second", capacity=5, max_students_per_school=5
    )
    capacity.register(first, school_request(1, students=4))
    # The programmes with their counts, restricted ones left out in the same query.
    with django_assert_num_queries(1):
        left = [p.places_left() for p in programme_index.get_programmes()]
    assert left == [6, 5]


@pytest.mark.parametrize(
    ("status", "opens_in", "closes_in", "capacity_", "expected"),
    [
        (ProgrammeStatus.OPEN, -1, 1, 20, WindowState.OPEN),
        (ProgrammeStatus.OPEN, 1, 2, 20, WindowState.NOT_YET_OPEN),
        (ProgrammeStatus.OPEN, -2, -1, 20, WindowState.CLOSED),
        (ProgrammeStatus.CLOSED, -1, 1, 20, WindowState.CLOSED),
        (ProgrammeStatus.FULL, -1, 1, 20, WindowState.WAITING_LIST),
        (ProgrammeStatus.CANCELLED, -1, 1, 20, WindowState.CANCELLED),
    ],
)
def test_window_state(
    programme_index, status, opens_in, closes_in, capacity_, expected
):
    now = timezone.now()
    programme = add_programme(
        programme_index,
        status=status,
        capacity=capacity_,
        registration_opens=now + datetime.timedelta(days=opens_in),
        registration_closes=now + datetime.timedelta(days=closes_in),
    )
    assert programme.window_state(now) == expected


def test_window_shows_waiting_list_once_places_run_out(programme_index):
    programme = add_programme(programme_index, capacity=4, max_students_per_school=4)
    capacity.register(programme, school_request(1, students=4))
    assert programme.window_state(timezone.now()) == WindowState.WAITING_LIST


def test_editor_rules(programme):
    programme.registration_closes = programme.registration_opens
    programme.max_age = programme.min_age - 1
    programme.max_students_per_school = programme.capacity + 1
    with pytest.raises(ValidationError) as raised:
        programme.clean()
    assert set(raised.value.message_dict) == {
        "registration_closes",
        "max_age",
        "max_students_per_school",
    }
