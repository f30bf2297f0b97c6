"""Template helpers for a site read in English, Japanese and Khmer."""

from babel.dates import format_date
from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.translation import get_language
from modeltranslation.utils import build_localized_fieldname

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """The current page in every language: code, native name, URL, and whether it is current."""
    request = context["request"]
    current = get_language()
    path = request.get_full_path()
    return [
        {
            "code": code,
            "name": name,
            "url": translate_url(path, code),
            "absolute_url": request.build_absolute_uri(
                translate_url(request.path, code)
            ),
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
    """A date written the way the active language writes it (2024年7月6日, 6 កក្កដា 2024)."""
    if not value:
        return ""
    return format_date(
        value, format=length, locale=get_language() or settings.LANGUAGE_CODE
    )
