"""Which languages a page still lacks, for the editor's page list.

Only the fields a visitor meets first are checked (title, and intro or summary where the
page type has them): a page whose body is untranslated still reads in English, but one
without a translated title shows up in English in every Japanese or Khmer list. The values
are read from the page row modeltranslation fills (``title_ja``, ``intro_km``…), so the
check costs no query.
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils.html import strip_tags
from modeltranslation.translator import NotRegistered, translator
from wagtail.models import Page

CHECKED_FIELDS = ("title", "intro", "summary")


@dataclass(frozen=True)
class MissingTranslation:
    language_code: str
    language_name: str
    field_labels: tuple[str, ...]


def missing_translations(page):
    """One entry per other language in which a checked field with English text is empty."""
    fields = checked_fields(type(page))
    missing = []
    for code, name in settings.LANGUAGES:
        if code == settings.MODELTRANSLATION_DEFAULT_LANGUAGE:
            continue
        labels = tuple(
            str(page._meta.get_field(field).verbose_name)
            for field in fields
            if _has_text(page, f"{field}_{settings.MODELTRANSLATION_DEFAULT_LANGUAGE}")
            and not _has_text(page, f"{field}_{code}")
        )
        if labels:
            missing.append(MissingTranslation(code, name, labels))
    return missing


def checked_fields(page_class):
    """The checked fields ``page_class`` translates; none for Wagtail's bare root page."""
    if page_class is Page:
        return ()
    try:
        translated = translator.get_options_for_model(page_class).get_field_names()
    except NotRegistered:
        return ()
    return tuple(field for field in CHECKED_FIELDS if field in translated)


def _has_text(page, attribute):
    # Rich text left empty by the editor is saved as "<p></p>", not as "".
    return bool(strip_tags(getattr(page, attribute) or "").strip())
