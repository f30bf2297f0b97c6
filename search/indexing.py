"""One SearchEntry per published page and language, built from the page's own search fields."""

import unicodedata

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import transaction
from django.utils import translation
from modeltranslation.fields import TranslationField
from wagtail.models import Page

from .models import SearchEntry

# Invisible break opportunities: Khmer writers put zero-width spaces between words,
# searchers do not type them, so they must not split a word in the index.
INVISIBLE_BREAKS = dict.fromkeys(map(ord, "\u200b\u00ad"))


def normalise(text):
    """Fold ``text`` so that equivalent spellings match.

    NFKC makes full-width Ｌａｏｓ and half-width ｶﾀｶﾅ their usual forms and casefold
    ignores case in any script, the same on SQLite and PostgreSQL.
    """
    return unicodedata.normalize("NFKC", text).translate(INVISIBLE_BREAKS).casefold()


def field_text(page, field):
    """Plain text of one ``index.SearchField`` of ``page`` in the active language."""
    value = field.get_value(page)
    if value is None:
        return ""
    # Rich text and StreamFields give a list of plain strings, tags a list of tags.
    if isinstance(value, list | tuple):
        return "\n".join(str(item) for item in value)
    return str(value)


def is_one_language_copy(page, field):
    """Whether ``field`` is a copy modeltranslation adds for one language (title_ja…).

    Reading the field itself (title) under each language already gives that language.
    """
    try:
        return isinstance(field.get_field(type(page)), TranslationField)
    except FieldDoesNotExist:
        return False


def searchable_text(page):
    """All of ``page``'s search fields in the active language, one per line."""
    texts = (
        field_text(page, field)
        for field in page.get_searchable_search_fields()
        if not is_one_language_copy(page, field)
    )
    return "\n".join(text for text in texts if text)


def index_page(page):
    """Record ``page``'s current content in every language; call it once it is published.

    Translated fields are read under each language, so an untranslated field gives
    the English fallback a visitor in that language sees.
    """
    page = page.specific
    entries = []
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            entries.append(
                SearchEntry(
                    page=page,
                    language=language,
                    title=normalise(page.title),
                    text=normalise(searchable_text(page)),
                )
            )
    SearchEntry.objects.bulk_create(
        entries,
        update_conflicts=True,
        unique_fields=["page", "language"],
        update_fields=["title", "text"],
    )


def forget_page(page):
    SearchEntry.objects.filter(page=page).delete()


def rebuild_all():
    """Index every live page afresh; returns how many pages were indexed."""
    count = 0
    with transaction.atomic():
        SearchEntry.objects.all().delete()
        # The tree's root is no site's page, so no visitor can reach it.
        for page in Page.objects.live().exclude(depth=1).specific().iterator():
            index_page(page)
            count += 1
    return count
