"""Template helpers for a site read in English, Japanese and Khmer."""

import datetime

from babel.dates import format_date
from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import get_language
from modeltranslation.utils import build_localized_fieldname

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
            "url": translate_url(path, code),
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
    """A date as the active language writes it: 6 July 2024, 2024年7月6日, 6 កក្កដា 2024.

    ``length`` is a CLDR length: "full" adds the weekday, "medium" and "short" are terser.
    """
    if not value:
        return ""
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        # The day it is where the site is, not in UTC.
        value = timezone.localtime(value)
    return format_date(value, format=length, locale=babel_locale())


def babel_locale():
    """The Babel locale of the active language."""
    language = get_language() or settings.LANGUAGE_CODE
    # Babel's plain "en" is American (July 6, 2024); the site writes British English.
    return "en_GB" if language == "en" else language
