"""Teachers' phone numbers, read as written in Japan or Cambodia and kept in E.164."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from directory.enums import Country

# Spaces, dots, dashes and brackets people write between digit groups.
SEPARATORS = re.compile(r"[\s.\-()]")
CALLING_CODES = {Country.JAPAN: "81", Country.CAMBODIA: "855"}
# E.164 allows 15 digits; the shortest numbers in use here (Cambodian landlines)
# have 8 after the country code.
INTERNATIONAL = re.compile(r"^\+[1-9]\d{7,14}$")
NATIONAL = re.compile(r"^0[1-9]\d{6,10}$")


def normalise_phone(value, country):
    """``value`` as +<country code><number>; a national number (starting with 0) takes
    the code of ``country`` (Japan or Cambodia)."""
    digits = SEPARATORS.sub("", value)
    if digits.startswith("00"):
        digits = "+" + digits[2:]
    if NATIONAL.match(digits) and country in CALLING_CODES:
        digits = f"+{CALLING_CODES[country]}{digits[1:]}"
    if not INTERNATIONAL.match(digits):
        raise ValidationError(
            _(
                "Enter a phone number with its country code, for example "
                "+81 90 1234 5678 or +855 12 345 678."
            ),
            code="phone",
        )
    return digits
