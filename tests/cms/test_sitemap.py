"""sitemap.xml and robots.txt, read back as a search engine reads them."""

import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup
from wagtail.models import PageViewRestriction

from home.models import StandardPage
from tests.factories.pages import add_article

pytestmark = pytest.mark.django_db

NAMESPACES = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "xhtml": "http://www.w3.org/1999/xhtml",
}
LANGUAGES = ["en", "ja", "km"]


def read_sitemap(client, **request):
    response = client.get("/sitemap.xml", **request)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/xml"
    root = ET.fromstring(response.content)
    return {
        url.findtext("sm:loc", namespaces=NAMESPACES): {
            "lastmod": url.findtext("sm:lastmod", namespaces=NAMESPACES),
            "alternates": {
                link.get("hreflang"): link.get("href")
                for link in url.findall("xhtml:link", NAMESPACES)
                if link.get("rel") == "alternate"
            },
        }
        for url in root.findall("sm:url", NAMESPACES)
    }


def in_each_language(path, host="http://testserver"):
    return {f"{host}/{language}{path}" for language in LANGUAGES}


def test_every_live_public_page_is_listed_in_every_language(client, news_index):
    add_article(news_index, "Public article")
    add_article(news_index, "Draft article", publish=False)
    withdrawn = add_article(news_index, "Withdrawn article")
    withdrawn.unpublish()
    private = add_article(news_index, "Members only article")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )

    urls = read_sitemap(client)

    assert set(urls) == (
        in_each_language("/")
        | in_each_language("/news/")
        | in_each_language("/news/public-article/")
    )


def test_each_url_names_its_language_versions_and_a_default(client, news_index):
    add_article(news_index, "Public article")

    urls = read_sitemap(client)

    for language in LANGUAGES:
        assert urls[f"http://testserver/{language}/news/public-article/"][
            "alternates"
        ] == {
            "en": "http://testserver/en/news/public-article/",
            "ja": "http://testserver/ja/news/public-article/",
            "km": "http://testserver/km/news/public-article/",
            "x-default": "http://testserver/news/public-article/",
        }
        assert urls[f"http://testserver/{language}/"]["alternates"] == {
            "en": "http://testserver/en/",
            "ja": "http://testserver/ja/",
            "km": "http://testserver/km/",
            "x-default": "http://testserver/",
        }


def test_lastmod_is_the_day_of_the_last_publication(client, news_index):
    article = add_article(news_index, "Public article")
    news_index.save_revision().publish()
    news_index.refresh_from_db()

    urls = read_sitemap(client)

    assert {
        url: facts["lastmod"] for url, facts in urls.items() if "/news/" in url
    } == {
        **dict.fromkeys(
            in_each_language("/news/"), news_index.last_published_at.date().isoformat()
        ),
        **dict.fromkeys(
            in_each_language("/news/public-article/"),
            article.last_published_at.date().isoformat(),
        ),
    }


@pytest.mark.parametrize(
    ("request_options", "origin"),
    [
        ({"HTTP_HOST": "kizuna.example.org"}, "http://kizuna.example.org"),
        (
            {"HTTP_HOST": "kizuna.example.org", "secure": True},
            "https://kizuna.example.org",
        ),
    ],
)
def test_urls_are_built_from_the_request_host(
    client, news_index, settings, request_options, origin
):
    settings.ALLOWED_HOSTS = ["kizuna.example.org"]

    urls = read_sitemap(client, **request_options)

    assert set(urls) == in_each_language("/", origin) | in_each_language(
        "/news/", origin
    )
    assert urls[f"{origin}/ja/news/"]["alternates"]["x-default"] == f"{origin}/news/"


def test_the_default_address_sends_each_visitor_to_their_language(client, news_index):
    english = client.get("/news/")
    japanese = client.get("/news/", HTTP_ACCEPT_LANGUAGE="ja,en;q=0.5")

    assert (english.status_code, english["Location"]) == (302, "/en/news/")
    assert (japanese.status_code, japanese["Location"]) == (302, "/ja/news/")


def test_robots_txt_points_at_the_sitemap_and_keeps_out_of_the_admin(client, settings):
    settings.ALLOWED_HOSTS = ["kizuna.example.org"]

    response = client.get("/robots.txt", HTTP_HOST="kizuna.example.org", secure=True)

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content.decode().splitlines() == [
        "User-agent: *",
        "Disallow: /admin/",
        "",
        "Sitemap: https://kizuna.example.org/sitemap.xml",
    ]


def test_the_human_sitemap_lists_the_sites_pages_as_a_tree_in_the_visitors_language(
    client, home_page, news_index
):
    about = home_page.add_child(
        instance=StandardPage(title="About", title_ja="絆について", slug="about")
    )
    about.save_revision().publish()
    draft = home_page.add_child(instance=StandardPage(title="Draft", slug="draft"))
    draft.unpublish()
    add_article(news_index, "An article listed by the news index")

    response = client.get("/ja/sitemap/")

    assert response.status_code == 200
    tree = BeautifulSoup(response.content, "html.parser").select_one("ul.site-map")

    def outline(item):
        link = item.find("a", recursive=False)
        children = item.find("ul", recursive=False)
        nested = (
            [outline(li) for li in children.find_all("li", recursive=False)]
            if children
            else []
        )
        return (link.get_text(), link["href"], nested)

    assert [outline(li) for li in tree.find_all("li", recursive=False)] == [
        (
            "絆",
            "/ja/",
            [("ニュース", "/ja/news/", []), ("絆について", "/ja/about/", [])],
        )
    ]
