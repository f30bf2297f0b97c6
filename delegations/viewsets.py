"""Admin screens of the delegation planner: the delegations with their members and
itinerary, and the travel-time table."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
)
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from .forms import DelegationForm
from .models import Delegation, TravelTime
from .views import copies, items, itinerary, listing
from .widgets import FilteredCheckboxes

LANGUAGE_CODES = ("en", "ja", "km")


def per_language(field, heading):
    """One panel per language of a field translated by modeltranslation."""
    return MultiFieldPanel(
        [FieldPanel(f"{field}_{code}") for code in LANGUAGE_CODES], heading=heading
    )


class DelegationViewSet(ModelViewSet):
    model = Delegation
    icon = "group"
    menu_label = _("Delegations")
    add_to_admin_menu = True
    menu_order = 330
    # Viewers read a delegation through the inspect view and its itinerary.
    inspect_view_enabled = True
    inspect_view_fields = [
        "name",
        "purpose",
        "direction",
        "status",
        "visibility",
        "first_day",
        "last_day",
        "host_time_zone",
        "lead_planner",
    ]
    # The generic copy would leave the itinerary behind; the planner copies it whole.
    copy_view_enabled = False
    list_display = ["name", "first_day", "last_day", "direction", "status"]
    list_filter = {
        "status": ["exact"],
        "direction": ["exact"],
        "first_day": ["gte"],
        "last_day": ["lte"],
    }
    # Names only: members' contact details are never searched (nor indexed).
    search_fields = ["name_en", "name_ja", "name_km"]
    ordering = ["-first_day", "pk"]
    edit_handler = ObjectList(
        [
            per_language("name", _("Name")),
            per_language("purpose", _("Purpose")),
            FieldRowPanel(
                [
                    FieldPanel("direction"),
                    FieldPanel("status"),
                    FieldPanel("visibility"),
                ]
            ),
            # The public summary's address; needed once the visibility is public.
            FieldPanel("slug"),
            FieldRowPanel(
                [
                    FieldPanel("first_day"),
                    FieldPanel("last_day"),
                    FieldPanel("host_time_zone"),
                ]
            ),
            FieldPanel(
                "hosting_organisations",
                widget=FilteredCheckboxes(filter_label=_("Filter the organisations")),
            ),
            FieldPanel(
                "visiting_organisations",
                widget=FilteredCheckboxes(filter_label=_("Filter the organisations")),
            ),
            FieldPanel("lead_planner"),
            # Shown on the public summary, when live and public.
            MultiFieldPanel(
                [
                    FieldPanel(
                        "related_events",
                        widget=FilteredCheckboxes(filter_label=_("Filter the events")),
                    ),
                    FieldPanel(
                        "related_news",
                        widget=FilteredCheckboxes(filter_label=_("Filter the news")),
                    ),
                ],
                heading=_("Related events and news"),
            ),
            InlinePanel(
                "members",
                heading=_("Members"),
                label=_("Member"),
                panels=[
                    FieldRowPanel([FieldPanel("name"), FieldPanel("person")]),
                    FieldRowPanel(
                        [FieldPanel("role"), FieldPanel("preferred_language")]
                    ),
                    FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
                    FieldPanel("dietary_notes"),
                    FieldPanel("notes"),
                ],
            ),
        ],
        base_form_class=DelegationForm,
    )

    index_view_class = listing.DelegationIndexView

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(
            itinerary_url_name=self.get_url_name("itinerary"), **kwargs
        )

    def planner_view(self, view_class):
        return view_class.as_view(url_namespace=self.url_namespace)

    def get_urlpatterns(self):
        view = self.planner_view
        return [
            *super().get_urlpatterns(),
            path(
                "itinerary/<int:pk>/", view(itinerary.ItineraryView), name="itinerary"
            ),
            path(
                "itinerary/<int:pk>/items/new/",
                view(items.ItemCreateView),
                name="item_add",
            ),
            path(
                "itinerary/<int:pk>/items/<int:item_pk>/",
                view(items.ItemEditView),
                name="item_edit",
            ),
            path(
                "itinerary/<int:pk>/items/<int:item_pk>/delete/",
                view(items.ItemDeleteView),
                name="item_delete",
            ),
            path(
                "itinerary/<int:pk>/items/<int:item_pk>/move/",
                view(items.ItemMoveView),
                name="item_move",
            ),
            path(
                "itinerary/<int:pk>/duplicate-day/",
                view(copies.DuplicateDayView),
                name="duplicate_day",
            ),
            path(
                "itinerary/<int:pk>/copy/",
                view(copies.CopyItineraryView),
                name="copy_itinerary",
            ),
        ]


class TravelTimeViewSet(SnippetViewSet):
    model = TravelTime
    icon = "time"
    menu_label = _("Travel times")
    add_to_admin_menu = True
    menu_order = 340
    list_display = ["from_city", "to_city", "mode", "minutes"]
    list_filter = ["mode"]
    ordering = ["from_city", "to_city", "mode"]
