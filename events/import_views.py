"""Admin screen to import an iCalendar file (a partner's export) as events."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.validators import FileExtensionValidator
from django.shortcuts import redirect
from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet

from core.validators import MaxFileSizeValidator

from .importing import CalendarImportError, import_calendar
from .models import EventIndexPage


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
    index = forms.ModelChoiceField(
        label=_("Add the events to"),
        queryset=EventIndexPage.objects.none(),
        empty_label=None,
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

    def __init__(self, *args, indexes, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["index"].queryset = indexes


class ImportCalendarView(WagtailAdminTemplateMixin, FormView):
    form_class = ImportCalendarForm
    template_name = "events/admin/import_calendar.html"
    page_title = _("Import a calendar")
    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        self.indexes = importable_indexes(request.user)
        if not self.indexes.exists():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "indexes": self.indexes}

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            action_url=self.request.path,
            submit_button_label=_("Import"),
            submit_button_active_label=_("Importing…"),
            **kwargs,
        )

    def form_valid(self, form):
        index = form.cleaned_data["index"]
        try:
            report = import_calendar(
                form.cleaned_data["file"].read(), index, user=self.request.user
            )
        except CalendarImportError as error:
            for problem in error.problems:
                form.add_error("file", problem)
            return self.form_invalid(form)
        messages.success(self.request, report.summary())
        for note in report.note_lines():
            messages.warning(self.request, note)
        return redirect("wagtailadmin_explore", index.pk)


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
        return [path("", ImportCalendarView.as_view(), name="upload")]
