"""Start the site as real server processes for the tests that need more than a test client."""

import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def production_environment(**env):
    """The environment of a production server on loopback over plain HTTP."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DJANGO_SETTINGS_MODULE", "REDIS_URL", "DEBUG"}
    }
    environment.update(
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="false",
        # Mail goes nowhere: neither to a server nor to the log.
        EMAIL_URL="dummymail://",
    )
    environment.update(env)
    return environment


def manage(*args, env):
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def start(command, env, port, log, timeout=120):
    """Run ``command`` in its own process group, its output to the file ``log``, until
    /healthz answers on ``port``."""
    with open(log, "w") as output:
        process = subprocess.Popen(
            command,
            cwd=PROJECT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"{command} stopped: {Path(log).read_text()}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=30):
                return process
        except (urllib.error.URLError, OSError):
            time.sleep(0.5)
    stop(process)
    raise AssertionError(f"{command} did not answer: {Path(log).read_text()}")


def stop(process):
    """End the process group started above, and only it."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def get(url, **headers):
    """(status, headers, body) of a GET, errors included."""
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def process_group(pid):
    """Command lines of every live process in ``pid``'s process group. Zombies (exited,
    waiting for a parent that a container's init may never give them) do not count."""
    commands = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if os.getpgid(int(entry.name)) != pid:
                continue
            # The state follows the parenthesised command name in /proc/<pid>/stat.
            if (entry / "stat").read_text().rpartition(")")[2].split()[0] == "Z":
                continue
            commands.append(
                (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
            )
        except (OSError, ProcessLookupError):
            continue
    return commands


VCL = PROJECT / "deploy" / "varnish" / "kizuna.vcl"
BACKENDS = """
backend {name} {{ .host = "127.0.0.1"; .port = "{port}"; }}
"""
DIRECTOR = """
acl purgers {{ "127.0.0.1"; }}
sub vcl_init {{
    new app = directors.round_robin();
{additions}
}}
"""


def start_varnish(port, app_ports, workdir, log):
    """Debian's varnishd with the repository's VCL in front of ``app_ports``, in the
    foreground of its own process group, without dropping privileges (``-j none``:
    the test's folders are root's)."""
    workdir.mkdir(parents=True, exist_ok=True)
    names = [f"app{n}" for n in range(len(app_ports))]
    (workdir / "backends.vcl").write_text(
        "".join(
            BACKENDS.format(name=n, port=p)
            for n, p in zip(names, app_ports, strict=True)
        )
        + DIRECTOR.format(
            additions="\n".join(f"    app.add_backend({n});" for n in names)
        )
    )
    with open(log, "w") as output:
        process = subprocess.Popen(
            [
                "varnishd",
                "-F",
                "-j",
                "none",
                "-a",
                f"127.0.0.1:{port}",
                "-T",
                "none",
                "-f",
                str(VCL),
                "-p",
                f"vcl_path={workdir}:/usr/share/varnish/vcl",
                "-n",
                str(workdir / "state"),
                "-s",
                "malloc,64m",
            ],
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"varnishd stopped: {Path(log).read_text()}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return process
        except OSError:
            time.sleep(0.3)
    stop(process)
    raise AssertionError(f"varnishd did not listen: {Path(log).read_text()}")
