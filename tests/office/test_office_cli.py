"""`delegate-app office ...` as IT staff run it, against a real server (in this process but
through the same entry point, stdin and exit codes; one test runs a real process)."""

from __future__ import annotations

import io
import itertools
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
import pytest

from delegate_app.__main__ import main
from delegate_app.domain.errors import DatabaseError
from delegate_app.services.database import Database
from tests.postgres import PostgresServer

_suffix = itertools.count(1)


@pytest.fixture(autouse=True)
def _capture(capsys: pytest.CaptureFixture[str]) -> None:
    global _captured
    _captured = capsys


_captured: pytest.CaptureFixture[str] | None = None


def office(*args: str, password: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run `delegate-app office ARGS` through the program's entry point."""
    assert _captured is not None
    _captured.readouterr()
    kept = sys.stdin
    sys.stdin = io.StringIO(password or "")
    try:
        code = main(["office", *args])
    except SystemExit as exit_:  # argparse refusals
        code = int(exit_.code or 0)
    finally:
        sys.stdin = kept
    out, err = _captured.readouterr()
    return subprocess.CompletedProcess(["office", *args], code, out, err)


def real_process(*args: str, password: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "delegate_app", "office", *args],
                          input=password, capture_output=True, text=True,
                          env={**os.environ}, timeout=120)


def one_line_refusal(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("delegate-app"), result.stderr
    for word in words:
        assert word in lines[0]


@pytest.fixture
def names() -> Iterator[dict[str, str]]:
    """Login roles belong to the whole server: fresh names for each test."""
    n = next(_suffix)
    yield {key: f"{key}.cli{n}" for key in ("chief", "sara", "cabinet")}


@contextmanager
def passwords_required(server: PostgresServer, login: str) -> Iterator[None]:
    """The test server trusts everyone; for ``login`` it asks a SCRAM password."""
    passfile = os.environ.get("PGPASSFILE")
    os.environ["PGPASSFILE"] = os.devnull  # nobody's ~/.pgpass answers for the test
    hba = server.data / "pg_hba.conf"
    kept = hba.read_text()
    hba.write_text(f"host all {login} 127.0.0.1/32 scram-sha-256\n" + kept)
    server.psql("postgres", "SELECT pg_reload_conf()")
    try:
        yield
    finally:
        hba.write_text(kept)
        server.psql("postgres", "SELECT pg_reload_conf()")
        if passfile is None:
            del os.environ["PGPASSFILE"]
        else:
            os.environ["PGPASSFILE"] = passfile


def test_init_sets_up_an_empty_database_once_and_again_without_harm(
        postgres_server: PostgresServer, pg_url: str, names: dict[str, str]) -> None:
    chief = names["chief"]
    first = real_process("init", "--db", pg_url, "--head", chief, "--password-stdin",
                         password="correct horse\n")
    assert first.returncode == 0, first.stderr
    assert "upgraded from empty" in first.stdout and f"{chief} added as head" in first.stdout
    again = office("init", "--db", pg_url, "--password-stdin", password="ignored\n")
    assert again.returncode == 0, again.stderr
    assert "schema already current" in again.stdout and "added" not in again.stdout
    assert chief in again.stdout and "Head of protocol" in again.stdout
    address = pg_url.replace("postgres@", f"{chief}@")
    with passwords_required(postgres_server, chief):
        with psycopg.connect(address.replace(f"{chief}@", f"{chief}:correct%20horse@")) as c:
            assert c.execute("SELECT current_user").fetchone() == (chief,)
        with pytest.raises(DatabaseError) as refused:
            Database(address.replace(f"{chief}@", f"{chief}:wrong@")).open()
        assert refused.value.message == f"Wrong password for {chief}."
        with pytest.raises(DatabaseError) as refused:
            Database(address).open()  # no password anywhere (the test's PGPASSFILE is empty)
        assert refused.value.message.startswith(
            f"The office database asks {chief} for a password")
    stored = postgres_server.psql("postgres", "SELECT rolpassword FROM pg_authid "
                                              f"WHERE rolname = '{chief}'")
    assert stored.startswith("SCRAM-SHA-256$") and "correct horse" not in stored


def test_add_list_change_and_remove_officers(office_url: str, names: dict[str, str]) -> None:
    sara, cabinet = names["sara"], names["cabinet"]
    added = office("add-officer", sara, "--role", "officer", "--db", office_url,
                   "--password-stdin", password="tram study\n")
    assert added.returncode == 0, added.stderr
    assert f"Added {sara} as officer" in added.stdout
    assert office("add-officer", cabinet, "--role", "viewer", "--db", office_url,
                  "--password-stdin", password="read only\n").returncode == 0
    listed = office("list", "--db", office_url).stdout
    rows = {line.split()[0]: line.split(maxsplit=1)[1] for line in listed.splitlines()}
    assert rows[sara].split() == ["Officer", "active"]
    assert rows[cabinet].split() == ["Viewer", "active"]
    changed = office("set-role", cabinet, "officer", "--db", office_url)
    assert changed.returncode == 0 and f"{cabinet} is now an officer" in changed.stdout
    removed = office("remove", sara, "--db", office_url)
    assert removed.returncode == 0 and "can no longer sign in" in removed.stdout
    rows = {line.split()[0]: line.split()[1:] for line in
            office("list", "--db", office_url).stdout.splitlines()}
    assert rows[sara] == ["-", "removed"]
    back = office("add-officer", sara, "--role", "viewer", "--db", office_url,
                  "--password-stdin", password="new start\n")
    assert back.returncode == 0, back.stderr
    rows = {line.split()[0]: line.split()[1:] for line in
            office("list", "--db", office_url).stdout.splitlines()}
    assert rows[sara] == ["Viewer", "active"]


def test_refusals_are_one_line(office_url: str, pg_url: str, names: dict[str, str],
                               tmp_path: Path) -> None:
    sqlite_file = tmp_path / "one-workstation.sqlite"
    one_line_refusal(office("list", "--db", str(sqlite_file)),
                     "Roles apply to a shared office database")
    assert not sqlite_file.exists()
    one_line_refusal(office("add-officer", "Sara Karimi", "--role", "officer", "--db",
                            office_url, "--password-stdin", password="x\n"),
                     "cannot be a sign-in name")
    one_line_refusal(office("add-officer", names["sara"], "--role", "officer", "--db",
                            office_url), "needs a password")
    one_line_refusal(office("set-role", "nobody.here", "viewer", "--db", office_url),
                     "There is no officer named nobody.here")
    one_line_refusal(office("add-officer", "postgres.admin", "--role", "head", "--db",
                            office_url, "--password-stdin", password="x\n"), "reserved")
    one_line_refusal(office("list", "--db", pg_url), "not set up as a shared office",
                     "office init")
    one_line_refusal(office("add-officer", "sara", "--role", "chief", "--db", office_url))


@pytest.fixture
def own_server() -> Iterator[PostgresServer]:
    """Login roles belong to a server, not a database: a server with no office on it yet."""
    server = PostgresServer()
    yield server
    server.close()


def test_the_only_head_cannot_be_removed_or_demoted(own_server: PostgresServer,
                                                    names: dict[str, str]) -> None:
    pg_url = own_server.fresh_database("protocol")
    one_line_refusal(office("init", "--db", pg_url), "--head NAME")
    chief = names["chief"]
    assert office("init", "--db", pg_url, "--head", chief, "--password-stdin",
                  password="x\n").returncode == 0
    one_line_refusal(office("remove", chief, "--db", pg_url), "only head of protocol")
    one_line_refusal(office("set-role", chief, "officer", "--db", pg_url),
                     "only head of protocol")
    assert office("add-officer", names["sara"], "--role", "head", "--db", pg_url,
                  "--password-stdin", password="x\n").returncode == 0
    assert office("set-role", chief, "officer", "--db", pg_url).returncode == 0
