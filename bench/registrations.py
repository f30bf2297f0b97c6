"""Schools registering through the real form, beside the minimal view, on PostgreSQL.

    .venv/bin/python bench/registrations.py        # 5 s per figure
    .venv/bin/python bench/registrations.py 10     # 10 s

Needs PostgreSQL and Redis on 127.0.0.1. Builds a throwaway database (kizuna_bench_reg)
with two open programmes whose capacity no run fills, starts cms.settings.dev with DEBUG
off under gunicorn (4 sync workers, Redis as the shared cache, the per-address limit
raised through KIZUNA_EXCHANGE_REGISTRATIONS_PER_HOUR since every client shares one
address), then runs 1, 8 and 32 clients, each a thread with its own connection and
cookies. A registration is what a school's browser does: GET the form (for its CSRF
cookie and idempotency token), POST it, get the 303 to its registration. The minimal
view of bench/pages.py (same gunicorn, same clients, one GET) is measured just before
each figure; the ratio divides registrations/s by it. Last, 32 clients split over the
two programmes at once: the programme row lock serialises each programme's
registrations only, so both go on at the rate of one programme alone, or better.
Drops the database at the end. Prints figures only; takes about a minute.
"""

import http.client
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.pages import MINIMAL, add_minimal_view  # noqa: E402 -- after the path
from tests.cms.servers import (  # noqa: E402
    free_port,
    manage,
    production_environment,
    start,
    stop,
)

DATABASE = "kizuna_bench_reg"
REDIS = "redis://127.0.0.1:6379/12"
CLIENTS = (1, 8, 32)
PROGRAMMES = ("bench-exchange-a", "bench-exchange-b")
CONTENT = """
from tests.factories.exchanges import add_programme, add_programme_index
from tests.factories.pages import build_site
index = add_programme_index(build_site()[0])
for slug in {slugs!r}:
    add_programme(index, title=slug, slug=slug, capacity=1_000_000)
"""
COUNT = """
from exchanges.models import Registration
print(Registration.objects.count())
"""
CSRF_COOKIE = re.compile(r"csrftoken=([^;]+)")
CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
TOKEN_INPUT = re.compile(r'name="token" value="([^"]+)"')


def write(line=""):
    sys.stdout.write(f"{line}\n")
    sys.stdout.flush()


def form_path(slug):
    return f"/en/exchanges/{slug}/register/"


class Client:
    """One school's browser: its own connection, its own CSRF cookie."""

    def __init__(self, port, number):
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        self.number = number
        self.cookie = ""
        self.sent = 0
        self.took = {"GET": [], "POST": []}  # seconds of each request

    def request(self, method, path, body=None):
        began = time.monotonic()
        headers = {"Cookie": self.cookie} if self.cookie else {}
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            self.connection.request(method, path, body, headers)
            response = self.connection.getresponse()
        except (http.client.HTTPException, OSError):
            # gunicorn's sync workers close the connection after each response.
            self.connection.close()
            self.connection.request(method, path, body, headers)
            response = self.connection.getresponse()
        content = response.read()
        if found := CSRF_COOKIE.search(response.getheader("Set-Cookie") or ""):
            self.cookie = f"csrftoken={found.group(1)}"
        self.took[method].append(time.monotonic() - began)
        return response.status, content.decode()

    def minimal(self):
        status, _body = self.request("GET", MINIMAL)
        return status == 200

    def register(self, slug):
        status, page = self.request("GET", form_path(slug))
        if status != 200:
            return False
        self.sent += 1
        school = f"{self.number}-{self.sent}"
        form = {
            "csrfmiddlewaretoken": CSRF_INPUT.search(page).group(1),
            "token": TOKEN_INPUT.search(page).group(1),
            "school_name": f"Bench School {school}",
            "country": "JP",
            "city": "Nagano",
            "teacher_name": f"Teacher {school}",
            "teacher_email": f"teacher{school}@school.example",
            "teacher_phone": "+819012345678",
            "students": "1",
            "teachers": "1",
            "min_age": "12",
            "max_age": "14",
            "language": "en",
            "consent": "on",
            "website": "",
        }
        status, _body = self.request("POST", form_path(slug), urlencode(form))
        return status == 303


def drive(port, actions, seconds):
    """Run one client per action for ``seconds``, all released together; return
    (successes of each action, failures, seconds taken, the clients)."""
    clients = [Client(port, number) for number in range(len(actions))]
    done = [0] * len(actions)
    failed = [0] * len(actions)
    start_line = threading.Barrier(len(actions) + 1)

    def run(index):
        client, action = clients[index], actions[index]
        start_line.wait()
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if action(client):
                done[index] += 1
            else:
                failed[index] += 1

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(actions))]
    for thread in threads:
        thread.start()
    start_line.wait()
    began = time.monotonic()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - began
    return done, sum(failed), elapsed, clients


def registering(slug):
    return lambda client: client.register(slug)


def prepare(env):
    for command in (["dropdb", "--if-exists", DATABASE], ["createdb", DATABASE]):
        subprocess.run(
            [*command[:1], "-h", "127.0.0.1", "-U", "postgres", *command[1:]],
            check=True,
        )
    write("migrating, adding two programmes…")
    manage("migrate", "--noinput", env=env)
    manage("shell", "--no-imports", "-c", CONTENT.format(slugs=PROGRAMMES), env=env)


def measure(port, seconds):
    """Print the table; return how many registrations the clients saw succeed."""
    one = registering(PROGRAMMES[0])
    drive(port, [Client.minimal] * 4, 1)  # warm every worker up
    registered = sum(drive(port, [one] * 4, 1)[0])
    write(
        f"\n{'clients':>7}  {'minimal view':>12}  {'registrations':>13}  "
        f"{'ratio':>6}  failures"
    )
    single = None
    for clients in CLIENTS:
        answered, _, took, _ = drive(port, [Client.minimal] * clients, seconds)
        done, failures, elapsed, alone = drive(port, [one] * clients, seconds)
        minimal, rate = sum(answered) / took, sum(done) / elapsed
        registered += sum(done)
        write(
            f"{clients:>7}  {minimal:>10.1f}/s  {rate:>11.1f}/s  "
            f"{rate / minimal:>6.3f}  {failures}"
        )
        single = single or alone[0]  # the run with one client
    medians = {method: statistics.median(t) * 1000 for method, t in single.took.items()}
    write(
        f"(one client alone, medians: the form's GET {medians['GET']:.0f} ms, "
        f"its POST {medians['POST']:.0f} ms)"
    )
    half = CLIENTS[-1] // 2
    done, failures, elapsed, _ = drive(
        port, [registering(slug) for slug in PROGRAMMES for _ in range(half)], seconds
    )
    by_programme = [sum(done[:half]) / elapsed, sum(done[half:]) / elapsed]
    registered += sum(done)
    write(
        f"\n{CLIENTS[-1]} clients, {half} on each of two programmes at once: "
        f"{by_programme[0]:.1f}/s and {by_programme[1]:.1f}/s, "
        f"{sum(by_programme):.1f}/s together ({failures} failures)"
    )
    return registered


def main(seconds=5):
    for tool in ("pg_isready", "createdb", "dropdb"):
        if shutil.which(tool) is None:
            sys.exit(f"{tool} is missing: apt-get install postgresql-client")
    workdir = Path(tempfile.mkdtemp(prefix="kizuna-bench-reg-"))
    add_minimal_view(workdir, settings="cms.settings.dev")
    env = production_environment(
        DEBUG="false",
        DATABASE_URL=f"postgres://postgres@127.0.0.1:5432/{DATABASE}",
        REDIS_URL=REDIS,
        KIZUNA_PAGE_CACHE_SECONDS="0",
        KIZUNA_EXCHANGE_REGISTRATIONS_PER_HOUR="1000000000",
        LOG_LEVEL="WARNING",
    )
    env["DJANGO_SETTINGS_MODULE"] = "cms.settings.dev"
    prepare(env)
    try:
        port = free_port()
        server_env = {
            **env,
            "DJANGO_SETTINGS_MODULE": "kizuna_bench_settings",
            "PYTHONPATH": f"{workdir}:{ROOT}",
        }
        gunicorn = [str(ROOT / ".venv/bin/gunicorn"), "cms.wsgi", "--workers", "4"]
        app = start(
            [*gunicorn, "--bind", f"127.0.0.1:{port}"],
            server_env,
            port,
            workdir / "app.log",
        )
        try:
            counted = measure(port, seconds)
        finally:
            stop(app)
        stored = int(manage("shell", "--no-imports", "-c", COUNT, env=env))
        write(
            f"\nregistrations stored: {stored}; the clients were answered 303 for "
            f"{counted} (warm-up included): a registration per form sent, no more"
        )
    finally:
        subprocess.run(
            ["dropdb", "--if-exists", "-h", "127.0.0.1", "-U", "postgres", DATABASE],
            check=True,
        )
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main(*map(int, sys.argv[1:2]))
