"""`gui --quit-when-ready`, the CI smoke test: the real window opens offscreen on the sample
plan, paints Today with its data, says how long that took and quits cleanly."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from delegate_app.services.database import Database

READY = re.compile(r"^delegate-app: window ready in \d+\.\d{3} s wall, \d+\.\d{3} s CPU$")


def _gui(db_path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "delegate_app", "--db", str(db_path), "gui", "--quit-when-ready"],
        capture_output=True, text=True, timeout=240,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


def test_the_window_opens_on_the_sample_plan_paints_today_and_quits(
        sample_template: Path, tmp_path: Path) -> None:
    target = tmp_path / "sample.sqlite"
    shutil.copy(sample_template, target)
    result = _gui(target)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1 and READY.match(lines[0]), result.stdout


def test_a_first_page_that_cannot_gather_its_data_fails_the_smoke_test(tmp_path: Path) -> None:
    """Today's query fails (its table is gone): the window says so and exits 1, not 0."""
    target = tmp_path / "broken.sqlite"
    with Database(str(target)) as db, db.engine.begin() as conn:
        conn.exec_driver_sql("DROP TABLE partnership")
    result = _gui(target)
    assert result.returncode == 1
    assert "Today could not be gathered" in result.stderr and "ready in" not in result.stdout


def test_the_first_window_loads_no_library_it_does_not_show(sample_template: Path,
                                                             tmp_path: Path) -> None:
    """Start-up does only what the first screen needs: the PDF, spreadsheet, vCard, calendar
    and CalDAV libraries load when an officer first prints, exports or publishes, Qt's PDF
    viewer with the first preview, and the other pages' modules when they are opened."""
    import json

    target = tmp_path / "sample.sqlite"
    shutil.copy(sample_template, target)
    probe = ("import contextlib, io, json, sys\n"
             "from delegate_app.__main__ import main\n"
             "with contextlib.redirect_stdout(io.StringIO()):\n"
             f"    code = main(['--db', {str(target)!r}, 'gui', '--quit-when-ready'])\n"
             "heavy = {'reportlab', 'openpyxl', 'vobject', 'caldav', 'icalendar', 'alembic',\n"
             "         'PySide6.QtPdf', 'delegate_app.ui.pages.people',\n"
             "         'delegate_app.ui.pages.cities', 'delegate_app.ui.history.activity_page'}\n"
             "loaded = {m.split('.')[0] for m in sys.modules} | set(sys.modules)\n"
             "print(json.dumps([code, sorted(loaded & heavy)]))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            timeout=240, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert json.loads(result.stdout.splitlines()[-1]) == [0, []], result.stderr[-2000:]
