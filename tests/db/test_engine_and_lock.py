"""SQLite pragmas, and one process per database file."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from delegate_app.domain.errors import DatabaseLockedError
from delegate_app.services.database import Database

HOLDER = """
import sys, time
from delegate_app.services.database import Database
db = Database(sys.argv[1]).open()
print("ready", flush=True)
time.sleep(120)
"""


def test_sqlite_pragmas_are_set(db: Database) -> None:
    with db.engine.connect() as conn:
        def pragma(name: str) -> object:
            return conn.exec_driver_sql(f"PRAGMA {name}").scalar()
        assert pragma("foreign_keys") == 1
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("busy_timeout") == 5000


def _start_holder(db_path: Path) -> subprocess.Popen[str]:
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(db_path)],
                              stdout=subprocess.PIPE, text=True, env=os.environ.copy())
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "ready"
    return holder


def test_second_instance_is_refused_quickly_naming_the_holder(db_path: Path) -> None:
    holder = _start_holder(db_path)
    try:
        started = time.monotonic()
        with pytest.raises(DatabaseLockedError) as caught:
            Database(str(db_path)).open()
        assert time.monotonic() - started < 1.0
        assert f"process {holder.pid}" in caught.value.message
        assert "already open" in caught.value.message
    finally:
        holder.kill()
        holder.wait()


def test_lock_of_a_crashed_process_does_not_block(db_path: Path) -> None:
    holder = _start_holder(db_path)
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    assert (db_path.parent / (db_path.name + ".lock")).exists()
    with Database(str(db_path)) as database:
        assert database.engine is not None


def test_read_only_commands_do_not_need_the_lock(db_path: Path) -> None:
    with Database(str(db_path)), Database(str(db_path), exclusive=False) as reader:
        assert reader.engine is not None


def test_a_folder_given_as_the_database_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    """`--db /etc` once made /etc private: only the app's own files are ever tightened."""
    import stat as stat_module

    from delegate_app.domain.errors import DatabaseError
    from delegate_app.services.database import Database

    folder = tmp_path / "shared"
    folder.mkdir()
    folder.chmod(0o755)
    with pytest.raises(DatabaseError):
        Database(str(folder)).open()
    assert stat_module.S_IMODE(folder.stat().st_mode) == 0o755
