"""Repeat rules as stored (RFC 5545 text valid beside DTSTART;TZID) and their limits."""

import datetime
import types
import zoneinfo

import pytest
from django.core.exceptions import ValidationError

from events import recurrence, rules
from tests.factories.events import TOKYO

PARIS = zoneinfo.ZoneInfo("Europe/Paris")
UTC = datetime.UTC

EDITOR_CHOICES = [
    {"frequency": "DAILY"},
    {"frequency": "WEEKLY", "interval": 2, "weekdays": ["TU", "TH"], "count": 6},
    {"frequency": "MONTHLY", "weekdays": ["SA"], "week_of_month": 2, "count": 12},
    {"frequency": "MONTHLY", "weekdays": ["FR"], "week_of_month": -1},
    {"frequency": "MONTHLY", "until": datetime.date(2027, 12, 11)},
    {"frequency": "YEARLY", "interval": 3, "until": datetime.date(2040, 1, 1)},
]


@pytest.mark.parametrize("all_day", [False, True])
@pytest.mark.parametrize("choices", EDITOR_CHOICES)
def test_every_editor_choice_reads_back_as_chosen(choices, all_day):
    text = rules.build_rule(**choices, zone=PARIS, all_day=all_day)

    expected = {
        "interval": 1,
        "weekdays": [],
        "week_of_month": None,
        "count": None,
        "until": None,
        **choices,
    }
    assert rules.parse_rule(text, PARIS) == expected
    assert rules.is_editable(text, PARIS, all_day)


@pytest.mark.parametrize(
    ("until", "stored"),
    [
        # The end of the day in Paris: 23:59:59 CET is 22:59:59 UTC in winter,
        (datetime.date(2027, 3, 27), "UNTIL=20270327T225959Z"),
        # and 23:59:59 CEST is 21:59:59 UTC once the clocks have gone forward.
        (datetime.date(2027, 3, 28), "UNTIL=20270328T215959Z"),
    ],
)
def test_a_timed_series_ends_at_the_end_of_its_last_day_in_utc(until, stored):
    assert rules.build_rule("DAILY", zone=PARIS, until=until) == f"FREQ=DAILY;{stored}"


def test_an_all_day_series_ends_on_a_date():
    text = rules.build_rule(
        "WEEKLY", zone=PARIS, until=datetime.date(2027, 4, 3), all_day=True
    )

    assert text == "FREQ=WEEKLY;UNTIL=20270403"


def test_an_imported_until_keeps_its_instant_or_becomes_a_date():
    tokyo_evening = datetime.datetime(2027, 6, 8, 18, 0, tzinfo=TOKYO)

    assert rules.until_value(tokyo_evening, TOKYO, False) == datetime.datetime(
        2027, 6, 8, 9, 0, tzinfo=UTC
    )
    assert rules.until_value(tokyo_evening, TOKYO, True) == datetime.date(2027, 6, 8)


def test_an_imported_rule_the_editor_cannot_express_is_not_editable():
    assert not rules.is_editable("FREQ=MONTHLY;BYMONTHDAY=1,15", PARIS, False)


def series(rrule, start=datetime.datetime(2027, 1, 4, 10, 0, tzinfo=PARIS)):
    return types.SimpleNamespace(
        start=start,
        end=start + datetime.timedelta(hours=2),
        all_day=False,
        zone=PARIS,
        rrule=rrule,
        status="confirmed",
    )


@pytest.mark.parametrize(
    ("rrule", "message"),
    [
        ("FREQ=DAILY;INTERVAL=0", "A repeat rule must repeat at least every 1 time."),
        (
            "FREQ=MINUTELY",
            "Events can repeat daily, weekly, monthly or yearly, not “MINUTELY”.",
        ),
        (
            "FREQ=DAILY;COUNT=3;UNTIL=20300101T000000Z",
            "A repeat rule gives an end date or a number of times, not both.",
        ),
        ("FREQ=DAILY;COUNT=5000", "An event can repeat from 1 to 1000 times."),
        (
            "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30",
            "This repeat rule never produces a date. Check the end date or the number of times.",
        ),
        (
            "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29;COUNT=1000",
            "This repeat rule does not reach its number of times within 20 years.",
        ),
        (
            "FREQ=DAILY;BYSETPOS=0",
            "This repeat rule cannot be read: bysetpos must be between 1 and 366, "
            "or between -366 and -1",
        ),
    ],
)
def test_rules_no_public_calendar_can_carry_are_refused(rrule, message):
    with pytest.raises(ValidationError) as refused:
        recurrence.validate_rule(series(rrule))

    assert refused.value.messages == [message]


def test_a_far_window_of_an_endless_series_lists_its_dates():
    meeting = series("FREQ=MONTHLY;BYDAY=2TU")

    found = recurrence.occurrences(
        meeting,
        [],
        datetime.datetime(2199, 12, 1, tzinfo=UTC),
        datetime.datetime(2200, 1, 1, tzinfo=UTC),
    )

    assert [o.start for o in found] == [
        datetime.datetime(2199, 12, 10, 9, 0, tzinfo=UTC)
    ]


def test_restarting_a_monthly_rule_keeps_the_31st():
    rent = series(
        "FREQ=MONTHLY", start=datetime.datetime(2027, 1, 31, 10, tzinfo=PARIS)
    )

    found = recurrence.occurrences(
        rent,
        [],
        datetime.datetime(2030, 1, 1, tzinfo=UTC),
        datetime.datetime(2030, 6, 1, tzinfo=UTC),
    )

    assert [o.start.astimezone(PARIS).date().isoformat() for o in found] == [
        "2030-01-31",
        "2030-03-31",
        "2030-05-31",
    ]


def test_a_window_yields_at_most_its_limit():
    daily = series("FREQ=DAILY")

    found = recurrence.occurrences(
        daily,
        [],
        datetime.datetime(2027, 1, 1, tzinfo=UTC),
        datetime.datetime(2047, 1, 1, tzinfo=UTC),
    )

    assert len(found) == recurrence.MAX_OCCURRENCES


def test_a_long_series_ends_when_its_rule_says():
    daily = series(
        rules.build_rule("DAILY", zone=PARIS, until=datetime.date(2030, 12, 31))
    )

    # 10:00 to 12:00 in Paris on the last day, in winter time.
    assert recurrence.series_end(daily, []) == datetime.datetime(
        2030, 12, 31, 11, 0, tzinfo=UTC
    )
