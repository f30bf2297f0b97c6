from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.generic import TemplateView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from core import views as core_views
from news.feeds import NewsAtomFeed, NewsRssFeed
from search import views as search_views

from . import documents, health, sitemaps, throttling

handler500 = "cms.errors.server_error"
WAGTAIL_URLS_BUT_SERVE = [
    pattern
    for pattern in wagtail_urls.urlpatterns
    if getattr(pattern, "name", None) != "wagtail_serve"
]

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    path("admin/", include(wagtailadmin_urls)),
    # Wagtail's path and name, served so that no browser runs a document.
    re_path(r"^documents/(\d+)/(.*)$", documents.serve, name="wagtaildocs_serve"),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemaps.sitemap, name="sitemap"),
    path(
        "robots.txt",
        TemplateView.as_view(
            template_name="robots.txt", content_type="text/plain; charset=utf-8"
        ),
        name="robots_txt",
    ),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every public page carries its language in the URL: /en/…, /ja/…, /km/….
urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("sitemap/", sitemaps.site_map, name="site_map"),
    path("feeds/news.rss", NewsRssFeed(), name="news_rss"),
    path("feeds/news.atom", NewsAtomFeed(), name="news_atom"),
    path("", include("delegations.urls")),
    path("", include("delegations.public_urls")),
    # Wagtail serves only paths without dots (wagtail/wagtail#3653): calendar files of
    # pages (events/feed.ics, events/<slug>/event.ics) reach their page's routes here.
    re_path(r"^((?:[\w\-]+/)+[\w\-]+\.ics)$", core_views.serve),
    # Wagtail's own path and name, with password guesses throttled.
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        throttling.authenticate_with_password,
        name="wagtailcore_authenticate_with_password",
    ),
    # Wagtail's URLs (its login view), its page view on the site each process keeps
    # (core.views) under Wagtail's own name and path.
    path("", include(WAGTAIL_URLS_BUT_SERVE)),
    re_path(r"^((?:[\w\-]+/)*)$", core_views.serve, name="wagtail_serve"),
)
