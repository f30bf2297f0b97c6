from django import template
from wagtail.models import Site

from home.models import StandardPage

register = template.Library()


@register.simple_tag(takes_context=True)
def footer_pages(context):
    """The site's live, public standard pages (About, Contact, …) in the editors' order."""
    site = Site.find_for_request(context["request"])
    if site is None:
        return StandardPage.objects.none()
    return (
        StandardPage.objects.live().public().child_of(site.root_page).order_by("path")
    )
