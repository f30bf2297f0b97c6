"""What the delegation does, where and when."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.timezones import validate_time_zone
from directory.models import Organisation, Person, Venue
from events.models.pages import new_uid

from ..enums import CITY_PLACES, City, ItemKind, TravelMode
from .visits import Delegation, Member


def city_of_venue(venue):
    """The city a venue is in, matched by its English city name ("" if none)."""
    name = getattr(venue, "city_en", None) or venue.city
    return City(name) if name in City.values else ""


class ItineraryItem(models.Model):
    delegation = models.ForeignKey(
        Delegation,
        verbose_name=_("delegation"),
        on_delete=models.CASCADE,
        related_name="items",
    )
    kind = models.CharField(
        _("kind"), max_length=16, choices=ItemKind, default=ItemKind.MEETING
    )
    title = models.CharField(_("title"), max_length=255)
    public_description = models.TextField(_("public description"), blank=True)
    # Aware instants (UTC in the database). A journey starts in ``time_zone`` and
    # ends in ``arrival_time_zone`` (Phnom Penh time out, Tokyo time in).
    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("end"))
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        blank=True,
        validators=[validate_time_zone],
        help_text=_("Leave empty to use the zone of the venue or city."),
    )
    arrival_time_zone = models.CharField(
        _("arrival time zone"),
        max_length=64,
        blank=True,
        validators=[validate_time_zone],
        help_text=_("For travel into another zone; empty means the same zone."),
    )
    venue = models.ForeignKey(
        Venue,
        verbose_name=_("venue"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="itinerary_items",
    )
    city = models.CharField(
        _("city"),
        max_length=32,
        choices=City,
        blank=True,
        help_text=_("Where the item takes place when there is no venue."),
    )
    counterpart_organisations = models.ManyToManyField(
        Organisation,
        verbose_name=_("counterpart organisations"),
        blank=True,
        related_name="itinerary_items",
    )
    counterpart_people = models.ManyToManyField(
        Person,
        verbose_name=_("counterpart people"),
        blank=True,
        related_name="itinerary_items",
    )
    # A lecture of a public seminar week, a signing the calendar announces.
    related_events = models.ManyToManyField(
        "events.EventPage",
        verbose_name=_("related events"),
        blank=True,
        related_name="itinerary_items",
        help_text=_("Public items link them on the delegation's public summary."),
    )
    attendees = models.ManyToManyField(
        Member,
        verbose_name=_("attending members"),
        blank=True,
        related_name="items",
        help_text=_("Leave empty when the whole delegation attends."),
    )
    is_public = models.BooleanField(_("public"), default=False)
    internal_notes = models.TextField(_("internal notes"), blank=True)
    from_city = models.CharField(_("from"), max_length=32, choices=City, blank=True)
    to_city = models.CharField(_("to"), max_length=32, choices=City, blank=True)
    travel_mode = models.CharField(
        _("mode of travel"), max_length=16, choices=TravelMode, blank=True
    )
    uid = models.CharField(
        _("calendar UID"), max_length=255, unique=True, default=new_uid, editable=False
    )
    sequence = models.PositiveIntegerField(
        _("calendar sequence"), default=0, editable=False
    )

    class Meta:
        ordering = ["start", "pk"]
        verbose_name = _("itinerary item")
        verbose_name_plural = _("itinerary items")
        indexes = [models.Index(fields=["delegation", "start"])]

    def __str__(self):
        return self.title

    @property
    def is_travel(self):
        return self.kind == ItemKind.TRAVEL

    @property
    def start_city(self):
        if self.is_travel:
            return self.from_city
        return city_of_venue(self.venue) if self.venue else self.city

    @property
    def end_city(self):
        return self.to_city if self.is_travel else self.start_city

    @property
    def country(self):
        """The country where the item starts ("" when unknown)."""
        if self.venue and not self.is_travel:
            return self.venue.country
        return CITY_PLACES[self.start_city][0] if self.start_city else ""

    @property
    def arrival_zone_name(self):
        return self.arrival_time_zone or self.time_zone

    def clean(self):
        super().clean()
        errors = {}
        if not self.time_zone:
            if self.venue and not self.is_travel:
                self.time_zone = self.venue.time_zone
            elif self.start_city:
                self.time_zone = CITY_PLACES[self.start_city][1]
            elif not self.is_travel:  # a journey says where it starts instead
                errors["time_zone"] = _("Choose a venue, a city or a time zone.")
        if self.is_travel:
            errors.update(self._travel_errors())
            if not self.arrival_time_zone and self.to_city:
                arrival = CITY_PLACES[self.to_city][1]
                if arrival != self.time_zone:
                    self.arrival_time_zone = arrival
        if self.start and self.end and self.end <= self.start:
            errors["end"] = _("The end must be after the start.")
        if errors:
            raise ValidationError(errors)

    def _travel_errors(self):
        needed = {
            "from_city": _("Say where the journey starts."),
            "to_city": _("Say where the journey ends."),
            "travel_mode": _("Say how the delegation travels."),
        }
        errors = {
            name: message for name, message in needed.items() if not getattr(self, name)
        }
        if self.from_city and self.from_city == self.to_city:
            errors["to_city"] = _("The journey must end in another city.")
        return errors

    def schedule_fingerprint(self):
        """What members' calendars hold of this item: a change here bumps SEQUENCE."""
        return (
            self.start,
            self.end,
            self.time_zone,
            self.arrival_time_zone,
            self.venue_id,
            self.city,
            self.from_city,
            self.to_city,
        )

    def save(self, *args, **kwargs):
        if self.pk and kwargs.get("update_fields") is None:
            previous = ItineraryItem.objects.filter(pk=self.pk).first()
            if previous is not None:
                self.sequence = max(self.sequence, previous.sequence)
                if previous.schedule_fingerprint() != self.schedule_fingerprint():
                    self.sequence += 1
        super().save(*args, **kwargs)
