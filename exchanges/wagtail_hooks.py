from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.log_actions import LogFormatter
from wagtail.permissions import register_permission_policy

from .admin_actions import erased_count_policy, registration_policy
from .models import ErasedRegistrationCount, Registration
from .viewsets import ExchangesMenuGroup, programme_registrations_button

register_permission_policy(Registration, registration_policy, exact_class=True)
register_permission_policy(
    ErasedRegistrationCount, erased_count_policy, exact_class=True
)
hooks.register("register_admin_viewset", ExchangesMenuGroup)
hooks.register("register_page_listing_more_buttons", programme_registrations_button)
hooks.register("register_page_header_buttons", programme_registrations_button)


class CoordinatorDecision(LogFormatter):
    """A coordinator's action on a registration; ``data`` holds what the message
    names, as text."""

    def format_message(self, log_entry):
        return self.message % log_entry.data


COORDINATOR_ACTIONS = {
    "exchanges.confirm": (
        _("Confirm a school"),
        _("Confirmed all %(students)s students of “%(school)s”"),
    ),
    "exchanges.move_to_waiting": (
        _("Move a school to the waiting list"),
        _("Moved “%(school)s” to the end of the waiting list"),
    ),
    "exchanges.change_students": (
        _("Change a school's numbers"),
        _("Changed the students of “%(school)s” to %(students)s"),
    ),
    "exchanges.reject": (
        _("Refuse a school"),
        _("Refused “%(school)s”: %(reason)s"),
    ),
    "exchanges.cancel": (
        _("Cancel a school's registration"),
        _("Cancelled the registration of “%(school)s”"),
    ),
    "exchanges.make_delegation": (
        _("Make a delegation"),
        _("Made “%(school)s” the delegation “%(delegation)s”"),
    ),
}


@hooks.register("register_log_actions")
def register_coordinator_actions(actions):
    for action, (label, message) in COORDINATOR_ACTIONS.items():
        actions.register_action(action)(
            type(
                "CoordinatorDecision",
                (CoordinatorDecision,),
                {"label": label, "message": message},
            )
        )
