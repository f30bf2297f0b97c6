"""The pages every public page links to (menu, footer), read once per request."""

from core.generation import remembered
from core.sites import find_site
from core.visibility import public


def site_root(request):
    site = find_site(request)
    return site.root_page if site else None


def site_children(request):
    """The live, public children of the site's root page in the editors' order: the menu
    and the footer each pick theirs from this one query, kept in this process until
    the next generation (a page published, moved or restricted)."""
    if not hasattr(request, "_kizuna_site_children"):
        root = site_root(request)
        request._kizuna_site_children = (
            remembered(
                ("site children", root.pk),
                lambda: list(public(root.get_children().live())),
            )
            if root
            else []
        )
    return request._kizuna_site_children
