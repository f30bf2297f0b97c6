"""The event editor in the Wagtail admin: local times, repeat rules and clear messages."""

import datetime

import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from events.models import EventPage
from tests.factories.events import PHNOM_PENH, TOKYO, make_venue

pytestmark = pytest.mark.django_db


def event_form(place, **overrides):
    data = {
        "title_en": "ODA signing ceremony",
        "slug": "oda-signing",
        "summary_en": "Exchange of notes on National Road No. 5.",
        "venue": place.pk,
        "time_zone": "",
        "start": "2027-07-06 10:00",
        "end": "2027-07-06 11:30",
        "status": "confirmed",
        "repeat": "",
        "body_en": streamfield([]),
        "body_ja": streamfield([]),
        "body_km": streamfield([]),
        "date_changes": inline_formset([]),
        "comments": inline_formset([]),
        "action-publish": "publish",
    }
    data.update(overrides)
    # A multiple choice posts one value per choice; nested_form_data would number them.
    weekdays = data.pop("repeat_weekdays", [])
    return {**nested_form_data(data), "repeat_weekdays": weekdays}


def post(client, index, data):
    return client.post(f"/admin/pages/add/events/eventpage/{index.pk}/", data)


def field_errors(response):
    form = response.context["form"]
    return {name: [str(e) for e in errors] for name, errors in form.errors.items()}


def test_times_are_typed_as_the_venues_clock_shows_them(editor, event_index):
    palace = make_venue()

    response = post(editor, event_index, event_form(palace))

    assert response.status_code == 302
    event = EventPage.objects.get(slug="oda-signing")
    assert event.time_zone == "Asia/Phnom_Penh"
    assert event.start == datetime.datetime(2027, 7, 6, 10, 0, tzinfo=PHNOM_PENH)
    assert event.end == datetime.datetime(2027, 7, 6, 11, 30, tzinfo=PHNOM_PENH)
    assert event.live


def test_the_edit_form_shows_the_venues_clock(editor, event_index):
    palace = make_venue()
    post(editor, event_index, event_form(palace))
    event = EventPage.objects.get(slug="oda-signing")

    response = editor.get(f"/admin/pages/{event.pk}/edit/")

    assert (
        response.context["form"]["start"].value().strftime("%Y-%m-%d %H:%M")
        == "2027-07-06 10:00"
    )


def test_all_day_events_cover_whole_local_days(editor, event_index):
    tokyo = make_venue("Hibiya Park", "Tokyo", "JP", "Asia/Tokyo")

    post(
        editor,
        event_index,
        event_form(
            tokyo, all_day="on", start="2027-11-19 00:00", end="2027-11-20 00:00"
        ),
    )

    event = EventPage.objects.get(slug="oda-signing")
    assert event.start == datetime.datetime(2027, 11, 19, tzinfo=TOKYO)
    assert event.end == datetime.datetime(2027, 11, 21, tzinfo=TOKYO)


def test_a_weekly_repeat_is_stored_as_an_rfc5545_rule(editor, event_index):
    post(
        editor,
        event_index,
        event_form(
            make_venue(),
            repeat="WEEKLY",
            repeat_interval="2",
            repeat_weekdays=["TU", "TH"],
            repeat_count="6",
        ),
    )

    assert (
        EventPage.objects.get(slug="oda-signing").rrule
        == "FREQ=WEEKLY;COUNT=6;INTERVAL=2;BYDAY=TU,TH"
    )


@pytest.mark.parametrize(
    "overrides, field, message",
    [
        ({"end": "2027-07-06 09:00"}, "end", "The end must be after the start."),
        (
            {"venue": "", "time_zone": "Asia/Nowhere"},
            "time_zone",
            "“Asia/Nowhere” is not a known time zone. Use an IANA name such as Asia/Tokyo.",
        ),
        ({"venue": ""}, "time_zone", "Choose a venue or a time zone."),
        (
            {"repeat": "DAILY", "repeat_until": "2027-07-01"},
            "repeat",
            "This repeat rule never produces a date. Check the end date or the number of times.",
        ),
        (
            {"repeat": "DAILY", "repeat_until": "2027-08-01", "repeat_count": "3"},
            "repeat_count",
            "Give an end date or a number of times, not both.",
        ),
    ],
)
def test_bad_input_gets_a_message_on_the_field(
    editor, event_index, overrides, field, message
):
    response = post(editor, event_index, event_form(make_venue(), **overrides))

    assert response.status_code == 200
    assert field_errors(response)[field] == [message]
    assert not EventPage.objects.filter(slug="oda-signing").exists()


def test_a_monthly_repeat_on_the_second_saturday(editor, event_index):
    post(
        editor,
        event_index,
        event_form(
            make_venue(),
            start="2027-01-09 14:00",
            end="2027-01-09 16:00",
            repeat="MONTHLY",
            repeat_week_of_month="2",
            repeat_weekdays=["SA"],
            repeat_count="12",
        ),
    )

    event = EventPage.objects.get(slug="oda-signing")
    assert event.rrule == "FREQ=MONTHLY;COUNT=12;BYDAY=2SA"
    assert [o.start.astimezone(PHNOM_PENH).day for o in event.occurrences()][:3] == [
        9,
        13,
        13,
    ]


@pytest.mark.parametrize(
    "rule",
    ["FREQ=MONTHLY;COUNT=12;BYDAY=2SA", "FREQ=MONTHLY;COUNT=4;BYMONTHDAY=15"],
)
def test_saving_without_touching_the_repeat_keeps_the_rule(editor, event_index, rule):
    post(
        editor,
        event_index,
        event_form(make_venue(), start="2027-01-09 14:00", end="2027-01-09 16:00"),
    )
    event = EventPage.objects.get(slug="oda-signing")
    event.rrule = rule
    event.save_revision().publish()

    data = event_form(
        make_venue(),
        start="2027-01-09 14:00",
        end="2027-01-09 16:00",
        **{
            key: value
            for key, value in editor.get(f"/admin/pages/{event.pk}/edit/")
            .context["form"]
            .initial.items()
            if key.startswith("repeat") and value not in (None, [], "")
        },
    )
    response = editor.post(f"/admin/pages/{event.pk}/edit/", data)

    assert response.status_code == 302
    assert EventPage.objects.get(pk=event.pk).rrule == rule


def test_a_date_change_must_name_a_date_of_the_series(editor, event_index):
    data = event_form(
        make_venue(),
        start="2027-01-09 14:00",
        end="2027-01-09 16:00",
        repeat="MONTHLY",
        repeat_week_of_month="2",
        repeat_weekdays=["SA"],
        repeat_count="12",
    )
    data.update(
        nested_form_data(
            {
                "date_changes": inline_formset(
                    [
                        {
                            "kind": "cancel",
                            "occurrence_date": "2027-02-13",
                            "note_en": "Snow",
                        },
                        {"kind": "skip", "occurrence_date": "2027-03-14"},
                    ]
                )
            }
        )
    )

    response = post(editor, event_index, data)

    assert response.status_code == 200
    rows = response.context["form"].formsets["date_changes"].forms
    assert rows[0].errors == {}
    assert rows[1].errors == {
        "occurrence_date": ["The event has no date on 2027-03-14."]
    }
    assert not EventPage.objects.filter(slug="oda-signing").exists()
