"""The public "who and where": organisations, people and venues named in news, events,
delegations and exchanges.

Only public facts live here: names, public roles, websites and addresses. Contact
details of delegation members and school staff belong to the apps that need them and
never appear on public pages or feeds.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.search import index

from core.fields import TimeZoneField

from .enums import Country, OrganisationKind


class Organisation(index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=255)
    short_name = models.CharField(
        _("short name"),
        max_length=64,
        blank=True,
        help_text=_("For example JICA or MLVT."),
    )
    slug = models.SlugField(
        _("slug"),
        unique=True,
        help_text=_("Used in news filter links; never translated."),
    )
    kind = models.CharField(
        _("kind"),
        max_length=32,
        choices=OrganisationKind,
        default=OrganisationKind.OTHER,
    )
    country = models.CharField(
        _("country"), max_length=2, choices=Country, default=Country.JAPAN
    )
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(
        _("public email"),
        blank=True,
        help_text=_(
            "Shown in calendar feeds as the organiser's address of the events it holds."
        ),
    )

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("short_name"), FieldPanel("slug")]),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("country")]),
        FieldRowPanel([FieldPanel("website"), FieldPanel("email")]),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("short_name"),
        index.AutocompleteField("name"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self):
        return self.name


class Person(index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=255)
    role = models.CharField(
        _("public role"),
        max_length=255,
        blank=True,
        help_text=_("As written in the news, for example Minister of Foreign Affairs."),
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
    )

    panels = [FieldPanel("name"), FieldPanel("role"), FieldPanel("organisation")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def __str__(self):
        return self.name


class Venue(models.Model):
    name = models.CharField(_("name"), max_length=255)
    address = models.CharField(_("address"), max_length=255, blank=True)
    city = models.CharField(_("city"), max_length=100)
    country = models.CharField(
        _("country"), max_length=2, choices=Country, default=Country.JAPAN
    )
    time_zone = TimeZoneField(
        _("time zone"),
        default="Asia/Tokyo",
        help_text=_("IANA name, for example Asia/Tokyo or Asia/Phnom_Penh."),
    )
    latitude = models.DecimalField(
        _("latitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("address"),
        FieldRowPanel(
            [FieldPanel("city"), FieldPanel("country"), FieldPanel("time_zone")]
        ),
        FieldRowPanel(
            [FieldPanel("latitude"), FieldPanel("longitude")], heading=_("Coordinates")
        ),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("venue")
        verbose_name_plural = _("venues")

    def __str__(self):
        return f"{self.name}, {self.city}"

    @classmethod
    def used_by(cls, events):
        """The venues of ``events`` (any queryset of a model with a ``venue`` key)."""
        return cls.objects.filter(pk__in=events.values("venue")).distinct()

    def clean(self):
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError(_("Give both latitude and longitude, or neither."))
