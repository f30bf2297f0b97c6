"""The demo news: the news index, kinds of news, and articles with their agreements.

Articles name their events (news sits above the calendar), so they are loaded after the
calendar; which events an article names is said beside each event in the content.
"""

from collections import defaultdict

from modeltranslation.utils import build_localized_fieldname

from events.models import EventPage
from news.models import Agreement, NewsArticlePage, NewsIndexPage, NewsKind

from .content import ARTICLES
from .content.events import EVENTS
from .content.site import KINDS, NEWS_INDEX
from .images import create_demo_image
from .languages import LANGUAGES, translated


class DemoNews:
    """Adds the missing parts of the demo news for a DemoLoader."""

    def __init__(self, loader, directory):
        self.loader = loader
        self.directory = directory
        self.kinds = {}
        # {article slug: [event slugs]}, from the events' "related_news".
        self.related_events = defaultdict(list)
        for spec in EVENTS:
            for slug in spec["related_news"]:
                self.related_events[slug].append(spec["slug"])

    def load(self, home):
        news = self.news_index(home)
        self.kinds = {spec["slug"]: self.kind(spec) for spec in KINDS}
        for spec in ARTICLES:
            self.article(news, spec)

    def news_index(self, home):
        news = (
            NewsIndexPage.objects.child_of(home).filter(slug=NEWS_INDEX["slug"]).first()
        )
        self.loader.record(NewsIndexPage, created=not news)
        if not news:
            news = NewsIndexPage(
                slug=NEWS_INDEX["slug"],
                show_in_menus=True,
                **translated("title", NEWS_INDEX["title"]),
                **translated("intro", NEWS_INDEX["intro"]),
            )
            self.loader.publish(home, news)
        return news

    def kind(self, spec):
        kind, created = NewsKind.objects.get_or_create(
            slug=spec["slug"], defaults=translated("name", spec["name"])
        )
        self.loader.record(NewsKind, created)
        return kind

    def article(self, news, spec):
        exists = NewsArticlePage.objects.filter(slug=spec["slug"]).exists()
        self.loader.record(NewsArticlePage, created=not exists)
        if exists:
            return
        cards = [spec["image"], *(v["card"] for k, v in spec["body"] if k == "image")]
        images = {
            card["key"]: create_demo_image(card, width=self.loader.image_width)
            for card in cards
        }
        article = NewsArticlePage(
            slug=spec["slug"],
            date=spec["date"],
            kind=self.kinds[spec["kind"]],
            image=images[spec["image"]["key"]],
            organisations=[
                self.directory.organisations[slug] for slug in spec["organisations"]
            ],
            people=[self.directory.people[key] for key in spec["people"]],
            related_events=list(
                EventPage.objects.filter(slug__in=self.related_events[spec["slug"]])
            ),
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
        self.loader.publish(news, article)

    def agreement(self, spec):
        return Agreement(
            sector=spec["sector"],
            signed_on=spec["signed_on"],
            parties=[self.directory.organisations[slug] for slug in spec["parties"]],
            signatories=[self.directory.people[key] for key in spec["signatories"]],
            **translated("title", spec["title"]),
            **translated("place", spec["place"]),
        )


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
