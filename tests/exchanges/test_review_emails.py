"""Each coordinator's decision writes the school an email in its own language."""

import pytest
from django.utils import translation

from exchanges import capacity, emails, review
from exchanges.enums import EmailKind
from tests.factories.exchanges import add_programme, school_request

pytestmark = pytest.mark.django_db


@pytest.fixture
def small(programme_index):
    programme = add_programme(
        programme_index, capacity=4, max_students_per_school=4, slug="small"
    )
    capacity.register(programme, school_request(1, students=2, language="km"))
    capacity.register(programme, school_request(2, students=4, language="ja"))
    return programme


def last_message(registration):
    registration.refresh_from_db()
    return emails.build_message(registration.emails.last())


def expected(code, message, **values):
    with translation.override(code):
        return translation.gettext(message) % values


def test_a_refusal_tells_the_school_why_in_its_language(small):
    registration = small.registrations.get(arrival=1)

    review.reject(registration, "ឯកសារមិនទាន់គ្រប់")

    message = last_message(registration)
    assert registration.emails.last().kind == EmailKind.REJECTED
    assert message.to == ["teacher1@school1.example"]
    assert message.subject == expected(
        "km", "Your registration for %(title)s is refused", title=small.title
    )
    assert message.subject != f"Your registration for {small.title} is refused"
    assert (
        expected(
            "km",
            "The coordinators refused the registration of %(school)s, for this "
            "reason: %(reason)s",
            school="School 1",
            reason="ឯកសារមិនទាន់គ្រប់",
        )
        in message.body
    )


@pytest.mark.parametrize(
    ("decide", "kind", "subject"),
    [
        (
            lambda r: review.move_to_waiting_list(r),
            EmailKind.MOVED_TO_WAITING,
            "Your registration for %(title)s is on the waiting list",
        ),
        (
            lambda r: review.change_students(r, 3),
            EmailKind.CHANGED,
            "Your numbers for %(title)s are changed",
        ),
    ],
)
def test_each_decision_has_its_own_email(small, decide, kind, subject):
    registration = small.registrations.get(arrival=1)

    decide(registration)

    kinds = list(registration.emails.values_list("kind", flat=True))
    assert kinds[:2] == [EmailKind.RECEIVED, kind]
    message = emails.build_message(registration.emails.get(kind=kind))
    assert message.subject == expected("km", subject, title=small.title)


def test_a_confirmation_by_the_coordinators(small):
    first = small.registrations.get(arrival=1)
    waiting = small.registrations.get(arrival=2)
    capacity.cancel(first)  # 4 places free: an offer goes to the waiting school
    review.confirm(waiting)

    message = last_message(waiting)
    assert waiting.emails.last().kind == EmailKind.CONFIRMED
    assert message.subject == expected(
        "ja", "Places confirmed in %(title)s", title=small.title
    )
    assert (
        expected(
            "ja",
            "The coordinators confirmed all the students of %(school)s.",
            school="School 2",
        )
        in message.body
    )
