from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchEntry(models.Model):
    """A published page's searchable text in one language, normalised for substring search.

    Japanese and Khmer are written without spaces between words, so word-based
    search backends cannot find a word inside a sentence; a plain substring match
    over this text can.
    """

    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="search_entries",
    )
    language = models.CharField(_("language"), max_length=8)
    title = models.TextField(_("title"))
    text = models.TextField(_("text"))

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "language"], name="search_entry_page_language"
            )
        ]

    def __str__(self):
        return f"{self.title} ({self.language})"
