"""RSS 2.0 and Atom feeds of the news, one per language (the language comes from the URL)."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Site

from .models import NewsArticlePage, NewsIndexPage

FEED_LENGTH = 20


class NewsRssFeed(Feed):
    feed_type = Rss201rev2Feed
    title = _("Kizuna: Japan–Cambodia exchange news")
    description = _("MoU signings, ministerial visits, training and school exchanges.")

    def get_object(self, request):
        self.request = request
        return Site.find_for_request(request)

    def link(self, site):
        index = NewsIndexPage.objects.live().first()
        return index.get_url(self.request) if index else "/"

    def feed_extra_kwargs(self, site):
        return {"language": get_language()}

    def items(self, site):
        return NewsArticlePage.objects.listing()[:FEED_LENGTH]

    def item_title(self, article):
        return article.title

    def item_description(self, article):
        return article.intro

    def item_link(self, article):
        return article.get_url(self.request)

    def item_guid(self, article):
        # Stable across languages and slug changes: readers must not see an article twice.
        return f"kizuna-news-{article.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, article):
        return article.first_published_at

    def item_updateddate(self, article):
        return article.last_published_at

    def item_categories(self, article):
        return [article.kind.name] if article.kind else []


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed
    subtitle = NewsRssFeed.description
