"""The live repeat preview: the Repeat panel's choices as the editor has them now, in
words and dates, answered as the panel's own HTML (see panels.RepeatPreviewPanel)."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.utils.translation import gettext as _
from wagtail.permission_policies.pages import PagePermissionPolicy

from core.timezones import validate_time_zone
from directory.models import Venue

from . import recurrence
from .models import EventPage
from .panels import preview
from .repeat_choices import (
    RepeatChoicesForm,
    in_calendar_range,
    typed_times,
    zone_in_force,
)

TEMPLATE = "events/admin/repeat_preview.html"


def _model_field(name, **options):
    """The editor's own field for ``name``: its label, parsing and messages."""
    return EventPage._meta.get_field(name).formfield(**options)


class RepeatPreviewForm(RepeatChoicesForm):
    """The choices and times the preview reads; ``page`` (the event being edited, if
    saved) brings its saved rule and its changes to single dates."""

    start = _model_field("start")
    end = _model_field("end")
    all_day = forms.BooleanField(required=False)
    # A model form leaves the check of the name to the model; this form has none.
    time_zone = _model_field("time_zone", validators=[validate_time_zone])
    venue = forms.ModelChoiceField(Venue.objects.all(), required=False)
    page = forms.ModelChoiceField(EventPage.objects.all(), required=False)

    def __init__(self, data, *, user):
        super().__init__(data)
        self.user = user
        self.event = None
        self.changes = []
        # The saved rule's choices are the initial values, so that chosen_rule can
        # tell an untouched imported rule (an unreadable page is reported by clean).
        try:
            page = self.fields["page"].clean(data.get("page"))
        except forms.ValidationError:
            page = None
        if page is not None and page.rrule:
            self.initial.update(self.choices_of(page.rrule, page.zone))

    def clean_page(self):
        page = self.cleaned_data["page"]
        if page is not None and not page.permissions_for_user(self.user).can_edit():
            raise PermissionDenied
        return page

    def clean(self):
        cleaned = super().clean()
        name = zone_in_force(cleaned.get("time_zone"), cleaned.get("venue"))
        start, end = cleaned.get("start"), cleaned.get("end")
        if name is None and "time_zone" not in self.errors:
            self.add_error(None, _("Choose a venue or a time zone."))
        if name is None or start is None or end is None:
            return cleaned
        if not in_calendar_range(self, start=start, end=end):
            return cleaned
        all_day = cleaned.get("all_day", False)
        trial = EventPage(all_day=all_day, time_zone=name)
        trial.start, trial.end = typed_times(start, end, all_day, trial.zone)
        if trial.end <= trial.start:
            self.add_error("end", _("The end must be after the start."))
            return cleaned
        page = cleaned.get("page")
        rule = self.chosen_rule(
            cleaned,
            current=page.rrule if page else "",
            start=trial.start,
            zone=trial.zone,
            all_day=all_day,
        )
        if rule is None:
            return cleaned
        trial.rrule = rule
        if page is not None:
            self.changes = list(page.get_latest_revision_as_object().date_changes.all())
        if self.rule_can_be_kept(trial):
            self.event = trial
        return cleaned

    def messages(self):
        """Each error once, named by its field: the preview is one box, not the form."""
        found = []
        for name, errors in self.errors.items():
            label = self.fields[name].label if name in self.fields else None
            for message in errors:
                found.append(f"{label}: {message}" if label else message)
        return found


editors = PagePermissionPolicy()


def repeat_preview_view(request):
    """GET with the editor's choices; the preview's HTML, or its messages with 400."""
    if not editors.user_has_any_permission(request.user, ["add", "change"]):
        raise PermissionDenied
    form = RepeatPreviewForm(request.GET, user=request.user)
    if not form.is_valid() or form.event is None:
        return render(request, TEMPLATE, {"errors": form.messages()}, status=400)
    event = form.event
    series_end = recurrence.series_end(event, form.changes) if event.rrule else None
    return render(request, TEMPLATE, preview(event, form.changes, series_end))
