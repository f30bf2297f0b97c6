from django import template
from wagtail.search import index

from search.indexing import field_text
from search.results import result_facts as page_facts

register = template.Library()

SUMMARY_FIELDS = ("intro", "search_description")


@register.simple_tag
def result_summary(page):
    """``{"field", "text"}`` of the first summary field with text, as plain text.

    The field's name lets the template mark an English fallback with ``fallback_lang``.
    """
    for field_name in SUMMARY_FIELDS:
        text = field_text(page, index.SearchField(field_name))
        if text:
            return {"field": field_name, "text": text}
    return None


@register.simple_tag
def result_facts(page):
    """The facts ``page`` shows beside its title (see ``search.results``)."""
    return page_facts(page)
