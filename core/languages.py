"""Languages and dates as the site writes them in English, Japanese and Khmer."""

import datetime
import functools

from babel.dates import format_date
from django.conf import settings
from django.urls import translate_url
from django.utils import timezone
from django.utils.translation import get_language


def translated_url(path, code):
    """``translate_url``, remembered: each page asks for its address in every language
    six times (language links, hreflang alternates), each a resolve and a reverse."""
    return _translated_url(path, code, get_language())


# The answer depends only on the address and the active language (which decides the
# prefix the URLconf matches); the URLconf does not change while a process runs.
@functools.lru_cache(maxsize=4096)
def _translated_url(path, code, active_language):
    return translate_url(path, code)


# Cambodian official sites write dates, times and counts in Khmer digits; the other
# languages keep Latin ones.
NATIVE_DIGITS = {"km": str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩")}


def babel_locale():
    """The Babel locale of the active language."""
    language = get_language() or settings.LANGUAGE_CODE
    # Babel's plain "en" is American (July 6, 2024); the site writes British English.
    return "en_GB" if language == "en" else language


def local_digits(text):
    """``text`` with its digits in the active language's own: 12 in English, ១២ in Khmer."""
    table = NATIVE_DIGITS.get(get_language())
    return str(text).translate(table) if table else str(text)


class LocalNumber(int):
    """A number that prints in the active language's digits and still counts as a number,
    so ``{% blocktranslate count %}`` picks its plural form from it."""

    def __str__(self):
        return local_digits(int(self))


def local_date(value, length="long"):
    """A date as the active language writes it: 6 July 2024, 2024年7月6日, ៦ កក្កដា ២០២៤.

    ``length`` is a CLDR length: "full" adds the weekday, "medium" and "short" are terser.
    """
    if not value:
        return ""
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        # The day it is where the site is, not in UTC.
        value = timezone.localtime(value)
    return local_digits(format_date(value, format=length, locale=babel_locale()))
