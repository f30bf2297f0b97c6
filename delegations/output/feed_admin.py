"""Admin screen where a planner issues or rotates the secret addresses of a
delegation's calendar feeds. A new address is shown once, in the answer to the POST
that made it: only its hash is kept, and the old address answers 404 at once."""

from django.conf import settings
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from ..models import FeedToken
from .access import PlannerDelegationMixin
from .feeds import feed_url

WHOLE_DELEGATION = "all"


class FeedAddressesView(
    PlannerDelegationMixin, WagtailAdminTemplateMixin, TemplateView
):
    template_name = "delegations/print/feeds.html"
    page_title = _("Calendar feeds")
    header_icon = "calendar"

    def feeds(self):
        """(key, label, issued) for the delegation's feed, then each member's."""
        issued = {token.member_id for token in self.delegation.feed_tokens.all()}
        return [
            (WHOLE_DELEGATION, _("Whole itinerary"), None in issued),
            *(
                (str(member.pk), member.name, member.pk in issued)
                for member in self.delegation.members.all()
            ),
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(feeds=self.feeds(), **kwargs)

    def post(self, request, *args, **kwargs):
        key = request.POST.get("feed", "")
        member = None
        if key != WHOLE_DELEGATION:
            if not key.isdigit():
                raise Http404("No such feed.")
            member = get_object_or_404(self.delegation.members, pk=key)
        token = FeedToken.issue(self.delegation, member)
        addresses = []
        for code, name in settings.LANGUAGES:
            with translation.override(code):
                addresses.append((name, feed_url(request, token)))
        return self.render_to_response(
            self.get_context_data(
                new_addresses=addresses,
                new_feed=member.name if member else _("Whole itinerary"),
            )
        )
