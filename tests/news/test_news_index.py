"""The news index: newest first, paginated, filtered by bookmarkable links, no N+1."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from directory.models import Organisation
from news.enums import Sector
from news.models import Agreement
from tests.factories.pages import add_article, make_kind
from tests.queries import count_queries

pytestmark = pytest.mark.django_db


def listed_titles(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [a.get_text(strip=True) for a in soup.select(".listing .card__title a")]


FILTER_GROUPS = {
    "Kind": "filter-kind",
    "Agreements by sector": "filter-sector",
    "Year": "filter-year",
    "Tags": "filter-tags",
}


def filter_links(response, group):
    """{label: href} of the filter links under the sidebar's heading ``group`` (by its id,
    so the same works in every language)."""
    soup = BeautifulSoup(response.content, "html.parser")
    heading = soup.find("h2", id=FILTER_GROUPS[group])
    return {
        a.get_text(strip=True): a["href"]
        for a in heading.find_next_sibling("ul").select("a")
    }


@pytest.fixture
def articles(news_index):
    mou = make_kind("mou-signing", "MoU signing", name_ja="覚書署名")
    visit = make_kind("ministerial-visit", "Ministerial visit")
    nbc = Organisation.objects.create(name="National Bank of Cambodia", slug="nbc")
    payments = add_article(
        news_index,
        "QR payments",
        date=datetime.date(2023, 12, 18),
        kind=mou,
        tags=["payments"],
    )
    Agreement.objects.create(
        page=payments, title="QR code payments", sector=Sector.FINANCE
    )
    payments.organisations.add(nbc)
    payments.save_revision().publish()
    add_article(
        news_index,
        "Minister in Phnom Penh",
        date=datetime.date(2024, 7, 6),
        kind=visit,
        tags=["phnom-penh"],
    )
    add_article(
        news_index,
        "Report to the Governor",
        date=datetime.date(2024, 5, 21),
        kind=visit,
    )
    add_article(
        news_index, "Unpublished draft", date=datetime.date(2024, 8, 1), publish=False
    )


def test_newest_first_and_drafts_hidden(client, articles):
    response = client.get("/en/news/")

    assert response.status_code == 200
    assert listed_titles(response) == [
        "Minister in Phnom Penh",
        "Report to the Governor",
        "QR payments",
    ]


@pytest.mark.parametrize(
    "query, expected",
    [
        (
            "?kind=ministerial-visit",
            ["Minister in Phnom Penh", "Report to the Governor"],
        ),
        ("?tag=payments", ["QR payments"]),
        ("?year=2023", ["QR payments"]),
        (
            "?year=2024&kind=ministerial-visit",
            ["Minister in Phnom Penh", "Report to the Governor"],
        ),
        ("?sector=finance", ["QR payments"]),
        ("?organisation=nbc", ["QR payments"]),
        ("?kind=no-such-kind", []),
    ],
)
def test_filters(client, articles, query, expected):
    assert listed_titles(client.get(f"/en/news/{query}")) == expected


@pytest.mark.parametrize(
    "query",
    [
        "?year=abc",
        "?year=99999",
        # Superscript ²⁰²⁴ passes str.isdigit() but not int().
        "?year=%C2%B2%E2%81%B0%C2%B2%E2%81%B4",
        "?sector=%27;drop",
        "?page=x",
        "?page=999",
    ],
)
def test_bad_filter_values_are_ignored_not_errors(client, articles, query):
    response = client.get(f"/en/news/{query}")

    assert response.status_code == 200
    assert len(listed_titles(response)) == 3


@pytest.mark.parametrize("name", ["kind", "tag", "organisation", "year"])
def test_a_nul_byte_in_a_filter_is_a_bad_request(client, articles, name):
    assert client.get(f"/en/news/?{name}=a%00b").status_code == 400


def test_filter_links_are_plain_bookmarkable_links_that_toggle(client, articles):
    response = client.get("/en/news/?year=2024")

    assert filter_links(response, "Kind") == {
        "MoU signing": "?kind=mou-signing&year=2024",
        "Ministerial visit": "?kind=ministerial-visit&year=2024",
    }
    assert filter_links(response, "Year") == {"2024": "?", "2023": "?year=2023"}
    assert filter_links(response, "Agreements by sector") == {
        "Finance and payments": "?year=2024&sector=finance"
    }


def test_kind_names_follow_the_language(client, articles):
    response = client.get("/ja/news/")

    assert list(filter_links(response, "Kind")) == ["覚書署名", "Ministerial visit"]


def test_pagination_keeps_the_filters(client, news_index):
    kind = make_kind()
    for day in range(1, 13):
        add_article(
            news_index, f"Article {day:02}", date=datetime.date(2024, 1, day), kind=kind
        )

    first = client.get("/en/news/?kind=mou-signing")
    second = client.get("/en/news/?kind=mou-signing&page=2")

    assert listed_titles(first) == [f"Article {day:02}" for day in range(12, 2, -1)]
    assert listed_titles(second) == ["Article 02", "Article 01"]
    soup = BeautifulSoup(first.content, "html.parser")
    assert soup.select_one("a[rel=next]")["href"] == "?kind=mou-signing&page=2"


def add_tagged_articles(index, count, start=0):
    kinds = [make_kind("seminar", "Seminar"), make_kind("mou-signing", "MoU signing")]
    for number in range(start, start + count):
        add_article(
            index,
            f"Article {number}",
            date=datetime.date(2020, 1, 1) + datetime.timedelta(days=number),
            kind=kinds[number % 2],
            tags=[f"tag-{number}", "common"],
        )


def test_query_count_does_not_grow_with_the_articles_on_a_page(client, news_index):
    add_tagged_articles(news_index, 3)
    with_three = count_queries(client, "/en/news/")
    add_tagged_articles(news_index, 7, start=3)
    with_ten = count_queries(client, "/en/news/")

    assert with_three == with_ten


def test_query_count_does_not_grow_with_the_archive(client, news_index):
    add_tagged_articles(news_index, 10)
    with_ten = count_queries(client, "/en/news/")
    add_tagged_articles(news_index, 90, start=10)
    with_hundred = count_queries(client, "/en/news/")

    assert with_ten == with_hundred


def test_the_eight_most_used_tags_show_and_the_rest_wait_behind_more_tags(
    client, news_index
):
    for number in range(12):
        add_article(
            news_index,
            f"Tagged {number}",
            # tag-0 on every article, tag-1 on all but one, …: a clear order of use.
            tags=[f"tag-{n:02}" for n in range(12 - number)],
        )

    page = BeautifulSoup(client.get("/ja/news/").content, "html.parser")

    heading = page.find("h2", id=FILTER_GROUPS["Tags"])
    shown = heading.find_next_sibling("ul")
    assert [a.get_text() for a in shown.select("a")] == [
        f"tag-{n:02}" for n in range(8)
    ]
    assert shown["lang"] == "en"
    more = page.select_one("details.filters__more")
    assert more.summary.get_text() == "他4件のタグ"
    assert [a.get_text() for a in more.select("a")] == [
        f"tag-{n:02}" for n in range(8, 12)
    ]
    assert not more.has_attr("open")
    chosen = BeautifulSoup(client.get("/ja/news/?tag=tag-10").content, "html.parser")
    assert chosen.select_one("details.filters__more").has_attr("open")


def test_year_chips_are_written_as_the_language_writes_a_year(client, news_index):
    add_article(news_index, "One", date=datetime.date(2024, 7, 6))
    add_article(news_index, "Two", date=datetime.date(2023, 12, 18))

    assert list(filter_links(client.get("/ja/news/"), "Year")) == ["2024年", "2023年"]
    assert list(filter_links(client.get("/en/news/"), "Year")) == ["2024", "2023"]


def test_kinds_are_listed_in_the_editors_order(client, news_index):
    seminar = make_kind("seminar", "Seminar", name_ja="セミナー")
    mou = make_kind("mou-signing", "MoU signing", name_ja="覚書の署名")
    school = make_kind("school", "School exchange", name_ja="学校交流")
    for order, kind in enumerate([mou, school, seminar]):
        kind.sort_order = order
        kind.save()
        add_article(news_index, kind.name, kind=kind)

    assert list(filter_links(client.get("/ja/news/"), "Kind")) == [
        "覚書の署名",
        "学校交流",
        "セミナー",
    ]


def test_an_editor_drags_a_kind_to_the_top_of_the_filter(
    admin_client, client, news_index
):
    seminar = make_kind("seminar", "Seminar", name_km="សិក្ខាសាលា")
    mou = make_kind("mou-signing", "MoU signing", name_km="ការចុះហត្ថលេខាលើអនុស្សរណៈ")
    for kind in (seminar, mou):
        add_article(news_index, kind.name, kind=kind)
    listing = admin_client.get(reverse("wagtailsnippets_news_newskind:list"))
    reorder = BeautifulSoup(listing.content, "html.parser").select_one(
        "table.listing[data-w-orderable-url-value]"
    )["data-w-orderable-url-value"]

    admin_client.post(reorder.replace("999999", str(mou.pk)) + "?position=0")

    assert list(filter_links(client.get("/km/news/"), "Kind")) == [
        "ការចុះហត្ថលេខាលើអនុស្សរណៈ",
        "សិក្ខាសាលា",
    ]
