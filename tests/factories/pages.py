"""Page trees for tests, built the way an editor would build them."""

import datetime

from django.conf import settings
from django.utils.text import slugify
from wagtail.models import Collection, Locale, Page, Site

from home.models import HomePage
from news.models import NewsArticlePage, NewsIndexPage, NewsKind


def tree_root():
    """Wagtail's root page, with the default locale and root collection beside it.

    Wagtail's migrations create all three, but a transactional test flushes them away.
    """
    Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    Collection.get_first_root_node() or Collection.add_root(name="Root")
    return Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root")
    )


def build_site():
    """A fresh site: Wagtail's welcome page replaced by our home page with a news index."""
    root = tree_root()
    Site.objects.all().delete()
    for page in root.get_children():
        page.delete()
    home = root.add_child(
        instance=HomePage(
            title="Kizuna",
            title_ja="絆",
            title_km="គីហ្ស៊ូណា",
            slug="home",
            intro="<p>Japan–Cambodia exchange.</p>",
        )
    )
    Site.objects.create(
        hostname="localhost",
        port=80,
        root_page=home,
        is_default_site=True,
        site_name="Kizuna",
    )
    news = home.add_child(
        instance=NewsIndexPage(
            title="News",
            title_ja="ニュース",
            title_km="ព័ត៌មាន",
            slug="news",
            show_in_menus=True,
        )
    )
    return home, news


def make_kind(slug="mou-signing", name="MoU signing", **translations):
    kind, _created = NewsKind.objects.get_or_create(
        slug=slug, defaults={"name": name, **translations}
    )
    return kind


def add_article(
    index, title="An article", *, date=None, publish=True, tags=(), **fields
):
    """Add a news article under ``index``; published unless ``publish`` is false."""
    fields.setdefault("intro", f"About {title}.")
    fields.setdefault("slug", None)
    slug = fields.pop("slug") or slugify(title)[:50]
    article = NewsArticlePage(
        title=title, slug=slug, date=date or datetime.date(2024, 7, 6), **fields
    )
    article.live = publish
    index.add_child(instance=article)
    if tags:
        article.tags.add(*tags)
    revision = article.save_revision()
    if publish:
        revision.publish()
    else:
        article.unpublish()
    article.refresh_from_db()
    return article
