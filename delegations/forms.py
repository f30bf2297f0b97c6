"""The planner's forms: a delegation's related pages, an itinerary item entered in
local time, a move by days and minutes, a day duplicated, an itinerary copied."""

import datetime
import zoneinfo

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from core.languages import local_date
from core.timezones import validate_time_zone

from .enums import CITY_PLACES
from .models import Delegation, ItineraryItem, Member, validate_attendees
from .widgets import FilteredCheckboxes

# A move is at most this far at once (a keyboard press moves 15 minutes or a day).
MAX_MOVE_DAYS = 62
MAX_MOVE_MINUTES = 24 * 60


class LocalDateTimeField(forms.Field):
    """A wall-clock date and time (``2024-05-13T09:30``), without a zone: the form
    places it in the item's own zone."""

    widget = forms.DateTimeInput(
        attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"
    )
    default_error_messages = {
        "invalid": _("Enter a date and time such as 2024-05-13 09:30."),
    }

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, datetime.datetime):
            return value.replace(tzinfo=None)
        try:
            return datetime.datetime.fromisoformat(str(value).strip()).replace(
                tzinfo=None
            )
        except ValueError:
            raise ValidationError(
                self.error_messages["invalid"], code="invalid"
            ) from None


def aware(local, zone_name):
    """``local`` wall time in ``zone_name``, or None for a time the clocks skip."""
    zone = zoneinfo.ZoneInfo(zone_name)
    instant = local.replace(tzinfo=zone)
    round_trip = instant.astimezone(datetime.UTC).astimezone(zone)
    return instant if round_trip.replace(tzinfo=None) == local else None


def event_day(event):
    return event.start.astimezone(event.zone)


def offer_newest_first(field, order, day_of):
    """Offer ``field``'s pages newest first, each with its date, so that a planner
    tells this year's seminar from last year's."""
    field.queryset = field.queryset.order_by(order, "pk")
    field.label_from_instance = lambda page: (
        f"{page.title} ({local_date(day_of(page))})"
    )


class DelegationForm(WagtailAdminModelForm):
    """The delegation's edit form, its related events and news newest first."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        offer_newest_first(self.fields["related_events"], "-start", event_day)
        offer_newest_first(self.fields["related_news"], "-date", lambda a: a.date)


class ItineraryItemForm(forms.ModelForm):
    """Start and end are entered on the local clocks: the start in the zone of the
    item's place, the end in its arrival zone (a flight lands on Tokyo time)."""

    start = LocalDateTimeField(label=_("start (local time)"))
    end = LocalDateTimeField(label=_("end (local time)"))

    class Meta:
        model = ItineraryItem
        fields = [
            "kind",
            "title_en",
            "title_ja",
            "title_km",
            "start",
            "end",
            "venue",
            "city",
            "from_city",
            "to_city",
            "travel_mode",
            "time_zone",
            "arrival_time_zone",
            "attendees",
            "counterpart_organisations",
            "counterpart_people",
            "related_events",
            "is_public",
            "public_description_en",
            "public_description_ja",
            "public_description_km",
            "internal_notes",
        ]
        widgets = {
            "attendees": forms.CheckboxSelectMultiple,
            # Another delegation booking the same counterpart at the same time is
            # warned about (conflict rule 6).
            "counterpart_organisations": FilteredCheckboxes(
                filter_label=_("Filter the organisations")
            ),
            "counterpart_people": FilteredCheckboxes(
                filter_label=_("Filter the people")
            ),
            "related_events": FilteredCheckboxes(filter_label=_("Filter the events")),
        }

    def __init__(self, *args, delegation, **kwargs):
        super().__init__(*args, **kwargs)
        self.delegation = delegation
        self.instance.delegation = delegation
        self.fields["title_en"].required = True
        offer_newest_first(self.fields["related_events"], "-start", event_day)
        attendees = self.fields["attendees"]
        # Any member is accepted so that a stranger gets validate_attendees' message,
        # but only this delegation's members are offered.
        attendees.queryset = Member.objects.all()
        attendees.widget.choices = [
            (member.pk, member.name) for member in delegation.members.all()
        ]
        item = self.instance
        if item.pk:  # its zones were settled when it was saved
            start_zone = item.time_zone or delegation.host_time_zone
            self.initial["start"] = self.local(item.start, start_zone)
            self.initial["end"] = self.local(
                item.end, item.arrival_zone_name or start_zone
            )

    @staticmethod
    def local(instant, zone_name):
        return instant.astimezone(zoneinfo.ZoneInfo(zone_name)).replace(tzinfo=None)

    def start_zone(self, data):
        """The zone the start is read in: as given, else the venue's or the city's."""
        if data.get("time_zone"):
            return data["time_zone"]
        is_travel = data.get("kind") == "travel"
        if data.get("venue") and not is_travel:
            return data["venue"].time_zone
        city = data.get("from_city") if is_travel else data.get("city")
        if city:
            return CITY_PLACES[city][1]
        return self.delegation.host_time_zone

    def end_zone(self, data):
        if data.get("arrival_time_zone"):
            return data["arrival_time_zone"]
        if data.get("kind") == "travel" and data.get("to_city"):
            return CITY_PLACES[data["to_city"]][1]
        return self.start_zone(data)

    def clean(self):
        data = super().clean()
        for name in ("time_zone", "arrival_time_zone"):
            if data.get(name):
                try:
                    validate_time_zone(data[name])
                except ValidationError as error:
                    self.add_error(name, error)
        if "time_zone" in self.errors or "arrival_time_zone" in self.errors:
            return data  # times cannot be read on an unknown clock
        for name, zone in (
            ("start", self.start_zone(data)),
            ("end", self.end_zone(data)),
        ):
            if data.get(name) is None:
                continue
            instant = aware(data[name], zone)
            if instant is None:
                self.add_error(name, _("This time does not exist on the local clock."))
            data[name] = instant
        try:
            validate_attendees(self.delegation, data.get("attendees") or ())
        except ValidationError as error:
            self.add_error(None, error)
        return data

    def _post_clean(self):
        # The model's clean reads start/end as aware instants.
        for name in ("start", "end"):
            if self.cleaned_data.get(name) is None:
                self.cleaned_data.pop(name, None)
        super()._post_clean()


class MoveForm(forms.Form):
    """Move an item by whole days (same local time) and by minutes."""

    days = forms.IntegerField(
        label=_("days"), min_value=-MAX_MOVE_DAYS, max_value=MAX_MOVE_DAYS, initial=0
    )
    minutes = forms.IntegerField(
        label=_("minutes"),
        min_value=-MAX_MOVE_MINUTES,
        max_value=MAX_MOVE_MINUTES,
        initial=0,
    )


class DuplicateDayForm(forms.Form):
    day = forms.DateField(
        label=_("day to copy"), widget=forms.DateInput(attrs={"type": "date"})
    )
    new_day = forms.DateField(
        label=_("copy to"), widget=forms.DateInput(attrs={"type": "date"})
    )

    def clean(self):
        data = super().clean()
        if data.get("day") and data.get("day") == data.get("new_day"):
            self.add_error("new_day", _("Choose another day to copy to."))
        return data


class CopyItineraryForm(forms.Form):
    """Copy the whole itinerary into a new delegation starting on ``first_day``, or
    into an existing delegation (shifted to its first day)."""

    first_day = forms.DateField(
        label=_("first day of a new delegation"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    target = forms.ModelChoiceField(
        label=_("or copy into this delegation"),
        queryset=Delegation.objects.none(),
        required=False,
    )

    def __init__(self, *args, source, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["target"].queryset = Delegation.objects.exclude(pk=source.pk)

    def clean(self):
        data = super().clean()
        if not data.get("first_day") and not data.get("target"):
            raise ValidationError(
                _("Give the first day of a new delegation or choose a delegation.")
            )
        return data
