"""Pages a visitor may see, decided inside the query that lists them.

Wagtail's ``PageQuerySet.public()`` first loads every view restriction (one query), then
excludes their subtrees; a page showing a menu, a footer and a list of events paid that
query three times. ``public(pages)`` says the same in one ``NOT EXISTS`` of the listing's
own SQL: no page under a restricted page (password, login or group), the page itself
included.
"""

from django.db.models import CharField, Exists, ExpressionWrapper, F, OuterRef
from wagtail.models import PageViewRestriction


def public(pages):
    return pages.exclude(under_restriction())


def under_restriction():
    """True for a page of the outer query that is restricted or has a restricted ancestor."""
    listed_path = ExpressionWrapper(OuterRef("path"), output_field=CharField())
    restricted_ancestor = PageViewRestriction.objects.annotate(
        listed_path=listed_path
    ).filter(listed_path__startswith=F("page__path"))
    return Exists(restricted_ancestor)
