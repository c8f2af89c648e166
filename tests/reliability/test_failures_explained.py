"""Every failure kind the probe met, fed to the real program: one line on stderr and exit 2
(or a DelegateAppError for the window), the technical detail in the log file, never a
traceback nor the database's own words (issue 13, items 4, 6 and 8)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from delegate_app import config
from delegate_app.domain.errors import DatabaseError
from delegate_app.services.database import Database
from tests.conftest import free_port
from tests.db.test_migrations import _with_extra_migration
from tests.reliability import hostile_files as hostile
from tests.reliability.test_concurrent_officers import RAW_DATABASE_WORDS


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "delegate_app", *args], capture_output=True,
                          text=True, env=os.environ.copy(), timeout=180)


def one_line(done: subprocess.CompletedProcess[str]) -> str:
    """The refusal, once it is known to be exactly what the officer should see."""
    assert done.returncode == 2, (done.returncode, done.stderr[-2000:])
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("delegate-app: "), done.stderr[-2000:]
    assert not any(word in lines[0] for word in (*RAW_DATABASE_WORDS, "Traceback")), lines[0]
    return lines[0]


@pytest.fixture
def office(sample_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "office.sqlite"
    shutil.copy(sample_template, target)
    return target


READERS: list[tuple[str, Callable[[], bytes], str]] = [
    ("damaged.xlsx", hostile.xlsx_with_damaged_deflate, "damaged"),  # zlib.error
    ("broken.xlsx", hostile.xlsx_with_broken_xml, "damaged"),  # ParseError
    ("number.xlsx", hostile.xlsx_with_a_bad_number, "damaged"),  # ValueError while reading rows
    ("field.csv", lambda: hostile.csv_with_a_long_field(140_000), "characters"),  # csv.Error
    ("nested.vcf", lambda: hostile.vcard_nested(5_000), "nested"),
]


@pytest.mark.parametrize(("name", "make", "words"), READERS, ids=[r[0] for r in READERS])
def test_a_file_a_reader_cannot_take_is_one_line(office: Path, tmp_path: Path, name: str,
                                                 make: Callable[[], bytes], words: str) -> None:
    (tmp_path / name).write_bytes(make())
    before = office.read_bytes()
    line = one_line(cli("import", "contacts", str(tmp_path / name), "--db", str(office)))
    assert words in line
    assert office.read_bytes() == before


def test_a_database_busy_past_the_wait_is_one_line_and_logged(office: Path,
                                                              tmp_path: Path) -> None:
    (tmp_path / "people.csv").write_bytes(hostile.csv_rows(3))
    holder = sqlite3.connect(office, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program holding the write lock
    try:
        line = one_line(cli("import", "contacts", str(tmp_path / "people.csv"),
                            "--db", str(office)))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert "busy" in line and "not saved" in line
    assert "database is locked" in config.log_file().read_text(encoding="utf-8")


def test_a_failed_upgrade_shows_no_sql(office: Path, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    _with_extra_migration(tmp_path, monkeypatch,
                          'op.execute("UPDATE no_such_table SET nickname = 1")')
    with pytest.raises(DatabaseError) as caught:
        Database(str(office)).open()
    message = caught.value.message
    assert "Nothing was changed" in message and "backup" in message
    assert not any(word in message for word in (*RAW_DATABASE_WORDS, "UPDATE", "http"))
    assert "UPDATE no_such_table" in config.log_file().read_text(encoding="utf-8")


def test_an_unreachable_database_server_is_one_line() -> None:
    line = one_line(cli("list", "people", "--db",
                        f"postgresql://officer@127.0.0.1:{free_port()}/protocol"))
    assert "127.0.0.1" in line


def test_an_operating_system_refusal_is_one_line(office: Path, tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("")
    one_line(cli("export", "contacts", "--format", "csv", "--db", str(office),
                 "-o", str(tmp_path / "a-file" / "people.csv")))
