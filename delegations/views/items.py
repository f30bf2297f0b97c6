"""Add, change, delete and move an itinerary item from the itinerary view."""

import datetime

from django import forms
from django.db import transaction
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View

from ..copying import shift_local
from ..forms import ItineraryItemForm, MoveForm
from ..models import ItineraryItem
from .audit import local_stamp, log_item_change
from .base import DelegationMixin, PlannerFormView, conflicts_data, item_policy


class ItemMixin:
    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.item = get_object_or_404(
            ItineraryItem, pk=kwargs["item_pk"], delegation=self.delegation
        )


class ItemCreateView(PlannerFormView):
    permission_required = "add"
    page_title = gettext_lazy("Add an itinerary item")
    submit_label = gettext_lazy("Add")

    def get_form(self, data=None):
        return ItineraryItemForm(data, delegation=self.delegation)

    def form_valid(self, form):
        log_item_change("delegations.item_add", form.save(), self.request.user)


class ItemEditView(ItemMixin, PlannerFormView):
    permission_required = "change"
    page_title = gettext_lazy("Change an itinerary item")
    submit_label = gettext_lazy("Save")

    def get_form(self, data=None):
        return ItineraryItemForm(data, delegation=self.delegation, instance=self.item)

    def form_valid(self, form):
        log_item_change("delegations.item_edit", form.save(), self.request.user)


class ItemDeleteView(ItemMixin, PlannerFormView):
    permission_required = "delete"
    page_title = gettext_lazy("Delete an itinerary item")
    submit_label = gettext_lazy("Delete")

    def get_form(self, data=None):
        return forms.Form(data)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            intro=_("Delete “%(title)s” (%(start)s)? This cannot be undone.")
            % {"title": self.item.title, "start": local_stamp(self.item)},
            **kwargs,
        )

    def form_valid(self, form):
        log_item_change("delegations.item_delete", self.item, self.request.user)
        self.item.delete()


def moved(item, days, minutes):
    """``item`` moved by whole ``days`` at the same local time, then by ``minutes``;
    it keeps its length."""
    length = item.end - item.start
    item.start = shift_local(item.start, item.time_zone or "UTC", days) + (
        datetime.timedelta(minutes=minutes)
    )
    item.end = item.start + length
    return item


class ItemMoveView(ItemMixin, DelegationMixin, View):
    """POST days and minutes; answers JSON with the new start and the conflicts."""

    http_method_names = ["post"]
    permission_policy = item_policy
    permission_required = "change"

    def post(self, request, *args, **kwargs):
        form = MoveForm(request.POST)
        if not form.is_valid():
            return JsonResponse({"ok": False, "errors": form.errors}, status=400)
        with transaction.atomic():
            item = moved(
                self.item, form.cleaned_data["days"], form.cleaned_data["minutes"]
            )
            item.full_clean()
            item.save()
            log_item_change("delegations.item_move", item, request.user)
        return JsonResponse(
            {
                "ok": True,
                "message": _("Moved “%(title)s” to %(start)s.")
                % {"title": item.title, "start": local_stamp(item)},
                "conflicts": conflicts_data(self.delegation),
            }
        )
