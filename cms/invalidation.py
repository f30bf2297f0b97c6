"""What an editor changes reaches every cached copy of every page that shows it.

Any change that can show on a public page moves the page cache to its next generation
(cms.page_cache) and, where an HTTP cache is configured (WAGTAILFRONTENDCACHE, Varnish),
purges each site's whole tree there: a venue's new name shows on its events, the
calendar, the home page and the articles naming them, in three languages, and finding
each of those pages would cost more than building the few that are asked for again.
Both happen after the change is committed, so that no process caches the old text.
"""

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.generation import next_generation
from core.signals import public_content_changed
from delegations.models import Delegation, ItineraryItem
from directory.models import Organisation, Person, Venue
from events.models import EventCategory
from news.models import NewsKind

# Snippets and images shown on pages other than their own.
SHOWN_ON_PAGES = [Organisation, Person, Venue, EventCategory, NewsKind, Site]
# A restriction added or lifted changes who may see a page and the menus listing it;
# a delegation's change may take its public summary (and the sitemap's line) in or out.
DECIDING_WHO_SEES = [PageViewRestriction, Delegation]


def forget_cached_pages():
    next_generation()
    if settings.WAGTAILFRONTENDCACHE:
        purge_urls_from_cache([f"{site.root_url}/" for site in Site.objects.all()])


def on_change(sender, **kwargs):
    transaction.on_commit(forget_cached_pages)


def on_itinerary_change(sender, instance, **kwargs):
    """Items show on their delegation's public summary; a private delegation's planning,
    the busiest editing of all, leaves the caches alone."""
    delegation = Delegation.objects.filter(pk=instance.delegation_id).first()
    if delegation is None or delegation.has_public_summary:
        on_change(sender)


def connect():
    page_published.connect(on_change, dispatch_uid="kizuna-page-cache-published")
    page_unpublished.connect(on_change, dispatch_uid="kizuna-page-cache-unpublished")
    post_page_move.connect(on_change, dispatch_uid="kizuna-page-cache-moved")
    post_delete.connect(on_change, sender=Page, dispatch_uid="kizuna-page-cache-page")
    public_content_changed.connect(on_change, dispatch_uid="kizuna-page-cache-content")
    for model in [*SHOWN_ON_PAGES, *DECIDING_WHO_SEES, get_image_model()]:
        for signal in (post_save, post_delete):
            signal.connect(
                on_change,
                sender=model,
                dispatch_uid=f"kizuna-page-cache-{signal is post_save}-{model._meta.label}",
            )
    for signal in (post_save, post_delete):
        signal.connect(
            on_itinerary_change,
            sender=ItineraryItem,
            dispatch_uid=f"kizuna-page-cache-{signal is post_save}-itinerary-item",
        )
    # Each process keeps the renditions it has used (core.generation_cache).
    post_delete.connect(
        on_change,
        sender=get_image_model().get_rendition_model(),
        dispatch_uid="kizuna-page-cache-rendition",
    )
