import zoneinfo

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# The two zones of the exchange: every time is also shown in the other one.
EXCHANGE_TIME_ZONES = ("Asia/Phnom_Penh", "Asia/Tokyo")


def is_known_time_zone(name):
    return name in zoneinfo.available_timezones()


def validate_time_zone(value):
    if not is_known_time_zone(value):
        raise ValidationError(
            _(
                "“%(value)s” is not a known time zone. Use an IANA name such as Asia/Tokyo."
            ),
            params={"value": value},
        )
