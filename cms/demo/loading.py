"""Build the demo site from ``cms.demo.content``, leaving whatever already exists alone.

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
from modeltranslation.utils import build_localized_fieldname
from wagtail.log_actions import log
from wagtail.models import Page, Site

from directory.models import Organisation, Person
from home.models import Agreement, HomePage, NewsArticlePage, NewsIndexPage, NewsKind

from .content import ARTICLES
from .content.people import ORGANISATIONS, PEOPLE
from .content.site import HOME, KINDS, NEWS_INDEX
from .events import DemoEvents
from .images import create_demo_image
from .languages import LANGUAGES, translated

SITE_NAME = "Kizuna"


def ensure_admin(username, password):
    """The superuser ``username``, created with ``password`` if missing; (user, created)."""
    user = get_user_model().objects.filter(username=username).first()
    if user:
        return user, False
    return get_user_model().objects.create_superuser(username, password=password), True


class DemoLoader:
    """Creates the missing parts of the demo site and counts what it created and kept."""

    def __init__(self, *, user, image_width):
        self.user = user
        self.image_width = image_width
        # {"news articles": {True: created, False: kept}, …} in the order first touched.
        self.counts = defaultdict(lambda: {True: 0, False: 0})
        # Demo snippets by their key in the content, filled in by load().
        self.kinds, self.organisations, self.people = {}, {}, {}

    def load(self):
        with transaction.atomic(), translation.override(settings.LANGUAGE_CODE):
            home = self.home_page()
            self.default_site(home)
            news = self.news_index(home)
            self.kinds = {spec["slug"]: self.kind(spec) for spec in KINDS}
            self.organisations = {
                slug: self.organisation(slug, spec)
                for slug, spec in ORGANISATIONS.items()
            }
            self.people = {key: self.person(spec) for key, spec in PEOPLE.items()}
            for spec in ARTICLES:
                self.article(news, spec)
            DemoEvents(self, today=timezone.localdate()).load(home)
        return self.counts

    def home_page(self):
        # There is only ever one home page (HomePage.max_count), whatever its slug now.
        home = HomePage.objects.first()
        self.record(HomePage, created=not home)
        if not home:
            root = Page.get_first_root_node()
            # Wagtail's "Welcome" page (a plain Page) makes way; its Site goes with it.
            root.get_children().exact_type(Page).filter(slug="home").delete()
            home = HomePage(
                slug="home",
                **translated("title", HOME["title"]),
                **translated("intro", HOME["intro"]),
            )
            self.publish(root, home)
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

    def news_index(self, home):
        news = (
            NewsIndexPage.objects.child_of(home).filter(slug=NEWS_INDEX["slug"]).first()
        )
        self.record(NewsIndexPage, created=not news)
        if not news:
            news = NewsIndexPage(
                slug=NEWS_INDEX["slug"],
                show_in_menus=True,
                **translated("title", NEWS_INDEX["title"]),
                **translated("intro", NEWS_INDEX["intro"]),
            )
            self.publish(home, news)
        return news

    def kind(self, spec):
        kind, created = NewsKind.objects.get_or_create(
            slug=spec["slug"], defaults=translated("name", spec["name"])
        )
        self.record(NewsKind, created)
        return kind

    def organisation(self, slug, spec):
        fields = {
            "kind": spec["kind"],
            "country": spec["country"],
            "website": spec.get("website", ""),
            **translated("name", spec["name"]),
        }
        if "short_name" in spec:
            fields.update(translated("short_name", spec["short_name"]))
        organisation, created = Organisation.objects.get_or_create(
            slug=slug, defaults=fields
        )
        self.record(Organisation, created)
        return organisation

    def person(self, spec):
        person, created = Person.objects.get_or_create(
            name_en=spec["name"]["en"],
            defaults={
                "organisation": self.organisations[spec["organisation"]],
                **translated("name", spec["name"]),
                **translated("role", spec["role"]),
            },
        )
        self.record(Person, created)
        return person

    def article(self, news, spec):
        exists = NewsArticlePage.objects.filter(slug=spec["slug"]).exists()
        self.record(NewsArticlePage, created=not exists)
        if exists:
            return
        cards = [spec["image"], *(v["card"] for k, v in spec["body"] if k == "image")]
        images = {
            card["key"]: create_demo_image(card, width=self.image_width)
            for card in cards
        }
        article = NewsArticlePage(
            slug=spec["slug"],
            date=spec["date"],
            kind=self.kinds[spec["kind"]],
            image=images[spec["image"]["key"]],
            organisations=[self.organisations[slug] for slug in spec["organisations"]],
            people=[self.people[key] for key in spec["people"]],
            agreements=[self.agreement(item) for item in spec.get("agreements", [])],
            **translated("title", spec["title"]),
            **translated("intro", spec["intro"]),
            **translated("image_alt", spec["image"]["alt"]),
            **{
                build_localized_fieldname("body", lang): stream_data(
                    spec["body"], lang, images
                )
                for lang in LANGUAGES
            },
        )
        article.tags.add(*spec["tags"])
        self.publish(news, article)

    def agreement(self, spec):
        return Agreement(
            sector=spec["sector"],
            signed_on=spec["signed_on"],
            parties=[self.organisations[slug] for slug in spec["parties"]],
            signatories=[self.people[key] for key in spec["signatories"]],
            **translated("title", spec["title"]),
            **translated("place", spec["place"]),
        )

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


def stream_data(blocks, lang, images):
    """The body's blocks in ``lang``, in the raw form a StreamField accepts."""
    return [
        {"type": block_type, "value": _block_value(block_type, value, lang, images)}
        for block_type, value in blocks
    ]


def _block_value(block_type, value, lang, images):
    if block_type == "image":
        card = value["card"]
        return {
            "image": images[card["key"]].pk,
            "alt_text": card["alt"][lang],
            "caption": value["caption"][lang],
        }
    if block_type == "quote":
        return {"text": value["text"][lang], "attribution": value["attribution"][lang]}
    if block_type == "table":
        return {
            "data": value["rows"][lang],
            "table_caption": value["caption"][lang],
            "table_header_choice": "row",
            "first_row_is_table_header": True,
            "first_col_is_header": False,
        }
    return value[lang]
