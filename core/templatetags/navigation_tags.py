from django import template

from core.navigation import site_children, site_root
from core.routing import breadcrumb_ancestors

register = template.Library()


@register.inclusion_tag("includes/top_menu.html", takes_context=True)
def top_menu(context):
    request = context["request"]
    current = context.get("page")
    return {
        "root": site_root(request),
        "items": [page for page in site_children(request) if page.show_in_menus],
        "current_path": current.url_path if current else "",
        "request": request,
    }


@register.simple_tag
def breadcrumbs_of(page):
    return breadcrumb_ancestors(page)
