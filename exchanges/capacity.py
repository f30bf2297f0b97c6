"""Places, counted in students, and the group-aware waiting list: never oversold.

Every change that counts places (register, reduce, cancel, accept, expire, a new
capacity) runs in one transaction that first locks the programme's row
(``select_for_update``), so two changes to the same programme run one after the other
and each counts what the one before it left; changes to different programmes do not
wait for each other. On SQLite, whose transactions take the database's write lock as
they begin (``transaction_mode`` IMMEDIATE in the settings), the write lock serialises
them instead.

Each change is one transaction; a caller may run several in a larger one (the demo
loader does), and the programme stays locked until the outermost one commits.

The waiting list is served in order of arrival: the first entry whose students all
fit is offered the places, and an entry that does not fit keeps its position while
smaller ones behind it are served. An offer holds its places for
``KIZUNA_EXCHANGE_OFFER_HOLD``; one not accepted in time expires and the places pass on.
"""

import logging
from contextlib import contextmanager
from dataclasses import dataclass

from django.conf import settings
from django.db import DatabaseError, IntegrityError, connection, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from . import tasks
from .enums import EmailKind, ProgrammeStatus, RegistrationState
from .models import ExchangeProgrammePage, OutboxEmail, Registration

logger = logging.getLogger(__name__)

# How long a change waits for another change of the same programme before giving up.
LOCK_TIMEOUT_MS = 10_000


class CapacityError(Exception):
    """A change the programme's places or state do not allow; ``message`` says why in
    the visitor's language."""

    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


@dataclass(frozen=True)
class SchoolRequest:
    """What a school asks for, as its registration form gives it."""

    school_name: str
    country: str
    city: str
    teacher_name: str
    teacher_email: str
    teacher_phone: str
    students: int
    teachers: int
    min_age: int
    max_age: int
    language: str
    accepts_fewer: bool
    idempotency_key: object


def register(programme, request, *, now=None):
    """Register a school: confirmed if all its students fit; if it accepts fewer,
    confirmed for what is left and waiting for the rest; else waiting whole.

    A request with an idempotency key seen before returns the registration it made,
    so a double click or a retried POST registers once.
    """
    now = now or timezone.now()
    try:
        with transaction.atomic():
            programme = _lock(programme)
            earlier = Registration.objects.filter(
                programme=programme, idempotency_key=request.idempotency_key
            ).first()
            if earlier:
                return earlier
            _expire_due_offers(programme, now)
            if not programme.accepts_registrations(now):
                raise CapacityError(_("Registration for this programme is closed."))
            if request.students > programme.max_students_per_school:
                raise CapacityError(
                    _("At most %(limit_value)s students per school.")
                    % {"limit_value": programme.max_students_per_school}
                )
            free = _free_places(programme)
            if programme.status == ProgrammeStatus.FULL:
                free = 0
            if request.students <= free:
                held = request.students
            elif request.accepts_fewer:
                held = free
            else:
                held = 0
            registration = Registration.objects.create(
                programme=programme,
                arrival=_next_arrival(programme),
                school_name=request.school_name,
                country=request.country,
                city=request.city,
                teacher_name=request.teacher_name,
                teacher_email=request.teacher_email,
                teacher_phone=request.teacher_phone,
                students=request.students,
                teachers=request.teachers,
                min_age=request.min_age,
                max_age=request.max_age,
                language=request.language,
                accepts_fewer=request.accepts_fewer,
                consented_at=now,
                idempotency_key=request.idempotency_key,
                places_held=held,
                places_waiting=request.students - held,
                state=RegistrationState.CONFIRMED
                if held
                else RegistrationState.WAITING,
            )
            logger.info(
                "Registration %s for programme %s: %s held, %s waiting",
                registration.pk,
                programme.pk,
                held,
                registration.places_waiting,
            )
            _write(registration, EmailKind.RECEIVED)
            return registration
    except IntegrityError:
        # The same form sent twice at the same instant on SQLite, where both may read
        # before either writes: the unique key let one in; return it.
        return Registration.objects.get(
            programme=programme, idempotency_key=request.idempotency_key
        )


def reduce(registration, students, *, now=None):
    """Fewer students: the waiting part goes first, then the offer, then held places;
    the places freed are offered to the waiting list."""
    now = now or timezone.now()
    with _changing(registration, now) as (programme, registration):
        if not 1 <= students < registration.students:
            raise CapacityError(
                _("Give fewer students than now (%(limit_value)s at most).")
                % {"limit_value": registration.students - 1}
            )
        registration.places_held = min(registration.places_held, students)
        registration.places_offered = min(
            registration.places_offered, students - registration.places_held
        )
        if not registration.places_offered:
            registration.offer_expires_at = None
        registration.places_waiting = (
            students - registration.places_held - registration.places_offered
        )
        registration.students = students
        registration.state = _active_state(registration)
        registration.save()
        _write(registration, EmailKind.REDUCED)
        _serve_waiting_list(programme, now)
        return registration


def cancel(registration, *, now=None):
    """Cancel a registration; its places are offered to the waiting list."""
    now = now or timezone.now()
    with _changing(registration, now) as (programme, registration):
        registration.state = RegistrationState.CANCELLED
        registration.places_held = registration.places_offered = 0
        registration.places_waiting = 0
        registration.offer_expires_at = None
        registration.save()
        logger.info("Registration %s cancelled", registration.pk)
        _write(registration, EmailKind.CANCELLED)
        _serve_waiting_list(programme, now)
        return registration


def accept_offer(registration, *, now=None):
    """The school takes the places offered to it, if the offer still runs."""
    now = now or timezone.now()
    with transaction.atomic():
        programme = _lock(registration.programme)
        # An offer past its time expires here even if the worker has not run yet,
        # and the expiry is kept although the acceptance is refused.
        _expire_due_offers(programme, now)
        registration = _reload(registration)
        refused = not (registration.is_active and registration.has_offer)
        if not refused:
            _confirm_offer(registration)
    if refused:
        raise CapacityError(_("There is no offer to accept: it may have expired."))
    return registration


def _confirm_offer(registration):
    registration.places_held += registration.places_offered
    registration.places_offered = 0
    registration.offer_expires_at = None
    registration.state = RegistrationState.CONFIRMED
    registration.save()
    logger.info("Registration %s accepted its offer", registration.pk)
    _write(registration, EmailKind.ACCEPTED)


def serve_after_publish(programme, *, now=None):
    """After an editor publishes a programme (a new capacity, say): due offers expire
    and places now free are offered to the waiting list. A lower capacity confirms
    nobody new and takes no confirmed place away."""
    now = now or timezone.now()
    with transaction.atomic():
        programme = _lock(programme)
        _expire_due_offers(programme, now)
        _serve_waiting_list(programme, now)
        return programme


def on_programme_published(sender, instance, **kwargs):
    serve_after_publish(instance)


def expire_offers(*, now=None):
    """Expire every offer whose time has run out and pass its places on; the number
    expired. For the worker and for cron (manage.py expire_exchange_offers)."""
    now = now or timezone.now()
    programme_ids = (
        Registration.objects.active()
        .filter(places_offered__gt=0, offer_expires_at__lte=now)
        .values_list("programme_id", flat=True)
        .distinct()
    )
    expired = 0
    for programme_id in sorted(set(programme_ids)):
        with transaction.atomic():
            programme = _lock_by_id(programme_id)
            expired += _expire_due_offers(programme, now)
    return expired


@contextmanager
def _changing(registration, now):
    """One transaction under the programme's lock, due offers expired first, with the
    registration read again and refused unless it is still active."""
    with transaction.atomic():
        programme = _lock(registration.programme)
        _expire_due_offers(programme, now)
        registration = _reload(registration)
        if not registration.is_active:
            raise CapacityError(_("This registration is no longer active."))
        yield programme, registration


def _lock(programme):
    return _lock_by_id(programme.pk)


def _lock_by_id(programme_id):
    """The programme's row, locked until the transaction ends (the lock every change
    of its places takes before counting them)."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("Lock a programme only inside a transaction.")
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(f"SET LOCAL lock_timeout = {LOCK_TIMEOUT_MS}")
    try:
        return ExchangeProgrammePage.objects.select_for_update(of=("self",)).get(
            pk=programme_id
        )
    except DatabaseError as error:
        logger.warning("Programme %s stayed locked: %s", programme_id, error)
        raise CapacityError(
            _("Many schools are registering at this moment. Please try again.")
        ) from error


def _reload(registration):
    return Registration.objects.get(pk=registration.pk)


def _free_places(programme):
    taken = Registration.objects.filter(programme=programme).places_taken()
    return max(programme.capacity - taken, 0)


def _next_arrival(programme):
    last = (
        Registration.objects.filter(programme=programme)
        .order_by("-arrival")
        .values_list("arrival", flat=True)
        .first()
    )
    return (last or 0) + 1


def _active_state(registration):
    return (
        RegistrationState.CONFIRMED
        if registration.places_held
        else RegistrationState.WAITING
    )


def _serve_waiting_list(programme, now):
    """Offer free places to the waiting list in arrival order: each entry whose
    students all fit gets an offer; one that does not fit keeps its position."""
    if programme.status == ProgrammeStatus.CANCELLED:
        return
    free = _free_places(programme)
    if not free:
        return
    waiting = Registration.objects.filter(programme=programme).waiting_list()
    for entry in waiting.filter(places_offered=0, places_waiting__lte=free):
        if entry.places_waiting > free:
            continue
        free -= entry.places_waiting
        entry.places_offered = entry.places_waiting
        entry.places_waiting = 0
        entry.offer_expires_at = now + settings.KIZUNA_EXCHANGE_OFFER_HOLD
        entry.save()
        logger.info(
            "Registration %s offered %s places until %s",
            entry.pk,
            entry.places_offered,
            entry.offer_expires_at,
        )
        _write(entry, EmailKind.OFFER)
        expires_at = entry.offer_expires_at
        transaction.on_commit(lambda at=expires_at: tasks.expire_offers_at(at))
        if not free:
            break


def _expire_due_offers(programme, now):
    """Expire the programme's offers that ran out (the lock is held) and pass their
    places on; the number expired. The school keeps the places it already held and
    leaves the waiting list."""
    due = Registration.objects.filter(
        programme=programme, places_offered__gt=0, offer_expires_at__lte=now
    ).active()
    expired = 0
    for entry in due:
        entry.places_offered = entry.places_waiting = 0
        entry.offer_expires_at = None
        if entry.places_held:
            entry.students = entry.places_held
        else:
            # Nothing held: the request as made stays on record for the coordinators.
            entry.state = RegistrationState.EXPIRED
        entry.save()
        logger.info("Offer to registration %s expired", entry.pk)
        _write(entry, EmailKind.OFFER_EXPIRED)
        expired += 1
    if expired:
        _serve_waiting_list(programme, now)
    return expired


def _write(registration, kind):
    """An email to the school, kept in the outbox and sent once the change commits."""
    email = OutboxEmail.objects.create(registration=registration, kind=kind)
    transaction.on_commit(lambda: tasks.send_school_email.enqueue(email.pk))
