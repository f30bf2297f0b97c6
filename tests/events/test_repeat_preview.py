"""The Repeat panel's live preview: the admin view the editor's browser asks as the
repeat choices change (the browser side is in tests/browser/test_event_editor.py)."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission, User
from django.urls import reverse
from wagtail.models import GroupPagePermission
from wagtail.users.models import UserProfile

from events.models import EventPage
from tests.events.test_editor_form import event_form, post
from tests.factories.events import make_venue

pytestmark = pytest.mark.django_db

URL = reverse("events_repeat_preview")


@pytest.fixture
def venue():
    return make_venue()


def choices(place, **overrides):
    """What the browser sends: the times and the repeat choices as the form has them
    (the start is Tuesday 6 July 2027 at 10:00 in Phnom Penh)."""
    return {
        "start": "2027-07-06 10:00",
        "end": "2027-07-06 11:30",
        "time_zone": "",
        "venue": place.pk,
        "repeat": "WEEKLY",
        "repeat_interval": "1",
        "repeat_weekdays": ["TU", "TH"],
        "repeat_count": "6",
        **overrides,
    }


def shown(response):
    """(words, dates, messages) of the preview's HTML."""
    soup = BeautifulSoup(response.content, "html.parser")
    words = soup.select_one("[data-repeat-description]")
    return (
        words.get_text(strip=True) if words else None,
        [
            " ".join(li.get_text().split())
            for li in soup.select("[data-repeat-dates] li")
        ],
        [p.get_text(strip=True) for p in soup.select("[data-repeat-preview-errors] p")],
    )


def test_the_choices_are_spelled_out_with_their_next_dates(editor, venue):
    response = editor.get(URL, choices(venue))

    assert response.status_code == 200
    words, dates, messages = shown(response)
    assert words == "every week on Tuesday and Thursday, 6 times"
    assert dates[:2] == [
        "Tuesday, 6 July 2027, 10:00 – 11:30 ICT",
        "Thursday, 8 July 2027, 10:00 – 11:30 ICT",
    ]
    assert len(dates) == 5
    assert messages == []


def test_another_weekday_and_frequency_give_other_words_and_dates(editor, venue):
    saturdays = shown(editor.get(URL, choices(venue, repeat_weekdays=["SA"])))
    monthly = shown(
        editor.get(
            URL,
            choices(
                venue,
                repeat="MONTHLY",
                repeat_week_of_month="2",
                repeat_monthly_weekday="SA",
            ),
        )
    )

    assert saturdays[0] == "every week on Saturday, 6 times"
    assert saturdays[1][0] == "Saturday, 10 July 2027, 10:00 – 11:30 ICT"
    assert monthly[0] == "every second Saturday, 6 times"
    assert monthly[1][:2] == [
        "Saturday, 10 July 2027, 10:00 – 11:30 ICT",
        "Saturday, 14 August 2027, 10:00 – 11:30 ICT",
    ]


@pytest.mark.parametrize(
    "language, words, first_date",
    [
        ("ja", "毎週火曜日、木曜日（6回）", "2027年7月6日"),
        (
            "km",
            "រៀងរាល់សប្តាហ៍ នៅថ្ងៃអង្គារ និង\u200bថ្ងៃព្រហស្បតិ៍ ចំនួន ៦ ដង",
            "អង្គារ ៦ កក្កដា ២០២៧, ១០:០០ - ១១:៣០ ICT",
        ),
    ],
)
def test_the_words_are_in_the_editors_language(
    editor, venue, language, words, first_date
):
    UserProfile.get_for_user(User.objects.get(username="editor"))
    UserProfile.objects.filter(user__username="editor").update(
        preferred_language=language
    )

    shown_words, dates, _messages = shown(editor.get(URL, choices(venue)))

    assert shown_words == words
    assert first_date in dates[0]


def test_does_not_repeat_shows_nothing(editor, venue):
    response = editor.get(URL, choices(venue, repeat=""))

    assert response.status_code == 200
    assert shown(response) == (None, [], [])


@pytest.mark.parametrize(
    "overrides, message",
    [
        (
            {"repeat_interval": "0"},
            "Every: Ensure this value is greater than or equal to 1.",
        ),
        ({"start": "next Tuesday"}, "Start: Enter a valid date/time."),
        (
            {"repeat_until": "2027-12-31"},
            "Number of times: Give an end date or a number of times, not both.",
        ),
        (
            {"repeat_until": "9999-12-31", "repeat_count": ""},
            "Until (included): Give a date between 1900 and 2199.",
        ),
        ({"time_zone": "", "venue": ""}, "Choose a venue or a time zone."),
        (
            {"time_zone": "Mars/Olympus"},
            "Time zone: “Mars/Olympus” is not a known time zone. Use an IANA name "
            "such as Asia/Tokyo.",
        ),
        ({"time_zone": "Asia/Tokyo\x00", "venue": ""}, None),
        ({"end": "2027-07-06 09:00"}, "End: The end must be after the start."),
        ({"repeat": "HOURLY"}, None),
        ({"page": "not-a-page"}, None),
        ({"repeat_count": "", "repeat_until": "2027-07-01"}, None),
    ],
)
def test_bad_choices_get_a_message_not_an_error_page(editor, venue, overrides, message):
    response = editor.get(URL, choices(venue, **overrides))

    assert response.status_code == 400
    words, dates, messages = shown(response)
    assert (words, dates) == (None, [])
    assert messages == [message] if message else messages


def test_a_saved_rule_the_choices_cannot_say_is_kept_while_they_are_untouched(
    editor, event_index, venue
):
    post(editor, event_index, event_form(venue))
    event = EventPage.objects.get(slug="oda-signing")
    # As an import leaves it: the 1st and 15th of each month.
    event.rrule = "FREQ=MONTHLY;COUNT=4;BYMONTHDAY=1,15"
    event.save_revision().publish()
    untouched = {"repeat": "MONTHLY", "repeat_count": "4", "repeat_weekdays": []}

    kept = editor.get(URL, {**choices(venue, **untouched), "page": event.pk})
    changed = editor.get(
        URL, {**choices(venue, **untouched), "repeat_count": "3", "page": event.pk}
    )

    _words, dates, _messages = shown(kept)
    assert [date.split(",")[1].strip() for date in dates] == [
        "15 July 2027",
        "1 August 2027",
        "15 August 2027",
        "1 September 2027",
    ]
    assert shown(changed)[0] == "every month on day 6, 3 times"


def test_only_editors_are_answered(client, venue):
    assert client.get(URL, choices(venue)).status_code == 302  # to the login page

    reader = User.objects.create_user("reader", password="pw")
    admin_only = Group.objects.create(name="Admin access only")
    admin_only.permissions.add(Permission.objects.get(codename="access_admin"))
    reader.groups.add(admin_only)
    client.force_login(reader)

    response = client.get(
        URL, choices(venue), headers={"x-requested-with": "XMLHttpRequest"}
    )
    assert response.status_code == 403


def test_an_event_the_editor_cannot_edit_is_refused(
    client, editor, event_index, news_index, venue
):
    post(editor, event_index, event_form(venue))
    event = EventPage.objects.get(slug="oda-signing")
    news_editors = Group.objects.create(name="News editors")
    news_editors.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(
        group=news_editors,
        page=news_index,
        permission=Permission.objects.get(codename="change_page"),
    )
    writer = User.objects.create_user("writer", password="pw")
    writer.groups.add(news_editors)
    client.force_login(writer)
    xhr = {"x-requested-with": "XMLHttpRequest"}

    assert client.get(URL, choices(venue), headers=xhr).status_code == 200
    refused = client.get(URL, {**choices(venue), "page": event.pk}, headers=xhr)
    assert refused.status_code == 403
