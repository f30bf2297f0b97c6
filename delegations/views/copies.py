"""Duplicate a day of an itinerary, copy a whole itinerary (``copying.py`` does the
work and keeps local times)."""

from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.permissions import policy_registry

from ..copying import copy_delegation, copy_itinerary, duplicate_day
from ..forms import CopyItineraryForm, DuplicateDayForm
from ..models import Delegation
from .audit import log_delegation_change
from .base import PlannerFormView


def delegation_policy_for():
    return policy_registry.get_by_type(Delegation)


class DuplicateDayView(PlannerFormView):
    permission_required = "add"
    page_title = _("Duplicate a day")
    submit_label = _("Duplicate")

    def get_form(self, data=None):
        return DuplicateDayForm(data)

    def form_valid(self, form):
        day, new_day = form.cleaned_data["day"], form.cleaned_data["new_day"]
        duplicate_day(self.delegation, day, new_day)
        log_delegation_change(
            "delegations.day_duplicate",
            self.delegation,
            self.request.user,
            day=day.isoformat(),
            new_day=new_day.isoformat(),
        )


class CopyItineraryView(PlannerFormView):
    permission_required = "add"
    page_title = _("Copy the itinerary")
    submit_label = pgettext_lazy("itinerary", "Copy")

    def dispatch(self, request, *args, **kwargs):
        # The copy may be a new delegation: the planner must be able to add one.
        if not delegation_policy_for().user_has_permission(request.user, "add"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_form(self, data=None):
        return CopyItineraryForm(data, source=self.delegation)

    def form_valid(self, form):
        target = form.cleaned_data["target"]
        if target is None:
            target = copy_delegation(self.delegation, form.cleaned_data["first_day"])
        else:
            copy_itinerary(self.delegation, target)
        log_delegation_change(
            "delegations.itinerary_copy",
            target,
            self.request.user,
            source=str(self.delegation),
        )
        return reverse(f"{self.url_namespace}:itinerary", args=[target.pk])
