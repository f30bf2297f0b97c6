"""bench/load.py's checks: what the database holds after the load, and every pass
criterion as (passed, description)."""

import psycopg

# After PostgreSQL answers again, requests must succeed within this many seconds.
RECOVERY_SECONDS = 5
REDIS_WARNING = "rate limits are not enforced"


def database_check(url):
    """(token and school name of each registration the load made, the programmes
    holding more students than their places)."""
    with psycopg.connect(url) as connection:
        rows = connection.execute(
            "SELECT idempotency_key::text, school_name FROM exchanges_registration "
            "WHERE school_name LIKE 'Load school %%'"
        ).fetchall()
        oversold = connection.execute(
            "SELECT p.page_ptr_id, p.capacity, SUM(r.places_held + r.places_offered) "
            "FROM exchanges_exchangeprogrammepage p JOIN exchanges_registration r "
            "ON r.programme_id = p.page_ptr_id WHERE r.state IN ('confirmed', 'waiting') "
            "GROUP BY p.page_ptr_id, p.capacity "
            "HAVING SUM(r.places_held + r.places_offered) > p.capacity"
        ).fetchall()
    return rows, oversold


def judge(results, outcomes, rows, oversold, faults, log, processes):
    """Every check as (passed, description)."""
    checks = []
    window = None
    if faults:
        begin = faults.times["postgres stopping"]
        end = faults.times["postgres started"] + RECOVERY_SECONDS
        window = (begin, end)

    def during_outage(r):
        # A request in flight when PostgreSQL stops fails too.
        return window and r.started + r.seconds >= window[0] and r.started <= window[1]

    in_window = [r for r in results if during_outage(r)]
    outside = [r for r in results if not during_outage(r)]
    bad = [r for r in outside if r.status >= 500 or r.status == 0]
    checks.append(
        (
            not bad,
            f"no 5xx or cut connection outside the outage: {len(bad)} "
            + " ".join(f"({r.kind} {r.status} at {r.started:.1f} s)" for r in bad[:5]),
        )
    )
    errors = [r for r in in_window if r.status >= 500 or r.status == 0]
    unfriendly = [r for r in errors if not r.friendly]
    tokens = [token for token, _name in rows]
    names = [name for _token, name in rows]
    duplicated = len(tokens) - len(set(tokens)) + len(names) - len(set(names))
    lost = set(outcomes.registered) - set(tokens)
    unasked = set(tokens) - set(outcomes.registered)
    checks += [
        (
            len(rows) == len(outcomes.registered) and not lost and not unasked,
            f"registrations made {len(rows)} == forms answered 303 "
            f"{len(outcomes.registered)} (lost {len(lost)}, made unanswered {len(unasked)})",
        ),
        (not duplicated, f"no duplicated school or token: {duplicated}"),
        (
            not outcomes.resent_elsewhere,
            f"resent forms reach their first registration: {outcomes.resent} resent, "
            f"{outcomes.resent_elsewhere} elsewhere",
        ),
        (not oversold, f"no programme over capacity: {oversold or 'none'}"),
        (bool(outcomes.registered), "some schools registered"),
    ]
    if faults:
        redis_down = [
            r
            for r in results
            if faults.times["redis stopped"]
            <= r.started
            < faults.times["redis started"]
        ]
        served = [r for r in redis_down if r.status < 400]
        failed = [r for r in redis_down if r.status >= 500 or r.status == 0]
        checks += [
            (
                bool(served) and not failed,
                f"with Redis down: {len(served)} requests served, {len(failed)} 5xx",
            ),
            (REDIS_WARNING in log, f"the log says “{REDIS_WARNING}”"),
            (
                bool(errors) and not unfriendly,
                f"503 friendly page while PostgreSQL is down: {len(errors)} 5xx, "
                f"{len(unfriendly)} not the friendly page",
            ),
        ]
        back = faults.times["postgres started"]
        recovered = [
            r.started
            for r in results
            if r.started >= back and r.kind == "register form" and r.status == 200
        ]
        first = min(recovered, default=None)
        checks.append(
            (
                first is not None and first - back <= RECOVERY_SECONDS,
                "database pages answer again "
                + (f"{first - back:.1f} s after PostgreSQL" if first else "never"),
            )
        )
        checks.append(
            (
                processes[0] == processes[1],
                "gunicorn (master and workers) and the task worker all still running: "
                f"{processes[0]} before, {processes[1]} after",
            )
        )
    return checks, len(errors)
