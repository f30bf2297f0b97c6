"""Time zones as calendar files name them, read the same way in every process.

icalendar looks a TZID up in a cache that is shared by the whole process and filled
by the VTIMEZONEs of every file read before, so the same file could import in one
worker and not in another. Here a TZID is read from its own text and from the
VTIMEZONEs of its own file only: an IANA name; a Windows name as Outlook and Exchange
write them, through icalendar's Windows → IANA table; a globally unique name
("/mozilla.org/20070129_1/America/New_York") by its IANA tail; else the IANA zone
keeping the same offsets as the file's VTIMEZONE over the years its events fall in.
"""

import datetime
import functools
import zoneinfo

from icalendar.timezone import tzp
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from core.timezones import is_known_time_zone, known_time_zones

# A file's own zone is compared with IANA zones every few hours over the year of its
# first event: Outlook writes only the rule of the present year, which past and
# future rules of the same zone may not keep.
COMPARED_YEARS = 1
SAMPLE_STEP = datetime.timedelta(hours=6)


def named_zone(tzid):
    """The IANA name a TZID stands for by its text alone, or "" when it names none."""
    name = tzid.strip().strip('"').strip()
    if is_known_time_zone(name.strip("/")):
        return name.strip("/")
    if name in WINDOWS_TO_OLSON:
        return WINDOWS_TO_OLSON[name]
    if name.startswith("/"):
        parts = name.strip("/").split("/")
        for first in range(1, len(parts)):
            if is_known_time_zone(tail := "/".join(parts[first:])):
                return tail
    return ""


class FileZones:
    """The zones one file's TZIDs stand for (see the module's docstring)."""

    def __init__(self, calendar, year):
        self.definitions = {
            str(component.get("TZID", "")): component
            for component in calendar.walk("VTIMEZONE")
        }
        self.year = year

    @functools.cache  # noqa: B019 -- one FileZones lives as long as one file's reading
    def zone(self, tzid):
        """The ZoneInfo of ``tzid``, or None when neither its name nor its VTIMEZONE
        gives one."""
        name = named_zone(tzid) or self._equivalent(tzid)
        return zoneinfo.ZoneInfo(name) if name else None

    def _equivalent(self, tzid):
        definition = self.definitions.get(tzid)
        if definition is None:
            return ""
        try:
            own = definition.to_tz(tzp, lookup_tzid=False)
        except (ValueError, TypeError, KeyError, AttributeError, OverflowError):
            return ""
        return equivalent_zone(own, tzid, self.year)


def equivalent_zone(own, tzid, year):
    """The IANA zone with the offsets of ``own`` (a tzinfo) every SAMPLE_STEP of
    COMPARED_YEARS from ``year``: one whose name, then whose city, the TZID contains
    ("(UTC+07:00) Bangkok, Hanoi, Jakarta"), then one in the area it names
    ("/Europe/CUSTOM"), then one with the same abbreviations, then the first by
    name; "" when none matches."""
    start = datetime.datetime(year, 1, 1, tzinfo=datetime.UTC)
    samples = []
    moment = start
    while moment.year < year + COMPARED_YEARS:
        samples.append(moment)
        moment += SAMPLE_STEP
    try:
        wanted = _offsets(own, samples)
    except (ValueError, TypeError, OverflowError):
        return ""
    matches = []
    for name in _candidates():
        candidate = zoneinfo.ZoneInfo(name)
        if samples[0].astimezone(candidate).utcoffset() != wanted[0][0]:
            continue
        seen = _offsets(candidate, samples)
        if all(got[0] == want[0] for got, want in zip(seen, wanted, strict=True)):
            same_names = all(
                got[1] == want[1] for got, want in zip(seen, wanted, strict=True)
            )
            area, *_rest, city = name.split("/")
            matches.append(
                (
                    name not in tzid,
                    city.replace("_", " ") not in tzid,
                    area not in tzid,
                    not same_names,
                    area == "Etc",
                    name,
                )
            )
    return min(matches)[-1] if matches else ""


def _offsets(zone, instants):
    """The offset from UTC and the abbreviation of ``zone`` at each instant."""
    return [
        (local.utcoffset(), local.tzname())
        for local in (instant.astimezone(zone) for instant in instants)
    ]


@functools.cache
def _candidates():
    """Area/City names (and Etc/ fixed offsets) in a stable order; the old
    abbreviations such as "CET" or "EST5EDT" are not offered."""
    return tuple(
        sorted(
            name
            for name in known_time_zones()
            if "/" in name
            and not name.startswith(("posix/", "right/", "SystemV/", "US/"))
        )
    )
