"""GUI fixtures: the main window over a real database, with settings kept in tmp_path."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from delegate_app.services.database import Database
from delegate_app.ui import language
from delegate_app.ui.context import AppContext
from delegate_app.ui.history.activity_page import ActivityPage
from delegate_app.ui.main_window import MainWindow
from delegate_app.ui.pages.base import ListPage
from delegate_app.ui.settings import Settings
from delegate_app.ui.undo import UndoStack
from tests.conftest import SAMPLE_NOW, SAMPLE_TODAY

ROOT = Path(__file__).resolve().parents[2]


def translations_tool() -> ModuleType:
    """.ci/translations.py, the project's extraction and compile command, as a module."""
    name = "delegate_app_translations_tool"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / ".ci" / "translations.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # its dataclasses look their module up by name
        spec.loader.exec_module(module)
    return sys.modules[name]


@pytest.fixture(autouse=True)
def lists_load_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """List pages load their rows off the GUI thread; here they load as they are refreshed,
    so a test acts on a page straight after showing it (test_list_loading.py has the rows
    arrive from the worker as in the window)."""
    monkeypatch.setattr(ListPage, "load_at_once", True)
    monkeypatch.setattr(ActivityPage, "load_at_once", True)


@pytest.fixture(autouse=True)
def private_previews(tmp_path_factory: pytest.TempPathFactory,
                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Previews are written (and old ones swept) in this run's own folder, never in the
    machine's shared one, where another run (or the officer's own window) keeps its own."""
    from delegate_app.ui.dialogs import pdf_preview

    monkeypatch.setattr(pdf_preview, "PREVIEW_ROOT", tmp_path_factory.mktemp("previews"))


@pytest.fixture
def speak() -> Iterator[Callable[..., None]]:
    """Switch the interface's language (and calendar) before building a window; English and
    Gregorian again afterwards."""
    translations_tool().compile_all()  # as `make test` does, for a run straight from pytest
    yield language.apply
    language.apply("en", "gregorian")


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
