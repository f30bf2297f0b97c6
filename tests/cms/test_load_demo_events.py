"""The demo calendar that ``manage.py load_demo`` builds beside the news."""

import datetime
from unittest import mock
from zoneinfo import ZoneInfo

import pytest
from django.test import TestCase
from django.utils import timezone
from wagtail.models import Page, Revision

from cms.demo.content import calendar
from cms.demo.content import delegations as demo_delegations
from directory.models import Venue
from events.enums import DateChangeKind, EventStatus
from events.models import (
    EventCategory,
    EventDateChange,
    EventIndexPage,
    EventPage,
)
from home.models import HomePage
from tests.cms.test_load_demo import LANGUAGES, ODA_SLUG, load_demo

pytestmark = pytest.mark.django_db

UTC = datetime.UTC
PHNOM_PENH = ZoneInfo("Asia/Phnom_Penh")
TOKYO = ZoneInfo("Asia/Tokyo")
MEETING = "nagano-cambodian-association-monthly-meeting"
LABOUR_SEMINAR = "labour-and-vocational-training-seminar-phnom-penh"
UPCOMING = {
    MEETING,
    LABOUR_SEMINAR,
    "japanese-teaching-materials-handover-phnom-penh",
    "labour-minister-visits-nagano",
    "school-exchange-visit-to-nagano",
    "nagano-phnom-penh-summer-youth-exchange",
}


def calendar_state():
    """Everything a run could add or change in the calendar, to compare two runs."""
    events = EventPage.objects.order_by("pk")
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "venues": list(Venue.objects.order_by("pk").values()),
        "categories": list(EventCategory.objects.order_by("pk").values()),
        "events": list(
            events.values_list(
                "pk", "title", "start", "end", "status", "latest_revision", "sequence"
            )
        ),
        "date_changes": list(EventDateChange.objects.order_by("pk").values()),
    }


class LoadedCalendarTests(TestCase):
    """The demo loaded once on a fresh database; each test's own changes roll back."""

    @classmethod
    def setUpTestData(cls):
        cls.output = load_demo()

    def test_the_calendar_has_its_index_venues_categories_and_events(self):
        index = EventIndexPage.objects.get()
        assert index.get_parent().specific == HomePage.objects.get()
        assert (index.slug, index.show_in_menus, index.live) == ("events", True, True)
        assert (index.title_en, index.title_ja, index.title_km) == (
            "Events",
            "イベント",
            "ព្រឹត្តិការណ៍",
        )
        assert all(getattr(index, f"intro_{lang}") for lang in LANGUAGES)
        assert EventPage.objects.child_of(index).live().count() == 16
        # The calendar's venues, and those only the demo delegations use.
        assert Venue.objects.count() == len(calendar.VENUES) + len(
            demo_delegations.VENUES
        )
        assert len(calendar.VENUES) == 9
        assert sorted(EventCategory.objects.values_list("slug", flat=True)) == [
            "association-meeting",
            "culture-and-anniversary",
            "ministerial-visit",
            "mou-signing",
            "school-exchange",
            "seminar",
        ]
        assert "Events: 16 created, 0 already there" in self.output
        assert "Venues: 17 created, 0 already there" in self.output

    def test_everything_is_written_in_english_japanese_and_khmer(self):
        for event in EventPage.objects.all():
            for lang in LANGUAGES:
                for field in ["title", "summary"]:
                    assert getattr(event, f"{field}_{lang}"), (event.slug, field, lang)
            if event.status != EventStatus.CONFIRMED:
                assert all(getattr(event, f"status_note_{lang}") for lang in LANGUAGES)
            assert event.categories.exists() and event.news_articles.exists()
            assert event.organiser is not None
        for model, fields in [(Venue, ["name", "city"]), (EventCategory, ["name"])]:
            for entry in model.objects.all():
                for field in fields:
                    assert all(getattr(entry, f"{field}_{lang}") for lang in LANGUAGES)

    def test_times_are_kept_in_the_venues_time_zone(self):
        meeting = EventPage.objects.get(
            slug="foreign-ministers-meeting-phnom-penh-2024"
        )
        signing = EventPage.objects.get(slug="oda-signing-ceremony-phnom-penh-2024")
        assert signing.venue == meeting.venue
        assert (signing.venue.name_en, signing.venue.time_zone) == (
            "Ministry of Foreign Affairs and International Cooperation",
            "Asia/Phnom_Penh",
        )
        assert signing.time_zone == "Asia/Phnom_Penh"
        # 10:00 and 11:15 in Phnom Penh (UTC+7).
        assert (meeting.start, meeting.end) == (
            datetime.datetime(2024, 7, 6, 3, 0, tzinfo=UTC),
            datetime.datetime(2024, 7, 6, 4, 0, tzinfo=UTC),
        )
        assert (signing.start, signing.end) == (
            datetime.datetime(2024, 7, 6, 4, 15, tzinfo=UTC),
            datetime.datetime(2024, 7, 6, 4, 45, tzinfo=UTC),
        )
        assert signing.start.astimezone(PHNOM_PENH).time() == datetime.time(11, 15)
        assert [a.slug for a in signing.news_articles.all()] == [ODA_SLUG]

        # 09:30 at Shimonoseki City Hall (UTC+9).
        call = EventPage.objects.get(
            slug="seminar-2019-courtesy-call-on-mayor-of-shimonoseki"
        )
        assert (call.time_zone, call.start) == (
            "Asia/Tokyo",
            datetime.datetime(2019, 12, 18, 0, 30, tzinfo=UTC),
        )

    def test_all_day_events_run_from_local_midnight_to_midnight(self):
        week = EventPage.objects.get(slug="local-government-seminar-2019")
        assert (week.all_day, week.venue, week.time_zone) == (True, None, "Asia/Tokyo")
        assert (week.start, week.end) == (
            datetime.datetime(2019, 12, 15, tzinfo=TOKYO),
            datetime.datetime(2019, 12, 22, tzinfo=TOKYO),
        )
        fireworks = EventPage.objects.get(
            slug="seventieth-anniversary-celebration-phnom-penh"
        )
        assert (fireworks.all_day, fireworks.start, fireworks.end) == (
            True,
            datetime.datetime(2023, 11, 18, 17, 0, tzinfo=UTC),
            datetime.datetime(2023, 11, 19, 17, 0, tzinfo=UTC),
        )
        assert fireworks.venue.city_km == "ភ្នំពេញ"
        mous = EventPage.objects.get(slug="mou-signing-in-tokyo-2023")
        assert (mous.start, mous.end) == (
            datetime.datetime(2023, 12, 18, tzinfo=TOKYO),
            datetime.datetime(2023, 12, 19, tzinfo=TOKYO),
        )
        assert mous.venue.name_ja == "総理大臣官邸"

    def test_the_association_meets_twelve_times_and_one_meeting_is_cancelled(self):
        meeting = EventPage.objects.get(slug=MEETING)
        occurrences = meeting.occurrences()
        local_starts = [o.start.astimezone(TOKYO) for o in occurrences]
        assert meeting.rrule == "FREQ=MONTHLY;BYDAY=2SA;COUNT=12"
        assert len(occurrences) == 12
        # Second Saturdays at 14:00 in Nagano, from the month after the run.
        assert all(
            (s.weekday(), (s.day - 1) // 7, s.time()) == (5, 1, datetime.time(14))
            for s in local_starts
        )
        today = timezone.localdate()
        assert (local_starts[0].year * 12 + local_starts[0].month) == (
            today.year * 12 + today.month + 1
        )
        cancelled = [o for o in occurrences if o.status == EventStatus.CANCELLED]
        assert cancelled == [occurrences[3]]
        change = meeting.date_changes.get()
        assert (change.kind, change.occurrence_date) == (
            DateChangeKind.CANCEL,
            local_starts[3].date(),
        )
        assert all(getattr(change, f"note_{lang}") for lang in LANGUAGES)
        assert meeting.series_end == occurrences[-1].end

    def test_one_event_is_cancelled_one_postponed_and_one_tentative(self):
        statuses = dict(
            EventPage.objects.exclude(status=EventStatus.CONFIRMED).values_list(
                "slug", "status"
            )
        )
        assert statuses == {
            "japanese-teaching-materials-handover-phnom-penh": EventStatus.CANCELLED,
            "labour-minister-visits-nagano": EventStatus.POSTPONED,
            "school-exchange-visit-to-nagano": EventStatus.TENTATIVE,
        }
        cancelled = EventPage.objects.get(status=EventStatus.CANCELLED)
        assert cancelled.cancelled_at is not None
        assert cancelled.status_note_ja == (
            "教材は各校に直接お届けすることになったため、贈呈式は行いません。"
        )

    def test_some_events_are_still_to_come(self):
        now = timezone.now()
        assert (
            set(EventPage.objects.filter(start__gt=now).values_list("slug", flat=True))
            == UPCOMING
        )
        school = EventPage.objects.get(slug="school-exchange-visit-to-nagano")
        local_start = school.start.astimezone(TOKYO)
        assert (local_start.month, local_start.weekday(), school.all_day) == (
            5,
            1,
            True,
        )
        assert school.end - school.start == datetime.timedelta(days=3)
        assert local_start.date() - timezone.localdate() <= datetime.timedelta(days=366)

    def test_the_calendar_and_every_event_page_render_in_every_language(self):
        meeting = EventPage.objects.get(slug=MEETING)
        for lang in LANGUAGES:
            with self.subTest(lang=lang):
                response = self.client.get(f"/{lang}/events/")
                assert response.status_code == 200
                assert getattr(meeting, f"title_{lang}") in response.content.decode()
                home = self.client.get(f"/{lang}/").content.decode()
                assert getattr(meeting, f"title_{lang}") in home
        for event in EventPage.objects.all():
            for lang in LANGUAGES:
                response = self.client.get(f"/{lang}/events/{event.slug}/")
                assert response.status_code == 200, (event.slug, lang)
                page = response.content.decode()
                assert getattr(event, f"summary_{lang}") in page, (event.slug, lang)
                if event.status_note:
                    assert getattr(event, f"status_note_{lang}") in page

    def test_a_second_run_changes_nothing(self):
        before = calendar_state()

        output = load_demo()

        assert calendar_state() == before
        assert "Events: 0 created, 16 already there" in output
        assert "Event categories: 0 created, 6 already there" in output

    def test_a_run_on_a_later_day_moves_and_adds_nothing(self):
        before = calendar_state()
        later = timezone.localdate() + datetime.timedelta(days=75)

        with mock.patch.object(timezone, "localdate", return_value=later):
            load_demo()

        assert calendar_state() == before

    def test_an_editors_changes_survive_a_second_run(self):
        seminar = EventPage.objects.get(slug=LABOUR_SEMINAR)
        seminar.title = "Working in Nagano: information session"
        seminar.start += datetime.timedelta(days=7)
        seminar.end += datetime.timedelta(days=7)
        seminar.status = EventStatus.POSTPONED
        seminar.save_revision().publish()
        Venue.objects.filter(name_en="Nagano City Hall").update(
            name_ja="長野市役所本庁舎"
        )
        EventCategory.objects.filter(slug="seminar").update(name_km="វគ្គសិក្សា")
        before = calendar_state()

        load_demo()

        seminar.refresh_from_db()
        assert seminar.title_en == "Working in Nagano: information session"
        assert seminar.status == EventStatus.POSTPONED
        assert seminar.live_revision == seminar.latest_revision
        assert (
            Venue.objects.get(name_en="Nagano City Hall").name_ja == "長野市役所本庁舎"
        )
        assert EventCategory.objects.get(slug="seminar").name_km == "វគ្គសិក្សា"
        assert calendar_state() == before

    def test_a_deleted_event_comes_back_dated_from_the_day_of_the_run(self):
        EventPage.objects.get(slug=LABOUR_SEMINAR).delete()
        venues = Venue.objects.count()

        output = load_demo()

        seminar = EventPage.objects.live().get(slug=LABOUR_SEMINAR)
        assert seminar.start > timezone.now()
        assert seminar.start.astimezone(PHNOM_PENH).time() == datetime.time(9)
        assert "Events: 1 created, 15 already there" in output
        assert Venue.objects.count() == venues
