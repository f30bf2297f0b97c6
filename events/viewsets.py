"""Admin screens of the calendar's snippets (venues live in the directory)."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import EventCategory


class EventCategoryViewSet(SnippetViewSet):
    model = EventCategory
    icon = "tag"
    menu_label = _("Event categories")
    list_display = ["name", "slug"]
    search_fields = ["name"]
    # Listed as visitors see them, with handles to drag them into another order.
    ordering = "sort_order"


class EventsMenuGroup(SnippetViewSetGroup):
    menu_label = _("Calendar")
    menu_icon = "date"
    menu_order = 320
    items = (EventCategoryViewSet,)
