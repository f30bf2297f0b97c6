"""The demo home page and the Site that serves it."""

from wagtail.models import Page, Site

from home.models import HomePage

from .content.site import HOME
from .languages import translated

SITE_NAME = "Kizuna"


class DemoHome:
    """Adds the home page, replacing Wagtail's welcome page, and the default Site."""

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
        if Site.objects.filter(hostname="localhost", port=80).exists():
            return
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            site_name=SITE_NAME,
            is_default_site=not Site.objects.filter(is_default_site=True).exists(),
        )
