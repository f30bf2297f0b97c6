"""Admin screens of the calendar's snippets (venues live in the directory)."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import CalendarSource, EventCategory


class EventCategoryViewSet(SnippetViewSet):
    model = EventCategory
    icon = "tag"
    menu_label = _("Event categories")
    list_display = ["name", "slug"]
    search_fields = ["name"]
    # Listed as visitors see them, with handles to drag them into another order.
    ordering = "sort_order"


class CalendarSourceViewSet(SnippetViewSet):
    model = CalendarSource
    icon = "globe"
    menu_label = _("Calendar sources")
    list_display = ["name", "index", "url", "last_fetched_at", "last_status"]
    search_fields = ["name"]
    ordering = ["name"]


class EventsMenuGroup(SnippetViewSetGroup):
    menu_label = _("Calendar")
    menu_icon = "date"
    menu_order = 320
    items = (EventCategoryViewSet, CalendarSourceViewSet)
