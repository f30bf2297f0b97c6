"""A programme's dates and deadlines as a visitor or a school's email reads them."""

from babel import Locale
from babel.dates import format_date, format_skeleton

from core.languages import babel_locale, local_digits
from events.time_display import JUST_BEFORE, date_range, zone_abbreviation


def moment(instant, zone):
    """An instant on the host's clock: "31 March 2027, 17:00 JST" in the active language."""
    locale = Locale.parse(babel_locale())
    local = instant.astimezone(zone)
    day = format_date(local, format="long", locale=locale)
    time = format_skeleton("Hm", local, tzinfo=zone, locale=locale)
    text = locale.datetime_formats["medium"].replace("{1}", day).replace("{0}", time)
    return local_digits(f"{text} {zone_abbreviation(zone, instant)}")


def programme_dates(programme):
    """The days of the programme's event ("20–31 July 2027"), or "" without one."""
    event = programme.event
    if event is None:
        return ""
    first = event.start.astimezone(event.zone).date()
    last = (event.end - JUST_BEFORE).astimezone(event.zone).date()
    return local_digits(date_range(first, last, Locale.parse(babel_locale())))
