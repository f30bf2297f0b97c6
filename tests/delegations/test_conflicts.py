"""Each conflict rule over plain data: one case that warns and one that does not."""

import datetime

from django.test import override_settings
from django.utils import translation

from delegations.conflicts import (
    double_bookings,
    holiday_items,
    items_outside_days,
    member_overlaps,
    overlapping_pairs,
    travel_gaps,
    unusual_hours,
)
from delegations.enums import City, ConflictKind, ItemKind, TravelMode
from delegations.plain import PlanItem, TravelTable, Visit, public_holidays
from tests.delegations.factories import PHNOM_PENH, TOKYO

MEMBERS = {1: "Heng Sour", 2: "Sok Chenda", 3: "Tanaka Yuki"}
TABLE = TravelTable({(City.TOKYO, City.SHIMONOSEKI, TravelMode.SHINKANSEN): 300})


def at(day, hour, minute=0, zone=TOKYO, month=5, year=2024):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=zone)


def item(uid, start, end, *, city=City.TOKYO, **fields):
    zone = start.tzinfo.key
    values = {
        "title": uid.title(),
        "kind": ItemKind.MEETING,
        "zone": zone,
        "start_city": city,
        "end_city": city,
        "country": "JP" if zone == "Asia/Tokyo" else "KH",
    }
    return PlanItem(uid=uid, start=start, end=end, **(values | fields))


def leg(uid, start, end, start_city, end_city, mode=TravelMode.SHINKANSEN):
    return item(
        uid,
        start,
        end,
        kind=ItemKind.TRAVEL,
        start_city=start_city,
        end_city=end_city,
        mode=mode,
        arrival_zone=end.tzinfo.key,
    )


def test_items_touching_at_the_hour_do_not_overlap():
    first = item("briefing", at(14, 9), at(14, 10))
    second = item("meeting", at(14, 10), at(14, 11))
    third = item("lunch", at(14, 10, 30), at(14, 12))

    pairs = overlapping_pairs([first, second, third], lambda item: ["hall"])

    assert [(key, a.uid, b.uid) for key, a, b in pairs] == [
        ("hall", "meeting", "lunch")
    ]


def test_a_member_in_two_items_at_once_is_named_once_for_the_pair():
    items = [
        item("call", at(14, 9), at(14, 10), attendees=frozenset({1, 3})),
        item("visit", at(14, 9, 30), at(14, 11), attendees=frozenset({3})),
    ]

    (conflict,) = member_overlaps(items, MEMBERS)

    assert conflict.kind == ConflictKind.MEMBER_OVERLAP
    assert conflict.item_uids == ("call", "visit")
    assert conflict.message == "Tanaka Yuki cannot attend both “Call” and “Visit”."


def test_everyone_attends_an_item_without_attendees():
    items = [
        item("call", at(14, 9), at(14, 10)),
        item("visit", at(14, 9, 30), at(14, 11), attendees=frozenset({2})),
    ]

    (conflict,) = member_overlaps(items, MEMBERS)

    assert conflict.message == "Sok Chenda cannot attend both “Call” and “Visit”."


def test_members_split_into_two_groups_do_not_clash():
    items = [
        item("call", at(14, 9), at(14, 10), attendees=frozenset({1})),
        item("visit", at(14, 9), at(14, 10), attendees=frozenset({2, 3})),
        item("hotel", at(14, 8), at(15, 8), kind=ItemKind.ACCOMMODATION),
    ]

    assert member_overlaps(items, MEMBERS) == []


def test_a_change_of_city_without_travel_warns():
    items = [
        item("tokyo", at(16, 9), at(16, 10)),
        item("shimonoseki", at(16, 12), at(16, 13), city=City.SHIMONOSEKI),
    ]

    (conflict,) = travel_gaps(items, TABLE)

    assert conflict.kind == ConflictKind.NO_TRAVEL
    assert conflict.message == (
        "No travel from Tokyo to Shimonoseki between “Tokyo” and “Shimonoseki”."
    )


def test_a_leg_shorter_than_the_table_warns_and_a_long_enough_one_does_not():
    def itinerary(hours_between):
        meeting_end = at(16, 10)
        arrival = meeting_end + datetime.timedelta(hours=hours_between)
        return [
            item("tokyo", at(16, 9), meeting_end),
            leg("nozomi", at(16, 10, 15), arrival, City.TOKYO, City.SHIMONOSEKI),
            item(
                "shimonoseki",
                arrival,
                arrival + datetime.timedelta(hours=1),
                city=City.SHIMONOSEKI,
            ),
        ]

    (conflict,) = travel_gaps(itinerary(4), TABLE)

    assert conflict.kind == ConflictKind.TOO_LITTLE_TIME
    assert conflict.item_uids == ("nozomi",)
    assert conflict.message == (
        "Tokyo → Shimonoseki (Shinkansen) usually takes 5 h 00 min door to door, "
        "but “Tokyo” and “Shimonoseki” are only 4 h 00 min apart."
    )
    assert travel_gaps(itinerary(5.5), TABLE) == []


def test_holidays_of_both_countries_are_named_in_the_planners_language():
    constitution_day = item("jp", at(3, 10), at(3, 11))
    kings_birthday = item(
        "kh", at(14, 10, zone=PHNOM_PENH), at(14, 11, zone=PHNOM_PENH)
    )
    ordinary_day = item("kh2", at(15, 10, zone=PHNOM_PENH), at(15, 11, zone=PHNOM_PENH))
    items = [constitution_day, kings_birthday, ordinary_day]

    english = holiday_items(items, public_holidays({"JP", "KH"}, {2024}, "en"))
    with translation.override("ja"):
        japanese = holiday_items(items, public_holidays({"JP", "KH"}, {2024}, "ja"))

    assert [c.message for c in english] == [
        "“Jp” is on Constitution Day (3 May 2024), a public holiday in Japan.",
        "“Kh” is on HM King Norodom Sihamoni's Birthday (14 May 2024), a public "
        "holiday in Cambodia.",
    ]
    assert "憲法記念日" in japanese[0].message
    # The package names Cambodia's holidays in Khmer and English only.
    assert "HM King Norodom Sihamoni's Birthday" in japanese[1].message


def test_khmer_names_the_kings_birthday_in_khmer():
    calendar = public_holidays({"KH"}, {2024}, "km")

    assert calendar.name("KH", datetime.date(2024, 5, 14)).startswith("ព្រះរាជពិធី")


def test_travel_and_hotels_on_a_holiday_do_not_warn():
    items = [
        leg("flight", at(3, 10), at(3, 12), City.HANEDA, City.UBE, TravelMode.FLIGHT),
        item("hotel", at(3, 18), at(4, 9), kind=ItemKind.ACCOMMODATION),
    ]

    assert holiday_items(items, public_holidays({"JP"}, {2024}, "en")) == []


def test_items_outside_the_delegations_days_warn_in_the_host_zone():
    visit = Visit(
        datetime.date(2024, 5, 13), datetime.date(2024, 5, 21), "Asia/Phnom_Penh"
    )
    items = [
        # 07:00 JST on the 13th is 05:00 in Phnom Penh: inside.
        item("early", at(13, 7), at(13, 8)),
        # 00:30 JST on the 13th is still the 12th in Phnom Penh.
        item("too-early", at(13, 0, 30), at(13, 1, 30)),
        # Ending at midnight ends on the last day.
        item("late", at(21, 23, zone=PHNOM_PENH), at(22, 0, zone=PHNOM_PENH)),
        item("too-late", at(21, 23, zone=PHNOM_PENH), at(22, 0, 30, zone=PHNOM_PENH)),
    ]

    conflicts = items_outside_days(items, visit)

    assert [c.item_uids for c in conflicts] == [("too-early",), ("too-late",)]
    assert conflicts[0].message == (
        "“Too-Early” falls outside the delegation's days, 13 May 2024 to 21 May 2024."
    )


def test_unusual_local_hours_warn_and_the_bounds_are_usual():
    items = [
        item("breakfast", at(14, 6, 30), at(14, 7, 30), kind=ItemKind.MEAL),
        item("dinner", at(14, 19), at(14, 22), kind=ItemKind.MEAL),
        item("morning", at(14, 7), at(14, 8)),
        item("karaoke", at(14, 21), at(14, 22, 30)),
        leg(
            "red-eye",
            at(14, 23, 35, zone=PHNOM_PENH),
            at(15, 7, 45),
            City.PHNOM_PENH,
            City.NARITA,
            TravelMode.FLIGHT,
        ),
    ]

    conflicts = unusual_hours(items, (7, 22))

    assert [c.message for c in conflicts] == [
        "“Breakfast” is at an unusual hour: 06:30–07:30 local time.",
        "“Karaoke” is at an unusual hour: 21:00–22:30 local time.",
    ]
    assert unusual_hours(items[:1], (6, 22)) == []


@override_settings(KIZUNA_UNUSUAL_HOURS=(8, 20))
def test_the_usual_hours_come_from_the_settings(db):
    from delegations.conflicts import check_itinerary
    from tests.delegations.factories import add_item, make_delegation

    delegation = make_delegation(host_time_zone="Asia/Tokyo")
    add_item(delegation, "Morning call", at(14, 7, 30), city=City.TOKYO)

    (conflict,) = check_itinerary(delegation)

    assert conflict.kind == ConflictKind.UNUSUAL_HOURS


def test_a_counterpart_booked_by_another_delegation_at_the_same_time_warns():
    minister = ("person", 7)
    ours = [item("call", at(14, 9), at(14, 10), resources=frozenset({minister}))]
    theirs = [
        item(
            "their-call",
            at(14, 9, 30),
            at(14, 10, 30),
            resources=frozenset({minister}),
            delegation_id=2,
            delegation_name="Nagano mission",
        ),
        item(
            "their-lunch",
            at(14, 10),
            at(14, 11),
            resources=frozenset({minister}),
            delegation_id=2,
            delegation_name="Nagano mission",
        ),
    ]

    (conflict,) = double_bookings(ours, theirs, {minister: "H.E. Heng Sour"})

    assert conflict.kind == ConflictKind.DOUBLE_BOOKED
    assert conflict.item_uids == ("call", "their-call")
    assert conflict.message == (
        "H.E. Heng Sour is also booked by “Nagano mission” for “Their-Call” "
        "during “Call”."
    )


def test_a_venue_used_twice_by_the_same_delegation_is_not_a_double_booking():
    hall = ("venue", 3)
    ours = [
        item("a", at(14, 9), at(14, 10), resources=frozenset({hall})),
        item("b", at(14, 9), at(14, 10), resources=frozenset({hall})),
    ]

    assert double_bookings(ours, [], {hall: "Hall"}) == []
