"""The public pages pass axe-core and reflow to a phone's width, in every language."""

import datetime

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from delegations.enums import City, Visibility
from directory.models import Organisation, Person
from home.models import StandardPage
from news.models import Agreement
from tests.browser.axe import describe, serious_violations
from tests.delegations.factories import PHNOM_PENH, add_item, make_delegation
from tests.factories.images import make_image
from tests.factories.pages import add_article, make_kind

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

# WCAG 1.4.10 (Reflow): readable at 320 CSS pixels without scrolling sideways.
NARROWEST_WIDTH = 320
# A word of the article's title in each language, so the search page lists it.
SEARCH_WORDS = {"en": "Siem", "ja": "シェムリアップ", "km": "សៀមរាប"}


@pytest.fixture
def article(news_index):
    """An article using every body block, with agreements, people and tags."""
    jica = Organisation.objects.create(
        name="Japan International Cooperation Agency",
        name_ja="国際協力機構",
        name_km="ទីភ្នាក់ងារសហប្រតិបត្តិការអន្តរជាតិជប៉ុន",
        slug="jica",
    )
    minister = Person.objects.create(
        name="Chea Sophal",
        name_ja="チア・ソパール",
        role="Secretary of State",
        organisation=jica,
    )
    image = make_image("Students planting trees")
    document = get_document_model().objects.create(
        title="Memorandum (full text)",
        file=ContentFile(b"%PDF-1.4\n%%EOF\n", name="memorandum.pdf"),
    )
    body = [
        {"type": "paragraph", "value": "<p>Twenty <b>students</b> spent a week.</p>"},
        {"type": "heading", "value": "What the schools agreed"},
        {
            "type": "image",
            "value": {
                "image": image.pk,
                "alt_text": "Students planting trees",
                "caption": "Planting day.",
            },
        },
        {
            "type": "quote",
            "value": {"text": "A bond between our schools.", "attribution": "Chea"},
        },
        {
            "type": "table",
            "value": {
                "first_row_is_table_header": True,
                "first_col_is_header": False,
                "table_caption": "Exchange plan",
                "data": [["Year", "Students"], ["2024", "20"], ["2025", "30"]],
            },
        },
        {"type": "document", "value": {"document": document.pk, "title": ""}},
    ]
    article = add_article(
        news_index,
        "Kagawa students visit Siem Reap",
        slug="kagawa-students",
        title_ja="香川県の高校生がシェムリアップを訪問",
        title_km="សិស្សកាហ្គាវ៉ាទស្សនកិច្ចខេត្តសៀមរាប",
        intro_ja="香川県の高校生20名が提携校を訪問しました。",
        kind=make_kind("school-exchange", "School exchange", name_ja="学校交流"),
        tags=["schools"],
        body=body,
        body_ja=body,
    )
    agreement = Agreement(
        title="Memorandum on school exchange",
        title_ja="学校交流に関する覚書",
        sector="education",
        signed_on=datetime.date(2024, 7, 6),
        place="Siem Reap",
    )
    agreement.parties = [jica]
    agreement.signatories = [minister]
    article.agreements = [agreement]
    article.organisations = [jica]
    article.people = [minister]
    article.save_revision().publish()
    return article


@pytest.fixture
def about(home_page):
    """A standard page, as About, Contact, Privacy and Accessibility are."""
    body = [
        {"type": "heading", "value": "Who runs this site"},
        {"type": "paragraph", "value": "<p>The Kizuna editorial team.</p>"},
    ]
    page = home_page.add_child(
        instance=StandardPage(
            title="About Kizuna",
            title_ja="絆について",
            title_km="អំពីគីហ្ស៊ូណា",
            slug="about",
            intro="Who we are.",
            body=body,
            body_ja=body,
        )
    )
    page.save_revision().publish()
    return page


@pytest.fixture
def delegation(home_page):
    """A delegation with a public summary and one public item."""
    delegation = make_delegation(
        name="Nagano inspection mission",
        name_ja="長野県視察団",
        name_km="បេសកកម្មខេត្តណាហ្គាណូ",
        purpose="Building working relations with Cambodian institutions.",
        slug="nagano-mission",
        visibility=Visibility.PUBLIC_SUMMARY,
    )
    add_item(
        delegation,
        "Meeting with the Minister of Labour",
        datetime.datetime(2024, 5, 14, 9, 30, tzinfo=PHNOM_PENH),
        city=City.PHNOM_PENH,
        is_public=True,
    )
    return delegation


def sideways_overflow(page):
    """How many pixels the page is wider than a 320px viewport (0 when it reflows)."""
    page.set_viewport_size({"width": NARROWEST_WIDTH, "height": 800})
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    page.set_viewport_size({"width": 1280, "height": 900})
    return overflow


@pytest.mark.parametrize("code", ["en", "ja", "km"])
def test_public_pages_are_accessible(
    page, axe_source, article, about, delegation, code
):
    found = {}
    for path in [
        f"/{code}/",
        f"/{code}/news/",
        f"/{code}/news/{article.slug}/",
        f"/{code}/search/?q={SEARCH_WORDS[code]}",
        f"/{code}/{about.slug}/",
        f"/{code}/sitemap/",
        f"/{code}/delegations/{delegation.slug}/",
    ]:
        response = page.goto(path)
        assert response.status == 200, path
        problems = describe(serious_violations(page, axe_source))
        if overflow := sideways_overflow(page):
            problems += (
                f"\nscrolls sideways by {overflow}px at {NARROWEST_WIDTH}px wide"
            )
        if problems:
            found[path] = problems

    assert found == {}, "\n\n".join(f"{path}\n{text}" for path, text in found.items())
