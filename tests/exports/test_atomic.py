"""Atomic writes, and the start-up clean-up of what an interrupted write left behind."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from delegate_app.exports.atomic import TEMP_MARKER, atomic_write, clean_stale_temporaries
from delegate_app.services.database import Database


def test_atomic_write_replaces_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "programme.ics"
    target.write_bytes(b"old")
    atomic_write(target, b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["programme.ics"]


def test_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "dossier.pdf"
    target.write_bytes(b"the mayor's dossier")

    def broken_replace(*_: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        atomic_write(target, b"half")
    assert target.read_bytes() == b"the mayor's dossier"
    assert [p.name for p in tmp_path.iterdir()] == ["dossier.pdf"]


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_stale_temporaries_are_removed_at_start_up(tmp_path: Path, db_path: Path) -> None:
    exports = tmp_path / "exports"
    atomic_write(exports / "done.ics", b"ok")  # registers the folder
    stale = exports / f"programme.ics{TEMP_MARKER}{_dead_pid()}"
    stale.write_bytes(b"half-written")
    old = exports / f"badges.pdf{TEMP_MARKER}{os.getpid()}"
    old.write_bytes(b"ancient")
    an_hour_ago = time.time() - 7200
    os.utime(old, (an_hour_ago, an_hour_ago))
    live = exports / f"dossier.pdf{TEMP_MARKER}{os.getpid()}"
    live.write_bytes(b"being written right now")
    with Database(str(db_path)):
        pass
    assert not stale.exists() and not old.exists()
    assert live.exists() and (exports / "done.ics").read_bytes() == b"ok"
    assert clean_stale_temporaries() == []
