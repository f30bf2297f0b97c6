"""Nothing a planner keeps about a delegation's people reaches the public site.

On the demo site, with a private delegation full of personal data beside the demo's
own, an anonymous visitor requests every public URL (each live page in each language,
the site search for each member's name and email, both sitemaps, every calendar feed,
the news feeds and the public summaries) and finds none of it; nor does Wagtail's
search backend.
"""

import datetime
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import TestCase
from django.utils import translation
from wagtail.models import Page, Site
from wagtail.search.backends import get_search_backend

from delegations.enums import City, ItemKind, MemberRole, Visibility
from delegations.models import Delegation, ItineraryItem, Member
from directory.models import Person, Venue
from events.models import EventIndexPage, EventPage
from tests.delegations.factories import TOKYO, add_item, add_leg, add_member
from tests.delegations.planner import every_screen

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "ja", "km"]
# Names and notes that occur nowhere else, without commas, apostrophes or ampersands
# (which HTML or iCalendar would escape, hiding a leak from a plain substring test).
MEMBERS = [
    {
        "name": "Oriane Vasquez-Thornbury",
        "email": "oriane.thornbury@example.org",
        "phone": "+81-90-0000-9901",
        "dietary_notes": "Severe peanut allergy carries adrenaline pen",
        "notes": "Passport renewal pending at the embassy",
        "role": MemberRole.HEAD,
    },
    {
        "name": "Chanthou Pheakdey Rithisak",
        "email": "c.rithisak@example.org",
        "phone": "+855-12-000-9902",
        "dietary_notes": "ハラール食のみ",
        "notes": "ប្រើរទេះរុញ",
        "role": MemberRole.INTERPRETER,
    },
    {
        "name": "渡辺精一郎",
        "email": "seiichiro.w@example.org",
        "phone": "+81-90-0000-9903",
        "dietary_notes": "Gluten free",
        "role": MemberRole.STAFF,
    },
]
INTERNAL_NOTES = [
    "Minister arrives by side door to avoid the press",
    "大臣の宿泊先は非公開",
    "Hotel room 1207 under the liaison name",
]
PRIVATE_TITLES = ["Closed-door talks on quota numbers", "Unannounced factory tour"]
PRIVATE_NAME = "Confidential minister visit Zanzibar-7"


def private_secrets():
    """What the private delegation holds, and every member's contact details and notes
    and every item's internal notes, whichever delegation they belong to."""
    secrets = {PRIVATE_NAME, *PRIVATE_TITLES}
    for member in Member.objects.all():
        secrets.update(
            value
            for value in (
                member.email,
                member.phone,
                member.dietary_notes,
                member.notes,
            )
            if value
        )
        if member.person_id is None:  # a directory person's name is public anyway
            secrets.add(member.name)
    secrets.update(
        note for note in ItineraryItem.objects.values_list("internal_notes", flat=True)
    )
    secrets.discard("")
    return secrets


def unfolded(response):
    """The body as text; an iCalendar feed with its folded lines joined again."""
    text = response.content.decode()
    if response["Content-Type"].startswith("text/calendar"):
        text = text.replace("\r\n ", "").replace("\r\n\t", "")
    return text


class LeakTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        call_command("load_demo", "--image-width", "96", stdout=StringIO())
        cls.private = Delegation.objects.create(
            name=PRIVATE_NAME,
            purpose="Quietly agreeing worker quotas",
            slug="confidential-visit",
            visibility=Visibility.PRIVATE,
            first_day=datetime.date(2027, 11, 22),
            last_day=datetime.date(2027, 11, 26),
        )
        # Tied to the demo's public directory and calendar, where a leak would show.
        cls.private.related_events.set(EventPage.objects.all()[:2])
        members = [add_member(cls.private, **spec) for spec in MEMBERS]
        venue = Venue.objects.get(name_en="Nagano Prefectural Office")
        governor = Person.objects.get(name_en="Shuichi Abe")
        for number, (title, note) in enumerate(
            zip(PRIVATE_TITLES, INTERNAL_NOTES, strict=False)
        ):
            add_item(
                cls.private,
                title,
                datetime.datetime(2027, 11, 23 + number, 10, 0, tzinfo=TOKYO),
                venue=venue,
                attendees=members,
                people=[governor],
                # Public items of a private delegation stay private.
                is_public=True,
                internal_notes=note,
            )
        add_leg(
            cls.private,
            "Shinkansen",
            datetime.datetime(2027, 11, 22, 8, 0, tzinfo=TOKYO),
            datetime.datetime(2027, 11, 22, 9, 45, tzinfo=TOKYO),
            City.TOKYO,
            City.NAGANO,
            "shinkansen",
            internal_notes=INTERNAL_NOTES[2],
        )
        # A public delegation's own items carry internal notes too.
        public = Delegation.objects.filter(visibility=Visibility.PUBLIC_SUMMARY)[0]
        public.items.filter(kind=ItemKind.MEETING).update(
            internal_notes="Bring the signed copy back to the vault"
        )
        cls.secrets = private_secrets()

    def public_urls(self):
        site = Site.objects.get()
        pages = list(
            site.root_page.get_descendants(inclusive=True).live().public().specific()
        )
        urls = ["/sitemap.xml", "/robots.txt"]
        for language in LANGUAGES:
            with translation.override(language):
                urls += [page.relative_url(site) for page in pages]
                urls += [
                    f"{event.relative_url(site)}event.ics"
                    for event in pages
                    if isinstance(event, EventPage)
                ]
                urls += [
                    index.specific.feed_url() for index in EventIndexPage.objects.live()
                ]
            urls += [
                f"/{language}/sitemap/",
                f"/{language}/feeds/news.rss",
                f"/{language}/feeds/news.atom",
            ]
            urls += [
                f"/{language}/delegations/{slug}/"
                for slug in Delegation.objects.filter(
                    visibility=Visibility.PUBLIC_SUMMARY
                ).values_list("slug", flat=True)
            ]
        return urls

    def assert_nothing_private(self, url, query=None, *, asked=""):
        """``url`` answers and shows none of the secrets (bar what the visitor
        ``asked`` for, which a search page repeats back)."""
        response = self.client.get(url, query)
        assert response.status_code == 200, url
        text = unfolded(response).replace(asked, "") if asked else unfolded(response)
        assert [secret for secret in self.secrets if secret in text] == [], url
        return response

    def test_the_secrets_are_the_ones_planted(self):
        assert {*MEMBERS[0].values()} - {MemberRole.HEAD} <= self.secrets
        assert set(INTERNAL_NOTES) | {"Bring the signed copy back to the vault"} <= (
            self.secrets
        )

    def test_no_public_page_feed_or_sitemap_shows_private_data(self):
        urls = self.public_urls()
        # Every page in each language, a feed per event and the summaries: the demo.
        assert len(urls) > 100
        for url in urls:
            self.assert_nothing_private(url)

    def test_the_private_delegation_has_no_summary(self):
        for language in LANGUAGES:
            response = self.client.get(f"/{language}/delegations/confidential-visit/")
            assert response.status_code == 404
            assert [s for s in self.secrets if s in response.content.decode()] == []

    def test_site_search_finds_no_member_by_name_or_email(self):
        for spec in MEMBERS:
            for term in (spec["name"], spec["email"]):
                for language in LANGUAGES:
                    response = self.assert_nothing_private(
                        f"/{language}/search/", {"q": term}, asked=term
                    )
                    assert response.context["results"].paginator.count == 0

    def test_wagtail_search_finds_no_member_data(self):
        backend = get_search_backend()
        for spec in MEMBERS:
            for term in (spec["name"], spec["email"], spec["phone"]):
                assert list(backend.search(term, Page)) == [], term
        for note in INTERNAL_NOTES:
            assert list(backend.search(note, Page)) == [], note

    def test_no_planner_screen_opens_for_someone_outside_the_planner_groups(self):
        """Anonymous, or logged in without the planner's groups: every planner and
        output screen of the private delegation sends them to log in, showing none of
        its data."""
        outsider = get_user_model().objects.create_user(
            "outsider", password="x", email="outsider@example.org"
        )
        screens = every_screen(self.private)
        for user in (None, outsider):
            self.client.logout()
            if user:
                self.client.force_login(user)
            for name, url in screens.items():
                response = self.client.get(url)
                assert (response.status_code, response["Location"]) == (
                    302,
                    "/admin/login/?next=" + url,
                ), name
                text = unfolded(response)
                assert [s for s in self.secrets if s in text] == [], name
