"""Organisations and people named in news, events and (later) delegations.

Only public facts live here: names, public roles and websites. Contact details of
delegation members and school staff belong to the apps that need them and never
appear on public pages or feeds.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.search import index

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

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("short_name"), FieldPanel("slug")]),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("country")]),
        FieldPanel("website"),
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
