from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import NewsKind


class NewsKindViewSet(SnippetViewSet):
    model = NewsKind
    icon = "tag"
    menu_label = _("News kinds")
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["name", "slug"]
    search_fields = ["name"]
    # Listed as visitors see them, with handles to drag them into another order.
    ordering = "sort_order"
