"""Wagtail's page view, on the site and site root paths each process keeps (core.sites)."""

from wagtail import views as wagtail_views

from core.sites import find_site, keep_site_root_paths


def serve(request, path):
    find_site(request)
    keep_site_root_paths(request)
    return wagtail_views.serve(request, path)
