"""Single dates of a repeating event that editors skip, add, cancel or move."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable

from ..enums import DateChangeKind


class EventDateChange(Orderable):
    """One date of a repeating event skipped, added, cancelled or moved."""

    page = ParentalKey(
        "events.EventPage", on_delete=models.CASCADE, related_name="date_changes"
    )
    kind = models.CharField(_("change"), max_length=8, choices=DateChangeKind)
    occurrence_date = models.DateField(
        _("date in the series"),
        null=True,
        blank=True,
        help_text=_("The date to skip, cancel or move (in the event's time zone)."),
    )
    new_start = models.DateTimeField(
        _("new start"),
        null=True,
        blank=True,
        help_text=_("For an extra or moved date (in the event's time zone)."),
    )
    note = models.CharField(_("note"), max_length=255, blank=True)

    panels = [
        FieldRowPanel(
            [FieldPanel("kind"), FieldPanel("occurrence_date"), FieldPanel("new_start")]
        ),
        FieldPanel("note"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("date change")
        verbose_name_plural = _("date changes")

    def clean(self):
        needs_date = self.kind in (
            DateChangeKind.SKIP,
            DateChangeKind.CANCEL,
            DateChangeKind.MOVE,
        )
        needs_start = self.kind in (DateChangeKind.ADD, DateChangeKind.MOVE)
        errors = {}
        if needs_date and not self.occurrence_date:
            errors["occurrence_date"] = _(
                "Give the date in the series this change is for."
            )
        if needs_start and not self.new_start:
            errors["new_start"] = _("Give the new start.")
        if errors:
            raise ValidationError(errors)
