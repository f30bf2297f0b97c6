"""Build the demo site from ``cms.demo.content``, leaving whatever already exists alone.

One module per app (``home``, ``directory``, ``events``, ``news``) adds that app's part,
from the bottom layer up, so each part can name what the layers below it made.

Demo objects are found by slug (people, who have none, by their English name), so a
second run adds nothing and an editor's changes to demo pages and snippets survive.
Pages are published the way the editor publishes them, through a revision, so every
signal that follows publishing (search index, reference index, audit log) fires.
"""

from collections import defaultdict

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone, translation
from wagtail.log_actions import log

from .delegations import DemoDelegations
from .directory import DemoDirectory
from .events import DemoEvents
from .exchanges import DemoExchanges
from .home import DemoHome
from .news import DemoNews

# Wagtail's account settings refuse to save (a language, say) without a name and email.
ADMIN_DETAILS = {
    "first_name": "Demo",
    "last_name": "Administrator",
    "email": "admin@example.org",
}


def ensure_admin(username, password):
    """The superuser ``username``, created with ``password`` if missing; (user, created).

    An existing user keeps its password and details; only blank details are filled in.
    """
    user = get_user_model().objects.filter(username=username).first()
    if not user:
        user = get_user_model().objects.create_superuser(
            username, password=password, **ADMIN_DETAILS
        )
        return user, True
    blanks = [field for field in ADMIN_DETAILS if not getattr(user, field)]
    for field in blanks:
        setattr(user, field, ADMIN_DETAILS[field])
    if blanks:
        user.save(update_fields=blanks)
    return user, False


class DemoLoader:
    """Creates the missing parts of the demo site and counts what it created and kept."""

    def __init__(self, *, user, image_width):
        self.user = user
        self.image_width = image_width
        # {"news articles": {True: created, False: kept}, …} in the order first touched.
        self.counts = defaultdict(lambda: {True: 0, False: 0})

    def load(self):
        with transaction.atomic(), translation.override(settings.LANGUAGE_CODE):
            demo_home = DemoHome(self)
            home = demo_home.load()
            directory = DemoDirectory(self).load()
            DemoEvents(self, directory, today=timezone.localdate()).load(home)
            DemoNews(self, directory).load(home)
            DemoDelegations(self, directory).load()
            DemoExchanges(self, directory).load(home)
            demo_home.load_pages(home)
        return self.counts

    def publish(self, parent, page):
        """Add ``page`` as a draft under ``parent`` and publish it, as the editor does."""
        page.live = False
        page.owner = self.user
        parent.add_child(instance=page)
        log(
            instance=page, action="wagtail.create", user=self.user, content_changed=True
        )
        page.save_revision(user=self.user).publish(user=self.user)

    def record(self, model, created):
        self.counts[str(model._meta.verbose_name_plural)][created] += 1
