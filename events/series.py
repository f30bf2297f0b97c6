"""What pages say of a series: how often it repeats, when it ends, and its dates to come
up to that end, capped with the number left unlisted."""

import datetime
from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext, ngettext_lazy

from core.languages import local_date, local_digits

from . import rules
from .recurrence import MAX_OCCURRENCES
from .time_display import JUST_BEFORE


@dataclass(frozen=True)
class SeriesDates:
    listed: list
    # Dates to come beyond those listed (a lower bound when ``more_at_least``).
    more: int
    more_at_least: bool
    last: object

    def more_text(self):
        """ "And 30 more dates, the last on Saturday, 11 December 2027", or empty."""
        if not self.more:
            return ""
        values = {
            "count": local_digits(self.more),
            "date": local_date(
                self.last.start.astimezone(self.last.event.zone), "full"
            ),
        }
        if self.more_at_least:
            return (
                ngettext(
                    "And at least %(count)s more date.",
                    "And at least %(count)s more dates.",
                    self.more,
                )
                % values
            )
        return (
            ngettext(
                "And %(count)s more date, the last on %(date)s.",
                "And %(count)s more dates, the last on %(date)s.",
                self.more,
            )
            % values
        )


def dates_to_come(event, now, until, shown):
    """The first ``shown`` dates from ``now`` to ``until`` (at most MAX_OCCURRENCES are
    counted), the number beyond them, and the last date."""
    coming = event.occurrences(now, until)
    return SeriesDates(
        listed=coming[:shown],
        more=max(len(coming) - shown, 0),
        more_at_least=len(coming) >= MAX_OCCURRENCES,
        last=coming[-1] if len(coming) > shown else None,
    )


# For each FREQ: words for an INTERVAL of 1, and for more (its plural form picked by
# "interval", "count" being that number in the page's digits).
REPEATS = {
    "DAILY": (
        gettext_lazy("Repeats daily"),
        ngettext_lazy(
            "Repeats every %(count)s day", "Repeats every %(count)s days", "interval"
        ),
    ),
    "WEEKLY": (
        gettext_lazy("Repeats weekly"),
        ngettext_lazy(
            "Repeats every %(count)s week", "Repeats every %(count)s weeks", "interval"
        ),
    ),
    "MONTHLY": (
        gettext_lazy("Repeats monthly"),
        ngettext_lazy(
            "Repeats every %(count)s month",
            "Repeats every %(count)s months",
            "interval",
        ),
    ),
    "YEARLY": (
        gettext_lazy("Repeats yearly"),
        ngettext_lazy(
            "Repeats every %(count)s year", "Repeats every %(count)s years", "interval"
        ),
    ),
}


def repeats_text(event):
    """ "Repeats monthly", "Repeats every 2 weeks": the rule's FREQ and INTERVAL in
    words; empty for an event that does not repeat (or repeats more often than daily)."""
    if not event.rrule:
        return ""
    parts = rules.read_rule(event.rrule)
    interval = int(parts.get("INTERVAL", [1])[0])
    texts = REPEATS.get(str(parts["FREQ"][0]))
    if texts is None:
        return ""
    every_one, every_more = texts
    if interval == 1:
        return str(every_one)
    return every_more % {"interval": interval, "count": local_digits(interval)}


def series_end_text(event):
    """ "Until 11 December 2027", "12 times, last on 4 May 2027", "No end date"; empty for
    an event that does not repeat."""
    if not event.rrule:
        return ""
    parts = rules.read_rule(event.rrule)
    if "COUNT" in parts:
        count = int(parts["COUNT"][0])
        last = (event.series_end - JUST_BEFORE).astimezone(event.zone).date()
        return ngettext(
            "%(count)s time, last on %(date)s",
            "%(count)s times, last on %(date)s",
            count,
        ) % {"count": local_digits(count), "date": local_date(last)}
    if "UNTIL" in parts:
        until = parts["UNTIL"][0]
        if isinstance(until, datetime.datetime):
            until = until.astimezone(event.zone).date()
        return _("Until %(date)s") % {"date": local_date(until)}
    return _("No end date")
