"""The site's pages for crawlers (sitemap.xml, every language) and for people (a tree)."""

from dataclasses import dataclass, field

from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import sitemap as django_sitemap
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import reverse
from wagtail.models import Page, Site

from delegations.views_public import public_delegations
from events.models import EventPage
from news.models import NewsArticlePage

# Articles and events are many and dated: their own paginated listings list them, so
# the human sitemap stops at the pages editors build the site from.
LISTED_ELSEWHERE = (NewsArticlePage, EventPage)


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


class DelegationSitemap(Sitemap):
    """The public summaries of delegations, in every language like the pages."""

    i18n = True
    alternates = True
    x_default = True

    def items(self):
        return public_delegations().order_by("-first_day", "pk")

    def location(self, delegation):
        # Called with each language active, so the path carries its prefix.
        return reverse("delegations_public:summary", kwargs={"slug": delegation.slug})


def requested_site(request):
    site = Site.find_for_request(request)
    if site is None:
        raise Http404("No site answers to this host.")
    return site


def sitemap(request):
    """Django's sitemap view for the Wagtail site that answers this request."""
    sitemaps = {
        "pages": PageSitemap(requested_site(request)),
        "delegations": DelegationSitemap(),
    }
    return django_sitemap(request, sitemaps)


@dataclass
class PageNode:
    page: Page
    children: list["PageNode"] = field(default_factory=list)


def page_tree(root):
    """``root`` and its live, public descendants (bar articles and events) as nested nodes.

    Pages come in tree order, so each page's parent has been seen before it; a page
    whose parent is not shown (private, unpublished, or listed elsewhere) is left out.
    """
    pages = (
        root.get_descendants(inclusive=True)
        .live()
        .public()
        .not_type(*LISTED_ELSEWHERE)
        .order_by("path")
    )
    nodes = {}
    top = None
    for page in pages:
        node = PageNode(page)
        nodes[page.path] = node
        parent = nodes.get(page.path[: -Page.steplen])
        if page.pk == root.pk:
            top = node
        elif parent:
            parent.children.append(node)
    return top


def site_map(request):
    """The human sitemap: the site's pages as a tree, in the visitor's language."""
    tree = page_tree(requested_site(request).root_page)
    return TemplateResponse(request, "site_map.html", {"tree": tree})
