import datetime
import io
import random

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from exchanges import capacity
from exchanges.enums import EmailKind, ProgrammeStatus, RegistrationState
from exchanges.models import OutboxEmail, Registration
from tests.factories.exchanges import add_programme, school_request
from tests.tasks import run_background_tasks

pytestmark = pytest.mark.django_db

HOLD = datetime.timedelta(hours=72)


def register(programme, number, students, **fields):
    return capacity.register(
        programme, school_request(number, students=students, **fields)
    )


def state_of(registration):
    registration.refresh_from_db()
    return (
        registration.state,
        registration.places_held,
        registration.places_offered,
        registration.places_waiting,
    )


@pytest.fixture
def small(programme_index):
    """Ten places, at most six per school."""
    return add_programme(
        programme_index, slug="small", capacity=10, max_students_per_school=6
    )


def test_a_school_whose_students_all_fit_is_confirmed(small):
    registration = register(small, 1, 6)
    assert state_of(registration) == (RegistrationState.CONFIRMED, 6, 0, 0)


def test_a_school_that_does_not_fit_waits_whole(small):
    register(small, 1, 6)
    registration = register(small, 2, 5)
    assert state_of(registration) == (RegistrationState.WAITING, 0, 0, 5)
    assert registration.waiting_position() == 1
    assert small.places_left() == 4


def test_a_school_that_accepts_fewer_is_confirmed_for_the_rest_and_waits(small):
    register(small, 1, 6)
    registration = register(small, 2, 5, accepts_fewer=True)
    assert state_of(registration) == (RegistrationState.CONFIRMED, 4, 0, 1)
    assert registration.waiting_position() == 1
    assert small.places_left() == 0


def test_more_than_the_maximum_per_school_is_refused(small):
    with pytest.raises(capacity.CapacityError) as raised:
        register(small, 1, 7)
    assert str(raised.value.message) == "At most 6 students per school."
    assert not Registration.objects.exists()


def test_a_closed_window_refuses(small):
    small.registration_closes = timezone.now() - datetime.timedelta(minutes=1)
    small.save()
    with pytest.raises(capacity.CapacityError) as raised:
        register(small, 1, 2)
    assert str(raised.value.message) == "Registration for this programme is closed."


def test_a_full_programme_puts_everyone_on_the_waiting_list(small):
    small.status = ProgrammeStatus.FULL
    small.save()
    registration = register(small, 1, 1)
    assert state_of(registration) == (RegistrationState.WAITING, 0, 0, 1)


def test_the_same_request_twice_registers_once(small):
    request = school_request(1, students=2)
    first = capacity.register(small, request)
    again = capacity.register(small, request)
    assert again.pk == first.pk
    assert Registration.objects.count() == 1
    assert small.places_left() == 8


def test_arrivals_are_numbered_in_order(small):
    arrivals = [register(small, number, 2).arrival for number in range(1, 5)]
    assert arrivals == [1, 2, 3, 4]


def test_a_cancellation_offers_the_places_to_the_first_entry_that_fits(small):
    first = register(small, 1, 6)
    register(small, 2, 4)
    large = register(small, 3, 6)  # waits: only 0 left
    small_one = register(small, 4, 3)
    now = timezone.now()
    capacity.reduce(first, 3, now=now)  # frees 3: the large entry does not fit
    assert state_of(large) == (RegistrationState.WAITING, 0, 0, 6)
    assert state_of(small_one) == (RegistrationState.WAITING, 0, 3, 0)
    small_one.refresh_from_db()
    assert small_one.offer_expires_at == now + HOLD
    # The larger entry keeps its place at the head of the waiting list.
    assert large.waiting_position() == 1


def test_freed_places_go_to_the_earliest_entry_that_fits(small):
    first = register(small, 1, 6)
    register(small, 2, 4)
    early = register(small, 3, 5)
    late = register(small, 4, 5)
    capacity.cancel(first)
    assert state_of(early) == (RegistrationState.WAITING, 0, 5, 0)
    assert state_of(late) == (RegistrationState.WAITING, 0, 0, 5)
    assert late.waiting_position() == 1


def test_several_entries_are_offered_places_while_they_fit(small):
    first = register(small, 1, 6)
    register(small, 2, 4)
    waiting = [register(small, number, 2) for number in (3, 4, 5, 6)]
    capacity.cancel(first)
    assert [state_of(entry)[2] for entry in waiting] == [2, 2, 2, 0]


def test_offered_places_are_not_given_to_anyone_else(small):
    first = register(small, 1, 6)
    register(small, 2, 4)
    register(small, 3, 6)
    capacity.cancel(first)
    newcomer = register(small, 4, 1)
    assert state_of(newcomer) == (RegistrationState.WAITING, 0, 0, 1)
    assert small.places_left() == 0


def test_accepting_an_offer_confirms_the_places(small):
    first = register(small, 1, 6)
    register(small, 2, 4)
    waiting = register(small, 3, 6)
    capacity.cancel(first)
    capacity.accept_offer(waiting)
    assert state_of(waiting) == (RegistrationState.CONFIRMED, 6, 0, 0)
    assert waiting.waiting_position() is None


def test_an_accepted_offer_completes_a_school_that_accepted_fewer(small):
    first = register(small, 1, 6)
    partial = register(small, 2, 6, accepts_fewer=True)  # 4 held, 2 waiting
    capacity.reduce(first, 4)
    assert state_of(partial) == (RegistrationState.CONFIRMED, 4, 2, 0)
    capacity.accept_offer(partial)
    assert state_of(partial) == (RegistrationState.CONFIRMED, 6, 0, 0)


def test_an_offer_not_accepted_in_time_expires_and_passes_on(small):
    first = register(small, 1, 6)
    register(small, 2, 4)
    offered = register(small, 3, 6)
    next_in_line = register(small, 4, 5)
    start = timezone.now()
    capacity.cancel(first, now=start)
    assert capacity.expire_offers(now=start + HOLD - datetime.timedelta(seconds=1)) == 0
    assert capacity.expire_offers(now=start + HOLD) == 1
    assert state_of(offered) == (RegistrationState.EXPIRED, 0, 0, 0)
    assert state_of(next_in_line) == (RegistrationState.WAITING, 0, 5, 0)
    with pytest.raises(capacity.CapacityError):
        capacity.accept_offer(offered, now=start + HOLD)


def test_a_late_acceptance_is_refused_even_before_the_expiry_job_ran(small):
    first = register(small, 1, 6)
    register(small, 2, 4)
    offered = register(small, 3, 6)
    start = timezone.now()
    capacity.cancel(first, now=start)
    with pytest.raises(capacity.CapacityError) as raised:
        capacity.accept_offer(offered, now=start + HOLD + datetime.timedelta(1))
    assert str(raised.value.message) == (
        "There is no offer to accept: it may have expired."
    )
    assert state_of(offered)[0] == RegistrationState.EXPIRED


def test_an_expired_offer_keeps_the_places_already_held(small):
    first = register(small, 1, 6)
    partial = register(small, 2, 6, accepts_fewer=True)  # 4 held, 2 waiting
    start = timezone.now()
    capacity.reduce(first, 4, now=start)
    capacity.expire_offers(now=start + HOLD)
    assert state_of(partial) == (RegistrationState.CONFIRMED, 4, 0, 0)
    assert partial.students == 4


@override_settings(KIZUNA_EXCHANGE_OFFER_HOLD=datetime.timedelta(hours=1))
def test_the_hold_time_is_configurable(small):
    first = register(small, 1, 6)
    register(small, 2, 4)
    offered = register(small, 3, 6)
    now = timezone.now()
    capacity.cancel(first, now=now)
    offered.refresh_from_db()
    assert offered.offer_expires_at == now + datetime.timedelta(hours=1)


def test_a_reduction_takes_the_waiting_part_first_then_held_places(small):
    register(small, 1, 6)
    partial = register(small, 2, 6, accepts_fewer=True)  # 4 held, 2 waiting
    capacity.reduce(partial, 5)
    assert state_of(partial) == (RegistrationState.CONFIRMED, 4, 0, 1)
    capacity.reduce(partial, 3)
    assert state_of(partial) == (RegistrationState.CONFIRMED, 3, 0, 0)
    assert small.places_left() == 1


def test_a_reduction_must_lower_the_number(small):
    registration = register(small, 1, 3)
    for students in (3, 4, 0):
        with pytest.raises(capacity.CapacityError):
            capacity.reduce(registration, students)
    assert state_of(registration) == (RegistrationState.CONFIRMED, 3, 0, 0)


def test_a_cancelled_registration_cannot_be_cancelled_again(small):
    registration = register(small, 1, 3)
    capacity.cancel(registration)
    with pytest.raises(capacity.CapacityError):
        capacity.cancel(registration)
    assert small.places_left() == 10


def publish_capacity(programme, places):
    """An editor's new capacity, published as editors publish it."""
    programme.capacity = places
    programme.save_revision().publish()


def test_a_higher_capacity_published_offers_places_to_the_waiting_list(small):
    register(small, 1, 6)
    register(small, 2, 4)
    waiting = register(small, 3, 5)
    publish_capacity(small, 15)
    assert state_of(waiting) == (RegistrationState.WAITING, 0, 5, 0)
    assert OutboxEmail.objects.filter(kind=EmailKind.OFFER).count() == 1


def test_a_lower_capacity_published_takes_no_confirmed_place_away(small):
    confirmed = register(small, 1, 6)
    register(small, 2, 4)
    waiting = register(small, 3, 3)
    small.max_students_per_school = 4
    publish_capacity(small, 4)
    assert state_of(confirmed) == (RegistrationState.CONFIRMED, 6, 0, 0)
    assert state_of(waiting) == (RegistrationState.WAITING, 0, 0, 3)
    small.refresh_from_db()
    assert small.places_left() == 0


def test_the_places_never_exceed_the_capacity_whatever_happens(small):
    """A long, seeded mix of every change; after each, the places taken stay within
    the capacity and each registration's numbers add up."""
    chance = random.Random(10)
    now = timezone.now()
    for step in range(120):
        now += datetime.timedelta(hours=chance.choice([1, 30, 80]))
        active = list(Registration.objects.active())
        action = chance.choice(["register", "register", "cancel", "reduce", "accept"])
        try:
            if action == "register" or not active:
                capacity.register(
                    small,
                    school_request(
                        step,
                        students=chance.randint(1, 6),
                        accepts_fewer=chance.random() < 0.5,
                    ),
                    now=now,
                )
            elif action == "cancel":
                capacity.cancel(chance.choice(active), now=now)
            elif action == "reduce":
                registration = chance.choice(active)
                capacity.reduce(registration, registration.students - 1, now=now)
            else:
                capacity.accept_offer(chance.choice(active), now=now)
        except capacity.CapacityError:
            pass
        capacity.expire_offers(now=now)
        assert Registration.objects.places_taken() <= small.capacity
        for registration in Registration.objects.active():
            assert registration.students == (
                registration.places_held
                + registration.places_offered
                + registration.places_waiting
            )


def test_each_change_writes_to_the_school(small):
    first = register(small, 1, 6)
    register(small, 2, 4)
    offered = register(small, 3, 6)
    start = timezone.now()
    capacity.cancel(first, now=start)
    capacity.expire_offers(now=start + HOLD)
    kinds = list(
        OutboxEmail.objects.filter(registration=offered).values_list("kind", flat=True)
    )
    assert kinds == [EmailKind.RECEIVED, EmailKind.OFFER, EmailKind.OFFER_EXPIRED]
    assert list(
        OutboxEmail.objects.filter(registration=first).values_list("kind", flat=True)
    ) == [EmailKind.RECEIVED, EmailKind.CANCELLED]


def test_the_cron_command_expires_offers_that_ran_out(small):
    first = register(small, 1, 6)
    register(small, 2, 4)
    offered = register(small, 3, 6)
    capacity.cancel(first, now=timezone.now() - HOLD - datetime.timedelta(minutes=1))
    output = io.StringIO()
    call_command("expire_exchange_offers", stdout=output)
    assert output.getvalue() == "1 offer(s) expired.\n"
    assert state_of(offered)[0] == RegistrationState.EXPIRED


@pytest.mark.django_db(transaction=True)  # the worker needs real commits
def test_the_worker_expires_an_offer_at_its_deadline(
    small, django_capture_on_commit_callbacks
):
    first = register(small, 1, 6)
    register(small, 2, 4)
    offered = register(small, 3, 6)
    with django_capture_on_commit_callbacks(execute=True):
        capacity.cancel(first)
    run_background_tasks()
    assert state_of(offered)[2] == 6  # not yet: the job waits for the deadline
    DBTaskResult.objects.filter(
        task_path="exchanges.tasks.expire_offers", status="READY"
    ).update(run_after=timezone.now())
    Registration.objects.filter(pk=offered.pk).update(
        offer_expires_at=timezone.now() - datetime.timedelta(seconds=1)
    )
    run_background_tasks()
    assert state_of(offered)[0] == RegistrationState.EXPIRED
