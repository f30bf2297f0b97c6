import datetime
import os
from io import StringIO
from unittest import mock

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import TestCase
from taggit.models import Tag
from wagtail.images import get_image_model
from wagtail.models import Page, Revision, Site

from directory.models import Organisation, Person
from home.models import HomePage, StandardPage
from news.enums import Sector
from news.models import Agreement, NewsArticlePage, NewsIndexPage, NewsKind

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "ja", "km"]
MOU_SLUG = "cambodia-and-japan-sign-mous-in-tokyo"
ODA_SLUG = "foreign-minister-kamikawa-visits-phnom-penh"
NAGANO_SLUG = "nagano-mission-to-cambodia-reports-to-governor"


def load_demo():
    """Run the command with small images (fast) and return what it printed."""
    output = StringIO()
    call_command("load_demo", "--image-width", "96", stdout=output)
    return output.getvalue()


def content_counts():
    models = [
        Page,
        Revision,
        Site,
        get_image_model(),
        NewsKind,
        Organisation,
        Person,
        Agreement,
        Tag,
        get_user_model(),
    ]
    return {model.__name__: model.objects.count() for model in models}


class LoadedDemoTests(TestCase):
    """The demo loaded once on a fresh database; each test's own changes roll back."""

    @classmethod
    def setUpTestData(cls):
        cls.output = load_demo()

    def test_wagtails_welcome_page_makes_way_for_the_kizuna_site(self):
        home = HomePage.objects.get()
        site = Site.objects.get()
        assert (site.hostname, site.port, site.is_default_site) == (
            "127.0.0.1",
            8000,
            True,
        )
        assert site.root_page.specific == home
        assert [
            page.specific_class for page in Page.get_first_root_node().get_children()
        ] == [HomePage]
        assert (home.slug, home.title_en, home.title_ja, home.title_km) == (
            "home",
            "Kizuna",
            "絆",
            "គីហ្ស៊ូណា",
        )
        news = NewsIndexPage.objects.child_of(home).get()
        assert (news.slug, news.show_in_menus, news.live) == ("news", True, True)
        assert all([home.intro_en, home.intro_ja, home.intro_km])
        assert all([news.intro_en, news.intro_ja, news.intro_km])
        assert NewsArticlePage.objects.child_of(news).live().count() == 6
        assert sorted(NewsKind.objects.values_list("slug", flat=True)) == [
            "anniversary-and-culture",
            "labour-and-training",
            "ministerial-visit",
            "mou-signing",
            "school-and-youth-exchange",
            "seminar",
        ]

    def test_every_article_is_written_in_english_japanese_and_khmer(self):
        for article in NewsArticlePage.objects.all():
            for lang in LANGUAGES:
                for field in ["title", "intro", "image_alt"]:
                    assert getattr(article, f"{field}_{lang}"), (
                        article.slug,
                        field,
                        lang,
                    )
            block_types = {
                lang: [block.block_type for block in getattr(article, f"body_{lang}")]
                for lang in LANGUAGES
            }
            assert block_types["en"] == block_types["ja"] == block_types["km"]
            assert {"heading", "paragraph", "image"} <= set(block_types["en"])
            assert article.kind.name_ja and article.kind.name_km
            assert article.tags.exists() and article.organisations.exists()
        for model in (Organisation, Person):
            for entry in model.objects.all():
                assert all(getattr(entry, f"name_{lang}") for lang in LANGUAGES), entry

    def test_every_image_is_described_in_every_language(self):
        body_images = set()
        for article in NewsArticlePage.objects.all():
            assert article.image is not None
            for lang in LANGUAGES:
                for block in getattr(article, f"body_{lang}"):
                    if block.block_type == "image":
                        assert block.value["alt_text"], (article.slug, lang)
                        body_images.add(block.value["image"].pk)
        main_images = set(NewsArticlePage.objects.values_list("image", flat=True))
        images = get_image_model().objects.all()
        assert images.count() == 12
        assert set(images.values_list("pk", flat=True)) == body_images | main_images
        assert all(image.description and image.width == 96 for image in images)

    def test_mou_and_oda_articles_record_their_agreements(self):
        mous = Agreement.objects.filter(page__slug=MOU_SLUG)
        assert mous.count() == 7
        assert set(mous.values_list("signed_on", "place_en", "place_ja")) == {
            (datetime.date(2023, 12, 18), "Tokyo", "東京")
        }
        qr_payments = mous.get(sector=Sector.FINANCE)
        assert sorted(qr_payments.parties.values_list("slug", flat=True)) == [
            "meti",
            "national-bank-of-cambodia",
        ]
        road = Agreement.objects.get(page__slug=ODA_SLUG, sector=Sector.TRANSPORT)
        assert sorted(road.signatories.values_list("name_en", flat=True)) == [
            "KAMIKAWA Yoko",
            "Sok Chenda Sophea",
        ]

        page = self.client.get(f"/ja/news/{ODA_SLUG}/").content.decode()
        assert (
            "国道5号線改修計画（トレアマアム－バッタンバン間及びシソポン－ポイペト間）"
            in page
        )
        assert "上川陽子" in page

    def test_pages_render_in_every_language(self):
        article = NewsArticlePage.objects.get(slug=NAGANO_SLUG)

        for lang in LANGUAGES:
            title = getattr(article, f"title_{lang}")
            intro = getattr(article, f"intro_{lang}")
            for path, expected in [
                ("/", title),
                ("/news/", title),
                (f"/news/{NAGANO_SLUG}/", intro),
            ]:
                response = self.client.get(f"/{lang}{path}")
                assert response.status_code == 200, (lang, path)
                assert expected in response.content.decode(), (lang, path)

    def test_the_site_s_own_pages_are_written_in_every_language_and_linked_from_the_footer(
        self,
    ):
        home = HomePage.objects.get()
        pages = StandardPage.objects.child_of(home).live().order_by("path")
        assert [page.slug for page in pages] == [
            "about",
            "contact",
            "privacy",
            "accessibility",
        ]
        for page in pages:
            for lang in LANGUAGES:
                assert getattr(page, f"title_{lang}"), (page.slug, lang)
                assert getattr(page, f"intro_{lang}"), (page.slug, lang)
                assert len(getattr(page, f"body_{lang}")) >= 4, (page.slug, lang)
        accessibility = pages.get(slug="accessibility")
        assert "WCAG" in accessibility.body_ja.render_as_block()

        for lang in LANGUAGES:
            footer = BeautifulSoup(
                self.client.get(f"/{lang}/").content, "html.parser"
            ).find("footer")
            links = {a["href"] for a in footer.find_all("a")}
            assert {f"/{lang}/{page.slug}/" for page in pages} <= links, lang
            assert f"/{lang}/sitemap/" in links, lang

    def test_a_second_run_changes_nothing(self):
        before = content_counts()

        output = load_demo()

        assert content_counts() == before
        assert "News articles: 6 created, 0 already there" in self.output
        assert "News articles: 0 created, 6 already there" in output

    def test_an_editors_changes_survive_a_second_run(self):
        article = NewsArticlePage.objects.get(slug=NAGANO_SLUG)
        article.title = "Nagano and Cambodia: the mission's report"
        article.save_revision().publish()
        NewsKind.objects.filter(slug="seminar").update(name_ja="研修会")
        Organisation.objects.filter(slug="clair").update(name_en="CLAIR")
        revisions = Revision.objects.count()

        load_demo()

        article.refresh_from_db()
        assert article.title_en == "Nagano and Cambodia: the mission's report"
        assert article.live_revision == article.latest_revision
        assert NewsKind.objects.get(slug="seminar").name_ja == "研修会"
        assert Organisation.objects.get(slug="clair").name_en == "CLAIR"
        assert Revision.objects.count() == revisions

    def test_a_deleted_article_comes_back_and_nothing_else_is_duplicated(self):
        NewsArticlePage.objects.get(slug=MOU_SLUG).delete()
        before = content_counts()

        output = load_demo()

        assert NewsArticlePage.objects.filter(slug=MOU_SLUG).live().count() == 1
        assert "News articles: 1 created, 5 already there" in output
        assert Organisation.objects.count() == before["Organisation"]
        assert Person.objects.count() == before["Person"]

    def test_the_login_details_are_printed(self):
        admin = get_user_model().objects.get(username="admin")
        assert admin.is_superuser and admin.check_password("kizuna-demo")
        assert "  Admin:    http://testserver/admin/\n" in self.output
        assert "  User:     admin\n" in self.output
        assert "  Password: kizuna-demo\n" in self.output

    def test_an_existing_admin_keeps_its_password(self):
        admin = get_user_model().objects.get(username="admin")
        admin.set_password("chosen-by-the-owner")
        admin.save()

        output = load_demo()

        admin.refresh_from_db()
        assert admin.check_password("chosen-by-the-owner")
        assert '  Password: unchanged (the user "admin" already existed)\n' in output
        assert "kizuna-demo" not in output

    def test_a_new_admin_gets_the_password_from_the_environment(self):
        get_user_model().objects.filter(username="admin").delete()

        with mock.patch.dict(os.environ, {"DEMO_ADMIN_PASSWORD": "a-long-secret"}):
            output = load_demo()

        admin = get_user_model().objects.get(username="admin")
        assert admin.is_superuser and admin.check_password("a-long-secret")
        assert "  Password: a-long-secret\n" in output


def test_a_too_small_image_width_is_refused_with_a_message():
    with pytest.raises(CommandError) as error:
        call_command("load_demo", "--image-width", "10", stdout=StringIO())

    assert str(error.value) == "--image-width must be at least 64 pixels."
    assert NewsArticlePage.objects.count() == 0
