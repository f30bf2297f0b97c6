"""The event editor: times in the event's own zone, and a repeat rule built from plain choices."""

import datetime
import zoneinfo

from babel.lists import format_list
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.forms import WagtailAdminPageForm

from core.languages import babel_locale, local_digits
from core.timezones import wall_clock
from core.widgets import TimeZoneInput
from directory.models import Venue

from . import recurrence
from .enums import DateChangeKind
from .repeat_choices import (
    RepeatChoicesForm,
    in_calendar_range,
    typed_times,
    zone_in_force,
)
from .rule_text import day_and_month


class EventPageForm(RepeatChoicesForm, WagtailAdminPageForm):
    """Editors type times as the venue's clock shows them, whatever their own zone
    (see repeat_choices.typed_times), and stored times are shown the same way round."""

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
            self.initial.update(self.choices_of(event.rrule, event.zone))

    def _event_zone(self, cleaned):
        """The zone times are typed in; a missing or unknown one is reported by the model."""
        name = zone_in_force(cleaned.get("time_zone"), cleaned.get("venue"))
        if name is None:
            return None
        cleaned["time_zone"] = name
        return zoneinfo.ZoneInfo(name)

    def clean(self):
        cleaned = super().clean()
        zone = self._event_zone(cleaned)
        start, end = cleaned.get("start"), cleaned.get("end")
        if zone is None or start is None or end is None:
            return cleaned
        if not in_calendar_range(self, start=start, end=end):
            return cleaned
        start, end = typed_times(start, end, cleaned.get("all_day"), zone)
        cleaned["start"], cleaned["end"] = start, end
        if end <= start:
            # The model's clean says so, once; nothing else can be checked against it.
            return cleaned
        self._clean_date_changes(zone)
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
            moved_clock = change.new_start.astimezone(zone).replace(tzinfo=None)
            change.new_start = (moved_clock + shift).replace(tzinfo=zone)
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

    def _clean_date_changes(self, zone):
        current = timezone.get_current_timezone()
        changes = self.formsets["date_changes"]
        if not changes.is_valid():
            return
        for change_form in changes.forms:
            new_start = change_form.cleaned_data.get("new_start")
            in_range = in_calendar_range(
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
        if self.rule_can_be_kept(trial):
            self.instance.rrule = rule

    def _chosen_rule(self, cleaned):
        """The rule the editor's choices make; None when they contradict each other."""
        return self.chosen_rule(
            cleaned,
            current=self.instance.rrule,
            start=cleaned["start"],
            zone=zoneinfo.ZoneInfo(cleaned["time_zone"]),
            all_day=cleaned.get("all_day", False),
        )
