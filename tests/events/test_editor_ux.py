"""What an editor sees in the event editor: one message per mistake, panels that open
where they matter, choices instead of raw inputs."""

import datetime
import re

import pytest
from django.contrib.auth.models import User
from wagtail.test.utils.form_data import inline_formset, nested_form_data
from wagtail.users.models import UserProfile

from events.models import EventCategory, EventDateChange, EventPage
from events.rules import parse_rule
from tests.events.test_editor_form import event_form, field_errors, post
from tests.factories.events import PHNOM_PENH, make_venue

pytestmark = pytest.mark.django_db


@pytest.fixture
def event(editor, event_index):
    post(editor, event_index, event_form(make_venue()))
    return EventPage.objects.get(slug="oda-signing")


def edit_page(editor, event):
    return editor.get(f"/admin/pages/{event.pk}/edit/").content.decode()


def panel_classes(html, panel_id):
    return (
        re.search(rf'<section class="([^"]*)" id="{panel_id}"', html).group(1).split()
    )


def test_an_end_before_the_start_is_reported_once_when_editing(editor, event):
    response = editor.post(
        f"/admin/pages/{event.pk}/edit/",
        event_form(event.venue, end="2027-07-06 09:00"),
    )

    assert response.status_code == 200
    assert field_errors(response) == {"end": ["The end must be after the start."]}
    assert response.content.decode().count("The end must be after the start.") == 1


def test_the_repeat_panel_is_collapsed_on_a_single_date(editor, event):
    classes = panel_classes(
        edit_page(editor, event), "panel-child-content-repeat-section"
    )

    assert "collapsed" in classes


def test_the_repeat_panel_is_open_on_a_repeating_event(editor, event):
    event.rrule = "FREQ=WEEKLY;COUNT=4"
    event.save_revision().publish()

    classes = panel_classes(
        edit_page(editor, event), "panel-child-content-repeat-section"
    )

    assert "collapsed" not in classes


def test_categories_are_checkboxes(editor, event):
    EventCategory.objects.create(name="Culture", slug="culture")

    html = edit_page(editor, event)

    assert '<select name="categories"' not in html
    assert re.search(r'<input type="checkbox" name="categories" value="\d+"', html)


def test_the_time_zone_offers_the_exchange_zones_first_then_all_zones(editor, event):
    html = edit_page(editor, event)

    box = re.search(r'<input[^>]*name="time_zone"[^>]*>', html).group(0)
    assert 'list="id_time_zone-zones"' in box
    zones = re.search(r'<datalist id="id_time_zone-zones">(.*?)</datalist>', html)
    names = re.findall(r'<option value="([^"]+)">', zones.group(1))
    assert names[:2] == ["Asia/Phnom_Penh", "Asia/Tokyo"]
    assert "Europe/Paris" in names and len(names) > 300


def test_the_zone_box_tells_the_script_each_venues_zone(editor, event):
    html = edit_page(editor, event)

    box = re.search(r'<input[^>]*name="time_zone"[^>]*>', html).group(0)
    assert (
        f'data-venue-zones="{{&quot;{event.venue.pk}&quot;: &quot;Asia/Phnom_Penh&quot;}}"'
        in box
    )
    assert 'data-shown-beside="start end"' in box


def test_a_typed_name_that_is_not_a_zone_still_gets_a_message(editor, event):
    response = editor.post(
        f"/admin/pages/{event.pk}/edit/",
        event_form(event.venue, time_zone="Tokyo"),
    )

    assert field_errors(response)["time_zone"] == [
        "“Tokyo” is not a known time zone. Use an IANA name such as Asia/Tokyo."
    ]


def repeat_preview(html):
    """The words and the listed dates of the saved rule's preview."""
    preview = re.search(r"<div[^>]*data-repeat-preview>(.*?)</div>", html, re.S)
    if preview is None:
        return None
    words = re.search(r"<span data-repeat-description>(.*?)</span>", preview.group(1))
    dates = re.findall(r"<li>(.*?)</li>", preview.group(1), re.S)
    return words.group(1), [" ".join(date.split()) for date in dates]


@pytest.mark.parametrize(
    "language, words, first_date",
    [
        (
            "en",
            "every 2 weeks on Tuesday and Thursday, 6 times",
            "Tuesday, 6 July 2027, 10:00 – 11:30 ICT",
        ),
        ("ja", "2週間ごとの火曜日、木曜日（6回）", None),
    ],
)
def test_the_repeat_panel_spells_out_the_saved_rule_and_its_next_dates(
    editor, event, language, words, first_date
):
    UserProfile.get_for_user(User.objects.get(username="editor"))
    UserProfile.objects.filter(user__username="editor").update(
        preferred_language=language
    )
    event.rrule = "FREQ=WEEKLY;COUNT=6;INTERVAL=2;BYDAY=TU,TH"
    event.save_revision().publish()

    shown_words, dates = repeat_preview(edit_page(editor, event))

    assert shown_words == words
    assert len(dates) == 5
    if first_date:
        assert dates[0] == first_date


def test_a_single_date_has_no_repeat_preview(editor, event):
    assert repeat_preview(edit_page(editor, event)) is None


def test_the_second_saturday_is_chosen_without_the_weekly_checkboxes(editor, event):
    # The series starts on a Tuesday; no weekly weekday is ticked.
    response = editor.post(
        f"/admin/pages/{event.pk}/edit/",
        event_form(
            event.venue,
            repeat="MONTHLY",
            repeat_week_of_month="2",
            repeat_monthly_weekday="SA",
            repeat_count="12",
        ),
    )

    assert response.status_code == 302
    saved = EventPage.objects.get(pk=event.pk)
    assert saved.rrule == "FREQ=MONTHLY;COUNT=12;BYDAY=2SA"
    assert parse_rule(saved.rrule, saved.zone)["weekdays"] == ["SA"]
    initial = editor.get(f"/admin/pages/{event.pk}/edit/").context["form"].initial
    assert (
        initial["repeat_week_of_month"],
        initial["repeat_monthly_weekday"],
        initial["repeat_weekdays"],
    ) == (2, "SA", [])


def weekly_with_moves(event, days):
    """``event`` made weekly on Tuesdays, each July Tuesday of ``days`` moved to the
    next day at the series' 10:00; its moved dates, in order."""
    event.rrule = "FREQ=WEEKLY;COUNT=6;BYDAY=TU"
    for day in days:
        event.date_changes.add(
            EventDateChange(
                kind="move",
                occurrence_date=datetime.date(2027, 7, day),
                new_start=datetime.datetime(2027, 7, day + 1, 10, 0, tzinfo=PHNOM_PENH),
            )
        )
    event.save_revision().publish()
    return list(EventDateChange.objects.filter(page=event).order_by("occurrence_date"))


def moved_dates_form(event, moves, start, end):
    """The edit form of ``event`` (weekly on Tuesdays, 6 times) with its moved dates."""
    data = event_form(
        event.venue,
        start=start,
        end=end,
        repeat="WEEKLY",
        repeat_weekdays=["TU"],
        repeat_count="6",
    )
    rows = [
        {
            "id": change.pk,
            "kind": "move",
            "occurrence_date": change.occurrence_date.isoformat(),
            "new_start": new_start,
            "note_en": "",
        }
        for change, new_start in moves
    ]
    data.update(
        nested_form_data({"date_changes": inline_formset(rows, initial=len(rows))})
    )
    return data


@pytest.mark.parametrize("publish", [True, False])
def test_moved_dates_move_with_the_series_time_and_the_editor_is_told(
    editor, event, publish
):
    first, second = weekly_with_moves(event, (13, 20))

    data = moved_dates_form(
        event,
        [(first, "2027-07-14 10:00"), (second, "2027-07-21 10:00")],
        start="2027-07-06 19:00",
        end="2027-07-06 20:30",
    )
    if not publish:
        del data["action-publish"]

    response = editor.post(f"/admin/pages/{event.pk}/edit/", data, follow=True)

    told = [str(m) for m in response.context["messages"] if "series" in str(m)]
    assert told == [
        "The moved dates 14 July and 21 July moved with the series to 19:00."
    ]
    saved = EventPage.objects.get(pk=event.pk).get_latest_revision_as_object()
    assert [
        change.new_start.astimezone(PHNOM_PENH).strftime("%d %H:%M")
        for change in sorted(saved.date_changes.all(), key=lambda c: c.occurrence_date)
    ] == ["14 19:00", "21 19:00"]


def test_a_moved_date_the_editor_changes_keeps_the_editors_time(editor, event):
    (change,) = weekly_with_moves(event, (13,))

    response = editor.post(
        f"/admin/pages/{event.pk}/edit/",
        moved_dates_form(
            event,
            [(change, "2027-07-15 08:00")],
            start="2027-07-06 19:00",
            end="2027-07-06 20:30",
        ),
        follow=True,
    )

    assert not any(
        "moved with the series" in str(m) for m in response.context["messages"]
    )
    saved = EventPage.objects.get(pk=event.pk).date_changes.get()
    assert saved.new_start == datetime.datetime(2027, 7, 15, 8, 0, tzinfo=PHNOM_PENH)


def test_the_moved_dates_message_is_in_khmer_with_khmer_digits(editor, event):
    UserProfile.get_for_user(User.objects.get(username="editor"))
    UserProfile.objects.filter(user__username="editor").update(preferred_language="km")
    (change,) = weekly_with_moves(event, (13,))

    response = editor.post(
        f"/admin/pages/{event.pk}/edit/",
        moved_dates_form(
            event,
            [(change, "2027-07-14 10:00")],
            start="2027-07-06 19:00",
            end="2027-07-06 20:30",
        ),
        follow=True,
    )

    assert "កាលបរិច្ឆេទដែលបានផ្លាស់ប្ដូរ ១៤ កក្កដា ត្រូវបានផ្លាស់ទីជាមួយស៊េរី ទៅម៉ោង ១៩:០០។" in [
        str(m) for m in response.context["messages"]
    ]
