"""A repeat rule in words, in the active language: "every second Saturday until
11 December 2027", 「毎月第2土曜日（2027年12月11日まで）」.

Only what the editor's choices can say is put into words (see rules.build_rule, plus a
single BYMONTHDAY); a richer imported rule gets None, and the editor sees its dates.
"""

import datetime

from babel.dates import format_skeleton
from babel.lists import format_list
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, pgettext
from icalendar import vWeekday

from core.languages import babel_locale, local_date, local_digits

from . import rules
from .enums import Frequency, Weekday

DESCRIBED_PARTS = {"FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "UNTIL", "COUNT", "WKST"}
WEEKDAY_CODES = list(Weekday.values)


def _ordinal(week):
    """ "second" in "every second Saturday"; -1 is the last week of the month."""
    return {
        1: pgettext("week of month", "first"),
        2: pgettext("week of month", "second"),
        3: pgettext("week of month", "third"),
        4: pgettext("week of month", "fourth"),
        -1: pgettext("week of month", "last"),
    }.get(week)


def _weekday_names(codes):
    names = [str(Weekday(code).label) for code in codes]
    return format_list(names, locale=babel_locale())


def _every(interval, once, many, **values):
    """``once`` for an interval of 1, else ``many`` (which names the interval)."""
    return (once if interval == 1 else many) % {
        **values,
        "count": local_digits(interval),
    }


def day_and_month(day):
    """ "15 December", "12月15日", "១៥ ធ្នូ": a date whose year goes without saying."""
    return local_digits(format_skeleton("MMMMd", day, locale=babel_locale()))


def _repeats(frequency, interval, days, start, parts):
    """The repeating part, or None when the rule says more than these words."""
    if frequency == Frequency.DAILY and not days:
        return _every(
            interval,
            _("every day"),
            ngettext("every %(count)s day", "every %(count)s days", interval),
        )
    if frequency == Frequency.WEEKLY:
        codes = [day.weekday for day in days] or [WEEKDAY_CODES[start.weekday()]]
        if any(day.relative for day in days):
            return None
        return _every(
            interval,
            _("every week on %(weekdays)s"),
            ngettext(
                "every %(count)s week on %(weekdays)s",
                "every %(count)s weeks on %(weekdays)s",
                interval,
            ),
            weekdays=_weekday_names(codes),
        )
    if frequency == Frequency.MONTHLY and days:
        weeks = {day.relative for day in days}
        ordinal = _ordinal(weeks.pop()) if len(weeks) == 1 else None
        if ordinal is None or "BYMONTHDAY" in parts:
            return None
        return _every(
            interval,
            _("every %(ordinal)s %(weekday)s"),
            ngettext(
                "every %(count)s month on the %(ordinal)s %(weekday)s",
                "every %(count)s months on the %(ordinal)s %(weekday)s",
                interval,
            ),
            ordinal=ordinal,
            weekday=_weekday_names([day.weekday for day in days]),
        )
    if frequency == Frequency.MONTHLY:
        month_days = parts.get("BYMONTHDAY", [start.day])
        if len(month_days) != 1 or not 1 <= int(month_days[0]) <= 31:
            return None
        return _every(
            interval,
            _("every month on day %(day)s"),
            ngettext(
                "every %(count)s month on day %(day)s",
                "every %(count)s months on day %(day)s",
                interval,
            ),
            day=local_digits(int(month_days[0])),
        )
    if frequency == Frequency.YEARLY and not days and "BYMONTHDAY" not in parts:
        return _every(
            interval,
            _("every year on %(date)s"),
            ngettext(
                "every %(count)s year on %(date)s",
                "every %(count)s years on %(date)s",
                interval,
            ),
            date=day_and_month(start),
        )
    return None


def describe_rule(rule_text, dtstart, zone):
    """``rule_text`` in words for a series starting at ``dtstart`` (read in ``zone``);
    None when the words would not say all the rule does."""
    try:
        parts = rules.read_rule(rule_text)
        days = [vWeekday(day) for day in parts.get("BYDAY", [])]
        interval = int(parts.get("INTERVAL", [1])[0])
    except (ValueError, TypeError):
        return None
    if set(parts) - DESCRIBED_PARTS:
        return None
    start = (
        dtstart.astimezone(zone) if isinstance(dtstart, datetime.datetime) else dtstart
    )
    frequency = str(parts.get("FREQ", [""])[0]).upper()
    repeats = _repeats(frequency, interval, days, start, parts)
    if repeats is None:
        return None
    if "COUNT" in parts:
        count = int(parts["COUNT"][0])
        return ngettext(
            "%(rule)s, %(count)s time", "%(rule)s, %(count)s times", count
        ) % {
            "rule": repeats,
            "count": local_digits(count),
        }
    if "UNTIL" in parts:
        until = parts["UNTIL"][0]
        if isinstance(until, datetime.datetime):
            until = until.astimezone(zone).date()
        return _("%(rule)s until %(date)s") % {
            "rule": repeats,
            "date": local_date(until),
        }
    return repeats
