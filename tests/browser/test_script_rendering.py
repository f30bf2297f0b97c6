"""Japanese and Khmer headings are drawn with installed fonts that cover the script."""

from pathlib import Path

import pytest

from tests.factories.pages import add_article

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SCREENSHOTS = Path(__file__).resolve().parents[1] / "artifacts" / "screenshots"

# The families base.css names per script; Debian: fonts-noto-cjk, fonts-khmeros.
SCRIPT_FONTS = {
    "ja": {"Noto Sans CJK JP", "Noto Sans JP", "Hiragino Sans", "Yu Gothic"},
    "km": {"Noto Sans Khmer", "Khmer OS", "Khmer OS System"},
}
TITLES = {
    "ja": "日本とカンボジアが水道分野の協力覚書に署名",
    "km": "ជប៉ុន និងកម្ពុជាចុះហត្ថលេខាលើអនុស្សរណៈស្តីពីការផ្គត់ផ្គង់ទឹក",
}


def fonts_drawing(page, selector):
    """The fonts Chromium draws ``selector``'s text with, and how many glyphs each."""
    devtools = page.context.new_cdp_session(page)
    devtools.send("DOM.enable")
    devtools.send("CSS.enable")
    document = devtools.send("DOM.getDocument")
    node = devtools.send(
        "DOM.querySelector",
        {"nodeId": document["root"]["nodeId"], "selector": selector},
    )
    fonts = devtools.send("CSS.getPlatformFontsForNode", {"nodeId": node["nodeId"]})
    devtools.detach()
    return fonts["fonts"]


@pytest.mark.parametrize("code", ["ja", "km"])
def test_heading_is_drawn_with_a_font_for_its_script(page, news_index, code):
    add_article(
        news_index,
        "Japan and Cambodia sign a memorandum on water supply",
        slug="water-supply",
        title_ja=TITLES["ja"],
        title_km=TITLES["km"],
    )
    page.goto(f"/{code}/news/water-supply/")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"news-article-{code}.png", full_page=True)

    fonts = fonts_drawing(page, "h1")

    assert page.locator("h1").inner_text() == TITLES[code]
    # Every glyph comes from an installed font of the script: none from a fallback
    # font (such as DejaVu or Last Resort), none from a web font.
    assert {font["familyName"] for font in fonts} <= SCRIPT_FONTS[code], fonts
    assert all(not font["isCustomFont"] for font in fonts), fonts
    assert sum(font["glyphCount"] for font in fonts) > 0, fonts
