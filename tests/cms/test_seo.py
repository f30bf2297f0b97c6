"""What each page tells search engines and link previews: language, canonical URL,
hreflang alternates, Open Graph and Twitter card tags."""

from collections import defaultdict

import pytest
from bs4 import BeautifulSoup

from tests.factories.images import make_image
from tests.factories.pages import add_article

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "ja", "km"]
LOCALES = {"en": "en_GB", "ja": "ja_JP", "km": "km_KH"}
HOME_TITLES = {"en": "Kizuna", "ja": "絆", "km": "គីហ្ស៊ូណា"}
NEWS_TITLES = {"en": "News", "ja": "ニュース", "km": "ព័ត៌មាន"}
SITE_DESCRIPTION = "Japan–Cambodia exchange."


def read_head(client, url):
    """The page's language and what its <head> says about it, as plain values."""
    response = client.get(url)
    assert response.status_code == 200, url
    soup = BeautifulSoup(response.content, "html.parser")
    meta = defaultdict(list)
    for tag in soup.head.find_all("meta", attrs={"content": True}):
        key = tag.get("property") or tag.get("name")
        if key:
            meta[key].append(tag["content"])
    return {
        "lang": soup.html["lang"],
        "canonical": [
            link["href"] for link in soup.head.select('link[rel="canonical"]')
        ],
        "alternates": {
            link["hreflang"]: link["href"]
            for link in soup.head.select('link[rel="alternate"][hreflang]')
        },
        "meta": {
            key: values
            for key, values in meta.items()
            if key == "description" or key.startswith(("og:", "twitter:"))
        },
    }


def alternates(path):
    return {
        **{lang: f"http://testserver/{lang}{path}" for lang in LANGUAGES},
        "x-default": f"http://testserver{path}",
    }


def open_graph(language, path, *, title, description, og_type="website"):
    """The tags every page carries, for a page without an image."""
    return {
        "description": [description],
        "og:type": [og_type],
        "og:title": [title],
        "og:description": [description],
        "og:url": [f"http://testserver/{language}{path}"],
        "og:site_name": ["Kizuna"],
        "og:locale": [LOCALES[language]],
        "og:locale:alternate": [
            locale for code, locale in LOCALES.items() if code != language
        ],
        "twitter:card": ["summary"],
    }


@pytest.fixture
def article(news_index):
    return add_article(
        news_index,
        "Foreign Minister visits Phnom Penh",
        title_ja="外務大臣がプノンペンを訪問",
        intro="Talks on trade and training.",
        intro_ja="貿易と研修について協議。",
        slug="minister-visit",
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_home_page_describes_itself_in_its_language(client, home_page, language):
    head = read_head(client, f"/{language}/")

    assert head == {
        "lang": language,
        "canonical": [f"http://testserver/{language}/"],
        "alternates": alternates("/"),
        "meta": open_graph(
            language, "/", title=HOME_TITLES[language], description=SITE_DESCRIPTION
        ),
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_news_index_without_an_intro_borrows_the_site_description(
    client, news_index, language
):
    head = read_head(client, f"/{language}/news/")

    assert head == {
        "lang": language,
        "canonical": [f"http://testserver/{language}/news/"],
        "alternates": alternates("/news/"),
        "meta": open_graph(
            language,
            "/news/",
            title=NEWS_TITLES[language],
            description=SITE_DESCRIPTION,
        ),
    }


@pytest.mark.parametrize(
    ("language", "title", "description"),
    [
        ("en", "Foreign Minister visits Phnom Penh", "Talks on trade and training."),
        ("ja", "外務大臣がプノンペンを訪問", "貿易と研修について協議。"),
        ("km", "Foreign Minister visits Phnom Penh", "Talks on trade and training."),
    ],
)
def test_an_article_is_an_open_graph_article(
    client, article, language, title, description
):
    head = read_head(client, f"/{language}/news/minister-visit/")

    assert head == {
        "lang": language,
        "canonical": [f"http://testserver/{language}/news/minister-visit/"],
        "alternates": alternates("/news/minister-visit/"),
        "meta": open_graph(
            language,
            "/news/minister-visit/",
            title=title,
            description=description,
            og_type="article",
        ),
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_search_page_speaks_for_the_site(client, home_page, language):
    head = read_head(client, f"/{language}/search/?q=visit")

    assert head["lang"] == language
    assert head["canonical"] == [f"http://testserver/{language}/search/"]
    assert head["alternates"] == alternates("/search/")
    assert head["meta"] == open_graph(
        language, "/search/", title=HOME_TITLES[language], description=SITE_DESCRIPTION
    )


def test_an_article_image_is_shared_at_full_width(client, article):
    image = make_image(width=1600, height=900)
    article.image = image
    article.image_alt = "The ministers shake hands."
    article.image_alt_ja = "握手する両大臣。"
    article.save_revision().publish()

    meta = read_head(client, "/ja/news/minister-visit/")["meta"]

    rendition = image.get_rendition("fill-1200x630")
    assert {key: values for key, values in meta.items() if "image" in key} == {
        "og:image": [f"http://testserver{rendition.url}"],
        "og:image:width": ["1200"],
        "og:image:height": ["630"],
        "og:image:alt": ["握手する両大臣。"],
    }
    assert meta["twitter:card"] == ["summary_large_image"]


def test_a_filtered_page_of_the_index_points_at_the_index_itself(client, news_index):
    head = read_head(client, "/ja/news/?kind=visit&page=2&utm_source=mail")

    assert head["canonical"] == ["http://testserver/ja/news/"]
    assert head["meta"]["og:url"] == ["http://testserver/ja/news/"]
    assert head["alternates"] == alternates("/news/")


def test_the_description_is_the_intro_without_its_markup(client, home_page):
    home_page.intro = (
        "<p>Japan &amp; Cambodia, <b>together</b>.</p><p>Since <i>1953</i>.</p>"
    )
    home_page.save_revision().publish()

    meta = read_head(client, "/en/")["meta"]

    assert meta["description"] == ["Japan & Cambodia, together. Since 1953."]
    assert meta["og:description"] == ["Japan & Cambodia, together. Since 1953."]


def test_a_search_description_is_preferred_to_the_intro(client, article):
    article.search_description = "Two ministers, one agreement."
    article.search_description_ja = "二人の大臣、一つの合意。"
    article.save_revision().publish()

    english = read_head(client, "/en/news/minister-visit/")["meta"]
    japanese = read_head(client, "/ja/news/minister-visit/")["meta"]

    assert english["og:description"] == ["Two ministers, one agreement."]
    assert japanese["og:description"] == ["二人の大臣、一つの合意。"]


def test_a_long_intro_is_cut_to_two_hundred_characters(client, news_index):
    add_article(news_index, "Long read", intro="word " * 100)

    meta = read_head(client, "/en/news/long-read/")["meta"]

    assert meta["description"] == [("word " * 40)[:199] + "…"]
