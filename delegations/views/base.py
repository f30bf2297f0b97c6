"""What the planner's views share: the delegation from the URL, permission checks by
Wagtail's permission policies, and forms that answer a dialog's fetch with a fragment
(and a plain request with a whole admin page, so the planner also works without
script)."""

from django.db import transaction
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.permission_policies import ModelPermissionPolicy

from ..conflicts import check_itinerary
from ..models import Delegation, ItineraryItem

FETCH_HEADER = "X-Requested-With"
FETCH_VALUE = "fetch"

item_policy = ModelPermissionPolicy(ItineraryItem)


def conflicts_data(delegation):
    return [
        {"kind": c.kind, "message": c.message, "items": list(c.item_uids)}
        for c in check_itinerary(delegation)
    ]


class DelegationMixin(PermissionCheckedMixin):
    """The delegation named by the URL's ``pk``; the policy checks its model
    unless a view names the item policy."""

    model = Delegation
    url_namespace = None

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.delegation = get_object_or_404(Delegation, pk=kwargs["pk"])

    def url(self, name, *args):
        return reverse(f"{self.url_namespace}:{name}", args=[self.delegation.pk, *args])

    @cached_property
    def itinerary_url(self):
        return self.url("itinerary")

    @property
    def from_dialog(self):
        return self.request.headers.get(FETCH_HEADER) == FETCH_VALUE

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse(f"{self.url_namespace}:index"),
                "label": Delegation._meta.verbose_name_plural.capitalize(),
            },
            {"url": self.itinerary_url, "label": str(self.delegation)},
            {"url": "", "label": self.get_page_title()},
        ]


class PlannerFormView(DelegationMixin, WagtailAdminTemplateMixin, TemplateView):
    header_icon = "group"
    """A form shown in the itinerary's dialog; saving it answers JSON with the
    itinerary's new conflicts (and where to go, if elsewhere)."""

    template_name = "delegations/admin/dialog_form.html"
    permission_policy = item_policy
    submit_label = ""

    def get_form(self, data=None):
        raise NotImplementedError

    def form_valid(self, form):
        """Save; return the URL to show next (None: the itinerary)."""
        raise NotImplementedError

    def get(self, request, *args, **kwargs):
        return self.render(self.get_form())

    def post(self, request, *args, **kwargs):
        form = self.get_form(request.POST)
        if not form.is_valid():
            return self.render(form)
        with transaction.atomic():
            next_url = self.form_valid(form)
        if not self.from_dialog:
            return redirect(next_url or self.itinerary_url)
        return JsonResponse(
            {
                "ok": True,
                "redirect": next_url,
                "conflicts": conflicts_data(self.delegation),
            }
        )

    def render(self, form):
        return self.render_to_response(self.get_context_data(form=form))

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            base_template=(
                "delegations/admin/fragment.html"
                if self.from_dialog
                else "wagtailadmin/generic/base.html"
            ),
            action_url=self.request.path,
            submit_label=self.submit_label,
            **kwargs,
        )
