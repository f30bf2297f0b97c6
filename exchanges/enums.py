from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class ProgrammeStatus(models.TextChoices):
    """What the coordinators say of a programme; the page adds what the clock and the
    places left say (see ``ExchangeProgrammePage.window_state``)."""

    OPEN = "open", pgettext_lazy("programme status", "Open")
    # New registrations all join the waiting list, even if places seem free
    # (the coordinators hold them back).
    FULL = "full", _("Full — waiting list open")
    CLOSED = "closed", pgettext_lazy("programme status", "Closed")
    CANCELLED = "cancelled", pgettext_lazy("programme status", "Cancelled")


class WindowState(models.TextChoices):
    """The registration window as a visitor sees it now."""

    NOT_YET_OPEN = "not_yet_open", _("Registration has not opened yet")
    OPEN = "open", _("Registration is open")
    WAITING_LIST = "waiting_list", _("Full — new registrations join the waiting list")
    CLOSED = "closed", _("Registration is closed")
    CANCELLED = "cancelled", _("This programme has been cancelled")


class RegistrationState(models.TextChoices):
    # Confirmed for ``places_held`` students; if fewer than ``students``, it also
    # waits for the rest (a school that accepts fewer places than it asked for).
    CONFIRMED = "confirmed", pgettext_lazy("registration state", "Confirmed")
    WAITING = "waiting", _("On the waiting list")
    CANCELLED = "cancelled", pgettext_lazy("registration state", "Cancelled")
    REJECTED = "rejected", pgettext_lazy("registration state", "Refused")
    # An offer ran out before the school accepted it; its places passed on.
    EXPIRED = "expired", _("Offer expired")


class EmailKind(models.TextChoices):
    """Why a school is written to; each has its own subject and text (emails.py)."""

    RECEIVED = "received", _("Registration received")
    OFFER = "offer", _("Places offered")
    ACCEPTED = "accepted", _("Offer accepted")
    OFFER_EXPIRED = "offer_expired", _("Offer expired")
    REDUCED = "reduced", _("Numbers reduced")
    CANCELLED = "cancelled", _("Registration cancelled")
    # The coordinators' decisions (exchanges/review.py).
    CONFIRMED = "confirmed", _("Places confirmed")
    MOVED_TO_WAITING = "moved_to_waiting", _("Moved to the waiting list")
    REJECTED = "rejected", _("Registration refused")
    CHANGED = "changed", _("Numbers changed")
