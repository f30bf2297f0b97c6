"""The content languages and the translated fields demo texts fill."""

from django.conf import settings
from modeltranslation.utils import build_localized_fieldname

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def translated(field, texts):
    """``{"title_en": …, "title_ja": …, "title_km": …}`` from ``{"en": …, "ja": …, "km": …}``."""
    return {build_localized_fieldname(field, lang): texts[lang] for lang in LANGUAGES}
