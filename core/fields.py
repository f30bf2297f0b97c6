"""Model fields more than one app declares."""

from django.db import models

from .timezones import validate_time_zone
from .widgets import TimeZoneInput

ZONE_NAME_LENGTH = 64


class TimeZoneField(models.CharField):
    """An IANA zone name (Asia/Tokyo): checked against the zones this system knows,
    typed in the editor in a box offering them all, the exchange's zones first."""

    default_validators = [validate_time_zone]

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", ZONE_NAME_LENGTH)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        if kwargs.get("max_length") == ZONE_NAME_LENGTH:
            del kwargs["max_length"]
        return name, path, args, kwargs

    def formfield(self, **kwargs):
        return super().formfield(**{"widget": TimeZoneInput, **kwargs})
