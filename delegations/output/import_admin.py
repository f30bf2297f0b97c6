"""Admin screen to import an itinerary from a spreadsheet into a delegation."""

from django import forms
from django.contrib import messages
from django.core.validators import FileExtensionValidator
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from core.validators import MaxFileSizeValidator

from .access import PlannerDelegationMixin
from .sheet_import import SheetImportError, import_itinerary

# A thousand rows of an itinerary are well under a megabyte.
MAX_UPLOAD_BYTES = 2 * 1024 * 1024


class ImportItineraryForm(forms.Form):
    file = forms.FileField(
        label=_("Spreadsheet"),
        help_text=_(
            "An .xlsx or .csv file in the layout of the itinerary export. Its items "
            "are added to this delegation; if any row has a problem, nothing is added."
        ),
        validators=[
            FileExtensionValidator(["xlsx", "csv"]),
            MaxFileSizeValidator(MAX_UPLOAD_BYTES),
        ],
    )


class ImportItineraryView(PlannerDelegationMixin, WagtailAdminTemplateMixin, FormView):
    form_class = ImportItineraryForm
    template_name = "wagtailadmin/generic/form.html"
    page_title = _("Import an itinerary")
    header_icon = "upload"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            action_url=self.request.path,
            submit_button_label=_("Import"),
            submit_button_active_label=_("Importing…"),
            **kwargs,
        )

    def form_valid(self, form):
        upload = form.cleaned_data["file"]
        try:
            count = import_itinerary(self.delegation, upload.name, upload.read())
        except SheetImportError as error:
            for problem in error.problems:
                form.add_error("file", problem)
            return self.form_invalid(form)
        messages.success(
            self.request,
            ngettext("Imported %(count)d item.", "Imported %(count)d items.", count)
            % {"count": count},
        )
        return redirect(self.request.path)
