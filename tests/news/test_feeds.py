"""The news feeds, read back the way a feed reader reads them."""

import datetime

import feedparser
import pytest
from bs4 import BeautifulSoup
from wagtail.models import PageViewRestriction

from tests.factories.images import make_image
from tests.factories.pages import add_article, make_kind

pytestmark = pytest.mark.django_db

FORMATS = ["rss", "atom"]
LANGUAGES = ["en", "ja", "km"]
FIRST_PUBLISHED = datetime.datetime(2024, 7, 6, 9, 30, tzinfo=datetime.UTC)


def read_feed(client, path):
    response = client.get(path)
    assert response.status_code == 200, response.content
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    return feed


def entry_facts(entry):
    return {
        "title": entry.title,
        "link": entry.link,
        "summary": entry.summary,
        "categories": [tag.term for tag in entry.get("tags", [])],
    }


def published(entry):
    return datetime.datetime(*entry.published_parsed[:6], tzinfo=datetime.UTC)


def updated(entry):
    return datetime.datetime(*entry.updated_parsed[:6], tzinfo=datetime.UTC)


def to_the_second(moment):
    return moment.astimezone(datetime.UTC).replace(microsecond=0)


@pytest.fixture
def articles(news_index):
    """Two articles: one translated into Japanese, one in English only."""
    visit = add_article(
        news_index,
        "Foreign Minister visits Phnom Penh",
        title_ja="外務大臣がプノンペンを訪問",
        intro="Talks on trade and training.",
        intro_ja="貿易と研修について協議。",
        date=datetime.date(2024, 7, 6),
        kind=make_kind("visit", "Ministerial visit", name_ja="閣僚訪問"),
        tags=["trade", "diplomacy"],
    )
    bank = add_article(
        news_index,
        "QR payments across the border",
        intro="Banks link QR codes & wallets.",
        date=datetime.date(2023, 12, 18),
    )
    return visit, bank


@pytest.mark.parametrize("feed_format", FORMATS)
def test_the_japanese_feed_speaks_japanese_and_falls_back_to_english(
    client, articles, feed_format
):
    feed = read_feed(client, f"/ja/feeds/news.{feed_format}")

    assert feed.feed.language == "ja"
    assert feed.feed.title == "ニュース | 絆"
    assert feed.feed.link == "http://testserver/ja/news/"
    # The news index has no introduction, so the feed describes the site.
    assert feed.feed.subtitle == "Japan–Cambodia exchange."
    assert [entry_facts(entry) for entry in feed.entries] == [
        {
            "title": "外務大臣がプノンペンを訪問",
            "link": "http://testserver/ja/news/foreign-minister-visits-phnom-penh/",
            "summary": "貿易と研修について協議。",
            "categories": ["閣僚訪問", "diplomacy", "trade"],
        },
        {
            "title": "QR payments across the border",
            "link": "http://testserver/ja/news/qr-payments-across-the-border/",
            # Plain text, written as HTML for the reader.
            "summary": "Banks link QR codes &amp; wallets.",
            "categories": [],
        },
    ]


@pytest.mark.parametrize("feed_format", FORMATS)
@pytest.mark.parametrize(
    ("language", "feed_title", "first_title"),
    [
        ("en", "News | Kizuna", "Foreign Minister visits Phnom Penh"),
        ("km", "ព័ត៌មាន | គីហ្ស៊ូណា", "Foreign Minister visits Phnom Penh"),
    ],
)
def test_each_language_has_its_own_feed(
    client, articles, feed_format, language, feed_title, first_title
):
    feed = read_feed(client, f"/{language}/feeds/news.{feed_format}")

    assert feed.feed.language == language
    assert feed.feed.title == feed_title
    assert feed.feed.link == f"http://testserver/{language}/news/"
    assert [entry.title for entry in feed.entries] == [
        first_title,
        "QR payments across the border",
    ]
    assert feed.entries[0].link == (
        f"http://testserver/{language}/news/foreign-minister-visits-phnom-penh/"
    )
    assert entry_facts(feed.entries[0])["categories"] == [
        "Ministerial visit",
        "diplomacy",
        "trade",
    ]


@pytest.mark.parametrize(("language", "author"), [("en", "Kizuna"), ("ja", "絆")])
def test_the_atom_feed_names_the_site_as_its_author(client, articles, language, author):
    feed = read_feed(client, f"/{language}/feeds/news.atom")

    assert feed.feed.author == author


@pytest.fixture
def republished_article(news_index):
    """An article first published on 6 July 2024 and corrected today."""
    article = add_article(news_index, "Teachers train in Siem Reap")
    article.first_published_at = FIRST_PUBLISHED
    article.save(update_fields=["first_published_at"])
    article.save_revision().publish()
    article.refresh_from_db()
    return article


@pytest.mark.parametrize("feed_format", FORMATS)
def test_entries_carry_their_first_publication_time(
    client, republished_article, feed_format
):
    (entry,) = read_feed(client, f"/en/feeds/news.{feed_format}").entries

    assert published(entry) == FIRST_PUBLISHED


def test_atom_entries_carry_their_last_update_time(client, republished_article):
    (entry,) = read_feed(client, "/en/feeds/news.atom").entries

    assert updated(entry) == to_the_second(republished_article.last_published_at)
    assert updated(entry) > FIRST_PUBLISHED


def test_guids_are_per_language_and_survive_a_new_slug(client, news_index):
    article = add_article(news_index, "Teachers train in Siem Reap")

    def entries():
        return {
            (language, feed_format): read_feed(
                client, f"/{language}/feeds/news.{feed_format}"
            ).entries[0]
            for language in LANGUAGES
            for feed_format in FORMATS
        }

    before = entries()
    article.slug = "teacher-training"
    article.save_revision().publish()
    after = entries()

    assert {key: entry.link for key, entry in after.items()} == {
        (language, feed_format): f"http://testserver/{language}/news/teacher-training/"
        for language, feed_format in after
    }
    ids = {key: entry.id for key, entry in after.items()}
    assert ids == {key: entry.id for key, entry in before.items()}
    # RSS and Atom agree within a language; languages never share one.
    assert {lang: ids[(lang, "rss")] for lang in LANGUAGES} == {
        lang: ids[(lang, "atom")] for lang in LANGUAGES
    }
    assert len(set(ids.values())) == 3
    assert {entry_id[:9] for entry_id in ids.values()} == {"urn:uuid:"}
    assert {after[(lang, "rss")].guidislink for lang in LANGUAGES} == {False}


def test_only_published_public_articles_are_listed(client, news_index):
    add_article(news_index, "Public article", date=datetime.date(2024, 1, 1))
    add_article(news_index, "Draft article", publish=False)
    withdrawn = add_article(news_index, "Withdrawn article")
    withdrawn.unpublish()
    private = add_article(news_index, "Members only article")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.LOGIN
    )

    for feed_format in FORMATS:
        feed = read_feed(client, f"/en/feeds/news.{feed_format}")
        assert [entry.title for entry in feed.entries] == ["Public article"]


def test_an_article_appears_as_soon_as_it_is_published(client, news_index):
    article = add_article(news_index, "Draft article", publish=False)
    assert read_feed(client, "/en/feeds/news.rss").entries == []

    article.save_revision().publish()

    feed = read_feed(client, "/en/feeds/news.rss")
    assert [entry.title for entry in feed.entries] == ["Draft article"]


@pytest.mark.parametrize("count", [10, 30])
def test_the_feed_takes_as_many_queries_for_ten_articles_as_for_thirty(
    client, news_index, django_assert_num_queries, count
):
    kind = make_kind()
    image = make_image()
    for number in range(count):
        add_article(
            news_index,
            f"Article {number}",
            date=datetime.date(2024, 1, 1) + datetime.timedelta(days=number),
            kind=kind,
            tags=[f"tag-{number}", "shared"],
            image=image,
            image_alt="A photograph.",
        )

    with django_assert_num_queries(7):
        feed = read_feed(client, "/ja/feeds/news.rss")

    assert len(feed.entries) == min(count, 20)


def test_a_site_without_news_has_no_feed(client, news_index):
    news_index.unpublish()

    response = client.get("/en/feeds/news.rss")

    assert (response.status_code, response["Content-Type"]) == (
        404,
        "text/html; charset=utf-8",
    )


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("path", ["/", "/news/", "/news/an-article/", "/search/"])
def test_every_page_advertises_the_feeds_of_its_language(
    client, news_index, language, path
):
    add_article(news_index, "An article")

    soup = BeautifulSoup(client.get(f"/{language}{path}").content, "html.parser")

    feeds = {
        link["type"]: link["href"]
        for link in soup.select('head link[rel="alternate"][type]')
    }
    assert feeds == {
        "application/rss+xml": f"/{language}/feeds/news.rss",
        "application/atom+xml": f"/{language}/feeds/news.atom",
    }
