"""A mixed load on `make serve`, optionally with Redis stopped and PostgreSQL restarted.

    .venv/bin/python bench/load.py                   # 120 s of load
    .venv/bin/python bench/load.py --seconds 30 --faults
    make load                                        # 120 s with both faults

Starts a PostgreSQL cluster and a Redis server of its own on free ports (never the
machine's shared ones: those are the only ones the fault phases stop), migrates a fresh
database, loads the demo and runs `make serve` (production settings, gunicorn and the
task worker) against them. Reader threads ask for pages, full feeds, conditional feeds
and searches in the three languages; school threads open a programme's registration
form and send it (some twice, as a double click would). With ``--faults``, Redis is
stopped for a while a quarter of the way in, then PostgreSQL is restarted (cut, down
a few seconds, started again) past the middle.

Prints the counts, status codes and latency percentiles per kind, then checks, and
exits 1 if one fails:
- no 5xx, except 503s while PostgreSQL is down, and those are the friendly page;
- every form answered 303 made exactly one registration, and none was made without;
- no programme holds more students than its places;
- with Redis down pages are still served and the log says rate limits are off;
- after PostgreSQL is back, requests succeed again within 5 s (bench/load_checks.py),
  with gunicorn and the task worker still running.
"""

import argparse
import json
import re
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.load_checks import database_check, judge  # noqa: E402
from bench.load_traffic import (  # noqa: E402
    Client,
    Outcomes,
    Reader,
    School,
    open_programmes,
    run_until,
    seeded,
)
from bench.private_services import (  # noqa: E402
    PrivatePostgres,
    PrivateRedis,
    missing_tools,
)
from cms.demo.content.exchanges import PROGRAMMES  # noqa: E402
from tests.cms.servers import (  # noqa: E402
    free_port,
    manage,
    process_group,
    production_environment,
    start,
    stop,
)

DATABASE = "kizuna_load"
UNAVAILABLE_TITLE = "Briefly unavailable"
# What cms.request_log says of the page cache for each request.
CACHE_STATES = ("hit", "miss", "skip")


def write(line=""):
    sys.stdout.write(f"{line}\n")
    sys.stdout.flush()


def unavailable_markers():
    """The 503 page's title in every language (the body is in the request's)."""
    markers = [UNAVAILABLE_TITLE]
    for po in sorted((ROOT / "locale").glob("*/LC_MESSAGES/django.po")):
        with open(po, "rb") as source:
            message = read_po(source).get(UNAVAILABLE_TITLE)
        if message and message.string:
            markers.append(message.string)
    return markers


class Faults:
    """Stops Redis, then restarts PostgreSQL, at set points of the load, noting when."""

    def __init__(self, seconds, redis, postgres, clock):
        self.redis, self.postgres, self.clock = redis, postgres, clock
        self.redis_at = 0.15 * seconds
        self.redis_for = min(20.0, 0.25 * seconds)
        self.postgres_at = 0.55 * seconds
        self.postgres_for = min(8.0, max(3.0, 0.15 * seconds))
        self.times = {}

    def _at(self, moment):
        time.sleep(max(0.0, moment - self.clock()))

    def run(self):
        self._at(self.redis_at)
        self.redis.stop()
        self.times["redis stopped"] = self.clock()
        self._at(self.redis_at + self.redis_for)
        self.redis.start()
        self.times["redis started"] = self.clock()
        self._at(self.postgres_at)
        self.times["postgres stopping"] = self.clock()
        self.postgres.stop()
        self.times["postgres stopped"] = self.clock()
        self._at(self.postgres_at + self.postgres_for)
        self.postgres.start()
        self.times["postgres started"] = self.clock()


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def print_figures(results, seconds, log):
    write(
        f"\n{'kind':<15}{'count':>7}{'per s':>7}  {'p50':>7}{'p95':>7}{'p99':>7}  status"
    )
    for kind in sorted({r.kind for r in results}):
        mine = [r for r in results if r.kind == kind]
        latencies = [r.seconds * 1000 for r in mine]
        statuses = {}
        for r in mine:
            statuses[r.status] = statuses.get(r.status, 0) + 1
        codes = " ".join(f"{code}×{n}" for code, n in sorted(statuses.items()))
        write(
            f"{kind:<15}{len(mine):>7}{len(mine) / seconds:>7.1f}  "
            f"{percentile(latencies, 0.5):>6.0f}ms{percentile(latencies, 0.95):>5.0f}ms"
            f"{percentile(latencies, 0.99):>5.0f}ms  {codes}"
        )
    write(f"all            {len(results):>7}{len(results) / seconds:>7.1f}")
    caching = {
        state: len(re.findall(rf" cache={state}\b", log)) for state in CACHE_STATES
    }
    write(
        "page cache (the server's log): "
        + ", ".join(f"{state} {count}" for state, count in caching.items())
    )
    write(
        f"median of all  {statistics.median(r.seconds for r in results) * 1000:.0f} ms"
    )


def long_lived(pid):
    """How many task workers and gunicorn processes the server runs."""
    commands = [c for c in process_group(pid) if not c.startswith("/bin/sh")]
    return {
        "task worker": len([c for c in commands if "db_worker" in c]),
        "gunicorn": len([c for c in commands if "gunicorn cms.wsgi" in c]),
    }


def run(args, workdir):
    write("starting a private PostgreSQL and Redis, migrating, loading the demo…")
    postgres = PrivatePostgres(workdir / "postgres")
    redis = PrivateRedis(workdir / "redis")
    services = [postgres, redis]
    try:
        postgres.create(DATABASE)
        redis.start()
        return load(args, workdir, postgres, redis)
    finally:
        for service in services:
            service.stop()


def load(args, workdir, postgres, redis):
    port = free_port()
    env = production_environment(
        DATABASE_URL=postgres.url(DATABASE),
        REDIS_URL=redis.url,
        STATIC_ROOT=str(workdir / "static"),
        MEDIA_ROOT=str(workdir / "media"),
        KIZUNA_EXCHANGE_REGISTRATIONS_PER_HOUR="1000000",
    )
    began = time.monotonic()
    manage("migrate", "--noinput", env=env)
    manage("load_demo", "--image-width", "96", env=env)
    write(f"migrated and loaded the demo in {time.monotonic() - began:.0f} s")
    log_path = workdir / "serve.log"
    app = start(
        [
            "make",
            "-o",
            ".venv/.installed",
            "serve",
            f"HOST=127.0.0.1:{port}",
            f"GUNICORN_WORKERS={args.workers}",
        ],
        env,
        port,
        log_path,
        timeout=240,
    )
    write(f"make serve answered after {time.monotonic() - began:.0f} s")
    try:
        return drive(args, port, postgres, redis, app, log_path)
    finally:
        stop(app)
        if args.keep_log:
            shutil.copy(log_path, args.keep_log)


def drive(args, port, postgres, redis, app, log_path):
    results, outcomes, lock = [], Outcomes({}, {}), threading.Lock()
    markers = unavailable_markers()
    origin = time.monotonic()

    def clock():
        return time.monotonic() - origin

    probe = Client(port, [], clock, markers)
    programmes = open_programmes(probe, [p["slug"] for p in PROGRAMMES])
    if not programmes:
        raise RuntimeError("no exchange programme of the demo takes registrations")
    processes = [long_lived(app.pid)]
    write(
        f"load: {args.seconds} s, {args.readers} readers, {args.schools} schools, "
        f"gunicorn with {args.workers} workers; programmes {', '.join(programmes)}"
    )
    origin = time.monotonic()
    deadline = args.seconds
    threads = []
    for n in range(args.readers):
        reader = Reader(Client(port, results, clock, markers), seeded(f"reader{n}"))
        threads.append((deadline, reader.step))
    schools = []
    for n in range(args.schools):
        client = Client(port, results, clock, markers)
        school = School(
            client, seeded(f"school{n}"), f"s{n}", programmes, outcomes, lock
        )
        schools.append(school)
        threads.append((deadline, school.step))
    running = [
        threading.Thread(target=run_until, args=(end, clock, step), daemon=True)
        for end, step in threads
    ]
    faults = Faults(args.seconds, redis, postgres, clock) if args.faults else None
    if faults:
        running.append(threading.Thread(target=faults.run, daemon=True))
    for thread in running:
        thread.start()
    for thread in running:
        thread.join()
    # Forms still unsent (503 at the very end) are sent until they register.
    for school in schools:
        while school.pending and clock() < args.seconds + 15:
            school.step()
    processes.append(long_lived(app.pid))
    log = log_path.read_text(errors="replace")
    print_figures(results, args.seconds, log)
    if faults:
        write(
            "\nfaults (seconds from the start): "
            + ", ".join(f"{name} {moment:.1f}" for name, moment in faults.times.items())
        )
    rows, oversold = database_check(postgres.url(DATABASE))
    checks, outage_errors = judge(
        results, outcomes, rows, oversold, faults, log, processes
    )
    write()
    for passed, description in checks:
        write(f"{'PASS' if passed else 'FAIL'}  {description}")
    return {
        "passed": all(passed for passed, _ in checks),
        "checks": [{"passed": p, "check": d} for p, d in checks],
        "requests": len(results),
        "outage_errors": outage_errors,
        "registered": len(outcomes.registered),
        "registrations_in_database": len(rows),
        "faults": faults.times if faults else None,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument(
        "--faults", action="store_true", help="stop Redis, restart PostgreSQL"
    )
    parser.add_argument("--readers", type=int, default=4)
    parser.add_argument("--schools", type=int, default=2)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument("--report", type=Path, help="write the checks as JSON here")
    parser.add_argument("--keep-log", type=Path, help="copy the server's log here")
    args = parser.parse_args()
    missing = missing_tools()
    if missing:
        sys.exit(
            f"{', '.join(missing)} missing: apt-get install postgresql redis-server"
        )
    workdir = Path(tempfile.mkdtemp(prefix="kizuna-load-"))
    workdir.chmod(0o755)  # PostgreSQL's folder inside is the postgres user's
    try:
        summary = run(args, workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    if args.report:
        args.report.write_text(json.dumps(summary, indent=2))
    write("\nPASSED" if summary["passed"] else "\nFAILED")
    sys.exit(0 if summary["passed"] else 1)


if __name__ == "__main__":
    main()
