"""GUI fixtures: the main window over a real database, with settings kept in tmp_path."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from delegate_app.services.database import Database
from delegate_app.ui.context import AppContext
from delegate_app.ui.main_window import MainWindow
from delegate_app.ui.settings import Settings
from delegate_app.ui.undo import UndoStack
from tests.conftest import SAMPLE_NOW, SAMPLE_TODAY


def make_window(qtbot: QtBot, database: Database, tmp_path: Path) -> MainWindow:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    ctx = AppContext(database, UndoStack(), settings, today=lambda: SAMPLE_TODAY,
                     now=lambda: SAMPLE_NOW)
    window = MainWindow(ctx)
    ctx.undo.setParent(window)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def window(qtbot: QtBot, sample_db: Database, tmp_path: Path) -> Iterator[MainWindow]:
    yield make_window(qtbot, sample_db, tmp_path)


@pytest.fixture
def empty_window(qtbot: QtBot, db: Database, tmp_path: Path) -> Iterator[MainWindow]:
    yield make_window(qtbot, db, tmp_path)


def when_modal(qtbot: QtBot, handle: Callable[[QWidget], None]) -> list[str]:
    """Run ``handle`` on the next modal dialog as soon as it is shown; returns failures."""
    failures: list[str] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, poll)
            return
        try:
            handle(dialog)
        except Exception as exc:  # reported by the test after exec() returns
            failures.append(repr(exc))
            dialog.close()

    QTimer.singleShot(0, poll)
    return failures


def today(qtbot: QtBot, window: MainWindow) -> QWidget:
    """The Today page once it has gathered the day (it does so off the GUI thread)."""
    page = window.show_page("today")
    with qtbot.waitSignal(page.ready, timeout=30_000):  # type: ignore[attr-defined]
        page.refresh()  # type: ignore[attr-defined]
    return page
