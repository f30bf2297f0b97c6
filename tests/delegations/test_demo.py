"""The demo delegations: the seeds' three visits, in three languages, with the draft
of the minister's visit still showing the mistakes a planner has to fix."""

import datetime
import zoneinfo
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import TestCase

from delegations.conflicts import check_itinerary
from delegations.enums import ConflictKind, Direction, ItemKind, Visibility
from delegations.models import Delegation, ItineraryItem, Member
from directory.models import Organisation, Person, Venue

pytestmark = pytest.mark.django_db

MISSION = "nagano-inspection-mission-phnom-penh-2024"
SEMINAR = "clair-local-government-seminar-2019"
MINISTER = "heng-sour-visit-to-nagano"
TOKYO = zoneinfo.ZoneInfo("Asia/Tokyo")
PHNOM_PENH = zoneinfo.ZoneInfo("Asia/Phnom_Penh")


def load_demo():
    call_command("load_demo", "--image-width", "96", stdout=StringIO())


def counts():
    return {
        model.__name__: model.objects.count()
        for model in (Delegation, Member, ItineraryItem, Organisation, Person, Venue)
    }


def local_programme(delegation, zone):
    """(day, local start, English title) of each item, in ``zone``."""
    return [
        (
            item.start.astimezone(zone).date().isoformat(),
            f"{item.start.astimezone(zone):%H:%M}",
            item.title_en,
        )
        for item in delegation.items.order_by("start", "pk")
    ]


class DemoDelegationTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        load_demo()

    def test_the_three_delegations_are_named_in_every_language(self):
        names = {
            d.slug: (d.name_en, d.name_ja, d.name_km) for d in Delegation.objects.all()
        }
        assert names == {
            MISSION: (
                "Nagano inspection mission to Phnom Penh",
                "長野県カンボジア視察団（プノンペン）",
                "បេសកកម្មសិក្សាស្វែងយល់របស់ខេត្តណាហ្គាណូនៅភ្នំពេញ",
            ),
            SEMINAR: (
                "Local Government Exchange and Cooperation Seminar 2019",
                "2019年度 自治体間交流協力セミナー",
                "សិក្ខាសាលាស្តីពីការផ្លាស់ប្តូរ និងកិច្ចសហប្រតិបត្តិការរវាងរដ្ឋាភិបាលមូលដ្ឋាន ឆ្នាំ២០១៩",
            ),
            MINISTER: (
                "Minister Heng Sour's visit to Nagano",
                "ヘン・ソー労働職業訓練大臣の長野県訪問",
                "ទស្សនកិច្ចរបស់ឯកឧត្តមរដ្ឋមន្ត្រី ហេង សួរ នៅខេត្តណាហ្គាណូ",
            ),
        }

    def test_every_item_has_its_title_and_purpose_in_every_language(self):
        untranslated = [
            (item.delegation.slug, item.title_en)
            for item in ItineraryItem.objects.select_related("delegation")
            if not (item.title_en and item.title_ja and item.title_km)
        ]
        assert untranslated == []
        assert ItineraryItem.objects.count() == 10 + 21 + 12
        purposes = Delegation.objects.exclude(purpose_ja="").exclude(purpose_km="")
        assert purposes.count() == 3

    def test_the_mission_meets_the_minister_and_reports_to_the_governor(self):
        mission = Delegation.objects.get(slug=MISSION)
        meeting = mission.items.get(title_en__startswith="Meeting with Minister")
        report = mission.items.get(title_en__startswith="Report to Governor")
        flights = mission.items.filter(kind=ItemKind.TRAVEL, travel_mode="flight")

        assert mission.direction == Direction.JAPAN_TO_CAMBODIA
        assert [p.name_en for p in meeting.counterpart_people.all()] == ["Heng Sour"]
        assert meeting.venue.name_en == "Ministry of Labour and Vocational Training"
        assert report.start.astimezone(TOKYO) == datetime.datetime(
            2024, 5, 21, 13, 0, tzinfo=TOKYO
        )
        assert report.end.astimezone(TOKYO).time() == datetime.time(13, 20)
        assert [(f.from_city, f.to_city) for f in flights] == [
            ("Narita", "Phnom Penh"),
            ("Phnom Penh", "Narita"),
        ]
        counterparts = {
            o.slug
            for item in mission.items.all()
            for o in item.counterpart_organisations.all()
        }
        assert counterparts == {
            "mlvt",
            "jica-cambodia",
            "embassy-of-japan-in-cambodia",
            "minebeamitsumi",
            "nagano-prefecture",
        }
        assert mission.items.filter(venue__name_en__contains="cashew").count() == 1

    def test_the_night_flight_home_departs_and_lands_in_local_time(self):
        flight = Delegation.objects.get(slug=MISSION).items.get(
            title_en__startswith="Night flight"
        )
        assert flight.start.astimezone(PHNOM_PENH) == datetime.datetime(
            2024, 5, 10, 22, 50, tzinfo=PHNOM_PENH
        )
        assert flight.end.astimezone(TOKYO) == datetime.datetime(
            2024, 5, 11, 6, 55, tzinfo=TOKYO
        )
        assert (flight.time_zone, flight.arrival_time_zone) == (
            "Asia/Phnom_Penh",
            "Asia/Tokyo",
        )

    def test_the_seminar_follows_the_programme_table_day_by_day(self):
        seminar = Delegation.objects.get(slug=SEMINAR)
        days = {}
        for day, _time, title in local_programme(seminar, TOKYO):
            days.setdefault(day, []).append(title)
        assert days == {
            "2019-12-15": ["Participants arrive in Tokyo"],
            "2019-12-16": [
                "Lecture: Local Administration in Japan",
                "Visit to Shinjuku Multicultural Plaza",
                "Visit to the Tourist Information Center (TIC)",
            ],
            "2019-12-17": [
                "Visit to the Japan National Tourism Organization (JNTO)",
                "To Haneda Airport",
                "Flight from Haneda to Yamaguchi Ube Airport",
                "Bus from Ube Airport to Shimonoseki",
                "Briefing on Shimonoseki City",
            ],
            "2019-12-18": [
                "Courtesy call on the Mayor of Shimonoseki",
                "Briefing on Shimonoseki's disaster prevention policies and visit "
                "to a disaster prevention facility",
                "Visit to a water treatment plant",
                "Local sights: Chofu Garden and the Mori Museum",
            ],
            "2019-12-19": [
                "Local sights: Tsunoshima Bridge and Tsunoshima Lighthouse",
                "Opinion exchange session with Shimonoseki City",
            ],
            "2019-12-20": [
                "Local sights: Karato Market",
                "Bus from Shimonoseki to Ube Airport",
                "Flight from Yamaguchi Ube Airport to Haneda",
                "From Haneda Airport into Tokyo",
                "Overnight stay in Tokyo",
            ],
            "2019-12-21": ["Participants return to their home countries"],
        }
        legs = seminar.items.filter(kind=ItemKind.TRAVEL).values_list(
            "from_city", "to_city"
        )
        assert list(legs) == [
            ("Narita", "Tokyo"),
            ("Tokyo", "Haneda"),
            ("Haneda", "Ube"),
            ("Ube", "Shimonoseki"),
            ("Shimonoseki", "Ube"),
            ("Ube", "Haneda"),
            ("Haneda", "Tokyo"),
            ("Tokyo", "Narita"),
        ]

    def test_the_completed_visits_have_no_warnings(self):
        for slug in (MISSION, SEMINAR):
            assert check_itinerary(Delegation.objects.get(slug=slug), "en") == []

    def test_the_ministers_draft_shows_a_missing_leg_a_holiday_and_a_busy_interpreter(
        self,
    ):
        draft = Delegation.objects.get(slug=MINISTER)
        conflicts = check_itinerary(draft, "en")

        assert draft.direction == Direction.CAMBODIA_TO_JAPAN
        assert [c.kind for c in conflicts] == [
            ConflictKind.HOLIDAY,
            ConflictKind.NO_TRAVEL,
            ConflictKind.MEMBER_OVERLAP,
        ]
        assert [c.message for c in conflicts] == [
            "“Meeting at the Ministry of Health, Labour and Welfare” is on Labor "
            "Thanksgiving Day (23 November 2027), a public holiday in Japan.",
            "No travel from Tokyo to Nagano between “Meeting at the Ministry of "
            "Health, Labour and Welfare” and “Courtesy call on Governor Shuichi Abe”.",
            "Aiko Morita cannot attend both “Visit to a Nagano company employing "
            "Cambodian workers” and “Officials visit the prefecture's vocational "
            "training centre”.",
        ]

    def test_the_completed_visits_are_public_and_the_draft_private(self):
        visibility = dict(Delegation.objects.values_list("slug", "visibility"))
        assert visibility == {
            MISSION: Visibility.PUBLIC_SUMMARY,
            SEMINAR: Visibility.PUBLIC_SUMMARY,
            MINISTER: Visibility.PRIVATE,
        }

    def test_each_visit_names_the_news_about_it(self):
        related = {
            delegation.slug: {page.slug for page in delegation.related_news.all()}
            for delegation in Delegation.objects.all()
        }
        assert related == {
            MISSION: {"nagano-mission-to-cambodia-reports-to-governor"},
            SEMINAR: {"local-government-exchange-and-cooperation-seminar-2019"},
            MINISTER: {"nagano-mission-to-cambodia-reports-to-governor"},
        }

    def test_members_have_only_fictional_contact_details(self):
        emails = set(Member.objects.values_list("email", flat=True))
        phones = set(Member.objects.values_list("phone", flat=True))
        assert {email.split("@")[1] for email in emails} == {"example.org"}
        assert all("-000-" in phone or "-0000-" in phone for phone in phones)
        assert Member.objects.count() == 5 + 10 + 4


def test_a_second_run_adds_nothing():
    load_demo()
    first = counts()
    load_demo()
    assert counts() == first
    assert first["Delegation"] == 3
