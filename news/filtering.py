"""News index filters: parsed from the query string, applied to a queryset, written back as links."""

from dataclasses import dataclass, fields, replace

from django.utils.http import urlencode

from core.query import query_number, query_text

from .enums import Sector


@dataclass(frozen=True)
class NewsFilters:
    kind: str = ""
    tag: str = ""
    year: int | None = None
    sector: str = ""
    organisation: str = ""

    @classmethod
    def from_query(cls, query):
        """Read filters from ``request.GET``; values that cannot match anything are dropped."""
        year = query_number(query, "year")
        sector = query_text(query, "sector")
        return cls(
            kind=query_text(query, "kind"),
            tag=query_text(query, "tag"),
            year=year if year and 1900 <= year <= 2999 else None,
            sector=sector if sector in Sector.values else "",
            organisation=query_text(query, "organisation"),
        )

    @property
    def active(self):
        return any(getattr(self, f.name) for f in fields(self))

    def apply(self, articles):
        if self.kind:
            articles = articles.filter(kind__slug=self.kind)
        if self.tag:
            articles = articles.filter(tags__slug=self.tag)
        if self.year:
            articles = articles.filter(date__year=self.year)
        if self.sector:
            articles = articles.filter(agreements__sector=self.sector)
        if self.organisation:
            articles = articles.filter(organisations__slug=self.organisation)
        # Joins through tags, agreements and organisations can repeat an article.
        return (
            articles.distinct()
            if self.tag or self.sector or self.organisation
            else articles
        )

    def query_string(self, **changes):
        """``?…`` for these filters with ``changes`` applied (a value of None removes one)."""
        values = {
            name: value
            for name, value in vars(replace(self, **changes)).items()
            if value not in ("", None)
        }
        return "?" + urlencode(values) if values else "?"
