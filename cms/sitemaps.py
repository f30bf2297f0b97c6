"""sitemap.xml: every live, public page of the requested site in every language."""

from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import sitemap as django_sitemap
from django.http import Http404
from wagtail.models import Site


class PageSitemap(Sitemap):
    """Each page once per language, with hreflang alternates and an x-default."""

    i18n = True
    alternates = True
    x_default = True

    def __init__(self, site):
        self.site = site

    def items(self):
        return (
            self.site.root_page.get_descendants(inclusive=True)
            .live()
            .public()
            .order_by("path")
        )

    def location(self, page):
        # A path: Django's view puts the request's scheme and host in front.
        return page.relative_url(self.site)

    def lastmod(self, page):
        return page.last_published_at


def sitemap(request):
    """Django's sitemap view for the Wagtail site that answers this request."""
    site = Site.find_for_request(request)
    if site is None:
        raise Http404("No site answers to this host.")
    return django_sitemap(request, {"pages": PageSitemap(site)})
