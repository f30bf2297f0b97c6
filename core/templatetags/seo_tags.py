from django import template
from wagtail.models import Page

from core.seo import PageMeta

register = template.Library()


@register.simple_tag(takes_context=True)
def page_meta(context):
    """Canonical URL, hreflang alternates and Open Graph facts for ``includes/meta.html``."""
    page = context.get("page")
    # Views other than Wagtail's may use "page" for something else, such as a paginator page.
    return PageMeta.for_response(
        context["request"], page if isinstance(page, Page) else None
    )
