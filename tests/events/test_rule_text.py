"""A repeat rule spelled out in the editor's language."""

import datetime

import pytest
from django.utils import translation

from events.rule_text import describe_rule
from tests.factories.events import PHNOM_PENH

SECOND_SATURDAY = (
    "FREQ=MONTHLY;UNTIL=20271211T165959Z;BYDAY=2SA",
    datetime.datetime(2027, 1, 9, 14, 0, tzinfo=PHNOM_PENH),
)
TWO_WEEKLY = (
    "FREQ=WEEKLY;COUNT=6;INTERVAL=2;BYDAY=TU,TH",
    datetime.datetime(2027, 1, 5, 9, 0, tzinfo=PHNOM_PENH),
)
DAILY = ("FREQ=DAILY", datetime.datetime(2027, 1, 5, 9, 0, tzinfo=PHNOM_PENH))
YEARLY = ("FREQ=YEARLY", datetime.datetime(2027, 12, 15, 9, 0, tzinfo=PHNOM_PENH))


@pytest.mark.parametrize(
    "language, rule, words",
    [
        ("en", SECOND_SATURDAY, "every second Saturday until 11 December 2027"),
        ("en", TWO_WEEKLY, "every 2 weeks on Tuesday and Thursday, 6 times"),
        ("en", DAILY, "every day"),
        ("en", YEARLY, "every year on 15 December"),
        ("ja", SECOND_SATURDAY, "毎月第2土曜日（2027年12月11日まで）"),
        ("ja", TWO_WEEKLY, "2週間ごとの火曜日、木曜日（6回）"),
        ("ja", DAILY, "毎日"),
        ("ja", YEARLY, "毎年12月15日"),
        ("km", SECOND_SATURDAY, "ថ្ងៃសៅរ៍ទី២ រៀងរាល់ខែ រហូតដល់ ១១ ធ្នូ ២០២៧"),
        (
            "km",
            TWO_WEEKLY,
            "រៀងរាល់ ២ សប្តាហ៍ នៅថ្ងៃអង្គារ និង\u200bថ្ងៃព្រហស្បតិ៍ ចំនួន ៦ ដង",
        ),
        ("km", DAILY, "រៀងរាល់ថ្ងៃ"),
        ("km", YEARLY, "រៀងរាល់ឆ្នាំ នៅថ្ងៃទី ១៥ ធ្នូ"),
    ],
)
def test_a_rule_in_words(language, rule, words):
    text, start = rule
    with translation.override(language):
        assert describe_rule(text, start, PHNOM_PENH) == words


def test_a_weekly_rule_without_days_names_the_start_weekday():
    start = datetime.datetime(2027, 1, 5, 9, 0, tzinfo=PHNOM_PENH)

    with translation.override("en"):
        assert (
            describe_rule("FREQ=WEEKLY", start, PHNOM_PENH) == "every week on Tuesday"
        )


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=YEARLY;BYMONTH=3,9",
        "FREQ=MONTHLY;BYDAY=1MO,-1FR",
        "FREQ=MONTHLY;BYSETPOS=2",
    ],
)
def test_a_rule_saying_more_than_the_words_is_not_described(rule):
    start = datetime.datetime(2027, 1, 5, 9, 0, tzinfo=PHNOM_PENH)

    with translation.override("en"):
        assert describe_rule(rule, start, PHNOM_PENH) is None
