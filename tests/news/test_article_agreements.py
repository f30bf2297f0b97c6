"""An article's agreements: a facts table in the main column, fetched in a fixed number
of queries, with Japanese punctuation where Japanese joins names."""

import datetime

import pytest
from bs4 import BeautifulSoup

from directory.models import Organisation, Person
from news.models import Agreement
from tests.factories.pages import add_article
from tests.queries import count_queries

pytestmark = pytest.mark.django_db

TOKYO_SUMMIT = datetime.date(2023, 12, 18)


@pytest.fixture
def parties():
    return [
        Organisation.objects.create(
            name="Ministry of Post and Telecommunications",
            name_ja="郵便電気通信省",
            slug="mptc",
        ),
        Organisation.objects.create(
            name="Japan International Cooperation Agency",
            name_ja="国際協力機構",
            slug="jica",
        ),
    ]


@pytest.fixture
def signatories(parties):
    return [
        Person.objects.create(
            name="Chea Vandeth",
            name_ja="チア・ヴァンデット",
            role="Minister",
            role_ja="大臣",
            organisation=parties[0],
        ),
        Person.objects.create(
            name="Tanaka Akihiko", name_ja="田中明彦", organisation=parties[1]
        ),
    ]


def agreement_article(news_index, parties, signatories, count, overrides=None):
    article = add_article(news_index, "Cambodia and Japan sign MoUs", slug="mous")
    agreements = []
    for number in range(count):
        fields = {
            "title": f"Memorandum {number}",
            "sector": "water",
            "signed_on": TOKYO_SUMMIT,
            "place": "Tokyo",
            "place_ja": "東京",
            **(overrides or {}).get(number, {}),
        }
        agreement = Agreement(**fields)
        agreement.parties = parties
        agreement.signatories = signatories
        agreements.append(agreement)
    article.agreements = agreements
    article.save_revision().publish()
    return article


def page_soup(client, path):
    response = client.get(path)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_agreements_are_a_table_in_the_main_column_with_the_shared_date_said_once(
    client, news_index, parties, signatories
):
    agreement_article(news_index, parties, signatories, 3)

    page = page_soup(client, "/en/news/mous/")

    table = page.select_one(".article__main table.agreements__table")
    assert page.select_one(".article__aside .agreements__table") is None
    assert [th.get_text() for th in table.select("thead th")] == [
        "Agreement",
        "Sector",
        "Parties",
        "Signatories",
    ]
    rows = table.select("tbody tr")
    assert [row.th.get_text() for row in rows] == [
        "Memorandum 0",
        "Memorandum 1",
        "Memorandum 2",
    ]
    assert [td.get_text() for td in rows[0].find_all("td")] == [
        "Water supply and sanitation",
        "Japan International Cooperation Agency, Ministry of Post and Telecommunications",
        "Chea Vandeth (Minister), Tanaka Akihiko",
    ]
    signing = page.select_one(".agreements__signing")
    assert signing.get_text(" ", strip=True) == (
        "Signed on 18 December 2023 Place of signing Tokyo"
    )
    assert page.get_text().count("18 December 2023") == 1


def test_agreements_signed_on_different_days_give_each_row_its_date_and_place(
    client, news_index, parties, signatories
):
    agreement_article(
        news_index,
        parties,
        signatories,
        2,
        overrides={1: {"signed_on": datetime.date(2024, 7, 6), "place": "Phnom Penh"}},
    )

    page = page_soup(client, "/en/news/mous/")

    assert page.select_one(".agreements__signing") is None
    rows = page.select(".agreements__table tbody tr")
    assert [[td.get_text() for td in row.find_all("td")][-2:] for row in rows] == [
        ["18 December 2023", "Tokyo"],
        ["6 July 2024", "Phnom Penh"],
    ]


def test_japanese_lists_use_ideographic_commas_and_full_width_parentheses(
    client, news_index, parties, signatories
):
    agreement_article(news_index, parties, signatories, 1)

    page = page_soup(client, "/ja/news/mous/")

    cells = [td.get_text() for td in page.select(".agreements__table tbody td")]
    assert cells[1:] == [
        "国際協力機構、郵便電気通信省",
        "チア・ヴァンデット（大臣）、田中明彦",
    ]


def test_the_article_page_fetches_each_agreements_parties_once(
    client, news_index, parties, signatories
):
    agreement_article(news_index, parties, signatories, 1)
    with_one = count_queries(client, "/en/news/mous/")
    news_index.get_children().delete()
    agreement_article(news_index, parties, signatories, 10)
    with_ten = count_queries(client, "/en/news/mous/")

    assert with_one == with_ten
