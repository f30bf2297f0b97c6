"""The language switcher names each language in itself, whatever the page's language."""

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("code", ["en", "ja", "km"])
def test_switcher_names_languages_in_their_own_script(client, news_index, code):
    response = client.get(f"/{code}/news/")
    switcher = BeautifulSoup(response.content, "html.parser").select_one(
        ".language-switcher"
    )

    assert [
        (item.get_text(strip=True), item.select_one("[lang]")["lang"])
        for item in switcher.select("li")
    ] == [("English", "en"), ("日本語", "ja"), ("ខ្មែរ", "km")]
    assert switcher.select_one("[aria-current]")["lang"] == code
