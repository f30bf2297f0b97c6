"""A visitor's search: every term must occur in the page's text in their language."""

import re
from dataclasses import dataclass

from django.db.models import F
from django.utils.http import urlencode
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from .text import normalise

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
        pages = (
            Page.objects.live()
            .public()
            .in_site(site)
            .order_by(F("first_published_at").desc(nulls_last=True))
            .defer_streamfields()
            .specific()
        )
        return get_search_backend().search(self.text, pages, language=language)
