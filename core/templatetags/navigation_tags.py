from django import template
from wagtail.models import Site

from core.visibility import public

register = template.Library()


@register.inclusion_tag("includes/top_menu.html", takes_context=True)
def top_menu(context):
    request = context["request"]
    site = Site.find_for_request(request)
    root = site.root_page if site else None
    current = context.get("page")
    items = public(root.get_children().live().in_menu()) if root else []
    return {
        "root": root,
        "items": items,
        "current_path": current.url_path if current else "",
        "request": request,
    }
