"""Visitors' query parameters and imported texts, read in one place.

A NUL byte cannot be sent to PostgreSQL, and Unicode digits such as ``²⁰²⁴`` pass
``str.isdigit()`` but not ``int()``: every filter reads its parameters through here and
gets a 400 (BadRequest) for a value no page could hold, instead of a server error.
"""

import re

from django.core.exceptions import BadRequest

CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")
ASCII_NUMBER = re.compile(r"[0-9]{1,9}")


def has_control_characters(text, allowed=""):
    """Whether ``text`` holds a control character (NUL, …) other than ``allowed``."""
    return any(
        character not in allowed for character in CONTROL_CHARACTERS.findall(text)
    )


def query_text(query, name, max_length=100):
    """Parameter ``name`` of ``query`` (request.GET), stripped and cut to ``max_length``;
    BadRequest when it holds control characters."""
    value = query.get(name, "")
    if has_control_characters(value):
        raise BadRequest(f"The parameter {name!r} holds control characters.")
    return value.strip()[:max_length]


def query_number(query, name):
    """Parameter ``name`` as a whole number written in ASCII digits, or None."""
    value = query_text(query, name)
    return int(value) if ASCII_NUMBER.fullmatch(value) else None
