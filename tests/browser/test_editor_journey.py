"""An editor writes a news article in three languages in Wagtail and publishes it."""

import re
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from playwright.sync_api import expect

from news.models import NewsArticlePage

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "correct-horse-battery-staple"
ARTICLE = {
    "en": {
        "title": "Kagawa and Siem Reap sign a school partnership",
        "intro": "Two high schools will exchange students every year.",
        "body": "Twenty students will visit each year.",
    },
    "ja": {
        "title": "香川県とシェムリアップ州が学校交流の覚書に署名",
        "intro": "二つの高校が毎年生徒を派遣し合います。",
        "body": "毎年二十名の生徒が訪問します。",
    },
    "km": {
        "title": "កាហ្គាវ៉ា និងសៀមរាបចុះហត្ថលេខាលើភាពជាដៃគូសាលារៀន",
        "intro": "វិទ្យាល័យពីរនឹងផ្លាស់ប្តូរសិស្សជារៀងរាល់ឆ្នាំ។",
        "body": "សិស្សម្ភៃនាក់នឹងមកទស្សនកិច្ចជារៀងរាល់ឆ្នាំ។",
    },
}
# A word inside the Japanese title, as a reader would type it.
JAPANESE_SEARCH_WORD = "シェムリアップ"


def write_article(page):
    """Fill the per-language title, introduction and body fields of the open editor."""
    for code, text in ARTICLE.items():
        page.locator(f"#id_title_{code}").fill(text["title"])
        page.locator(f"#id_intro_{code}").fill(text["intro"])
        body = page.locator(f"#body_{code}-root")
        body.get_by_role("button", name="Insert a block").click()
        page.get_by_role("option", name="Paragraph").click()
        body.get_by_role("textbox").click()
        # Entered whole, as an input method commits it: Draftail loses Khmer
        # combining marks typed one key at a time.
        page.keyboard.insert_text(text["body"])
        # Draftail writes the editor's state into the form a moment after typing stops.
        expect(page.locator(f'[name="body_{code}-0-value"]')).to_have_value(
            re.compile(re.escape(text["body"]))
        )


def item_titles(feed_xml):
    return [item.findtext("title") for item in ET.fromstring(feed_xml).iter("item")]


def sitemap_paths(sitemap_xml):
    namespace = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    return {
        urlsplit(location.text).path
        for location in ET.fromstring(sitemap_xml).iter(f"{namespace}loc")
    }


@pytest.fixture
def no_autosave_on_sqlite(settings):
    """The live server's threads share one in-memory SQLite connection, so an autosave
    racing the publish request finds the table locked; PostgreSQL keeps autosave on."""
    if connection.vendor == "sqlite":
        settings.WAGTAIL_AUTOSAVE_INTERVAL = 0


@pytest.mark.usefixtures("no_autosave_on_sqlite")
def test_editor_publishes_a_trilingual_article(page, live_server, news_index):
    get_user_model().objects.create_superuser("editor", "editor@example.org", PASSWORD)

    page.goto("/admin/login/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(f"{live_server.url}/admin/")

    page.goto(f"/admin/pages/{news_index.pk}/")
    page.get_by_role("link", name="Add child page").first.click()
    write_article(page)
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Publish").click()
    # Without autosave the create view publishes; with it, the draft's edit view does.
    published = re.compile(
        rf"Page '{re.escape(ARTICLE['en']['title'])}' "
        r"(created and published|has been published)\."
    )
    expect(page.get_by_text(published)).to_be_visible()

    article = NewsArticlePage.objects.get(title_en=ARTICLE["en"]["title"])
    assert article.live
    for code, text in ARTICLE.items():
        page.goto(f"/{code}/news/")
        expect(page.get_by_role("link", name=text["title"], exact=True)).to_be_visible()
        page.goto(f"/{code}/news/{article.slug}/")
        expect(page.get_by_role("heading", level=1)).to_have_text(text["title"])
        expect(page.get_by_text(text["intro"], exact=True)).to_be_visible()
        expect(page.locator(".article__body")).to_have_text(text["body"])

    feed = page.request.get("/ja/feeds/news.rss")
    assert item_titles(feed.text()) == [ARTICLE["ja"]["title"]]

    sitemap = page.request.get("/sitemap.xml")
    assert {f"/{code}/news/{article.slug}/" for code in ARTICLE} <= sitemap_paths(
        sitemap.text()
    )

    page.goto(f"/ja/search/?q={JAPANESE_SEARCH_WORD}")
    expect(
        page.get_by_role("link", name=ARTICLE["ja"]["title"], exact=True)
    ).to_be_visible()
