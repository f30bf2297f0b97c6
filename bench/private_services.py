"""A PostgreSQL cluster and a Redis server of the load script's own, on free ports.

The fault phases stop and restart these, never the machine's shared services (which
other tests use at the same time). Both live in a temporary folder removed at the end.
PostgreSQL refuses to run as root, so as root its commands run as the postgres user.
"""

import os
import shutil
import socket
import subprocess
import time
from pathlib import Path

from tests.cms.servers import free_port

POSTGRES_BINARIES = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)


def postgres_binary(name):
    """``name`` (initdb, pg_ctl) from the newest Debian PostgreSQL, or from the PATH."""
    for folder in POSTGRES_BINARIES:
        if (folder / name).exists():
            return str(folder / name)
    return shutil.which(name)


def missing_tools():
    """The programs this module needs that the machine does not have."""
    found = {
        "initdb": postgres_binary("initdb"),
        "pg_ctl": postgres_binary("pg_ctl"),
        "redis-server": shutil.which("redis-server"),
    }
    return [name for name, path in found.items() if path is None]


def wait_for_port(port, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"nothing listens on 127.0.0.1:{port} after {timeout} s")


class PrivatePostgres:
    """A throwaway cluster: trust authentication on loopback, no fsync (nothing in it
    outlives the run)."""

    def __init__(self, folder):
        self.folder = Path(folder)
        self.data = self.folder / "data"
        self.log = self.folder / "postgres.log"
        self.port = free_port()
        self.as_postgres = os.geteuid() == 0

    def url(self, database):
        return f"postgres://postgres@127.0.0.1:{self.port}/{database}"

    def _run(self, *command):
        if self.as_postgres:
            command = ("runuser", "-u", "postgres", "--", *command)
        subprocess.run(command, check=True, capture_output=True, timeout=120)

    def create(self, database):
        self.folder.mkdir(parents=True, exist_ok=True)
        if self.as_postgres:
            shutil.chown(self.folder, "postgres", "postgres")
        self._run(
            postgres_binary("initdb"),
            "-D",
            str(self.data),
            "-U",
            "postgres",
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
        )
        self.start()
        self._run(
            postgres_binary("psql"),
            "-h",
            "127.0.0.1",
            "-p",
            str(self.port),
            "-U",
            "postgres",
            "-d",
            "postgres",
            "-c",
            f"CREATE DATABASE {database}",
        )

    def start(self):
        options = (
            f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        self._run(
            postgres_binary("pg_ctl"),
            "-D",
            str(self.data),
            "-o",
            options,
            "-l",
            str(self.log),
            "-w",
            "start",
        )

    def stop(self):
        """Fast shutdown: open connections are cut, as in a crash or a failover."""
        if (self.data / "postmaster.pid").exists():
            self._run(
                postgres_binary("pg_ctl"), "-D", str(self.data), "-m", "fast", "stop"
            )


class PrivateRedis:
    """redis-server in the foreground of its own process group, keeping nothing on disk."""

    def __init__(self, folder):
        self.folder = Path(folder)
        self.port = free_port()
        self.process = None

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self):
        self.folder.mkdir(parents=True, exist_ok=True)
        with open(self.folder / "redis.log", "a") as log:
            self.process = subprocess.Popen(
                [
                    "redis-server",
                    "--bind",
                    "127.0.0.1",
                    "--port",
                    str(self.port),
                    "--save",
                    "",
                    "--appendonly",
                    "no",
                    "--dir",
                    str(self.folder),
                ],
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        wait_for_port(self.port)

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
