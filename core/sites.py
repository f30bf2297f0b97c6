"""The site answering a request and its root paths, kept per process.

Wagtail looks the site up (one query, then one more for its root page) and reads its
root paths from the shared cache on every request; both change only when a Site or a
page changes, which starts a new generation (core.generation).
"""

from wagtail.models import Site

from core.generation import remembered


def find_site(request):
    """``Site.find_for_request``, with the root page already as its own class, kept in
    this process until the next generation."""
    if not hasattr(request, "_wagtail_site"):
        key = ("site", request._get_raw_host(), request.get_port())
        request._wagtail_site = remembered(key, lambda: _with_root(request))
    return request._wagtail_site


def _with_root(request):
    site = Site._find_for_request(request)
    if site is not None:
        site.root_page = site.root_page.specific_deferred
    return site


def keep_site_root_paths(request):
    """Wagtail's site root paths (for page URLs), kept in this process."""
    if not hasattr(request, "_wagtail_cached_site_root_paths"):
        request._wagtail_cached_site_root_paths = remembered(
            "site root paths", Site.get_site_root_paths
        )
