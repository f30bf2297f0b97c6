"""The coordinators' actions on a registration, each a small admin form: it asks for
what the action needs (a reason, a number), calls the domain (review.py, capacity.py,
delegating.py), and writes the change to Wagtail's audit log on the registration."""

from django import forms
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.log_actions import log
from wagtail.permission_policies import ModelPermissionPolicy

from delegations.models import Delegation

from . import capacity, review
from .capacity import CapacityError
from .delegating import DelegatingError, make_delegation
from .enums import RegistrationState
from .models import ErasedRegistrationCount, Registration


class RefusingPermissionPolicy(ModelPermissionPolicy):
    """Model permissions, except ``refused`` actions, which nobody (superusers
    included) may take in the admin."""

    def __init__(self, model, *, refused):
        super().__init__(model)
        self.refused = frozenset(refused)

    def user_has_permission(self, user, action):
        return action not in self.refused and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        allowed = [action for action in actions if action not in self.refused]
        return super().users_with_any_permission(allowed)


# A school's form makes a registration and the erasure removes it, both counting
# places; coordinators change it only through the actions below.
registration_policy = RefusingPermissionPolicy(Registration, refused={"add", "delete"})
# The counts left after erasure are a record: read only.
erased_count_policy = RefusingPermissionPolicy(
    ErasedRegistrationCount, refused={"add", "change", "delete"}
)
delegation_policy = ModelPermissionPolicy(Delegation)


class RejectForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason sent to the school"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
        error_messages={"required": _("Give the school a reason for the refusal.")},
    )

    def __init__(self, *args, registration, **kwargs):
        super().__init__(*args, **kwargs)


class StudentsForm(forms.Form):
    def __init__(self, *args, registration, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["students"] = forms.IntegerField(
            label=_("Students"),
            min_value=1,
            max_value=registration.programme.max_students_per_school,
            initial=registration.students,
        )


class ConfirmForm(forms.Form):
    """Nothing to ask: the form only confirms the coordinator's intent."""

    def __init__(self, *args, registration, **kwargs):
        super().__init__(*args, **kwargs)


class RegistrationActionView(
    PermissionCheckedMixin, WagtailAdminTemplateMixin, FormView
):
    """One action on the registration named by the URL's ``pk``."""

    permission_policy = registration_policy
    permission_required = "change"
    template_name = "exchanges/admin/registration_action.html"
    header_icon = "form"
    form_class = ConfirmForm
    # The audit log's action (registered in wagtail_hooks).
    log_action = ""
    submit_label = ""
    success_message = ""
    index_url_name = None

    @cached_property
    def registration(self):
        # Read after the permission check, so outsiders learn nothing of which exist.
        return get_object_or_404(
            Registration.objects.select_related("programme"), pk=self.kwargs["pk"]
        )

    @classmethod
    def is_available(cls, registration):
        return registration.is_active

    def execute(self, registration, data):
        raise NotImplementedError

    def log_data(self, registration, data):
        return {"students": registration.students}

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "registration": self.registration}

    @property
    def index_url(self):
        programme = self.registration.programme_id
        return f"{reverse(self.index_url_name)}?programme={programme}"

    def form_valid(self, form):
        if not self.is_available(self.registration):
            form.add_error(None, _("This action no longer applies to this school."))
            return self.form_invalid(form)
        try:
            changed = self.execute(self.registration, form.cleaned_data)
        except (CapacityError, DelegatingError) as error:
            form.add_error(None, error.message)
            return self.form_invalid(form)
        log(
            instance=changed,
            action=self.log_action,
            user=self.request.user,
            data={
                "school": changed.school_name,
                **self.log_data(changed, form.cleaned_data),
            },
        )
        messages.success(
            self.request,
            self.success_message % {"school": changed.school_name},
        )
        return redirect(self.next_url(changed))

    def next_url(self, registration):
        return self.index_url

    def get_page_subtitle(self):
        return self.registration.school_name

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": self.index_url, "label": Registration._meta.verbose_name_plural},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            registration=self.registration,
            submit_label=self.submit_label,
            cancel_url=self.index_url,
            **kwargs,
        )


class ConfirmView(RegistrationActionView):
    page_title = pgettext_lazy("registration action", "Confirm")
    submit_label = _("Confirm all students")
    log_action = "exchanges.confirm"
    success_message = _("All students of %(school)s are confirmed.")

    @classmethod
    def is_available(cls, registration):
        return (
            registration.is_active and registration.places_held < registration.students
        )

    def execute(self, registration, data):
        return review.confirm(registration)


class MoveToWaitingListView(RegistrationActionView):
    page_title = _("Move to the waiting list")
    submit_label = _("Move to the waiting list")
    log_action = "exchanges.move_to_waiting"
    success_message = _("%(school)s is at the end of the waiting list.")

    @classmethod
    def is_available(cls, registration):
        return (
            registration.is_active
            and registration.places_waiting < registration.students
        )

    def execute(self, registration, data):
        return review.move_to_waiting_list(registration)


class RejectView(RegistrationActionView):
    page_title = pgettext_lazy("registration action", "Refuse")
    submit_label = _("Refuse and tell the school")
    form_class = RejectForm
    log_action = "exchanges.reject"
    success_message = _("%(school)s is refused; the school is told why.")

    def execute(self, registration, data):
        return review.reject(registration, data["reason"])

    def log_data(self, registration, data):
        return {"reason": registration.refusal_reason}


class CancelView(RegistrationActionView):
    page_title = pgettext_lazy("registration action", "Cancel")
    submit_label = _("Cancel the registration")
    log_action = "exchanges.cancel"
    success_message = _("%(school)s is cancelled; its places go to the waiting list.")

    def execute(self, registration, data):
        return capacity.cancel(registration)


class ChangeStudentsView(RegistrationActionView):
    page_title = _("Change the number of students")
    submit_label = pgettext_lazy("registration action", "Change")
    form_class = StudentsForm
    log_action = "exchanges.change_students"
    success_message = _("%(school)s now has its new number of students.")

    def execute(self, registration, data):
        return review.change_students(registration, data["students"])


class MakeDelegationView(RegistrationActionView):
    page_title = _("Make a delegation")
    submit_label = _("Make the delegation")
    log_action = "exchanges.make_delegation"
    success_message = _("%(school)s is now a delegation of the planner.")
    delegation_url_name = "delegations:inspect"

    def user_has_permission(self, permission):
        return super().user_has_permission(
            permission
        ) and delegation_policy.user_has_permission(self.request.user, "add")

    @classmethod
    def is_available(cls, registration):
        return (
            registration.state == RegistrationState.CONFIRMED
            and not registration.delegation_id
        )

    def execute(self, registration, data):
        self.delegation = make_delegation(registration)
        return Registration.objects.get(pk=registration.pk)

    def log_data(self, registration, data):
        return {"delegation": str(self.delegation)}

    def next_url(self, registration):
        return reverse(self.delegation_url_name, args=[self.delegation.pk])


# In the order the listing offers them.
ACTIONS = {
    "confirm": ConfirmView,
    "move_to_waiting": MoveToWaitingListView,
    "change_students": ChangeStudentsView,
    "reject": RejectView,
    "cancel": CancelView,
    "make_delegation": MakeDelegationView,
}
