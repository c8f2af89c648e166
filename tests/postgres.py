"""A real PostgreSQL server for the test run: initdb in a temporary folder, a free port on
127.0.0.1; one per test session, stopped and started again by the tests that kill it.

`make test` installs PostgreSQL on Debian/Ubuntu; initdb and postgres refuse to run as
root, so as root they run under the postgres account.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path


def server_bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}")) or [shutil.which(name)]
    if not found[-1]:
        raise RuntimeError(f"PostgreSQL's {name} is not installed (make test installs it)")
    return str(found[-1])


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def as_server_user(args: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else args


def _run(args: list[str]) -> None:
    """Run a server command; its own words when it fails (initdb says why, e.g. a system
    folder the postgres account cannot read)."""
    done = subprocess.run(args, capture_output=True, text=True, timeout=180)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args[-8:])} failed: {done.stderr.strip() or done.stdout}")


class PostgresServer:
    """One server; ``url`` has the superuser (the office's IT account) and no database."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="delegate-pg-"))
        self.data = self.folder / "data"
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres")
        self.port = _free_port()
        self.url = f"postgresql://postgres@127.0.0.1:{self.port}"
        _run(as_server_user([server_bin("initdb"), "-D", str(self.data), "-A", "trust", "-U",
                             "postgres", "--no-sync"]))
        self.start()

    def start(self) -> None:
        options = (f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 "
                   "-c fsync=off -c max_connections=200")
        _run(as_server_user([server_bin("pg_ctl"), "-D", str(self.data), "-w", "-l",
                             str(self.folder / "server.log"), "-o", options, "start"]))

    def stop(self, mode: str = "fast") -> None:
        """``immediate`` is a crash: no checkpoint, every connection cut at once."""
        subprocess.run(as_server_user([server_bin("pg_ctl"), "-D", str(self.data), "-m", mode,
                                       "stop"]), capture_output=True, timeout=120)

    def running(self) -> bool:
        done = subprocess.run(as_server_user([server_bin("pg_ctl"), "-D", str(self.data),
                                              "status"]), capture_output=True, timeout=60)
        return done.returncode == 0

    def psql(self, database: str, *commands: str, user: str = "postgres") -> str:
        args = [server_bin("psql"), f"{self.url.replace('postgres@', user + '@')}/{database}",
                "-v", "ON_ERROR_STOP=1", "-qAt"]
        for command in commands:
            args += ["-c", command]
        done = subprocess.run(as_server_user(args), capture_output=True, text=True, timeout=60)
        if done.returncode != 0:
            raise RuntimeError(done.stderr.strip())
        return done.stdout.strip()

    def fresh_database(self, name: str, template: str | None = None) -> str:
        """An empty database (or a copy of ``template``); returns its URL."""
        copy = f' TEMPLATE "{template}"' if template else ""
        self.psql("postgres", f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)',
                  f'CREATE DATABASE "{name}"{copy}')
        return f"{self.url}/{name}"

    def close(self) -> None:
        self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)
