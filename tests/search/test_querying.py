"""What a search finds: words inside unspaced Japanese and Khmer, only what visitors may read."""

import pytest
from wagtail.models import PageViewRestriction
from wagtail.rich_text import RichText

from news.models import NewsIndexPage
from tests.factories.pages import add_article

pytestmark = pytest.mark.django_db

KHMER_SENTENCE = "រដ្ឋមន្ត្រីបានទស្សនកិច្ចរោងចក្រគ្រាប់ស្វាយចន្ទីនៅភ្នំពេញកាលពីម្សិលមិញ"


def test_japanese_word_inside_unspaced_title_is_found(search, news_index):
    add_article(news_index, "Cashew factory visit", title_ja="カシューナッツ工場を視察")
    add_article(news_index, "Rice exports", title_ja="コメの輸出が増加")

    assert search("ja", "カシュー").titles == ["カシューナッツ工場を視察"]
    assert search("ja", "工場").titles == ["カシューナッツ工場を視察"]


def test_khmer_word_inside_unspaced_sentence_is_found(search, news_index):
    add_article(news_index, "Minister visits a cashew factory", intro_km=KHMER_SENTENCE)
    add_article(news_index, "Rice exports grow", intro_km="ការនាំចេញអង្ករកើនឡើង")

    assert search("km", "ភ្នំពេញ").titles == ["Minister visits a cashew factory"]


def test_khmer_word_split_by_zero_width_spaces_is_found(search, news_index):
    add_article(
        news_index, "Phnom Penh visit", intro_km="ទស្សនកិច្ច\u200bនៅ\u200bភ្នំ\u200bពេញ"
    )

    assert search("km", "នៅភ្នំពេញ").titles == ["Phnom Penh visit"]


def test_each_language_searches_its_own_text(search, news_index):
    add_article(
        news_index,
        "Cashew factory visit",
        title_ja="カシューナッツ工場を視察",
        intro_ja="プノンペンの工場を訪問しました。",
    )

    assert search("ja", "カシュー").titles == ["カシューナッツ工場を視察"]
    assert search("en", "カシュー").titles == []
    assert search("en", "cashew").titles == ["Cashew factory visit"]
    assert search("ja", "cashew").titles == []


def test_english_fallback_is_searchable_where_a_translation_is_missing(
    search, news_index
):
    add_article(news_index, "Cashew factory visit", title_ja="カシューナッツ工場を視察")

    # The Khmer reader sees the English title, so the English title is what they can find.
    assert search("km", "cashew").titles == ["Cashew factory visit"]


def test_body_text_is_found_without_its_markup(search, news_index):
    add_article(
        news_index,
        "Cashew factory visit",
        body_ja=[("paragraph", RichText("<p>プノンペンの<b>カシュー</b>工場</p>"))],
    )

    assert search("ja", "のカシュー工").titles == ["Cashew factory visit"]
    assert search("ja", "<b>").titles == []


def test_every_term_must_occur_and_the_ideographic_space_separates_terms(
    search, news_index
):
    add_article(news_index, "Cashew factory visit", title_ja="カシューナッツ工場を視察")
    add_article(news_index, "Cashew exports", title_ja="カシューの輸出")

    assert search("ja", "カシュー\u3000工場").titles == ["カシューナッツ工場を視察"]
    assert search("ja", "カシュー 存在しない").titles == []


def test_case_and_width_do_not_matter(search, news_index):
    add_article(news_index, "Visit to Phnom Penh", title_ja="カシュー工場")

    assert search("en", "PHNOM penh").titles == ["Visit to Phnom Penh"]
    assert search("en", "ＰＨＮＯＭ").titles == ["Visit to Phnom Penh"]
    assert search("ja", "ｶｼｭｰ").titles == ["カシュー工場"]


def test_any_page_type_is_found(search, news_index):
    news_index.intro_ja = "<p>日本とカンボジアの<b>交流</b>ニュース</p>"
    news_index.save_revision().publish()

    assert search("ja", "カンボジアの交流").titles == ["ニュース"]


def test_title_matches_come_first_then_the_newest(search, news_index):
    add_article(news_index, "Older rice news", intro="Cashew prices.")
    add_article(news_index, "Cashew exports", intro="Trade.")
    add_article(news_index, "Newer rice news", intro="Cashew harvest.")

    assert search("en", "cashew").titles == [
        "Cashew exports",
        "Newer rice news",
        "Older rice news",
    ]


def test_draft_never_published_is_not_found(search, news_index):
    add_article(news_index, "Cashew plans", publish=False)

    assert search("en", "cashew").titles == []


def test_unpublished_article_disappears(search, news_index):
    article = add_article(news_index, "Cashew factory visit")
    assert search("en", "cashew").titles == ["Cashew factory visit"]

    article.unpublish()

    assert search("en", "cashew").titles == []


def test_password_protected_article_is_not_found(search, news_index):
    add_article(news_index, "Cashew factory visit")
    secret = add_article(news_index, "Cashew negotiations")
    PageViewRestriction.objects.create(
        page=secret, restriction_type=PageViewRestriction.PASSWORD, password="kizuna"
    )

    assert search("en", "cashew").titles == ["Cashew factory visit"]


def test_restricting_a_section_hides_its_pages_at_once(search, news_index):
    add_article(news_index, "Cashew factory visit")
    assert search("en", "cashew").titles == ["Cashew factory visit"]

    PageViewRestriction.objects.create(
        page=news_index, restriction_type=PageViewRestriction.LOGIN
    )

    assert search("en", "cashew").titles == []


def test_moving_a_page_into_a_restricted_section_hides_it(search, home_page):
    public_news = home_page.add_child(instance=NewsIndexPage(title="News 2", slug="n2"))
    private_news = home_page.add_child(
        instance=NewsIndexPage(title="Internal", slug="i")
    )
    PageViewRestriction.objects.create(
        page=private_news, restriction_type=PageViewRestriction.LOGIN
    )
    article = add_article(public_news, "Cashew factory visit")
    assert search("en", "cashew").titles == ["Cashew factory visit"]

    article.move(private_news, pos="last-child")

    assert search("en", "cashew").titles == []


@pytest.mark.parametrize("query", ["%", "_", "%%", "_a", "\\", "'", '"'])
def test_wildcards_and_quotes_match_only_themselves(search, news_index, query):
    add_article(news_index, "Cashew factory visit")
    add_article(news_index, "Growth of 5% in exports", slug="growth-in-exports")

    expected = ["Growth of 5% in exports"] if query == "%" else []
    assert search("en", query).titles == expected


def test_control_characters_separate_terms_like_spaces(search, news_index):
    add_article(news_index, "Cashew factory visit")

    assert search("en", "visit\x00cashew\tfactory").titles == ["Cashew factory visit"]
    assert search("en", "\x00\x1f").count_heading is None


def test_english_terms_match_whole_words_only(search, news_index):
    add_article(news_index, "Japan and Cambodia sign an MoU", intro="Trade in art.")
    add_article(news_index, "Trekking in the mountains", intro="A party of partners.")

    assert search("en", "MoU").titles == ["Japan and Cambodia sign an MoU"]
    assert search("en", "art").titles == ["Japan and Cambodia sign an MoU"]
    assert search("en", "moun").titles == []
    assert search("en", "partners").titles == ["Trekking in the mountains"]


def test_latin_word_on_the_japanese_page_matches_as_a_word(search, news_index):
    add_article(news_index, "JICA support", title_ja="JICAの支援で職業訓練校が開校")
    add_article(news_index, "Artisans", title_ja="アルティザン・アンコール（Artisans）")

    assert search("ja", "JICA").titles == ["JICAの支援で職業訓練校が開校"]
    assert search("ja", "jic").titles == []
    assert search("ja", "art").titles == []
    assert search("ja", "訓練").titles == ["JICAの支援で職業訓練校が開校"]


def test_punctuation_between_words_does_not_hide_them(search, news_index):
    add_article(news_index, "Nagano city hall", title_ja="長野市役所、長野")
    add_article(news_index, "Growth of 5% in exports")

    assert search("ja", "長野市役所、長野").titles == ["長野市役所、長野"]
    assert search("en", "5%").titles == ["Growth of 5% in exports"]
    assert search("en", "growth 5").titles == ["Growth of 5% in exports"]
