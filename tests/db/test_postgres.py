"""The shared-office setup: the same schema and services on a real PostgreSQL server.

The test run starts its own server (initdb in a temporary folder, a free port on
127.0.0.1) and stops it afterwards; `make test` installs PostgreSQL on Debian/Ubuntu.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from delegate_app.db import migrate
from delegate_app.domain.errors import StaleEditError
from delegate_app.domain.records import CityInput
from delegate_app.services import cities, maintenance, overview, people, sample
from delegate_app.services.database import Database
from tests.conftest import SAMPLE_NOW, SAMPLE_TODAY


def _bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}")) or [shutil.which(name)]
    if not found[-1]:
        raise RuntimeError(f"PostgreSQL's {name} is not installed (make test installs it)")
    return str(found[-1])


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_server_user(args: list[str]) -> list[str]:
    """initdb and postgres refuse to run as root; use the postgres account then."""
    return ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else args


@pytest.fixture(scope="module")
def postgres_server() -> Iterator[str]:
    folder = Path(tempfile.mkdtemp(prefix="delegate-pg-"))
    data = folder / "data"
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
    port = _free_port()
    subprocess.run(_as_server_user([_bin("initdb"), "-D", str(data), "-A", "trust",
                                    "-U", "postgres", "--no-sync"]),
                   check=True, capture_output=True, timeout=120)
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off"
    subprocess.run(_as_server_user([_bin("pg_ctl"), "-D", str(data), "-w", "-l",
                                    str(folder / "server.log"), "-o", options, "start"]),
                   check=True, capture_output=True, timeout=120)
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}"
    finally:
        subprocess.run(_as_server_user([_bin("pg_ctl"), "-D", str(data), "-m", "fast",
                                        "stop"]), capture_output=True, timeout=120)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def pg_url(postgres_server: str, request: pytest.FixtureRequest) -> str:
    name = "office_" + request.node.name.lower().replace("[", "_").replace("]", "")[:40]
    subprocess.run(_as_server_user([_bin("psql"), postgres_server + "/postgres", "-q", "-c",
                                    f'DROP DATABASE IF EXISTS "{name}"', "-c",
                                    f'CREATE DATABASE "{name}"']), check=True, timeout=60,
                   capture_output=True)
    return f"{postgres_server}/{name}"


def test_schema_on_postgres_matches_the_models(pg_url: str) -> None:
    with Database(pg_url) as db:
        assert db.path is None
        assert db.upgrade_report is not None
        assert db.upgrade_report.to_revision == migrate.head_revision()
        assert migrate.schema_differences(db.engine) == []
        result = maintenance.check(db)
        assert result.ok, result.problems


def test_sample_plan_and_lists_on_postgres(pg_url: str) -> None:
    with Database(pg_url) as db:
        sample.load_sample_plan(db.sessions, today=SAMPLE_TODAY)
        assert len(people.list_people(db.sessions)) >= 35
        assert any("Tokyo" in d.title for d in overview.list_delegations(db.sessions))
        assert overview.today_summary(db.sessions, SAMPLE_NOW).overdue


def test_two_workstations_and_a_stale_save(pg_url: str) -> None:
    """Two app instances share the server; the later save of an old version is refused."""
    with Database(pg_url) as first, Database(pg_url) as second:
        city_id = cities.create_city(first.sessions, CityInput(
            "Montevideo", "UY", "America/Montevideo")).id
        cities.update_city(second.sessions, city_id, 1, CityInput(
            "Montevideo", "UY", "America/Montevideo", population=1_319_108))
        with pytest.raises(StaleEditError):
            cities.update_city(first.sessions, city_id, 1, CityInput(
                "Montevideo", "UY", "America/Montevideo", population=1))
        assert cities.get_city(first.sessions, city_id)[1].population == 1_319_108
