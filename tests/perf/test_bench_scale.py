"""Scale (run on demand with `make bench`): a synthetic office of 2,000 delegations and
100,000 itinerary items. Timings are printed, not asserted."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from delegate_app.services import checks, overview, synthetic
from delegate_app.services.database import Database
from delegate_app.ui.context import AppContext
from delegate_app.ui.main_window import MainWindow
from delegate_app.ui.settings import Settings
from delegate_app.ui.undo import UndoStack

pytestmark = pytest.mark.perf


@pytest.fixture(scope="module")
def big_office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path = tmp_path_factory.mktemp("big") / "office.sqlite"
    with Database(str(path)) as db:
        started = time.perf_counter()
        made = synthetic.make_synthetic_office(db.sessions, 100_000)
        print(f"\nsynthetic office {made} in {time.perf_counter() - started:.1f} s")
    db = Database(str(path)).open()
    yield db
    db.close()


def test_bench_delegations_page_opens_and_filters(big_office: Database, qtbot: QtBot,
                                                  tmp_path: Path) -> None:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(AppContext(big_office, UndoStack(), settings))
    qtbot.addWidget(window)
    started = time.perf_counter()
    page = window.show_page("delegations")
    opened = time.perf_counter() - started
    started = time.perf_counter()
    page.filter.setText("01234")
    filtered = time.perf_counter() - started
    print(f"\ndelegations page: open {opened * 1000:.0f} ms "
          f"({page.model.rowCount()} of {len(page.model.rows())} rows in the view), "
          f"filter {filtered * 1000:.0f} ms ({page.proxy.rowCount()} match)")
    assert page.proxy.rowCount() >= 1


def test_bench_conflicts_of_one_delegation(big_office: Database) -> None:
    some = overview.list_delegations(big_office.sessions)[1000].id
    best = min(_time(lambda: checks.check_delegation(big_office.sessions, some))
               for _ in range(5))
    print(f"\nconflicts of one delegation: best of 5 = {best * 1000:.1f} ms")


def _time(work: object) -> float:
    started = time.perf_counter()
    work()  # type: ignore[operator]
    return time.perf_counter() - started
