"""What stays of a programme's registrations once their personal data is erased:
how many schools and students there were, per country and state (erasure.py)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from directory.enums import Country

from ..enums import RegistrationState


class ErasedRegistrationCount(models.Model):
    programme = models.ForeignKey(
        "exchanges.ExchangeProgrammePage",
        verbose_name=_("programme"),
        on_delete=models.CASCADE,
        related_name="erased_counts",
    )
    country = models.CharField(_("country"), max_length=2, choices=Country)
    state = models.CharField(_("state"), max_length=16, choices=RegistrationState)
    registrations = models.PositiveIntegerField(_("registrations"))
    students = models.PositiveIntegerField(_("students"))
    erased_at = models.DateTimeField(_("erased at"))

    class Meta:
        ordering = ["programme", "country", "state"]
        verbose_name = _("anonymous registration count")
        verbose_name_plural = _("anonymous registration counts")
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "country", "state"],
                name="exchanges_unique_erased_count",
            )
        ]

    def __str__(self):
        return (
            f"{self.programme_id} {self.country} {self.state}: "
            f"{self.registrations} / {self.students}"
        )
