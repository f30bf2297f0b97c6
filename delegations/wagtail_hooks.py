from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.log_actions import LogFormatter
from wagtail.snippets.models import register_snippet

from .output.admin import DelegationOutputViewSet
from .viewsets import DelegationViewSet, TravelTimeViewSet

register_snippet(TravelTimeViewSet)
hooks.register("register_admin_viewset", DelegationOutputViewSet)


@hooks.register("register_admin_viewset")
def register_delegations():
    return DelegationViewSet("delegations")


class PlannerChange(LogFormatter):
    """A change to a delegation's itinerary, logged on the delegation so that its
    history lists it; ``data`` holds what the message names, as text."""

    def format_message(self, log_entry):
        return self.message % log_entry.data


PLANNER_ACTIONS = {
    "delegations.item_add": (
        _("Add itinerary item"),
        _("Added “%(title)s” at %(start)s"),
    ),
    "delegations.item_edit": (
        _("Edit itinerary item"),
        _("Changed “%(title)s” (%(start)s)"),
    ),
    "delegations.item_delete": (
        _("Delete itinerary item"),
        _("Deleted “%(title)s” (%(start)s)"),
    ),
    "delegations.item_move": (
        _("Move itinerary item"),
        _("Moved “%(title)s” to %(start)s"),
    ),
    "delegations.day_duplicate": (
        _("Duplicate a day"),
        _("Copied the items of %(day)s to %(new_day)s"),
    ),
    "delegations.itinerary_copy": (
        _("Copy itinerary"),
        _("Copied the itinerary from “%(source)s”"),
    ),
}


@hooks.register("register_log_actions")
def register_planner_actions(actions):
    for action, (label, message) in PLANNER_ACTIONS.items():
        actions.register_action(action)(
            type(
                "PlannerChange", (PlannerChange,), {"label": label, "message": message}
            )
        )
