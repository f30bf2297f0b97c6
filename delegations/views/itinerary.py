"""The itinerary of one delegation: the day columns, the list of the same items, the
conflicts, and the planner's tools."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from ..conflicts import check_itinerary
from ..models import ItineraryItem
from .base import DelegationMixin, item_policy
from .timetable import build_timetable

# The view shows at most this many items (the conflict check still reads them all).
MAX_ITEMS = 1000


class ItineraryView(DelegationMixin, WagtailAdminTemplateMixin, TemplateView):
    any_permission_required = ["add", "change", "delete", "view"]
    template_name = "delegations/admin/itinerary.html"
    header_icon = "calendar"
    page_title = _("Itinerary")

    def get_page_subtitle(self):
        return str(self.delegation)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse(f"{self.url_namespace}:index"),
                "label": self.delegation._meta.verbose_name_plural.capitalize(),
            },
            {"url": "", "label": str(self.delegation)},
        ]

    def get_context_data(self, **kwargs):
        items = list(
            ItineraryItem.objects.filter(delegation=self.delegation)
            .select_related("venue")
            .prefetch_related("attendees")
            .order_by("start", "pk")[: MAX_ITEMS + 1]
        )
        conflicts = check_itinerary(self.delegation)
        user = self.request.user
        can = {
            action: item_policy.user_has_permission(user, action)
            for action in ("add", "change", "delete")
        }
        return super().get_context_data(
            delegation=self.delegation,
            timetable=build_timetable(self.delegation, items[:MAX_ITEMS], conflicts),
            too_many=len(items) > MAX_ITEMS,
            max_items=MAX_ITEMS,
            conflicts=conflicts,
            members=list(self.delegation.members.all()),
            can_add=can["add"],
            can_change=can["change"],
            can_delete=can["delete"],
            add_url=self.url("item_add"),
            duplicate_day_url=self.url("duplicate_day"),
            copy_url=self.url("copy_itinerary"),
            edit_url=self.url_if_allowed("edit", "change"),
            history_url=reverse(
                f"{self.url_namespace}:history", args=[self.delegation.pk]
            ),
            item_url_names={
                name: f"{self.url_namespace}:item_{name}"
                for name in ("edit", "delete", "move")
            },
            **kwargs,
        )

    def url_if_allowed(self, name, action):
        if self.permission_policy.user_has_permission(self.request.user, action):
            return self.url(name)
        return ""
