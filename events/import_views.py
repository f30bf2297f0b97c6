"""Admin screens to import a partner's iCalendar file: upload, preview, confirm, report."""

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.validators import FileExtensionValidator
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django.views.generic import FormView, TemplateView, View
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet

from core.validators import MaxFileSizeValidator

from . import import_jobs
from .enums import ImportState
from .import_report import ImportReport
from .importing import CalendarImportError
from .models import CalendarSource, EventIndexPage, ImportRun

# Seconds between two reloads of the page of an import in progress.
PROGRESS_REFRESH_SECONDS = 3


def importable_indexes(user):
    """The event indexes under which ``user`` may publish, hence import, events."""
    return EventIndexPage.objects.filter(
        pk__in=[
            index.pk
            for index in EventIndexPage.objects.all()
            if index.permissions_for_user(user).can_publish_subpage()
        ]
    )


class ImportCalendarForm(forms.Form):
    source = forms.ModelChoiceField(
        label=_("Calendar source"),
        queryset=CalendarSource.objects.none(),
        empty_label=None,
        help_text=_(
            "The partner whose calendar this is. Events of the source that are no "
            "longer in its file are cancelled."
        ),
    )
    file = forms.FileField(
        label=_("iCalendar file"),
        help_text=_(
            "An .ics file, for example a partner's calendar export. Events are "
            "matched by UID: importing the same file again changes nothing."
        ),
        validators=[
            FileExtensionValidator(["ics", "ical", "ifb"]),
            MaxFileSizeValidator(settings.KIZUNA_IMPORT_MAX_BYTES),
        ],
    )

    def __init__(self, *args, sources, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["source"].queryset = sources


class ImportAdminMixin(WagtailAdminTemplateMixin):
    """Open to those who may publish events under some index."""

    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        self.indexes = importable_indexes(request.user)
        if not self.indexes.exists():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]


class ImportCalendarView(ImportAdminMixin, FormView):
    form_class = ImportCalendarForm
    template_name = "events/admin/import_calendar.html"
    page_title = _("Import a calendar")

    def get_form_kwargs(self):
        sources = CalendarSource.objects.filter(index__in=self.indexes)
        return {**super().get_form_kwargs(), "sources": sources}

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            action_url=self.request.path,
            submit_button_label=pgettext_lazy("calendar import", "Preview"),
            submit_button_active_label=_("Reading the file…"),
            add_source_url=reverse("wagtailsnippets_events_calendarsource:add"),
            **kwargs,
        )

    def form_valid(self, form):
        upload = form.cleaned_data["file"]
        try:
            run = import_jobs.preview(
                upload.read(),
                form.cleaned_data["source"],
                user=self.request.user,
                file_name=upload.name,
            )
        except CalendarImportError as error:
            for problem in error.problems:
                form.add_error("file", problem)
            return self.form_invalid(form)
        return redirect("calendar_import:run", run.pk)


def editors_run(request, run_id, indexes):
    """The run, only for the editor who uploaded it and while they may import."""
    return get_object_or_404(
        ImportRun.objects.select_related("source__index"),
        pk=run_id,
        user=request.user,
        source__index__in=indexes,
    )


class ImportRunView(ImportAdminMixin, TemplateView):
    """The preview of an upload with its confirmation, then progress, then report."""

    template_name = "events/admin/import_run.html"

    def get_page_title(self):
        if self.run.state == ImportState.PREVIEWED:
            return _("Preview of the import")
        return _("Import of a calendar")

    def get(self, request, run_id):
        self.run = editors_run(request, run_id, self.indexes)
        return super().get(request)

    def get_context_data(self, **kwargs):
        run = self.run
        report = ImportReport.from_data(run.report)
        return super().get_context_data(
            run=run,
            report=report,
            sections=report.sections(done=run.state == ImportState.DONE),
            notes=report.note_lines(),
            previewed=run.state == ImportState.PREVIEWED,
            in_progress=run.state in (ImportState.QUEUED, ImportState.RUNNING),
            refresh_seconds=PROGRESS_REFRESH_SECONDS,
            confirm_url=reverse("calendar_import:confirm", args=[run.pk]),
            explore_url=reverse("wagtailadmin_explore", args=[run.source.index_id]),
            **kwargs,
        )


class ConfirmImportView(ImportAdminMixin, View):
    """Import what the preview showed, once, however often the form is sent."""

    http_method_names = ["post"]

    def post(self, request, run_id):
        run = editors_run(request, run_id, self.indexes)
        import_jobs.confirm(run, import_rest=request.POST.get("mode") == "rest")
        return redirect("calendar_import:run", run.pk)


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return importable_indexes(request.user).exists()


class CalendarImportViewSet(ViewSet):
    name = "calendar_import"
    url_prefix = "events/import"
    icon = "upload"
    menu_label = _("Import calendar")
    # Just after the Calendar menu of categories.
    menu_order = 321
    add_to_admin_menu = True
    menu_item_class = ImportMenuItem

    def get_urlpatterns(self):
        return [
            path("", ImportCalendarView.as_view(), name="upload"),
            path("<uuid:run_id>/", ImportRunView.as_view(), name="run"),
            path("<uuid:run_id>/confirm/", ConfirmImportView.as_view(), name="confirm"),
        ]
