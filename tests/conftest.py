"""Shared fixtures: real SQLite files in tmp_path, a private data folder, the sample plan.

With ``DELEGATE_APP_TEST_DB=postgresql`` the ``db`` and ``sample_db`` fixtures are databases
on the run's real PostgreSQL server instead, so the same tests run on both (``make test``
runs the services, imports and exports suites a second time that way)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from delegate_app.services import sample
from delegate_app.services.database import Database
from tests.postgres import PostgresServer

USER, PASSWORD = "officer", "correct horse"  # of the Radicale server tests start

BACKEND = os.environ.get("DELEGATE_APP_TEST_DB", "sqlite")
ON_POSTGRES = BACKEND == "postgresql"

# The sample plan is anchored on this Monday; tests load it "as of" this day.
SAMPLE_TODAY = date(2026, 11, 23)
# Nine in the morning of that day at the sample office (Tehran).
SAMPLE_NOW = datetime(2026, 11, 23, 9, 0, tzinfo=ZoneInfo("Asia/Tehran"))


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path_factory: pytest.TempPathFactory,
                     monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep every test away from the real user's data folder and settings."""
    folder = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("DELEGATE_APP_DATA_DIR", str(folder))
    monkeypatch.delenv("DELEGATE_APP_DB", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder / "config"))
    return folder


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "office.sqlite"


def _jobs_done() -> None:
    """A window's background jobs (Today, exports) finish before their database closes."""
    if "delegate_app.ui.tasks" in sys.modules:
        from delegate_app.ui.tasks import wait_for_jobs

        wait_for_jobs()


def _test_database_name(request: pytest.FixtureRequest, prefix: str = "t") -> str:
    """One database per test and fixture (a test may ask for a sample and an empty one)."""
    return f"{prefix}_" + request.node.name.lower().replace("[", "_").replace("]", "")[:40]


@pytest.fixture
def db(db_path: Path, request: pytest.FixtureRequest) -> Iterator[Database]:
    if ON_POSTGRES:
        server: PostgresServer = request.getfixturevalue("postgres_server")
        database = Database(server.fresh_database(_test_database_name(request, "d"))).open()
    else:
        database = Database(str(db_path)).open()
    yield database
    _jobs_done()
    database.close()


@pytest.fixture(scope="session")
def sample_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample plan loaded once into a file; tests copy it instead of reloading."""
    folder = tmp_path_factory.mktemp("sample")
    path = folder / "sample.sqlite"
    os.environ.setdefault("DELEGATE_APP_DATA_DIR", str(folder))
    with Database(str(path)) as database:
        sample.load_sample_plan(database.sessions, today=SAMPLE_TODAY)
    return path


SAMPLE_ON_POSTGRES = "sample_template"


@pytest.fixture(scope="session")
def sample_on_postgres(postgres_server: PostgresServer) -> str:
    """The sample plan loaded once into a PostgreSQL database that tests copy."""
    with Database(postgres_server.fresh_database(SAMPLE_ON_POSTGRES)) as database:
        sample.load_sample_plan(database.sessions, today=SAMPLE_TODAY)
    return SAMPLE_ON_POSTGRES


@pytest.fixture
def sample_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    import shutil

    if ON_POSTGRES:
        server: PostgresServer = request.getfixturevalue("postgres_server")
        template = request.getfixturevalue("sample_on_postgres")
        url = server.fresh_database(_test_database_name(request, "s"), template=template)
    else:
        url = str(tmp_path / "sample.sqlite")
        shutil.copy(request.getfixturevalue("sample_template"), url)
    database = Database(url).open()
    yield database
    _jobs_done()
    database.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("radicale")
    port = free_port()
    (folder / "users").write_text(f"{USER}:{PASSWORD}\n")
    (folder / "config").write_text(
        f"[server]\nhosts = 127.0.0.1:{port}\n[auth]\ntype = htpasswd\n"
        f"htpasswd_filename = {folder / 'users'}\nhtpasswd_encryption = plain\n"
        f"[storage]\nfilesystem_folder = {folder / 'store'}\n[logging]\nlevel = warning\n")
    server = subprocess.Popen([sys.executable, "-m", "radicale", "--config",
                               str(folder / "config")], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                break
        time.sleep(0.1)
    else:
        server.kill()
        raise RuntimeError("Radicale did not start")
    yield f"http://127.0.0.1:{port}/"
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """One real PostgreSQL server for the whole run (each test gets its own database)."""
    server = PostgresServer()
    yield server
    server.close()


@pytest.fixture
def pg_url(postgres_server: PostgresServer, request: pytest.FixtureRequest) -> str:
    """An empty database of its own on the shared server (the superuser's address)."""
    return postgres_server.fresh_database(_test_database_name(request))
