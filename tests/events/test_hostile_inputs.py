"""Inputs that used to stop or crash the calendar: each answers with a clear message."""

import datetime

import pytest
from django.utils import timezone
from icalendar import Calendar
from wagtail.test.utils.form_data import inline_formset

from events import rules
from events.importing import CalendarImportError, import_calendar
from events.models import EventPage
from tests.events.test_editor_form import event_form, field_errors, post
from tests.events.test_import import ics, vevent
from tests.factories.events import TOKYO, add_event, make_venue

pytestmark = pytest.mark.django_db


def test_a_daily_series_until_2030_is_listed_in_its_last_month(client, event_index):
    start = datetime.datetime(2027, 1, 4, 9, 0, tzinfo=TOKYO)
    add_event(
        event_index,
        "Morning class",
        start=start,
        time_zone="Asia/Tokyo",
        rrule=rules.build_rule("DAILY", zone=TOKYO, until=datetime.date(2030, 12, 31)),
    )

    event = EventPage.objects.get(title="Morning class")
    response = client.get("/en/events/", {"month": "2030-12"})

    # 1,458 dates: the end comes from UNTIL, not from a capped list of dates.
    assert event.series_end == datetime.datetime(
        2030, 12, 31, 2, 0, tzinfo=datetime.UTC
    )
    assert len(response.context["days"]) == 31


def test_a_month_far_away_shows_the_nearest_allowed_one_and_says_so(
    client, event_index
):
    response = client.get("/en/events/", {"month": "2999-12"})

    latest = timezone.localdate().year + 10
    assert response.status_code == 200
    assert response.context["query"].month == f"{latest}-{timezone.localdate():%m}"
    assert (
        f"The calendar shows the months from {latest - 20}-{timezone.localdate():%m} "
        f"to {latest}-{timezone.localdate():%m}, so this is the nearest one."
    ) in response.content.decode()


@pytest.mark.parametrize(
    "url",
    [
        "/en/events/?category=a%00b",
        "/en/events/?city=a%00b",
        "/en/events/feed.ics?category=a%00b",
    ],
)
def test_a_nul_byte_in_a_filter_is_a_bad_request(client, event_index, url):
    assert client.get(url).status_code == 400


def test_an_imported_endless_daily_rule_of_interval_0_is_refused(event_index):
    data = ics(
        *vevent(
            "loop@example.org",
            "Loop",
            "DTSTART:20270104T090000Z",
            "DTEND:20270104T100000Z",
            "RRULE:FREQ=DAILY;INTERVAL=0",
        )
    )

    with pytest.raises(CalendarImportError) as refused:
        import_calendar(data, event_index)

    assert refused.value.problems == [
        "“Loop” (UID loop@example.org): A repeat rule must repeat at least every 1 time."
    ]
    assert not EventPage.objects.exists()


@pytest.mark.parametrize(
    ("lines", "problem"),
    [
        (
            ["SEQUENCE:-5", "DTSTART:20270104T090000Z", "DTEND:20270104T100000Z"],
            "its SEQUENCE must be a whole number from 0 to 2147483647.",
        ),
        (
            ["DTSTART:00010101T090000Z", "DTEND:00010101T100000Z"],
            "its dates must fall between 1900 and 2199.",
        ),
        (
            ["DTSTART:20270104T090000Z", "DTEND:99991231T100000Z"],
            "its dates must fall between 1900 and 2199.",
        ),
        (
            ["DTSTART:20270104T090000Z", "DURATION:P99999999W"],
            "its dates must fall between 1900 and 2199.",
        ),
    ],
)
def test_imported_numbers_no_calendar_can_hold_are_refused(event_index, lines, problem):
    with pytest.raises(CalendarImportError) as refused:
        import_calendar(ics(*vevent("odd@example.org", "Odd", *lines)), event_index)

    assert refused.value.problems == [f"“Odd” (UID odd@example.org): {problem}"]


def test_an_imported_title_with_a_nul_byte_is_refused(event_index):
    data = ics(
        *vevent(
            "nul@example.org",
            "Bad\x00title",
            "DTSTART:20270104T090000Z",
            "DTEND:20270104T100000Z",
        )
    )

    with pytest.raises(CalendarImportError) as refused:
        import_calendar(data, event_index)

    assert refused.value.problems == [
        "“Bad\x00title” (UID nul@example.org): its SUMMARY holds control characters."
    ]


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"all_day": "on", "start": "2027-07-06", "end": "9999-12-31"}, "end"),
        ({"start": "0001-01-01 10:00"}, "start"),
    ],
)
def test_the_editor_refuses_dates_at_the_ends_of_time(
    editor, event_index, overrides, field
):
    response = post(editor, event_index, event_form(make_venue(), **overrides))

    assert response.status_code == 200
    assert field_errors(response)[field] == ["Give a date between 1900 and 2199."]


def test_the_editor_refuses_a_date_change_at_the_start_of_time(editor, event_index):
    data = event_form(
        make_venue(),
        repeat="WEEKLY",
        date_changes=inline_formset(
            [{"kind": "skip", "occurrence_date": "0001-01-01", "note_en": ""}]
        ),
    )

    response = post(editor, event_index, data)

    changes = response.context["form"].formsets["date_changes"]
    assert changes.forms[0].errors["occurrence_date"] == [
        "Give a date between 1900 and 2199."
    ]


def test_a_title_with_a_line_break_makes_a_one_line_calendar_name(client, event_index):
    event = add_event(
        event_index,
        "Tea\nceremony",
        slug="tea",
        start=datetime.datetime(2027, 8, 1, 10, 0, tzinfo=TOKYO),
    )

    response = client.get(event.url + "event.ics")

    assert response.status_code == 200
    assert Calendar.from_ical(response.content)["X-WR-CALNAME"] == "Tea ceremony"
