"""Admin screens of the delegation planner (the travel-time table for now)."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import TravelTime


class TravelTimeViewSet(SnippetViewSet):
    model = TravelTime
    icon = "time"
    menu_label = _("Travel times")
    add_to_admin_menu = True
    menu_order = 340
    list_display = ["from_city", "to_city", "mode", "minutes"]
    list_filter = ["mode"]
    ordering = ["from_city", "to_city", "mode"]
