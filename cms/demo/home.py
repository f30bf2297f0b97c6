"""The demo home page, the Site that serves it, and the site's own pages (About, …)."""

from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page, Site

from home.models import HomePage, StandardPage

from .content.pages import PAGES
from .content.site import HOME
from .languages import LANGUAGES, translated
from .news import stream_data

SITE_NAME = "Kizuna"
# The address `make run` serves (HOST in the Makefile).
DEMO_HOST, DEMO_PORT = "127.0.0.1", 8000


class DemoHome:
    """Adds the home page, replacing Wagtail's welcome page, the default Site, and the
    About, Contact, Privacy and Accessibility pages under the home page."""

    def __init__(self, loader):
        self.loader = loader

    def load(self):
        # There is only ever one home page (HomePage.max_count), whatever its slug now.
        home = HomePage.objects.first()
        self.loader.record(HomePage, created=not home)
        if not home:
            root = Page.get_first_root_node()
            # Wagtail's "Welcome" page (a plain Page) makes way; its Site goes with it.
            root.get_children().exact_type(Page).filter(slug="home").delete()
            home = HomePage(
                slug="home",
                **translated("title", HOME["title"]),
                **translated("intro", HOME["intro"]),
            )
            self.loader.publish(root, home)
        self.default_site(home)
        return home

    def default_site(self, home):
        """The default Site at the address `make run` serves, so that the admin's links
        to pages work; a Site left by an older demo at localhost:80 moves there."""
        site = Site.objects.filter(
            hostname__in=["localhost", DEMO_HOST]
        ).first() or Site(
            is_default_site=not Site.objects.filter(is_default_site=True).exists()
        )
        site.hostname, site.port = DEMO_HOST, DEMO_PORT
        site.root_page, site.site_name = home, SITE_NAME
        site.save()

    def load_pages(self, home):
        """The site's own pages, after the news and calendar so they follow them in the tree."""
        for spec in PAGES:
            exists = (
                StandardPage.objects.child_of(home).filter(slug=spec["slug"]).exists()
            )
            self.loader.record(StandardPage, created=not exists)
            if exists:
                continue
            page = StandardPage(
                slug=spec["slug"],
                **translated("title", spec["title"]),
                **translated("intro", spec["intro"]),
                **{
                    build_localized_fieldname("body", lang): stream_data(
                        spec["body"], lang, images={}
                    )
                    for lang in LANGUAGES
                },
            )
            self.loader.publish(home, page)
