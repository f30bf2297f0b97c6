"""Who may open a delegation's output screens: viewers print and export; planners
also import and issue feed addresses."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404

from ..models import Delegation


def viewable_delegation(request, pk):
    """The delegation, if the user may see delegations (viewers and planners)."""
    user = request.user
    if not (
        user.has_perm("delegations.view_delegation")
        or user.has_perm("delegations.change_delegation")
    ):
        raise PermissionDenied
    return get_object_or_404(Delegation, pk=pk)


class PlannerDelegationMixin:
    """For views that change a delegation: only planners, and ``self.delegation``."""

    def dispatch(self, request, *args, pk, **kwargs):
        if not request.user.has_perm("delegations.change_delegation"):
            raise PermissionDenied
        self.delegation = get_object_or_404(Delegation, pk=pk)
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.delegation.name
