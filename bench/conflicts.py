"""How the delegation planner's conflict check scales with the itinerary.

    .venv/bin/python bench/conflicts.py                # 50, 500 and 5,000 items
    .venv/bin/python bench/conflicts.py 100 1000 10000 # other sizes

The checks work on plain data (delegations/plain.py), so no database is needed: the
script builds itineraries of each size for 20 members (eight items a day, a subgroup at
every third item, an overlap at every fifth, a shinkansen leg between Tokyo and Nagano
days, both countries' holidays), runs every rule, and prints the time per item and the
growth from the last size but one to the last (about the size ratio when the check is
linear). Beside it, in the same run, a naive all-pairs overlap check over the same items
shows the growth a check of every pair has (about the square of the ratio). Times
are CPU time of this process (best of three), so a busy machine skews them less. Prints
figures only: times depend on the machine. The all-pairs baseline at 5,000 items takes
several seconds.
"""

import dataclasses
import datetime
import os
import sys
import time
import zoneinfo
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MEMBERS = 20
ITEMS_PER_DAY = 8
TOKYO = zoneinfo.ZoneInfo("Asia/Tokyo")


def write(line=""):
    sys.stdout.write(f"{line}\n")
    sys.stdout.flush()


def build_plan(size):
    from delegations.enums import City, ItemKind, TravelMode
    from delegations.plain import Plan, PlanItem, TravelTable, Visit, public_holidays

    first_day = datetime.date(2027, 4, 1)
    items = []
    for number in range(size):
        day, slot = divmod(number, ITEMS_PER_DAY)
        city = City.TOKYO if day % 2 == 0 else City.NAGANO
        start = datetime.datetime.combine(
            first_day + datetime.timedelta(days=day), datetime.time(8), TOKYO
        ) + datetime.timedelta(minutes=90 * slot - (45 if number % 5 == 4 else 0))
        fields = {
            "uid": f"item-{number}",
            "title": f"Item {number}",
            "kind": ItemKind.MEETING,
            "start": start,
            "end": start + datetime.timedelta(hours=1),
            "zone": "Asia/Tokyo",
            "start_city": city,
            "end_city": city,
            "country": "JP",
            "attendees": frozenset(
                range(number % MEMBERS, number % MEMBERS + 5) if number % 3 else ()
            ),
            "resources": frozenset({("organisation", number % 7)}),
        }
        if slot == ITEMS_PER_DAY - 1:  # the evening leg to tomorrow's city
            other = City.NAGANO if city == City.TOKYO else City.TOKYO
            fields.update(
                kind=ItemKind.TRAVEL,
                end_city=other,
                mode=TravelMode.SHINKANSEN,
                resources=frozenset(),
            )
        items.append(PlanItem(**fields))
    last_day = first_day + datetime.timedelta(days=size // ITEMS_PER_DAY)
    return Plan(
        items=tuple(items),
        members={number: f"Member {number}" for number in range(MEMBERS)},
        visit=Visit(first_day, last_day, "Asia/Tokyo"),
        travel=TravelTable({(City.TOKYO, City.NAGANO, TravelMode.SHINKANSEN): 105}),
        holidays=public_holidays(
            {"JP"}, range(first_day.year, last_day.year + 1), "en"
        ),
        other_bookings=tuple(
            dataclasses.replace(item, uid=f"other-{item.uid}", delegation_id=2)
            for item in items[::10]
        ),
        resource_names={("organisation", n): f"Organisation {n}" for n in range(7)},
    )


def all_pairs_overlaps(items, members):
    """The baseline: every pair of items, each member they share that overlaps."""
    everyone = frozenset(members)
    clashes = 0
    for position, first in enumerate(items):
        for second in items[position + 1 :]:
            if first.start < second.end and second.start < first.end:
                clashes += len(
                    (first.attendees or everyone) & (second.attendees or everyone)
                )
    return clashes


def best_of(runs, function, *args):
    """The least CPU time of ``runs`` calls: this process's own time, so the other
    work on a busy machine does not count, and the result of the last call."""
    times = []
    for _run in range(runs):
        started = time.process_time()
        result = function(*args)
        times.append(time.process_time() - started)
    return min(times), result


def main(sizes):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from delegations.conflicts import find_conflicts, member_overlaps

    checks, sweeps, pairs = {}, {}, {}
    write(
        f"{'items':>7} {'conflicts':>9} {'check s':>8} {'µs/item':>8} "
        f"{'sweep s':>8} {'all-pairs s':>11} {'µs/item':>8}"
    )
    for size in sizes:
        plan = build_plan(size)
        checks[size], conflicts = best_of(3, find_conflicts, plan)
        sweeps[size], _found = best_of(3, member_overlaps, plan.items, plan.members)
        pairs[size], _clashes = best_of(1, all_pairs_overlaps, plan.items, plan.members)
        write(
            f"{size:>7} {len(conflicts):>9} {checks[size]:>8.3f} "
            f"{checks[size] / size * 1e6:>8.1f} {sweeps[size]:>8.3f} "
            f"{pairs[size]:>11.3f} {pairs[size] / size * 1e6:>8.1f}"
        )
    if len(sizes) > 1:
        previous, last = sizes[-2], sizes[-1]
        write()
        write(f"Growth {previous:,} → {last:,} items (linear: x{last / previous:.1f})")
        write(f"  whole check:               x{checks[last] / checks[previous]:.1f}")
        write(f"  member overlaps, sweep:    x{sweeps[last] / sweeps[previous]:.1f}")
        write(f"  member overlaps, all pairs: x{pairs[last] / pairs[previous]:.1f}")


if __name__ == "__main__":
    main([int(size) for size in sys.argv[1:]] or [50, 500, 5000])
