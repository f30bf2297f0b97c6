"""Reading the site in English, Japanese and Khmer: URLs, the switcher and English fallback."""

import pytest
from bs4 import BeautifulSoup

from tests.factories.pages import add_article

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "accept_language, expected",
    [("ja,en;q=0.5", "/ja/"), ("km-KH", "/km/"), ("fr-FR,fr", "/en/"), ("", "/en/")],
)
def test_root_redirects_by_accept_language(
    client, site_tree, accept_language, expected
):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)

    assert response.status_code == 302
    assert response["Location"] == expected


def test_the_same_slug_serves_every_language(client, news_index):
    add_article(
        news_index, "Seminar week", title_ja="セミナー週間", title_km="សប្តាហ៍សិក្ខាសាលា"
    )

    headings = {
        lang: BeautifulSoup(
            client.get(f"/{lang}/news/seminar-week/").content, "html.parser"
        ).h1.get_text(strip=True)
        for lang in ("en", "ja", "km")
    }

    assert headings == {
        "en": "Seminar week",
        "ja": "セミナー週間",
        "km": "សប្តាហ៍សិក្ខាសាលា",
    }


def test_switcher_keeps_the_page_and_its_filters(client, news_index):
    response = client.get("/en/news/?kind=seminar&year=2019")
    soup = BeautifulSoup(response.content, "html.parser")

    links = {a["hreflang"]: a["href"] for a in soup.select(".language-switcher a")}

    assert links == {
        "ja": "/ja/news/?kind=seminar&year=2019",
        "km": "/km/news/?kind=seminar&year=2019",
    }
    assert soup.select_one(".language-switcher [aria-current]").get_text() == "English"


def test_english_fallback_is_marked_with_its_language(client, news_index):
    add_article(
        news_index,
        "Road No. 5",
        title_ja="国道5号線",
        intro="Improving National Road No. 5.",
    )
    soup = BeautifulSoup(client.get("/ja/news/road-no-5/").content, "html.parser")

    assert soup.html["lang"] == "ja"
    assert soup.h1.get_text(strip=True) == "国道5号線"
    assert soup.h1.get("lang") is None
    intro = soup.select_one(".article__intro")
    assert intro.get_text(strip=True) == "Improving National Road No. 5."
    assert intro["lang"] == "en"


def test_english_pages_carry_no_redundant_lang_marks(client, news_index):
    add_article(news_index, "Road No. 5", intro="Improving National Road No. 5.")
    soup = BeautifulSoup(client.get("/en/news/road-no-5/").content, "html.parser")

    assert soup.select_one(".article__intro").get("lang") is None
