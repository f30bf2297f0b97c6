"""Categories group events for visitors' filters and narrowed feeds."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from core.ordering import EditorOrdered


class EventCategory(EditorOrdered):
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"), unique=True, help_text=_("Used in filter links and feed URLs.")
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta(EditorOrdered.Meta):
        verbose_name = _("event category")
        verbose_name_plural = _("event categories")

    def __str__(self):
        return self.name

    @classmethod
    def used_by(cls, events):
        return cls.objects.filter(events__in=events.values("pk")).distinct()

    @classmethod
    def known_to_visitors(cls, events):
        """Categories a visitor may name: used by one of ``events`` or by no event at
        all; one used only by draft or private events is not revealed."""
        return cls.objects.filter(
            Q(events__in=events.values("pk")) | Q(events__isnull=True)
        ).distinct()
