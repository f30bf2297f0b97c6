"""What the index holds of an object: its search fields' text, in each language.

Only models that declare ``search_fields`` are indexed, and only those fields (Wagtail
calls the backend for no other model): a model holding personal data must not declare
any. A page is indexed only while it is live, with its live content (Wagtail saves a
draft into a revision, not into the page row the index reads).
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from django.utils import translation
from modeltranslation.fields import TranslationField
from wagtail.models import Page
from wagtail.search import index
from wagtail.search.backends.base import get_model_root

from .text import stored_text, unspaced_bigrams


def field_text(obj, field):
    """Plain text of one ``index.SearchField`` of ``obj`` in the active language."""
    value = field.get_value(obj)
    if value is None:
        return ""
    # Rich text and StreamFields give a list of plain strings, tags a list of tags.
    if isinstance(value, list | tuple):
        return "\n".join(str(item) for item in value)
    return str(value)


def is_one_language_copy(model, field):
    """Whether ``field`` is a copy modeltranslation adds for one language (title_ja…).

    Reading the field itself (title) under each language already gives that language.
    """
    try:
        return isinstance(field.get_field(model), TranslationField)
    except FieldDoesNotExist:
        return False


def indexed_fields(model):
    """``model``'s search, autocomplete and related fields, each text field once."""
    seen = set()
    for field in model.get_search_fields():
        if isinstance(field, index.RelatedFields):
            yield field
        elif isinstance(field, index.SearchField | index.AutocompleteField):
            if field.field_name not in seen and not is_one_language_copy(model, field):
                seen.add(field.field_name)
                yield field


def texts(obj, fields):
    """The text of ``obj``'s ``fields`` in the active language, related objects' too."""
    for field in fields:
        if isinstance(field, index.RelatedFields):
            related = field.get_value(obj)
            if related is None:
                continue
            related = related.all() if hasattr(related, "all") else [related]
            for item in related:
                yield from texts(item, field.fields)
        else:
            yield field_text(obj, field)


def searchable_text(obj):
    """All of ``obj``'s indexed fields in the active language, one per line."""
    return "\n".join(text for text in texts(obj, indexed_fields(type(obj))) if text)


def is_indexable(obj):
    """Drafts are never indexed: a page only while it is live."""
    return obj.live if isinstance(obj, Page) else True


def root_content_type(model):
    return ContentType.objects.get_for_model(get_model_root(model))


def object_key(obj):
    """(content type, object id) of ``obj`` in the index."""
    return root_content_type(type(obj)), str(obj.pk)


def entries_for(obj, entry_model, indexed_at):
    """One unsaved entry per language for ``obj``.

    Translated fields are read under each language, so an untranslated field gives
    the English fallback a visitor in that language sees.
    """
    content_type, object_id = object_key(obj)
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            text = stored_text(searchable_text(obj))
            yield entry_model(
                content_type=content_type,
                object_id=object_id,
                language=language,
                title=stored_text(str(getattr(obj, "title", None) or obj)),
                text=text,
                bigrams=" ".join(unspaced_bigrams(text)),
                indexed_at=indexed_at,
            )
