"""Which page may be created where, and that an editor's form creates a trilingual article."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from directory.models import Organisation, Person
from events.models import EventIndexPage
from exchanges.models import ExchangeProgrammeIndexPage
from home.models import HomePage, StandardPage
from news.enums import Sector
from news.models import NewsArticlePage, NewsIndexPage
from tests.factories.images import make_image
from tests.factories.pages import build_site, make_kind


class NewsPageTypesTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home, cls.news = build_site()

    def setUp(self):
        self.login()

    def test_the_tree_has_one_shape(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(
            HomePage,
            {NewsIndexPage, EventIndexPage, ExchangeProgrammeIndexPage, StandardPage},
        )
        self.assertAllowedParentPageTypes(StandardPage, {HomePage})
        self.assertAllowedSubpageTypes(StandardPage, set())
        self.assertAllowedParentPageTypes(NewsIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsArticlePage})
        self.assertAllowedParentPageTypes(NewsArticlePage, {NewsIndexPage})
        self.assertAllowedSubpageTypes(NewsArticlePage, set())

    def test_articles_go_under_the_news_index_only(self):
        self.assertCanCreateAt(NewsIndexPage, NewsArticlePage)
        self.assertCanNotCreateAt(HomePage, NewsArticlePage)
        self.assertCanNotCreateAt(NewsArticlePage, NewsArticlePage)

    def test_there_is_only_one_home_page(self):
        assert not HomePage.can_create_at(Page.get_first_root_node())

    def test_pages_render(self):
        self.assertPageIsRenderable(self.home)
        self.assertPageIsRenderable(self.news)

    def test_an_editor_creates_a_trilingual_article_with_agreement_facts(self):
        kind = make_kind()
        bank = Organisation.objects.create(name="National Bank of Cambodia", slug="nbc")
        meti = Organisation.objects.create(
            name="Ministry of Economy, Trade and Industry", slug="meti"
        )
        signatory = Person.objects.create(name="Hun Manet", role="Prime Minister")
        form = nested_form_data(
            {
                "title_en": "QR payments across the border",
                "title_ja": "国境を越えるQR決済",
                "title_km": "ការទូទាត់ QR ឆ្លងដែន",
                "slug": "qr-payments",
                "date": "2023-12-18",
                "kind": kind.pk,
                "intro_en": "Two central institutions link their QR codes.",
                "intro_ja": "QRコードの相互接続に合意しました。",
                "intro_km": "ស្ថាប័នទាំងពីរភ្ជាប់កូដ QR។",
                "body_en": streamfield(
                    [("paragraph", rich_text("<p>Signed in Tokyo.</p>"))]
                ),
                "body_ja": streamfield(
                    [("paragraph", rich_text("<p>東京で署名。</p>"))]
                ),
                "body_km": streamfield([]),
                "tags": "payments, tokyo",
                "agreements": inline_formset(
                    [
                        {
                            "title_en": "Cross-border payment cooperation via QR code",
                            "title_ja": "QRコードによる国境を越えた決済協力",
                            "sector": Sector.FINANCE,
                            "signed_on": "2023-12-18",
                            "place_en": "Tokyo",
                        }
                    ]
                ),
                "comments": inline_formset([]),
            }
        )
        # A multiple select posts one value per choice; nested_form_data would
        # number them like formset rows instead.
        form["agreements-0-parties"] = [bank.pk, meti.pk]
        form["agreements-0-signatories"] = [signatory.pk]

        self.assertCanCreate(self.news, NewsArticlePage, form)

        article = NewsArticlePage.objects.get(slug="qr-payments")
        assert (article.title_en, article.title_ja, article.title_km) == (
            "QR payments across the border",
            "国境を越えるQR決済",
            "ការទូទាត់ QR ឆ្លងដែន",
        )
        agreement = article.agreements.get()
        assert agreement.sector == Sector.FINANCE
        assert set(agreement.parties.values_list("slug", flat=True)) == {"nbc", "meti"}
        assert list(agreement.signatories.all()) == [signatory]
        assert sorted(article.tags.names()) == ["payments", "tokyo"]

    def test_an_image_without_alternative_text_is_refused_with_a_message(self):
        article = NewsArticlePage(title="Photo story", intro="x", image=make_image())
        errors = {}
        try:
            article.full_clean()
        except Exception as error:  # noqa: BLE001 -- collect the ValidationError's dict
            errors = error.message_dict
        assert errors["image_alt"] == [
            "Describe the main image for people who cannot see it."
        ]
