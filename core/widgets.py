import json

from django import forms
from django.utils.html import format_html, format_html_join

from .timezones import time_zone_names


class TimeZoneInput(forms.TextInput):
    """A zone box offering every IANA name (the exchange's zones first) through a
    datalist, which browsers filter as one types; the value is still checked on the
    server (validate_time_zone), so a typed name that is not a zone gets a message.

    ``venue_zones`` ({venue id: zone}) and ``shown_beside`` (field names) let the admin
    script label those fields with the zone in force: this one, else the venue's.
    """

    def __init__(
        self, attrs=None, *, venue_field="", venue_zones=None, shown_beside=()
    ):
        super().__init__({"autocomplete": "off", **(attrs or {})})
        self.venue_field = venue_field
        self.venue_zones = venue_zones or {}
        self.shown_beside = shown_beside

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        widget_attrs = context["widget"]["attrs"]
        widget_attrs["list"] = f"{widget_attrs.get('id', name)}-zones"
        widget_attrs["data-time-zone-input"] = ""
        if self.shown_beside:
            widget_attrs["data-venue-field"] = self.venue_field
            widget_attrs["data-venue-zones"] = json.dumps(self.venue_zones)
            widget_attrs["data-shown-beside"] = " ".join(self.shown_beside)
        return context

    def render(self, name, value, attrs=None, renderer=None):
        list_id = f"{(attrs or {}).get('id', name)}-zones"
        options = format_html_join(
            "", '<option value="{}"></option>', ((zone,) for zone in time_zone_names())
        )
        return format_html(
            '{}<datalist id="{}">{}</datalist>',
            super().render(name, value, attrs, renderer),
            list_id,
            options,
        )
