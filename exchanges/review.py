"""The coordinators' decisions on a registration: confirm it, move it to the waiting
list, refuse it, change its numbers (cancelling is ``capacity.cancel``).

They are the coordinators' half of capacity.py and count places the same way: each
runs in one transaction that first takes the programme's lock through capacity.py,
expires the offers that ran out, and offers the places it frees to the waiting list;
each writes the school an email through the outbox.
"""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from . import capacity
from .capacity import CapacityError
from .enums import EmailKind, RegistrationState

# capacity.py's own steps, shared so that both halves lock, count and write alike.
_lock = capacity._lock
_expire_due_offers = capacity._expire_due_offers
_free_places = capacity._free_places
_next_arrival = capacity._next_arrival
_serve_waiting_list = capacity._serve_waiting_list
_write = capacity._write


def _active(registration):
    registration = capacity._reload(registration)
    if not registration.is_active:
        raise CapacityError(_("This registration is no longer active."))
    return registration


def confirm(registration, *, now=None):
    """Confirm all the school's students, ahead of the waiting list's order (the
    coordinators' call), if the places they still need are free."""
    now = now or timezone.now()
    with transaction.atomic(durable=True):
        programme = _lock(registration.programme)
        _expire_due_offers(programme, now)
        registration = _active(registration)
        if registration.places_held == registration.students:
            raise CapacityError(_("All of this school's students are confirmed."))
        needed = registration.places_waiting
        free = _free_places(programme)
        if needed > free:
            raise CapacityError(
                _(
                    "This school needs %(needed)s more places and only %(free)s are "
                    "free."
                )
                % {"needed": needed, "free": free}
            )
        registration.places_held = registration.students
        registration.places_offered = registration.places_waiting = 0
        registration.offer_expires_at = None
        registration.state = RegistrationState.CONFIRMED
        registration.save()
        _write(registration, EmailKind.CONFIRMED)
        return registration


def move_to_waiting_list(registration, *, now=None):
    """Take back the school's places and put it at the end of the waiting list, as if
    it arrived now; the places go to the entries ahead of it."""
    now = now or timezone.now()
    with transaction.atomic(durable=True):
        programme = _lock(registration.programme)
        _expire_due_offers(programme, now)
        registration = _active(registration)
        if registration.places_waiting == registration.students:
            raise CapacityError(_("This school is already on the waiting list."))
        registration.places_held = registration.places_offered = 0
        registration.places_waiting = registration.students
        registration.offer_expires_at = None
        registration.state = RegistrationState.WAITING
        registration.arrival = _next_arrival(programme)
        registration.save()
        _write(registration, EmailKind.MOVED_TO_WAITING)
        _serve_waiting_list(programme, now)
        return registration


def reject(registration, reason, *, now=None):
    """Refuse the registration for ``reason`` (sent to the school); its places go to
    the waiting list."""
    now = now or timezone.now()
    reason = reason.strip()
    if not reason:
        raise CapacityError(_("Give the school a reason for the refusal."))
    with transaction.atomic(durable=True):
        programme = _lock(registration.programme)
        _expire_due_offers(programme, now)
        registration = _active(registration)
        registration.state = RegistrationState.REJECTED
        registration.refusal_reason = reason
        registration.places_held = registration.places_offered = 0
        registration.places_waiting = 0
        registration.offer_expires_at = None
        registration.save()
        _write(registration, EmailKind.REJECTED)
        _serve_waiting_list(programme, now)
        return registration


def change_students(registration, students, *, now=None):
    """A new number of students: fewer as the school itself reduces them
    (``capacity.reduce``); more wait at the school's place in the list."""
    registration = capacity._reload(registration)
    if students < registration.students:
        return capacity.reduce(registration, students, now=now)
    now = now or timezone.now()
    with transaction.atomic(durable=True):
        programme = _lock(registration.programme)
        _expire_due_offers(programme, now)
        registration = _active(registration)
        if students == registration.students:
            raise CapacityError(_("The school already has this number of students."))
        if students > programme.max_students_per_school:
            raise CapacityError(
                _("At most %(limit)s students per school.")
                % {"limit": programme.max_students_per_school}
            )
        registration.places_waiting += students - registration.students
        registration.students = students
        registration.save()
        _write(registration, EmailKind.CHANGED)
        _serve_waiting_list(programme, now)
        return registration
