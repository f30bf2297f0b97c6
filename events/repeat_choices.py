"""The Repeat panel's choices and the rule they make, for the event editor and its live
preview alike, with the reading of typed times both need."""

import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.timezones import is_known_time_zone, wall_clock

from . import recurrence, rules
from .enums import Frequency, Weekday, WeekOfMonth


def zone_in_force(time_zone, venue):
    """The name of the zone times are typed in: the one chosen, else the venue's;
    None when that is missing or unknown (the model says so)."""
    name = time_zone or (venue.time_zone if venue else "")
    return name if is_known_time_zone(name) else None


def typed_times(start, end, all_day, zone):
    """The event's aware start and end from times typed in the editor.

    Django reads a typed time in the editor's active zone; editors type the venue's
    clock, so the same wall-clock time is re-read in the event's ``zone``. All-day runs
    from midnight of the first day to midnight after the last day.
    """
    current = timezone.get_current_timezone()
    if all_day:
        first, last = start.astimezone(current).date(), end.astimezone(current).date()
        return (
            datetime.datetime.combine(first, datetime.time(), zone),
            datetime.datetime.combine(
                last + datetime.timedelta(days=1), datetime.time(), zone
            ),
        )
    return wall_clock(start, current, zone), wall_clock(end, current, zone)


def out_of_range_message():
    return _("Give a date between %(first)d and %(last)d.") % {
        "first": recurrence.FIRST_YEAR,
        "last": recurrence.LAST_YEAR,
    }


def in_calendar_range(form, **values):
    """Whether every one of ``values`` falls in the calendar's years; if not, the
    field gets a message (dates near year 1 or 9999 cannot be stored in every zone)."""
    fine = True
    for name, value in values.items():
        if value and not recurrence.is_in_calendar_range(value):
            form.add_error(name, out_of_range_message())
            fine = False
    return fine


class RepeatChoicesForm(forms.Form):
    """The plain choices an editor makes a repeat rule from."""

    repeat = forms.ChoiceField(
        label=_("Repeats"),
        required=False,
        choices=[("", _("Does not repeat")), *Frequency.choices],
    )
    repeat_interval = forms.IntegerField(
        label=_("Every"),
        min_value=1,
        max_value=99,
        initial=1,
        required=False,
        help_text=_("1 = every day/week/month/year, 2 = every other one, …"),
    )
    repeat_weekdays = forms.MultipleChoiceField(
        label=_("On"),
        choices=Weekday.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("For weekly events; none means the weekday of the start."),
    )
    repeat_week_of_month = forms.TypedChoiceField(
        label=_("Monthly on the"),
        choices=[("", _("same date each month")), *WeekOfMonth.choices],
        coerce=int,
        empty_value=None,
        required=False,
    )
    repeat_monthly_weekday = forms.ChoiceField(
        label=_("Weekday"),
        choices=[("", _("weekday of the start")), *Weekday.choices],
        required=False,
        help_text=_("For example the second Saturday."),
    )
    repeat_until = forms.DateField(label=_("Until (included)"), required=False)
    repeat_count = forms.IntegerField(
        label=_("Number of times"),
        min_value=1,
        max_value=rules.MAX_COUNT,
        required=False,
    )

    REPEAT_FIELDS = (
        "repeat",
        "repeat_interval",
        "repeat_weekdays",
        "repeat_week_of_month",
        "repeat_monthly_weekday",
        "repeat_until",
        "repeat_count",
    )

    @staticmethod
    def choices_of(rule, zone):
        """The choices that make ``rule``, to show it in the fields (build_rule's inverse)."""
        choices = rules.parse_rule(rule, zone)
        # "The second Saturday" has its own weekday, apart from the weekly ones.
        monthly = choices["week_of_month"] and len(choices["weekdays"]) == 1
        return {
            "repeat": choices["frequency"],
            "repeat_interval": choices["interval"],
            "repeat_weekdays": [] if monthly else choices["weekdays"],
            "repeat_week_of_month": choices["week_of_month"],
            "repeat_monthly_weekday": choices["weekdays"][0] if monthly else "",
            "repeat_until": choices["until"],
            "repeat_count": choices["count"],
        }

    @staticmethod
    def _fits_the_fields(rule, zone, all_day):
        """Whether these fields say all of ``rule``: one weekday for a monthly one."""
        if not rules.is_editable(rule, zone, all_day):
            return False
        choices = rules.parse_rule(rule, zone)
        return not (choices["week_of_month"] and len(choices["weekdays"]) > 1)

    def chosen_rule(self, cleaned, *, current, start, zone, all_day):
        """The rule the choices make ("" for none) for a series from ``start``, where
        ``current`` is the saved rule; None, with a message on the field, when the
        choices contradict each other.

        The form's initial values must be ``choices_of(current)``: a rule from an
        import can say more than these fields (BYMONTHDAY, …), and is kept as it is
        unless the editor changes a choice.
        """
        untouched = not any(name in self.changed_data for name in self.REPEAT_FIELDS)
        if current and untouched and not self._fits_the_fields(current, zone, all_day):
            return current
        frequency = cleaned.get("repeat")
        if not frequency:
            return ""
        if cleaned.get("repeat_until") and cleaned.get("repeat_count"):
            self.add_error(
                "repeat_count", _("Give an end date or a number of times, not both.")
            )
            return None
        week_of_month = (
            cleaned.get("repeat_week_of_month")
            if frequency == Frequency.MONTHLY
            else None
        )
        if week_of_month:
            weekdays = [
                cleaned.get("repeat_monthly_weekday")
                or list(Weekday.values)[start.weekday()]
            ]
        elif frequency == Frequency.WEEKLY:
            weekdays = cleaned.get("repeat_weekdays") or []
        else:
            weekdays = []
        if not in_calendar_range(self, repeat_until=cleaned.get("repeat_until")):
            return None
        return rules.build_rule(
            frequency,
            zone=zone,
            interval=cleaned.get("repeat_interval") or 1,
            weekdays=weekdays,
            week_of_month=week_of_month,
            until=cleaned.get("repeat_until"),
            count=cleaned.get("repeat_count"),
            all_day=all_day,
        )

    def rule_can_be_kept(self, trial):
        """Whether the rule of ``trial`` (an unsaved event) can be kept; if not, the
        Repeat field says why."""
        try:
            recurrence.validate_rule(trial)
        except forms.ValidationError as error:
            self.add_error("repeat", error)
            return False
        return True
