"""Where events happen and how they are grouped: snippets editors keep once and reuse."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel

from directory.enums import Country

from ..timezones import validate_time_zone


class Venue(models.Model):
    name = models.CharField(_("name"), max_length=255)
    address = models.CharField(_("address"), max_length=255, blank=True)
    city = models.CharField(_("city"), max_length=100)
    country = models.CharField(
        _("country"), max_length=2, choices=Country, default=Country.JAPAN
    )
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        default="Asia/Tokyo",
        validators=[validate_time_zone],
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
        return cls.objects.filter(events__in=events.values("pk")).distinct()

    def clean(self):
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError(_("Give both latitude and longitude, or neither."))


class EventCategory(models.Model):
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"), unique=True, help_text=_("Used in filter links and feed URLs.")
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("event category")
        verbose_name_plural = _("event categories")

    def __str__(self):
        return self.name

    @classmethod
    def used_by(cls, events):
        return cls.objects.filter(events__in=events.values("pk")).distinct()
