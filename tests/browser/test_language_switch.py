"""A visitor reading an article switches language and stays on the same article."""

import pytest
from django.utils import translation
from playwright.sync_api import expect

from tests.factories.pages import add_article

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

TITLES = {
    "en": "Kagawa students visit Siem Reap",
    "ja": "香川県の高校生がシェムリアップを訪問",
    "km": "សិស្សមកពីកាហ្គាវ៉ាទស្សនកិច្ចខេត្តសៀមរាប",
}


def language_switcher(page, code):
    """The switcher as a screen reader names it in the page's language."""
    with translation.override(code):
        name = translation.gettext("Language")
    return page.get_by_role("navigation", name=name, exact=True)


def test_switching_language_keeps_the_article(page, live_server, news_index):
    add_article(
        news_index,
        TITLES["en"],
        slug="kagawa-students",
        title_ja=TITLES["ja"],
        title_km=TITLES["km"],
    )
    page.goto("/en/news/kagawa-students/")
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLES["en"])

    for previous, code, native_name in [("en", "km", "ខ្មែរ"), ("km", "ja", "日本語")]:
        language_switcher(page, previous).get_by_role("link", name=native_name).click()

        expect(page).to_have_url(f"{live_server.url}/{code}/news/kagawa-students/")
        expect(page.get_by_role("heading", level=1)).to_have_text(TITLES[code])
        expect(page.locator("html")).to_have_attribute("lang", code)
        current = language_switcher(page, code).locator("[aria-current]")
        expect(current).to_have_text(native_name)
