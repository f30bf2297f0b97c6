"""Punctuation and numbers that differ by language where news templates join words."""

import datetime

from babel.dates import format_skeleton
from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from core.languages import babel_locale, local_digits

register = template.Library()

# Japanese sets lists with the ideographic comma and asides in full-width parentheses,
# which need no space before them.
SEPARATORS = {"ja": "、"}
PARENTHESES = {"ja": ("（", "）")}
LATIN_PARENTHESES = (" (", ")")


@register.simple_tag
def list_separator():
    """``、`` between items of a list in Japanese, ``, `` elsewhere."""
    return SEPARATORS.get(get_language(), ", ")


@register.filter(needs_autoescape=True)
def parenthesised(value, autoescape=True):
    """An aside after a word: ``（value）`` in Japanese, `` (value)`` elsewhere."""
    opening, closing = PARENTHESES.get(get_language(), LATIN_PARENTHESES)
    text = conditional_escape(value) if autoescape else value
    return mark_safe(f"{opening}{text}{closing}")


@register.filter
def year_label(year):
    """A year as the language writes it on its own: 2024, 2024年, ២០២៤."""
    return local_digits(
        format_skeleton("y", datetime.date(int(year), 1, 1), locale=babel_locale())
    )
