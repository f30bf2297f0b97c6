"""Two coordinators confirm two waiting schools at the same moment with room for only
one: the programme's lock lets one through and refuses the other, never oversold."""

import threading

import pytest
from django.db import connection

from exchanges import capacity, review
from exchanges.capacity import CapacityError
from exchanges.enums import ProgrammeStatus, RegistrationState
from exchanges.models import ExchangeProgrammePage as ExchangePage
from exchanges.models import Registration
from tests.factories.exchanges import add_programme, school_request

pytestmark = pytest.mark.django_db(transaction=True)


def test_concurrent_confirmations_never_oversell(programme_index):
    programme = add_programme(
        programme_index, capacity=6, max_students_per_school=4, slug="race"
    )
    capacity.register(programme, school_request(1, students=3))
    # Held back by the coordinators: new schools wait although three places are free.
    ExchangePage.objects.filter(pk=programme.pk).update(status=ProgrammeStatus.FULL)
    waiting = [
        capacity.register(programme, school_request(number, students=3))
        for number in (2, 3)
    ]
    assert [r.places_waiting for r in waiting] == [3, 3]
    assert Registration.objects.filter(programme=programme).places_taken() == 3

    start = threading.Barrier(2)
    outcomes = []

    def confirm(registration):
        try:
            start.wait()
            review.confirm(registration)
            outcomes.append("confirmed")
        except CapacityError as refusal:
            outcomes.append(str(refusal))
        finally:
            connection.close()

    threads = [threading.Thread(target=confirm, args=(r,)) for r in waiting]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(outcomes) == [
        "This school needs 3 more places and only 0 are free.",
        "confirmed",
    ]
    assert Registration.objects.filter(programme=programme).places_taken() == 6
    assert (
        Registration.objects.filter(
            programme=programme, state=RegistrationState.CONFIRMED
        ).count()
        == 2
    )
