from django import template

from core.navigation import site_children
from home.models import StandardPage

register = template.Library()


@register.simple_tag(takes_context=True)
def footer_pages(context):
    """The site's live, public standard pages (About, Contact, …) in the editors' order."""
    return [
        page
        for page in site_children(context["request"])
        if page.specific_class is StandardPage
    ]
