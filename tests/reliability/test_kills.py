"""kill -9 while saving and while exporting: every acknowledged save is still there, and an
export is the old file or the new one, never half of one; a temporary file left behind is
private and cleaned up at the next start (issue 13, item 9 of the brief's reliability suite).

The short runs are part of `make test`; `make reliability` runs the long ones.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from icalendar import Calendar
from openpyxl import load_workbook

from delegate_app.exports.atomic import TEMP_MARKER, clean_stale_temporaries
from tests.reliability.bounded import ROOT
from tests.reliability.long_runs import only_when_asked, report  # noqa: F401 - a fixture

SAVER = """
import sys
from delegate_app.domain.records import PersonInput
from delegate_app.services import people
from delegate_app.services.database import Database

db = Database(sys.argv[1]).open()
n = int(sys.argv[2])
print("ready", flush=True)
while True:
    people.create_person(db.sessions, PersonInput(f"Saved{n}", "Killed"))
    print(n, flush=True)  # acknowledged: the officer saw it saved
    n += 1
"""

EXPORTER = """
import sys
from pathlib import Path
from delegate_app.services import calendars, contacts, overview
from delegate_app.services.database import Database

db = Database(sys.argv[1], exclusive=False).open()
folder = Path(sys.argv[2])
trip = overview.list_delegations(db.sessions)[0].id
print("ready", flush=True)
while True:
    contacts.export_contacts(db.sessions, "xlsx", folder / "people.xlsx")
    calendars.write_calendar(calendars.delegation_calendar(db.sessions, trip),
                             folder / "trip.ics")
    print("written", flush=True)
"""


def _start(script: str, *args: str) -> subprocess.Popen[str]:
    child = subprocess.Popen([sys.executable, "-c", script, *args], cwd=ROOT,
                             stdout=subprocess.PIPE, text=True,
                             env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    return child


def _saved(path: Path) -> set[int]:
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return {int(given[5:]) for (given,) in conn.execute(
            "SELECT given_name FROM person WHERE family_name = 'Killed'")}


def kill_saves(path: Path, kills: int, rng: random.Random) -> tuple[int, int]:
    """(acknowledged saves, of which lost) over ``kills`` kills at random moments."""
    acknowledged: set[int] = set()
    next_number = 0
    for _ in range(kills):
        child = _start(SAVER, str(path), str(next_number))
        assert child.stdout is not None
        for _ in range(rng.randint(1, 40)):  # then the kill lands somewhere in a save
            acknowledged.add(int(child.stdout.readline()))
        time.sleep(rng.uniform(0, 0.02))
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        acknowledged.update(int(line) for line in child.stdout.read().split())
        next_number = max(acknowledged) + 1000  # an unacknowledged save may have landed
    return len(acknowledged), len(acknowledged - _saved(path))


def _expected(database: Path, folder: Path) -> dict[str, int]:
    """Rows of the workbook and events of the calendar, from one export nobody killed."""
    from delegate_app.services import calendars, contacts, overview
    from delegate_app.services.database import Database

    with Database(str(database), exclusive=False) as db:
        trip = overview.list_delegations(db.sessions)[0].id
        contacts.export_contacts(db.sessions, "xlsx", folder / "people.xlsx")
        calendars.write_calendar(calendars.delegation_calendar(db.sessions, trip),
                                 folder / "trip.ics")
    return {"people.xlsx": _workbook_rows(folder / "people.xlsx"),
            "trip.ics": _calendar_events(folder / "trip.ics")}


def kill_exports(database: Path, folder: Path, kills: int, rng: random.Random) -> tuple[int, int]:
    """(exports checked, of which torn) over ``kills`` kills at random moments."""
    expected = _expected(database, folder / "reference")
    torn = checked = 0
    for _ in range(kills):
        child = _start(EXPORTER, str(database), str(folder))
        time.sleep(rng.uniform(0.05, 1.5))
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        for temp in folder.glob(f"*{TEMP_MARKER}*"):  # the write that was cut short
            assert stat.S_IMODE(temp.stat().st_mode) == 0o600, temp
        for name, count in (("people.xlsx", _workbook_rows), ("trip.ics", _calendar_events)):
            if (folder / name).exists():
                checked += 1
                torn += count(folder / name) != expected[name]
    return checked, torn


def _workbook_rows(path: Path) -> int:
    try:
        return len(list(load_workbook(path, read_only=True).active.iter_rows(values_only=True)))
    except Exception:  # a torn file: counted by the caller
        return -1


def _calendar_events(path: Path) -> int:
    try:
        return len(Calendar.from_ical(path.read_bytes()).walk("VEVENT"))
    except Exception:  # a torn file: counted by the caller
        return -1


def test_no_acknowledged_save_is_lost_to_kill_9(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite"
    acknowledged, lost = kill_saves(path, 6, random.Random(13))
    report(f"kill -9 during saves: 6 kills, {acknowledged} acknowledged saves, {lost} lost")
    assert acknowledged > 6 and lost == 0


def test_no_export_is_torn_by_kill_9(sample_template: Path, tmp_path: Path) -> None:
    checked, torn = kill_exports(sample_template, tmp_path, 6, random.Random(13))
    report(f"kill -9 during exports: 6 kills, {checked} files checked, {torn} torn")
    assert checked and torn == 0
    time.sleep(0.05)
    assert not list(tmp_path.glob(f"*{TEMP_MARKER}*")) or clean_stale_temporaries((tmp_path,))
    assert not list(tmp_path.glob(f"*{TEMP_MARKER}*"))


@pytest.mark.long
@pytest.mark.timeout(4 * 3600)
@pytest.mark.usefixtures("only_when_asked")
def test_long_kill_runs(sample_template: Path, tmp_path: Path) -> None:
    rng = random.Random(2026)
    acknowledged, lost = kill_saves(tmp_path / "office.sqlite", 40, rng)
    report(f"kill -9 during saves: 40 kills, {acknowledged} acknowledged saves, {lost} lost")
    (tmp_path / "exports").mkdir()
    checked, torn = kill_exports(sample_template, tmp_path / "exports", 60, rng)
    report(f"kill -9 during exports: 60 kills, {checked} files checked, {torn} torn")
    assert lost == 0 and torn == 0
