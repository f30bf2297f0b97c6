"""A visitor's search: every term must occur in the page's text in their language."""

import re
from dataclasses import dataclass

from django.db.models import Case, F, FilteredRelation, Q, Value, When
from django.utils.http import urlencode
from wagtail.models import Page

from .indexing import normalise

MAX_QUERY_LENGTH = 200
# Control characters cannot match page text, and PostgreSQL rejects NUL outright.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class SearchQuery:
    text: str = ""
    trimmed: bool = False
    max_length = MAX_QUERY_LENGTH

    @classmethod
    def from_query(cls, query):
        """Read ``q`` from ``request.GET``, cut to ``MAX_QUERY_LENGTH`` characters."""
        text = CONTROL_CHARACTERS.sub(" ", query.get("q", "")).strip()
        return cls(text=text[:MAX_QUERY_LENGTH], trimmed=len(text) > MAX_QUERY_LENGTH)

    @property
    def terms(self):
        """Distinct terms, split on any whitespace (the ideographic space U+3000 too)."""
        return list(dict.fromkeys(normalise(self.text).split()))

    @property
    def query_string(self):
        """``?q=…`` for links to further pages of results."""
        return "?" + urlencode({"q": self.text})

    def pages(self, *, language, site):
        """Live, public pages of ``site`` whose text in ``language`` has every term.

        Pages with more terms in their title come first, then the newest. Visibility is
        checked here rather than when indexing, so a new view restriction, or a move
        into a restricted section, hides a page at once.
        """
        entry_matches = [Q(entry__text__contains=term) for term in self.terms]
        title_hits = sum(
            (
                Case(When(entry__title__contains=term, then=Value(1)), default=Value(0))
                for term in self.terms
            ),
            start=Value(0),
        )
        return (
            Page.objects.live()
            .public()
            .in_site(site)
            .annotate(
                entry=FilteredRelation(
                    "search_entries", condition=Q(search_entries__language=language)
                )
            )
            .filter(*entry_matches)
            .annotate(title_hits=title_hits)
            .order_by(
                "-title_hits", F("first_published_at").desc(nulls_last=True), "-pk"
            )
            .defer_streamfields()
            .specific()
        )
