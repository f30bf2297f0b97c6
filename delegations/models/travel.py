"""How long the journeys between the cities usually take."""

from django.core.validators import MinValueValidator
from django.db import models
from django.db.models.functions import Greatest, Least
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel

from ..enums import City, TravelMode


class TravelTime(models.Model):
    """The usual door-to-door time between two cities by one mode, either way."""

    from_city = models.CharField(_("from"), max_length=32, choices=City)
    to_city = models.CharField(_("to"), max_length=32, choices=City)
    mode = models.CharField(_("mode of travel"), max_length=16, choices=TravelMode)
    minutes = models.PositiveIntegerField(
        _("usual door-to-door minutes"), validators=[MinValueValidator(1)]
    )

    panels = [
        FieldRowPanel([FieldPanel("from_city"), FieldPanel("to_city")]),
        FieldRowPanel([FieldPanel("mode"), FieldPanel("minutes")]),
    ]

    class Meta:
        ordering = ["from_city", "to_city", "mode"]
        verbose_name = _("travel time")
        verbose_name_plural = _("travel times")
        constraints = [
            # One row serves both directions: Tokyo → Nagano is Nagano → Tokyo.
            models.UniqueConstraint(
                Least("from_city", "to_city"),
                Greatest("from_city", "to_city"),
                "mode",
                name="travel_time_once_per_pair_and_mode",
                violation_error_message=_(
                    "The table already has a time between these cities by this mode."
                ),
            ),
            models.CheckConstraint(
                condition=~models.Q(from_city=models.F("to_city")),
                name="travel_time_between_two_cities",
                violation_error_message=_("Choose two different cities."),
            ),
        ]

    def __str__(self):
        return (
            f"{self.get_from_city_display()} ↔ {self.get_to_city_display()} "
            f"({self.get_mode_display()})"
        )
