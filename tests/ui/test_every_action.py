"""Every action of every page and tab: no shortcut is ambiguous where the officer's focus
is, and triggering any action (menu, toolbar or shortcut alike) never raises."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar, QToolBar, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from delegate_app.ui.main_window import MainWindow


def _contains(ancestor: QWidget, widget: QWidget | None) -> bool:
    while widget is not None:
        if widget is ancestor:
            return True
        widget = widget.parentWidget()
    return False


def _active(action: QAction, focus: QWidget, by_key: bool = True) -> bool:
    """Qt's rule for whether ``action``'s shortcut would fire with ``focus`` focused (with
    ``by_key`` off: whether the officer can reach it there, by key, toolbar or menu)."""
    if not action.isEnabled() or (by_key and action.shortcut().isEmpty()):
        return False
    context = action.shortcutContext()
    for owner in action.associatedObjects():
        if not isinstance(owner, QWidget) or isinstance(owner, QMenu | QMenuBar | QToolBar
                                                        | QToolButton):
            continue  # menus and toolbars show it; the owner widget decides where it fires
        if not owner.isVisible() or owner.window() is not focus.window():
            continue
        if context == Qt.ShortcutContext.ApplicationShortcut or \
                context == Qt.ShortcutContext.WindowShortcut:
            return True
        if context == Qt.ShortcutContext.WidgetWithChildrenShortcut and _contains(owner, focus):
            return True
        if context == Qt.ShortcutContext.WidgetShortcut and owner is focus:
            return True
    return False


def _clashes(window: MainWindow, focus: QWidget) -> list[str]:
    keys: Counter[str] = Counter()
    names: dict[str, list[str]] = {}
    for action in window.findChildren(QAction):
        if _active(action, focus):
            for sequence in action.shortcuts():
                key = sequence.toString()
                keys[key] += 1
                names.setdefault(key, []).append(action.text())
    return [f"{key}: {names[key]}" for key, n in keys.items() if n > 1]


def _places(window: MainWindow) -> Iterator[tuple[str, QWidget]]:
    """Every page, and every tab of an open delegation, with the widget an officer focuses."""
    for key in window.pages:
        page = window.show_page(key)
        yield key, getattr(page, "table", None) or getattr(page, "view", page)
        if key == "delegations":
            workspace = page.open(next(r.id for r in page.model.rows() if "Tokyo" in r.title))
            for index in range(workspace.tabs.count()):
                workspace.tabs.setCurrentIndex(index)
                yield f"delegation tab {workspace.tabs.tabText(index)}", \
                    workspace.tabs.currentWidget()
            page.tabs.setCurrentIndex(0)
            yield "delegations list again", page.table


def test_no_shortcut_is_ambiguous_anywhere(window: MainWindow) -> None:
    found = []
    for place, focus in _places(window):
        focus.setFocus()
        found += [f"{place} — {clash}" for clash in _clashes(window, focus)]
    assert found == [], "\n".join(found)


def _close_every_dialog() -> QTimer:
    """Dismiss whatever modal dialog an action opens, as an officer pressing Escape."""
    timer = QTimer()
    timer.setInterval(20)

    def close() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            dialog.close()

    timer.timeout.connect(close)
    timer.start()
    return timer


SKIP = {"&Quit"}  # closes the window under test


@pytest.mark.timeout(600)
def test_every_action_of_every_page_and_tab_runs(window: MainWindow, qtbot: QtBot) -> None:
    timer = _close_every_dialog()
    seen: set[int] = set()
    for _place, focus in _places(window):
        focus.setFocus()
        page = window.current_page()
        for table in (getattr(page, "table", None), getattr(page, "session_table", None)):
            if table is not None and table.model().rowCount():
                table.selectRow(0)  # actions on the selected record are live
        for action in window.findChildren(QAction):
            if not shiboken6.isValid(action):  # an earlier action closed its tab or dialog
                continue
            if id(action) in seen or action.text() in SKIP or not _active(action, focus,
                                                                           by_key=False):
                continue
            seen.add(id(action))
            action.trigger()  # an exception in any slot fails the test (pytest-qt)
            qtbot.wait(1)
    timer.stop()
    assert len(seen) > 40
