"""Languages and dates as the site writes them in English, Japanese and Khmer."""

import datetime

from babel.dates import format_date
from django.conf import settings
from django.utils import timezone
from django.utils.translation import get_language


def babel_locale():
    """The Babel locale of the active language."""
    language = get_language() or settings.LANGUAGE_CODE
    # Babel's plain "en" is American (July 6, 2024); the site writes British English.
    return "en_GB" if language == "en" else language


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
