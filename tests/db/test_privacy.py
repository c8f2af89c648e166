"""Private by default: the data folder 0700, the database and everything beside it 0600,
whatever the umask; a folder left open is tightened with a notice; another name for a
database in use is refused like the first (issue 13, items 6 and 8)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from delegate_app import language
from delegate_app.domain.errors import DatabaseError, DatabaseLockedError
from delegate_app.domain.records import PersonInput
from delegate_app.services import contacts, maintenance, people
from delegate_app.services.database import Database
from tests.db.test_engine_and_lock import _start_holder


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask() -> Iterator[None]:
    """The common default that made every file readable by every account."""
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.fixture
def fresh_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "home" / "delegate_app"
    monkeypatch.setenv("DELEGATE_APP_DATA_DIR", str(folder))
    return folder


def test_a_new_office_is_private_whatever_the_umask(open_umask: None, fresh_data_dir: Path,
                                                    tmp_path: Path) -> None:
    with Database(None) as db:
        assert db.path is not None and db.path.parent == fresh_data_dir
        people.create_person(db.sessions, PersonInput("Haruka", "Sato"))  # a WAL and SHM now
        assert mode(fresh_data_dir) == 0o700
        for suffix in ("", "-wal", "-shm", ".lock"):
            assert mode(db.path.with_name(db.path.name + suffix)) == 0o600, suffix
        backup = maintenance.backup(db)
        assert mode(backup) == 0o600 and mode(backup.parent) == 0o700
        export = contacts.export_contacts(db.sessions, "csv", tmp_path / "out" / "people.csv")
        assert export == 1 and mode(tmp_path / "out" / "people.csv") == 0o600
        assert not db.notices
    assert all(mode(p) == 0o600 for p in (fresh_data_dir / "locks").iterdir())


def test_an_export_over_a_shared_file_keeps_its_access(tmp_path: Path, db: Database) -> None:
    target = tmp_path / "shared.csv"
    target.write_text("old")
    target.chmod(0o644)  # the officer shared it on purpose
    contacts.export_contacts(db.sessions, "csv", target)
    assert mode(target) == 0o644 and target.read_text() != "old"


def test_an_office_left_open_is_tightened_with_a_notice(open_umask: None,
                                                        fresh_data_dir: Path) -> None:
    with Database(None) as db:
        path = db.path
        assert path is not None
        maintenance.backup(db)
    backup = next((fresh_data_dir / "backups").iterdir())
    for opened, bits in ((fresh_data_dir, 0o755), (path, 0o644), (backup, 0o644),
                         (backup.parent, 0o755)):
        opened.chmod(bits)
    with Database(None) as db:
        assert len(db.notices) == 1 and "only you" in db.notices[0]
        assert path.name in db.notices[0]
    assert mode(fresh_data_dir) == 0o700 and mode(path) == 0o600
    assert mode(backup) == 0o600 and mode(backup.parent) == 0o700
    with Database(None) as db:
        assert not db.notices  # said once


@pytest.mark.parametrize(("spoken", "words"), [("es", "solo usted"), ("fa", "فقط شما")])
def test_the_notice_is_said_in_the_interface_language(fresh_data_dir: Path, spoken: str,
                                                      words: str) -> None:
    Database(None).open().close()
    fresh_data_dir.chmod(0o755)
    language.set_language(spoken)
    try:
        with Database(None) as db:
            (notice,) = db.notices
    finally:
        language.set_language(language.ENGLISH)
    assert words in notice and fresh_data_dir.name in notice
    assert "only you" not in notice


def test_the_command_line_says_the_notice_in_one_line(fresh_data_dir: Path) -> None:
    Database(None).open().close()
    fresh_data_dir.chmod(0o755)
    done = subprocess.run([sys.executable, "-m", "delegate_app", "list", "people"],
                          capture_output=True, text=True, env=os.environ.copy(), timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stderr.count("\n") == 1 and "only you" in done.stderr
    assert mode(fresh_data_dir) == 0o700


def test_a_hard_link_to_a_database_in_use_is_refused(db_path: Path, tmp_path: Path) -> None:
    holder = _start_holder(db_path)
    try:
        alias = tmp_path / "elsewhere" / "alias.sqlite"
        alias.parent.mkdir()
        os.link(db_path, alias)
        with pytest.raises(DatabaseLockedError) as caught:
            Database(str(alias)).open()
        assert "another name" in caught.value.message
        assert f"process {holder.pid}" in caught.value.message
        symlink = tmp_path / "link.sqlite"
        symlink.symlink_to(db_path)
        with pytest.raises(DatabaseLockedError):
            Database(str(symlink)).open()
    finally:
        holder.kill()
        holder.wait()
    with Database(str(alias)) as database:  # free again once the holder is gone
        assert database.engine is not None


def test_a_folder_that_is_not_ours_is_never_closed(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """`--db /etc` once made /etc 0700: a folder given as the database, or a shared data
    folder (sticky, like /tmp), keeps its access."""
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o755)
    with pytest.raises(DatabaseError, match="is a folder"):
        Database(str(shared)).open()
    assert mode(shared) == 0o755
    public = tmp_path / "public"
    public.mkdir()
    public.chmod(0o1777)
    monkeypatch.setenv("DELEGATE_APP_DATA_DIR", str(public))
    with Database(str(tmp_path / "office.sqlite")) as db:
        assert not db.notices
    assert stat.S_IMODE(public.stat().st_mode) == 0o1777
