"""About, Contact, Privacy and Accessibility: editable pages the header and footer lead to."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import PageViewRestriction

from home.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db


def add_standard_page(home, slug, title, **fields):
    page = home.add_child(instance=StandardPage(slug=slug, title=title, **fields))
    page.save_revision().publish()
    return page


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_an_editor_can_add_a_standard_page_under_the_home_page():
    assert StandardPage in HomePage.allowed_subpage_models()
    assert StandardPage.allowed_parent_page_models() == [HomePage]


def test_a_standard_page_shows_its_title_intro_and_body_in_the_visitors_language(
    client, home_page
):
    add_standard_page(
        home_page,
        "about",
        "About Kizuna",
        title_ja="絆について",
        intro="Who runs the site.",
        intro_ja="運営者について。",
        body_ja=[
            {"type": "heading", "value": "運営者"},
            {"type": "paragraph", "value": "<p>絆編集チームが運営しています。</p>"},
        ],
    )

    page = soup(client.get("/ja/about/"))

    assert page.find("h1").get_text() == "絆について"
    assert page.select_one(".page-header__intro").get_text() == "運営者について。"
    body = page.select_one(".standard__body")
    assert body.find("h2").get_text() == "運営者"
    assert body.find("p").get_text() == "絆編集チームが運営しています。"


def test_the_footer_links_the_live_public_standard_pages_and_the_sitemap(
    client, home_page
):
    add_standard_page(home_page, "about", "About", title_km="អំពី")
    add_standard_page(home_page, "contact", "Contact")
    draft = add_standard_page(home_page, "draft", "Draft")
    draft.unpublish()
    private = add_standard_page(home_page, "members", "Members")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )

    footer = soup(client.get("/km/")).find("footer")

    links = [(a.get_text(), a["href"]) for a in footer.find_all("a")]
    assert links[:3] == [
        ("អំពី", "/km/about/"),
        ("Contact", "/km/contact/"),
        ("ផែនទីគេហទំព័រ", "/km/sitemap/"),
    ]
    assert footer.find("a", href="/km/contact/")["lang"] == "en"
    assert "Kizuna editorial team" in soup(client.get("/en/")).find("footer").get_text()


def test_the_header_has_a_search_form_that_searches_in_the_visitors_language(
    client, home_page
):
    form = soup(client.get("/ja/")).find("header").find("form", role="search")

    assert form["action"] == "/ja/search/"
    assert form["method"] == "get"
    field = form.find("input", type="search")
    assert field["name"] == "q"
    assert form.find("label", attrs={"for": field["id"]}).get_text() == "サイト内を検索"
