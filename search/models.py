from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Lookup
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class BigramsField(models.TextField):
    """Space-separated character pairs, searched with ``__has_all=[pairs]``."""


@BigramsField.register_lookup
class HasAll(Lookup):
    """Every one of the pairs is stored: ``string_to_array(bigrams, ' ') @> pairs``,
    the expression migration 0004 indexes with GIN on PostgreSQL (only there)."""

    lookup_name = "has_all"
    prepare_rhs = False

    def as_sql(self, compiler, connection):
        column, params = self.process_lhs(compiler, connection)
        return f"string_to_array({column}, ' ') @> %s::text[]", [
            *params,
            list(self.rhs),
        ]


class SearchEntry(models.Model):
    """One indexed object's searchable text in one language, for substring matching.

    Filled only by the search backend (``search.backend``) through Wagtail's indexing:
    its signals on save and delete, and ``manage.py update_index``. Only models that
    declare ``search_fields`` are indexed, and only those fields: models holding
    personal data must never declare any.

    Japanese and Khmer are written without spaces between words, so word-based
    search backends cannot find a word inside a sentence; a match on this text can.
    """

    # The object's root model (Page for every page type), so one key serves a search
    # over Page and over any of its specific types.
    content_type = models.ForeignKey(
        ContentType,
        verbose_name=pgettext_lazy("search index", "content type"),
        on_delete=models.CASCADE,
    )
    object_id = models.CharField(
        pgettext_lazy("search index", "object ID"), max_length=64
    )
    language = models.CharField(_("language"), max_length=8)
    title = models.TextField(_("title"))
    text = models.TextField(_("text"))
    # The text's Japanese and Khmer character pairs (search.text.unspaced_bigrams),
    # space-separated; PostgreSQL indexes them as an array (migration 0004).
    bigrams = BigramsField(_("character pairs"), blank=True, default="")
    indexed_at = models.DateTimeField(_("indexed at"))

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "language"],
                name="search_entry_object_language",
            )
        ]

    def __str__(self):
        return f"{self.title} ({self.language})"
