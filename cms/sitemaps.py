from django.conf import settings
from django.contrib.sitemaps import Sitemap
from wagtail.models import Page


class PageSitemap(Sitemap):
    """Every live, public page in every language, each with its hreflang alternates."""

    i18n = True
    alternates = True
    x_default = True
    languages = [code for code, _name in settings.LANGUAGES]

    def get_urls(self, page=1, site=None, protocol=None):
        self.request_site = site
        return super().get_urls(page=page, site=site, protocol=protocol)

    def items(self):
        return (
            Page.objects.live()
            .public()
            .filter(depth__gt=1)
            .exclude(url_path="")
            .order_by("path")
            .specific()
        )

    def location(self, page):
        return page.get_url(relative_to=None)

    def lastmod(self, page):
        return page.last_published_at
