"""Template helpers for a site read in English, Japanese and Khmer."""

from django import template
from django.conf import settings
from django.utils.html import format_html
from django.utils.translation import get_language
from modeltranslation.utils import build_localized_fieldname

from core import languages

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """The current page in every language: code, native name, URL, and whether it is current.

    The URL keeps the query string, so a reader switching language keeps their filters.
    """
    current = get_language()
    path = context["request"].get_full_path()
    return [
        {
            "code": code,
            "name": name,
            "url": languages.translated_url(path, code),
            "is_current": code == current,
        }
        for code, name in settings.LANGUAGES
    ]


@register.simple_tag
def fallback_lang(obj, field_name):
    """` lang="en"` where a translated field is empty in this language and English shows."""
    current = get_language()
    if current == settings.MODELTRANSLATION_DEFAULT_LANGUAGE:
        return ""
    if getattr(obj, build_localized_fieldname(field_name, current), None):
        return ""
    return format_html(' lang="{}"', settings.MODELTRANSLATION_DEFAULT_LANGUAGE)


@register.filter
def local_date(value, length="long"):
    """A date as the active language writes it (see ``core.languages.local_date``)."""
    return languages.local_date(value, length)


@register.filter
def local_number(value):
    """A count, page number or year in the active language's digits: 12, ១២.

    An integer stays a number, so it can be a ``{% blocktranslate count %}`` counter.
    """
    if isinstance(value, int) and not isinstance(value, bool):
        return languages.LocalNumber(value)
    return languages.local_digits(value)
