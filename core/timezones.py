import functools
import zoneinfo

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# The two zones of the exchange: every time is also shown in the other one.
EXCHANGE_TIME_ZONES = ("Asia/Phnom_Penh", "Asia/Tokyo")


@functools.cache
def known_time_zones():
    """The IANA names this system knows; reading them scans the zone files (~45 ms),
    so it is done once per process."""
    return frozenset(zoneinfo.available_timezones())


def is_known_time_zone(name):
    return name in known_time_zones()


def wall_clock(value, from_zone, to_zone):
    """The same wall-clock reading in another zone (10:00 Tokyo → 10:00 Phnom Penh):
    admin forms read typed times in the zone of the thing they describe."""
    return value.astimezone(from_zone).replace(tzinfo=None).replace(tzinfo=to_zone)


def validate_time_zone(value):
    if not is_known_time_zone(value):
        raise ValidationError(
            _(
                "“%(value)s” is not a known time zone. Use an IANA name such as Asia/Tokyo."
            ),
            params={"value": value},
        )


@functools.cache
def time_zone_names():
    """Every known zone name to offer an editor: the exchange's zones first, then the
    rest in alphabetical order."""
    rest = sorted(known_time_zones() - set(EXCHANGE_TIME_ZONES))
    return (*EXCHANGE_TIME_ZONES, *rest)
