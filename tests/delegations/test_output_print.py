"""The printed programme: A4, a block a day like seed 004's table, in each language,
for planners and viewers only; and its PDF with real Japanese and Khmer glyphs."""

import io

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from PIL import ImageFile
from pypdf import PdfReader

from delegations.output.printing import programme_pdf
from tests.delegations.output_fixtures import *  # noqa: F403 (fixtures)
from tests.delegations.output_fixtures import SECRETS, add_items, make_seminar
from tests.queries import count_queries

pytestmark = pytest.mark.django_db


def print_url(delegation, language):
    return reverse(
        "delegation_output:print", kwargs={"pk": delegation.pk, "language": language}
    )


def table_of(response):
    page = BeautifulSoup(response.content, "html.parser")
    return page, [
        [
            [cell.get_text(" ", strip=True) for cell in row.select("th, td")]
            for row in body.select("tr")
        ]
        for body in page.select("table > tbody")
    ]


def test_the_japanese_programme_reads_like_the_seminar_table(viewer_client, seminar):
    response = viewer_client.get(print_url(seminar, "ja"))

    page, days = table_of(response)
    assert page.html["lang"] == "ja"
    assert page.h1.get_text() == "地方行政交流協力セミナー2019"
    assert (
        page.select_one(".programme-dates").get_text()
        == "2019年12月15日～2019年12月21日"
    )
    assert [th.get_text() for th in page.select("thead th")] == [
        "日付",
        "現地時刻",
        "場所",
        "プログラム",
        "出席者",
    ]
    assert days == [
        [
            [
                "2019年12月16日月曜日",
                "09:30–11:00",
                "東京",
                "講義「日本の地方行政」",
                "代表団全員",
            ],
            ["14:00–15:30", "東京", "しんじゅく多文化共生プラザ視察", "Aiko Tanaka"],
        ],
        [
            [
                "2019年12月17日火曜日",
                "13:00–18:00",
                "東京 → 下関",
                "新幹線で下関へ",
                "代表団全員",
            ]
        ],
        [
            [
                "2019年12月18日水曜日",
                "09:30–10:00",
                "下関",
                "下関市長表敬訪問",
                "Sokha Chan",
            ]
        ],
    ]


def test_the_khmer_programme_has_khmer_titles_and_digits(viewer_client, seminar):
    page, days = table_of(viewer_client.get(print_url(seminar, "km")))

    assert page.html["lang"] == "km"
    assert days[0][0][1:4] == [
        "០៩:៣០–១១:០០",
        "តូក្យូ",
        "ការបង្រៀនអំពីរដ្ឋបាលមូលដ្ឋាននៅប្រទេសជប៉ុន",
    ]


def test_the_print_page_is_a4_without_admin_chrome_or_private_notes(
    viewer_client, seminar
):
    response = viewer_client.get(print_url(seminar, "en"))
    page = BeautifulSoup(response.content, "html.parser")

    stylesheet = page.select_one("link[rel=stylesheet]")["href"]
    assert stylesheet.endswith("delegations/print/programme.css")
    assert page.select("aside, nav, header, script") == []
    assert not any(secret in response.text for secret in SECRETS)


def test_the_stylesheet_asks_for_a4():
    from django.contrib.staticfiles import finders

    with open(finders.find("delegations/print/programme.css"), encoding="utf-8") as css:
        assert "size: A4;" in css.read()


def test_only_planners_and_viewers_may_print(client, outsider_client, seminar):
    refused = outsider_client.get(print_url(seminar, "en"))
    assert (refused.status_code, refused["Location"]) == (
        302,
        reverse("wagtailadmin_home"),
    )
    client.logout()
    response = client.get(print_url(seminar, "en"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))


def test_an_unknown_language_is_not_found(viewer_client, seminar):
    response = viewer_client.get(print_url(seminar, "fr"), follow=True)
    assert response.status_code == 404


def pdf_of(client, delegation, language):
    response = client.get(
        reverse(
            "delegation_output:pdf", kwargs={"pk": delegation.pk, "language": language}
        )
    )
    assert response["Content-Type"] == "application/pdf"
    return PdfReader(io.BytesIO(response.content))


def embedded_fonts(reader):
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert "/FontFile2" in descriptor or "/FontFile3" in descriptor
            fonts.add(str(font["/BaseFont"]).split("+", 1)[-1])
    return fonts


def test_the_japanese_pdf_embeds_noto_cjk_and_its_text_reads_back(
    viewer_client, seminar
):
    reader = pdf_of(viewer_client, seminar, "ja")

    assert any(font.startswith("Noto-Sans-CJK-JP") for font in embedded_fonts(reader))
    text = reader.pages[0].extract_text()
    assert "地方行政交流協力セミナー2019" in text
    assert "下関市長表敬訪問" in text


def test_the_khmer_pdf_embeds_a_khmer_os_font_and_its_text_reads_back(
    viewer_client, seminar
):
    reader = pdf_of(viewer_client, seminar, "km")

    assert any(font.startswith("Khmer-OS") for font in embedded_fonts(reader))
    text = reader.pages[0].extract_text()
    assert "តូក្យូ" in text


@pytest.mark.parametrize("language", ["en", "ja"])
def test_the_print_view_runs_the_same_queries_for_5_and_60_items(
    viewer_client, language
):
    small, large = make_seminar(), make_seminar()
    add_items(small, 1)
    add_items(large, 56)

    assert count_queries(viewer_client, print_url(small, language)) == count_queries(
        viewer_client, print_url(large, language)
    )


def test_making_a_pdf_leaves_damaged_image_uploads_refused(seminar):
    """WeasyPrint turns on Pillow's acceptance of truncated images for the whole
    process when imported; the upload check needs it off."""
    programme_pdf(seminar, "en")

    assert ImageFile.LOAD_TRUNCATED_IMAGES is False
