"""A school's registration for a programme, and the emails written to it.

Registrations hold contact details (personal data): they are no Wagtail page, are not
indexed for search, and appear only to the school (through its signed link) and to
coordinators in the admin.
"""

import uuid

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import F, OuterRef, Subquery, Sum
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _

from delegations.models import Delegation
from directory.enums import Country

from ..enums import EmailKind, RegistrationState

# States in which a registration holds places or waits for them.
ACTIVE_STATES = (RegistrationState.CONFIRMED, RegistrationState.WAITING)


class RegistrationQuerySet(models.QuerySet):
    def active(self):
        return self.filter(state__in=ACTIVE_STATES)

    def places_taken(self):
        """Students confirmed or held by an offer, over these registrations."""
        return self.active().aggregate(
            taken=Coalesce(Sum(F("places_held") + F("places_offered")), 0)
        )["taken"]

    def places_taken_by_programme(self):
        """A subquery of the places taken in the outer query's programme."""
        taken = (
            self.active()
            .filter(programme=OuterRef("pk"))
            .order_by()
            .values("programme")
            .annotate(taken=Sum(F("places_held") + F("places_offered")))
            .values("taken")
        )
        return Coalesce(Subquery(taken), 0)

    def waiting_list(self):
        """Registrations still waiting for some of their students, in arrival order."""
        return self.active().filter(places_waiting__gt=0).order_by("arrival")


class Registration(models.Model):
    programme = models.ForeignKey(
        "exchanges.ExchangeProgrammePage",
        verbose_name=_("programme"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    school_name = models.CharField(_("school name"), max_length=200)
    country = models.CharField(_("country"), max_length=2, choices=Country)
    city = models.CharField(_("city"), max_length=100)
    teacher_name = models.CharField(_("contact teacher's name"), max_length=200)
    teacher_email = models.EmailField(_("contact teacher's email"))
    # E.164, as the form normalises it (+81 90 1234 5678 → +819012345678).
    teacher_phone = models.CharField(_("contact teacher's phone"), max_length=20)
    # Students currently wanted (asked for, less any reductions); capacity counts these.
    students = models.PositiveSmallIntegerField(
        _("students"), validators=[MinValueValidator(1)]
    )
    teachers = models.PositiveSmallIntegerField(_("accompanying teachers"))
    min_age = models.PositiveSmallIntegerField(_("youngest student's age"))
    max_age = models.PositiveSmallIntegerField(_("oldest student's age"))
    language = models.CharField(
        _("language of correspondence"), max_length=8, choices=settings.LANGUAGES
    )
    accepts_fewer = models.BooleanField(
        _("accepts fewer places"),
        default=False,
        help_text=_("Confirm what is left and wait for the rest."),
    )
    consented_at = models.DateTimeField(_("consented to the privacy notice at"))
    state = models.CharField(
        _("state"),
        max_length=16,
        choices=RegistrationState,
        default=RegistrationState.WAITING,
    )
    # students = places_held + places_offered + places_waiting, while active.
    places_held = models.PositiveSmallIntegerField(_("places held"), default=0)
    places_offered = models.PositiveSmallIntegerField(_("places offered"), default=0)
    places_waiting = models.PositiveSmallIntegerField(_("places waited for"), default=0)
    offer_expires_at = models.DateTimeField(
        _("offer expires at"), null=True, blank=True
    )
    # The coordinators' reason, sent to the school with the refusal (review.py).
    refusal_reason = models.TextField(_("reason for refusal"), blank=True)
    # The planner's delegation made from this school (delegating.py); the planner
    # keeps it if the registration is erased.
    delegation = models.ForeignKey(
        Delegation,
        verbose_name=_("delegation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Order of arrival in the programme, given under the programme's lock (1, 2, 3, …).
    arrival = models.PositiveIntegerField(_("arrival"), editable=False)
    # The form's hidden token: a resent form finds the registration it made before.
    idempotency_key = models.UUIDField(default=uuid.uuid4, editable=False)
    created_at = models.DateTimeField(_("registered at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        ordering = ["programme", "arrival"]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "arrival"], name="exchanges_unique_arrival"
            ),
            models.UniqueConstraint(
                fields=["programme", "idempotency_key"],
                name="exchanges_unique_idempotency_key",
            ),
            models.CheckConstraint(
                condition=models.Q(max_age__gte=F("min_age")),
                name="exchanges_registration_ages_in_order",
            ),
        ]
        indexes = [models.Index(fields=["offer_expires_at"])]

    def __str__(self):
        return f"{self.school_name} ({self.programme_id})"

    @property
    def is_active(self):
        return self.state in ACTIVE_STATES

    @property
    def has_offer(self):
        return self.places_offered > 0

    def waiting_position(self):
        """1 for the first entry of the waiting list; None when not waiting."""
        if not (self.is_active and self.places_waiting):
            return None
        return (
            Registration.objects.filter(programme_id=self.programme_id)
            .waiting_list()
            .filter(arrival__lt=self.arrival)
            .count()
            + 1
        )


class OutboxEmail(models.Model):
    """One email to a school, kept until it is sent: a mail server that is down delays
    the message, it never loses it (the task retries; see tasks.py)."""

    registration = models.ForeignKey(
        Registration,
        verbose_name=_("registration"),
        on_delete=models.CASCADE,
        related_name="emails",
    )
    kind = models.CharField(_("kind"), max_length=16, choices=EmailKind)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("email to a school")
        verbose_name_plural = _("emails to schools")

    def __str__(self):
        return f"{self.get_kind_display()} → {self.registration_id}"
