"""Wagtail routing in a fixed number of queries, whatever the depth of the page.

Wagtail's ``Page.route`` walks the tree a segment at a time: one query for the child with
the next slug and one for its specific page, at every level. ``route_in_one_query`` finds
the whole chain of pages named by the path in one query, then hands the last page that
routes as plain Wagtail pages do (or the first that routes its own way: a RoutablePage,
whose own routes win over its children as in Wagtail) to its specific class, so liveness,
sub-routes and 404s stay Wagtail's. The same query says whether a restriction covers the
page; ``ViewRestrictionsInOneQuery`` then reads none for a public page, and otherwise reads
those of the page and its ancestors in one query instead of two.

What the walk finds for a path is kept in the process until the next generation
(core.generation): a publish, move, deletion or restriction starts one.
"""

from django.db.models import Q
from django.db.models.functions import Coalesce
from django.urls import Resolver404
from django.utils.translation import get_language
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, PageViewRestriction

from core.generation import remembered
from core.visibility import under_restriction


def route_in_one_query(root, request, path_components):
    key = ("route", root.pk, get_language(), *path_components)
    walked = remembered(key, lambda: _walk(root, path_components))
    if walked is None:
        return Page.route(root, request, path_components)
    found, depth = walked
    return found.route(request, path_components[depth:])


def _walk(root, path_components):
    """The specific page that routes ``path_components`` and how many of them name it
    and its ancestors, or None if the tree has no such page."""
    pages = _chain(root, path_components)
    parent = root
    for depth, page in enumerate(pages, start=1):
        if depth == len(pages) or _routes_itself(page, path_components[depth:]):
            line = [root, *pages[:depth]]
            found = _specific(page)
            found._cached_parent_obj = parent
            # Breadcrumbs show these ancestors; the walk has already found them.
            found.route_ancestors = pages[: depth - 1]
            # An alias takes its source's restrictions: only a line without one is
            # known to be public from the walk's own query.
            found.routed_as_public = not page.restricted and not any(
                p.alias_of_id for p in line
            )
            return found, depth
        parent = page
    return None


def _specific(page):
    """The specific page, with the relations its class names in ``route_select_related``
    (those every view of it shows) joined in the same query, and those its
    ``route_prefetch_related()`` names fetched with it (kept with the page by the walk)."""
    model = page.specific_class
    related = getattr(model, "route_select_related", ())
    prefetched = getattr(model, "route_prefetch_related", tuple)()
    if not related and not prefetched:
        return page.specific
    found = model.objects.select_related(*related).prefetch_related(*prefetched)
    return found.get(pk=page.pk)


def _routes_itself(page, remaining):
    """Whether ``page`` would answer ``remaining`` itself rather than pass it to its
    children as ``Page.route`` does: a live RoutablePage whose own routes match it (they
    win over children in Wagtail too), or a page with a ``route`` of its own."""
    route = page.specific_class.route
    if route is RoutablePageMixin.route:
        if not page.live:
            return False
        try:
            page.specific_class.get_resolver().resolve("/" + "/".join(remaining) + "/")
        except Resolver404:
            return False
        return True
    return route is not Page.route


def _chain(root, path_components):
    """The pages under ``root`` named by the leading slugs of ``path_components``, top
    down, as far as they go."""
    if not path_components:
        return []
    levels = Q()
    for depth, slug in enumerate(path_components, start=root.depth + 1):
        levels |= Q(depth=depth, slug=slug)
    found = (
        Page.objects.filter(levels, path__startswith=root.path)
        .annotate(restricted=under_restriction())
        .order_by("path")
    )
    chain, parent_path = [], root.path
    for page in found:
        if page.depth == root.depth + len(chain) + 1 and page.path.startswith(
            parent_path
        ):
            chain.append(page)
            parent_path = page.path
    return chain


class ViewRestrictionsInOneQuery:
    """Restrictions on the page or an ancestor (an alias's own source standing for it,
    as in Wagtail), read in one query."""

    def get_view_restrictions(self):
        if getattr(self, "routed_as_public", False):
            return PageViewRestriction.objects.none()
        steps = range(self.steplen, len(self.path) + 1, self.steplen)
        line = Page.objects.filter(path__in=[self.path[:end] for end in steps])
        sources = line.annotate(source=Coalesce("alias_of_id", "id")).values("source")
        return PageViewRestriction.objects.filter(page_id__in=sources)


def breadcrumb_ancestors(page):
    """``page.get_ancestors()[2:]`` (the ancestors below the tree root and the site root
    at depth 2), taken from the route's walk when it found them all."""
    walked = getattr(page, "route_ancestors", None)
    if walked is not None and page.depth - len(walked) == 3:
        return walked
    return page.get_ancestors()[2:]
