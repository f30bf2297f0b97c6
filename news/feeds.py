"""RSS 2.0 and Atom feeds of the news, one per language (the language comes from the URL)."""

import uuid
from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import escape
from django.utils.translation import get_language
from wagtail.models import Page, Site

from core.seo import describe
from core.visibility import public

from .models import NewsIndexPage

FEED_LENGTH = 20


@dataclass(frozen=True)
class NewsSource:
    """What one request's feed is built from (the Feed instance is shared by all requests)."""

    site_root: Page
    index: NewsIndexPage
    description: str


class NewsRssFeed(Feed):
    feed_type = Rss201rev2Feed
    # The guid is not the article's address, which changes with its slug.
    item_guid_is_permalink = False

    def get_object(self, request):
        site = Site.find_for_request(request)
        if site is None:
            raise Http404("No site answers to this host.")
        index = public(
            NewsIndexPage.objects.live().descendant_of(site.root_page)
        ).first()
        if index is None:
            raise Http404("This site has no news.")
        return NewsSource(
            site_root=site.root_page,
            index=index,
            description=describe(index, request),
        )

    def title(self, source):
        return f"{source.index.title} | {source.site_root.title}"

    def description(self, source):
        return source.description

    def link(self, source):
        return source.index.url

    def items(self, source):
        return source.index.get_articles()[:FEED_LENGTH]

    def item_title(self, article):
        return article.title

    def item_description(self, article):
        # Both formats read the description as HTML; the introduction is plain text.
        return escape(article.intro)

    def item_link(self, article):
        return article.url

    def item_guid(self, article):
        # Readers subscribe to one language, so each language has its own guid; the
        # page's translation key never changes, whatever an editor does to the slug.
        return uuid.uuid5(article.translation_key, get_language()).urn

    def item_pubdate(self, article):
        return article.first_published_at

    def item_updateddate(self, article):
        return article.last_published_at

    def item_categories(self, article):
        kind = [article.kind.name] if article.kind else []
        return kind + sorted(tag.name for tag in article.tags.all())


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed

    def subtitle(self, source):
        return source.description

    def author_name(self, source):
        # Atom requires an author; the news is the site's own.
        return source.site_root.title
