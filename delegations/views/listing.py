"""The delegations' listing, each row with a way into its itinerary."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.generic import IndexView
from wagtail.admin.widgets import ListingButton


class DelegationIndexView(IndexView):
    itinerary_url_name = None

    def get_list_buttons(self, instance):
        itinerary = ListingButton(
            _("Itinerary"),
            url=reverse(self.itinerary_url_name, args=[instance.pk]),
            icon_name="calendar",
            priority=5,
        )
        return [itinerary, *super().get_list_buttons(instance)]
