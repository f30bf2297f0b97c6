from django import template
from wagtail.models import Site

from core.visibility import public
from home.models import StandardPage

register = template.Library()


@register.simple_tag(takes_context=True)
def footer_pages(context):
    """The site's live, public standard pages (About, Contact, …) in the editors' order."""
    site = Site.find_for_request(context["request"])
    if site is None:
        return StandardPage.objects.none()
    return public(StandardPage.objects.live().child_of(site.root_page).order_by("path"))
