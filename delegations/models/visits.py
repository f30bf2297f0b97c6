"""A delegation and the people who travel with it."""

import zoneinfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from core.timezones import validate_time_zone
from directory.models import Organisation, Person

from ..enums import DelegationStatus, Direction, Language, MemberRole, Visibility


class Delegation(ClusterableModel):
    name = models.CharField(_("name"), max_length=255)
    purpose = models.TextField(_("purpose"), blank=True)
    # Only a public summary needs an address; NULLs do not collide under UNIQUE.
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        unique=True,
        null=True,
        blank=True,
        help_text=_("The address of the public summary, as in /en/delegations/slug/."),
    )
    direction = models.CharField(
        _("direction"),
        max_length=8,
        choices=Direction,
        default=Direction.CAMBODIA_TO_JAPAN,
    )
    hosting_organisations = models.ManyToManyField(
        Organisation,
        verbose_name=_("hosting organisations"),
        blank=True,
        related_name="hosted_delegations",
    )
    visiting_organisations = models.ManyToManyField(
        Organisation,
        verbose_name=_("visiting organisations"),
        blank=True,
        related_name="visiting_delegations",
    )
    lead_planner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("lead planner"),
        null=True,
        blank=True,
        # A planner who leaves must not take the delegation with them.
        on_delete=models.SET_NULL,
        related_name="led_delegations",
    )
    first_day = models.DateField(_("first day"))
    last_day = models.DateField(_("last day"))
    host_time_zone = models.CharField(
        _("host time zone"),
        max_length=64,
        default="Asia/Tokyo",
        validators=[validate_time_zone],
        help_text=_("The days of the visit are counted in this zone."),
    )
    status = models.CharField(
        pgettext_lazy("delegation", "status"),
        max_length=16,
        choices=DelegationStatus,
        default=DelegationStatus.PLANNING,
    )
    visibility = models.CharField(
        _("visibility"), max_length=16, choices=Visibility, default=Visibility.PRIVATE
    )
    # Delegations sit above the calendar and the news, so the delegation names them.
    related_events = models.ManyToManyField(
        "events.EventPage",
        verbose_name=_("related events"),
        blank=True,
        related_name="delegations",
    )
    related_news = models.ManyToManyField(
        "news.NewsArticlePage",
        verbose_name=_("related news"),
        blank=True,
        related_name="delegations",
    )

    class Meta:
        ordering = ["-first_day", "pk"]
        verbose_name = _("delegation")
        verbose_name_plural = _("delegations")

    def __str__(self):
        return self.name

    @property
    def host_zone(self):
        return zoneinfo.ZoneInfo(self.host_time_zone)

    def clean(self):
        super().clean()
        errors = {}
        if self.first_day and self.last_day and self.last_day < self.first_day:
            errors["last_day"] = _("The last day must not be before the first day.")
        if self.visibility == Visibility.PUBLIC_SUMMARY and not self.slug:
            errors["slug"] = _("A delegation with a public summary needs a slug.")
        if errors:
            raise ValidationError(errors)

    @property
    def has_public_summary(self):
        return self.visibility == Visibility.PUBLIC_SUMMARY and bool(self.slug)


class Member(models.Model):
    delegation = ParentalKey(
        Delegation,
        verbose_name=_("delegation"),
        on_delete=models.CASCADE,
        related_name="members",
    )
    name = models.CharField(_("name"), max_length=255)
    person = models.ForeignKey(
        Person,
        verbose_name=_("person in the directory"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="delegation_memberships",
        help_text=_("Only for public facts such as the person's public role."),
    )
    role = models.CharField(
        _("role"), max_length=16, choices=MemberRole, default=MemberRole.MEMBER
    )
    preferred_language = models.CharField(
        pgettext_lazy("delegation member", "preferred language"),
        max_length=2,
        choices=Language,
        default=Language.ENGLISH,
    )
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=64, blank=True)
    dietary_notes = models.TextField(_("dietary needs"), blank=True)
    notes = models.TextField(_("other notes"), blank=True)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("member")
        verbose_name_plural = _("members")

    def __str__(self):
        return self.name


def validate_attendees(delegation, attendees):
    """Refuse attendees who are not members of ``delegation`` (forms call this: a
    model's ``clean`` cannot see many-to-many values before they are saved)."""
    strangers = [m for m in attendees if m.delegation_id != delegation.pk]
    if strangers:
        raise ValidationError(
            {
                "attendees": _("Not a member of this delegation: %(names)s.")
                % {"names": ", ".join(sorted(m.name for m in strangers))}
            }
        )
