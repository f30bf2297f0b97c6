"""Times read in the event's zone and beside it in the exchange zones, in each language."""

import datetime
import zoneinfo

import pytest
from bs4 import BeautifulSoup
from django.template import Context, Template
from django.utils import translation

from events.models import EventPage
from tests.factories.events import PHNOM_PENH, TOKYO, add_event, make_venue

# Even an unsaved page looks up its content type.
pytestmark = pytest.mark.django_db

PARIS = zoneinfo.ZoneInfo("Europe/Paris")


def first_date(zone, start, end, *, all_day=False):
    """The first occurrence of an (unsaved) event in ``zone``."""
    event = EventPage(
        title="Event", time_zone=zone.key, start=start, end=end, all_day=all_day
    )
    return event.occurrences()[0]


def shown(occurrence, tz="", language="en"):
    """The text a visitor reads, and the element for its details."""
    template = Template("{% load event_tags %}{% event_when occurrence tz %}")
    with translation.override(language):
        html = template.render(Context({"occurrence": occurrence, "tz": tz}))
    when = BeautifulSoup(html, "html.parser").select_one(".when")
    return " ".join(when.get_text().split()), when


TWO_HOURS_IN_PHNOM_PENH = (
    datetime.datetime(2027, 1, 12, 10, 0, tzinfo=PHNOM_PENH),
    datetime.datetime(2027, 1, 12, 12, 0, tzinfo=PHNOM_PENH),
)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Tuesday, 12 January 2027 10:00 – 12:00 ICT (12:00 – 14:00 JST)"),
        ("ja", "2027年1月12日火曜日 10:00～12:00 ICT (12:00～14:00 JST)"),
        # 24-hour and in Khmer digits, as Cambodian official sites write times.
        ("km", "អង្គារ ១២ មករា ២០២៧ ១០:០០ - ១២:០០ ICT (១២:០០ - ១៤:០០ JST)"),
    ],
)
def test_phnom_penh_time_with_tokyo_beside_it(language, expected):
    occurrence = first_date(PHNOM_PENH, *TWO_HOURS_IN_PHNOM_PENH)

    text, _element = shown(occurrence, language=language)

    assert text == expected


def test_zones_are_named_in_full_for_those_who_hover_or_listen():
    occurrence = first_date(PHNOM_PENH, *TWO_HOURS_IN_PHNOM_PENH)

    _text, when = shown(occurrence)

    assert [(abbr.text, abbr["title"]) for abbr in when.select("abbr")] == [
        ("ICT", "Indochina Time"),
        ("JST", "Japan Standard Time"),
    ]
    assert when.time["datetime"] == "2027-01-12T10:00+07:00"


def test_a_visitor_may_read_every_time_in_tokyo_time():
    occurrence = first_date(PHNOM_PENH, *TWO_HOURS_IN_PHNOM_PENH)

    text, when = shown(occurrence, tz="Asia/Tokyo")

    assert text == "Tuesday, 12 January 2027 12:00 – 14:00 JST (10:00 – 12:00 ICT)"
    assert when.time["datetime"] == "2027-01-12T12:00+09:00"


@pytest.mark.parametrize(
    ("month", "expected"),
    [
        (1, "Tuesday, 12 January 2027 10:00 – 12:00 CET (16:00 – 18:00 ICT, "),
        (7, "Monday, 12 July 2027 10:00 – 12:00 CEST (15:00 – 17:00 ICT, "),
    ],
)
def test_a_european_zone_uses_its_own_abbreviation_and_both_exchange_zones(
    month, expected
):
    day = 12
    occurrence = first_date(
        PARIS,
        datetime.datetime(2027, month, day, 10, 0, tzinfo=PARIS),
        datetime.datetime(2027, month, day, 12, 0, tzinfo=PARIS),
    )
    tokyo = "18:00 – 20:00 JST)" if month == 1 else "17:00 – 19:00 JST)"

    text, _element = shown(occurrence)

    assert text == expected + tokyo


def utc(*fields):
    """An instant as the database stores it."""
    return datetime.datetime(*fields, tzinfo=datetime.UTC)


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        # The last Sunday of October: the clocks read 02:00–03:00 twice, CEST then CET.
        (
            utc(2027, 10, 31, 0, 30),
            utc(2027, 10, 31, 1, 30),
            "Sunday, 31 October 2027 02:30 CEST – 02:30 CET "
            "(07:30 – 08:30 ICT, 09:30 – 10:30 JST)",
        ),
        # The last Sunday of March: the clocks skip from 02:00 to 03:00.
        (
            utc(2027, 3, 28, 0, 30),
            utc(2027, 3, 28, 1, 30),
            "Sunday, 28 March 2027 01:30 CET – 03:30 CEST "
            "(07:30 – 08:30 ICT, 09:30 – 10:30 JST)",
        ),
    ],
    ids=["autumn", "spring"],
)
def test_each_end_names_its_own_offset_when_the_clocks_change(start, end, expected):
    occurrence = first_date(PARIS, start, end)

    text, _element = shown(occurrence)

    assert text == expected


def test_an_event_that_ends_in_another_offset_is_named_by_its_end_s_zone_name():
    occurrence = first_date(PARIS, utc(2027, 10, 31, 0, 30), utc(2027, 10, 31, 1, 30))

    _text, when = shown(occurrence)

    assert when.select_one(".when__time abbr")["title"] == (
        "Central European Standard Time"
    )


def test_the_other_zone_names_its_own_date_when_midnight_falls_between():
    occurrence = first_date(
        PHNOM_PENH,
        datetime.datetime(2027, 1, 31, 23, 0, tzinfo=PHNOM_PENH),
        datetime.datetime(2027, 1, 31, 23, 30, tzinfo=PHNOM_PENH),
    )

    text, _element = shown(occurrence)

    assert text == (
        "Sunday, 31 January 2027 23:00 – 23:30 ICT (1 February, 01:00 – 01:30 JST)"
    )


def test_timed_event_over_several_days():
    occurrence = first_date(
        TOKYO,
        datetime.datetime(2027, 3, 1, 9, 0, tzinfo=TOKYO),
        datetime.datetime(2027, 3, 3, 17, 0, tzinfo=TOKYO),
    )

    text, _element = shown(occurrence)

    assert text == (
        "1–3 March 2027 1 March, 09:00 – 3 March, 17:00 JST "
        "(1 March, 07:00 – 3 March, 15:00 ICT)"
    )


ALL_DAY_WEEK = (
    datetime.datetime(2019, 12, 15, 0, 0, tzinfo=PHNOM_PENH),
    # An all-day event ends at midnight after its last day.
    datetime.datetime(2019, 12, 22, 0, 0, tzinfo=PHNOM_PENH),
)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "15–21 December 2019"),
        ("ja", "2019年12月15日～21日"),
        ("km", "១៥ – ២១ ធ្នូ ២០១៩"),
    ],
)
def test_all_day_event_over_several_days_reads_naturally(language, expected):
    occurrence = first_date(PHNOM_PENH, *ALL_DAY_WEEK, all_day=True)

    text, when = shown(occurrence, language=language)

    assert text == expected
    assert when.time["datetime"] == "2019-12-15"


@pytest.mark.parametrize(
    ("first", "last", "expected"),
    [
        ((2019, 11, 28), (2019, 12, 3), "28 November – 3 December 2019"),
        ((2019, 12, 30), (2020, 1, 2), "30 December 2019 – 2 January 2020"),
    ],
)
def test_all_day_ranges_across_months_and_years(first, last, expected):
    occurrence = first_date(
        TOKYO,
        datetime.datetime(*first, tzinfo=TOKYO),
        datetime.datetime(*last, tzinfo=TOKYO) + datetime.timedelta(days=1),
        all_day=True,
    )

    assert shown(occurrence)[0] == expected


def test_all_day_dates_stay_the_event_s_own_in_another_zone():
    holiday = first_date(
        TOKYO,
        datetime.datetime(2027, 5, 3, 0, 0, tzinfo=TOKYO),
        datetime.datetime(2027, 5, 4, 0, 0, tzinfo=TOKYO),
        all_day=True,
    )

    assert shown(holiday, tz="Asia/Phnom_Penh")[0] == "Monday, 3 May 2027"


def test_the_zone_choice_is_a_bookmarkable_link_on_the_event_page(client, event_index):
    add_event(
        event_index,
        "Water forum",
        start=datetime.datetime(2027, 1, 12, 10, 0, tzinfo=PHNOM_PENH),
        venue=make_venue(),
    )

    def page(query):
        soup = BeautifulSoup(
            client.get(f"/en/events/water-forum/{query}").content, "html.parser"
        )
        when = soup.select_one(".event-facts__when")
        switcher = soup.select_one("nav.zone-switcher")
        return (
            " ".join(when.get_text().split()),
            {a.get_text(strip=True): a["href"] for a in switcher.select("a")},
            switcher.select_one("[aria-current]").get_text(strip=True),
        )

    in_tokyo = page("?tz=Asia/Tokyo")
    unknown_zone = page("?tz=Mars/Olympus")

    assert in_tokyo == (
        "Tuesday, 12 January 2027 12:00 – 14:00 JST (10:00 – 12:00 ICT)",
        {
            "Each event’s local time": "?",
            "Cambodia Time (ICT)": "?tz=Asia%2FPhnom_Penh",
            "Japan Time (JST)": "?tz=Asia%2FTokyo",
        },
        "Japan Time (JST)",
    )
    assert unknown_zone[0] == (
        "Tuesday, 12 January 2027 10:00 – 12:00 ICT (12:00 – 14:00 JST)"
    )
    assert unknown_zone[2] == "Each event’s local time"
