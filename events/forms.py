"""The event editor: times in the event's own zone, and a repeat rule built from plain choices."""

import datetime
import zoneinfo

from babel.lists import format_list
from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.forms import WagtailAdminPageForm

from core.languages import babel_locale, local_digits
from core.timezones import is_known_time_zone, wall_clock
from core.widgets import TimeZoneInput
from directory.models import Venue

from . import recurrence, rules
from .enums import DateChangeKind, Frequency, Weekday, WeekOfMonth
from .rule_text import day_and_month


def out_of_range_message():
    return _("Give a date between %(first)d and %(last)d.") % {
        "first": recurrence.FIRST_YEAR,
        "last": recurrence.LAST_YEAR,
    }


class EventPageForm(WagtailAdminPageForm):
    """Editors type times as the venue's clock shows them, whatever their own zone.

    Django reads a typed time in the editor's active zone; the form re-reads the same
    wall-clock time in the event's zone, and shows stored times the same way round.
    """

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

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["time_zone"].widget = TimeZoneInput(
            venue_field="venue",
            venue_zones=dict(Venue.objects.values_list("pk", "time_zone")),
            shown_beside=("start", "end"),
        )
        event = self.instance
        if event.pk and event.time_zone:
            current = timezone.get_current_timezone()
            self.initial["start"] = wall_clock(event.start, event.zone, current)
            end = event.end - datetime.timedelta(days=1) if event.all_day else event.end
            self.initial["end"] = wall_clock(end, event.zone, current)
            for change_form in self.formsets["date_changes"].forms:
                if change_form.instance.new_start:
                    change_form.initial["new_start"] = wall_clock(
                        change_form.instance.new_start, event.zone, current
                    )
        if event.rrule:
            rule = rules.parse_rule(event.rrule, event.zone)
            # "The second Saturday" has its own weekday, apart from the weekly ones.
            monthly = rule["week_of_month"] and len(rule["weekdays"]) == 1
            self.initial.update(
                repeat=rule["frequency"],
                repeat_interval=rule["interval"],
                repeat_weekdays=[] if monthly else rule["weekdays"],
                repeat_week_of_month=rule["week_of_month"],
                repeat_monthly_weekday=rule["weekdays"][0] if monthly else "",
                repeat_until=rule["until"],
                repeat_count=rule["count"],
            )

    def _event_zone(self, cleaned):
        """The zone times are typed in; a missing or unknown one is reported by the model."""
        venue = cleaned.get("venue")
        name = cleaned.get("time_zone") or (venue.time_zone if venue else "")
        if not is_known_time_zone(name):
            return None
        cleaned["time_zone"] = name
        return zoneinfo.ZoneInfo(name)

    def clean(self):
        cleaned = super().clean()
        zone = self._event_zone(cleaned)
        start, end = cleaned.get("start"), cleaned.get("end")
        if zone is None or start is None or end is None:
            return cleaned
        if not self._in_calendar_range(start=start, end=end):
            return cleaned
        current = timezone.get_current_timezone()
        if cleaned.get("all_day"):
            # All-day: from midnight of the first day to midnight after the last day.
            first, last = (
                start.astimezone(current).date(),
                end.astimezone(current).date(),
            )
            start = datetime.datetime.combine(first, datetime.time(), zone)
            end = datetime.datetime.combine(
                last + datetime.timedelta(days=1), datetime.time(), zone
            )
        else:
            start, end = (
                wall_clock(start, current, zone),
                wall_clock(end, current, zone),
            )
        cleaned["start"], cleaned["end"] = start, end
        if end <= start:
            # The model's clean says so, once; nothing else can be checked against it.
            return cleaned
        self._clean_date_changes(zone, current)
        self._clean_repeat(cleaned)
        self._check_dates_are_in_the_series(cleaned, zone)
        if not self.errors:
            self._move_moved_dates_with_the_series(start, zone)
        return cleaned

    def _move_moved_dates_with_the_series(self, start, zone):
        """When the series keeps its dates but changes its time, its moved dates move by
        as much (unless the editor changed them too); the page then says which moved.

        The message, in the editor's language, waits on the page for after_edit_page.
        """
        event = self.instance
        if not (event.pk and event.rrule) or event.time_zone != str(zone):
            return
        before, after = event.start.astimezone(zone), start.astimezone(zone)
        if event.all_day or before.date() != after.date() or before == after:
            return
        shift = after.replace(tzinfo=None) - before.replace(tzinfo=None)
        moved = []
        for change_form in self.formsets["date_changes"].forms:
            change = change_form.instance
            if (
                change_form.cleaned_data.get("DELETE")
                or change.kind != DateChangeKind.MOVE
                or not change.new_start
                or "new_start" in change_form.changed_data
            ):
                continue
            wall_clock = change.new_start.astimezone(zone).replace(tzinfo=None)
            change.new_start = (wall_clock + shift).replace(tzinfo=zone)
            moved.append(change.new_start)
        if moved:
            event.moved_with_the_series = self._moved_message(sorted(moved), after)

    @staticmethod
    def _moved_message(moved, series_start):
        """ "The moved dates 14 July and 21 July moved with the series to 19:00." """

        def clock(moment):
            return local_digits(f"{moment:%H:%M}")

        days = [
            day_and_month(moment)
            + ("" if clock(moment) == clock(series_start) else f" {clock(moment)}")
            for moment in moved
        ]
        return ngettext(
            "The moved date %(dates)s moved with the series to %(time)s.",
            "The moved dates %(dates)s moved with the series to %(time)s.",
            len(moved),
        ) % {
            "dates": format_list(days, locale=babel_locale()),
            "time": clock(series_start),
        }

    def _in_calendar_range(self, form=None, **values):
        """Whether every one of ``values`` falls in the calendar's years; if not, the
        field gets a message (dates near year 1 or 9999 cannot be stored in every zone)."""
        fine = True
        for name, value in values.items():
            if value and not recurrence.is_in_calendar_range(value):
                (form or self).add_error(name, out_of_range_message())
                fine = False
        return fine

    def _clean_date_changes(self, zone, current):
        changes = self.formsets["date_changes"]
        if not changes.is_valid():
            return
        for change_form in changes.forms:
            new_start = change_form.cleaned_data.get("new_start")
            in_range = self._in_calendar_range(
                change_form,
                occurrence_date=change_form.cleaned_data.get("occurrence_date"),
                new_start=new_start,
            )
            if new_start and in_range:
                change_form.instance.new_start = wall_clock(new_start, current, zone)

    def _check_dates_are_in_the_series(self, cleaned, zone):
        """A skipped, cancelled or moved date must be one the event actually has."""
        changes = self.formsets["date_changes"]
        if self.errors or not changes.is_valid():
            return
        series = self._meta.model(
            start=cleaned["start"],
            end=cleaned["end"],
            all_day=cleaned.get("all_day", False),
            time_zone=cleaned["time_zone"],
            rrule=self.instance.rrule,
        )
        for change_form in changes.forms:
            data = change_form.cleaned_data
            day = data.get("occurrence_date")
            if (
                not recurrence.is_in_calendar_range(day)
                or data.get("DELETE")
                or data.get("kind") == DateChangeKind.ADD
            ):
                continue
            day_start = datetime.datetime.combine(day, datetime.time(), zone)
            found = recurrence.occurrences(
                series, [], day_start, day_start + datetime.timedelta(days=1)
            )
            if not any(o.start.astimezone(zone).date() == day for o in found):
                change_form.add_error(
                    "occurrence_date",
                    _("The event has no date on %(day)s.") % {"day": day.isoformat()},
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

    def _clean_repeat(self, cleaned):
        rule = self._chosen_rule(cleaned)
        if rule is None:
            return
        trial = self._meta.model(
            start=cleaned["start"],
            end=cleaned["end"],
            all_day=cleaned.get("all_day", False),
            time_zone=cleaned["time_zone"],
            rrule=rule,
        )
        try:
            recurrence.validate_rule(trial)
        except forms.ValidationError as error:
            self.add_error("repeat", error)
            return
        self.instance.rrule = rule

    @staticmethod
    def _fits_the_fields(rule, zone, all_day):
        """Whether these fields say all of ``rule``: one weekday for a monthly one."""
        if not rules.is_editable(rule, zone, all_day):
            return False
        choices = rules.parse_rule(rule, zone)
        return not (choices["week_of_month"] and len(choices["weekdays"]) > 1)

    def _chosen_rule(self, cleaned):
        """The rule the editor's choices make; None when they contradict each other."""
        current = self.instance.rrule
        untouched = not any(name in self.changed_data for name in self.REPEAT_FIELDS)
        zone = zoneinfo.ZoneInfo(cleaned["time_zone"])
        all_day = cleaned.get("all_day", False)
        if current and untouched and not self._fits_the_fields(current, zone, all_day):
            # A rule from an import can say more than these fields (BYMONTHDAY, …):
            # keep it as it is unless the editor chooses a new one.
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
                or list(Weekday.values)[cleaned["start"].weekday()]
            ]
        elif frequency == Frequency.WEEKLY:
            weekdays = cleaned.get("repeat_weekdays") or []
        else:
            weekdays = []
        if not self._in_calendar_range(repeat_until=cleaned.get("repeat_until")):
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
