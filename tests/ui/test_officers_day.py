"""The officer's day, by keyboard: open the mission, add a meeting that clashes and see the
conflict, undo it, move a summit session and see the open tab follow, print the host
dossier, export one member's calendar, mark a commitment done with evidence, and find a
Persian name typed with either keyboard's letters."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from delegate_app.domain.enums import CommitmentStatus, DueWindow, ItemKind
from delegate_app.services import commitments
from delegate_app.ui.dialogs.commitment_dialog import StatusDialog
from delegate_app.ui.dialogs.document_options import DocumentOptionsDialog
from delegate_app.ui.dialogs.export_calendar import ExportCalendarDialog
from delegate_app.ui.dialogs.item_dialog import ItemDialog
from delegate_app.ui.dialogs.search_dialog import SearchDialog
from delegate_app.ui.dialogs.summit_dialogs import SessionDialog
from delegate_app.ui.main_window import MainWindow

from .conftest import when_modal

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _press(qtbot: QtBot, key: Qt.Key, modifiers: Qt.KeyboardModifier = CTRL) -> None:
    """A key pressed wherever the officer's focus is, as the keyboard would deliver it
    (after a dialog closes, the main window's own focus widget has it again)."""
    target = QApplication.focusWidget()
    if target is None or not target.window().isVisible():
        main = next(w for w in QApplication.topLevelWidgets()
                    if isinstance(w, MainWindow) and w.isVisible())
        main.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is main, timeout=5000)
        target = main.focusWidget() or main
        target.setFocus()
    qtbot.keyClick(target, key, modifiers)


def _ok(dialog: QWidget, qtbot: QtBot) -> None:
    button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def test_the_officers_day_by_keyboard(window: MainWindow, qtbot: QtBot,
                                      tmp_path: Path) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    # Open the Buenos Aires–Tokyo mission: Ctrl+3, filter, Enter.
    _press(qtbot, Qt.Key.Key_3)
    page = window.current_page()
    assert page is window.pages["delegations"]
    _press(qtbot, Qt.Key.Key_F)
    qtbot.keyClicks(page.filter, "tokyo")
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    tab = page.tabs.currentWidget()
    assert "Tokyo" in tab.data.title
    conflicts_before = len(tab.found.conflicts)

    # A meeting at the same time as one the head of delegation attends: Ctrl+N in the tab.
    busy = next(r for r in tab.rows if r.data.kind is ItemKind.BILATERAL_MEETING
                and r.data.participants)
    tab.agenda.setFocus()
    tab.agenda.select_item(busy.id)

    def clash(dialog: QWidget) -> None:
        assert isinstance(dialog, ItemDialog)
        qtbot.keyClicks(dialog.title, "Call on the Consul General")
        start, _end = dialog._instants()  # type: ignore[misc]
        dialog.start.setDateTime(dialog.start.dateTime().addSecs(
            -int((start - busy.data.starts_at).total_seconds())))
        _ok(dialog, qtbot)

    failures = when_modal(qtbot, clash)
    _press(qtbot, Qt.Key.Key_N)
    assert failures == []
    assert any(r.data.title == "Call on the Consul General" for r in tab.rows)
    assert len(tab.found.conflicts) > conflicts_before
    assert "Consul General" in " ".join(c.message for c in tab.found.conflicts)
    _press(qtbot, Qt.Key.Key_Z)
    assert all(r.data.title != "Call on the Consul General" for r in tab.rows)
    assert len(tab.found.conflicts) == conflicts_before

    # Move a summit session on the Summits page; the open tab follows.
    linked = next(r for r in tab.rows if r.data.kind is ItemKind.SUMMIT_SESSION)
    _press(qtbot, Qt.Key.Key_2)
    summits = window.current_page()
    summit = next(s for s in summits.model.rows() if s.session_count > 10)
    summits.select(summit.id)
    row = next(i for i, x in enumerate(summits.sessions.rows())
               if x.id == linked.data.summit_session_id)
    summits.session_table.setFocus()
    summits.session_table.selectRow(row)

    def later(dialog: QWidget) -> None:
        assert isinstance(dialog, SessionDialog)
        dialog.end.setDateTime(dialog.end.dateTime().addSecs(1800))
        dialog.start.setDateTime(dialog.start.dateTime().addSecs(1800))
        _ok(dialog, qtbot)

    failures = when_modal(qtbot, later)
    _press(qtbot, Qt.Key.Key_E, CTRL | SHIFT)  # Edit session
    assert failures == []
    moved = next(r for r in tab.rows if r.id == linked.id)
    assert moved.data.starts_at == linked.data.starts_at + timedelta(minutes=30)

    # Back to the tab: print the host dossier (Ctrl+P), preview shown.
    _press(qtbot, Qt.Key.Key_3)
    page.tabs.setCurrentWidget(tab)
    tab.agenda.setFocus()

    def host_edition(dialog: QWidget) -> None:
        assert isinstance(dialog, DocumentOptionsDialog)
        edition = dialog.field("edition")
        assert isinstance(edition, QComboBox)
        edition.setCurrentIndex(edition.findData("host"))
        _ok(dialog, qtbot)

    failures = when_modal(qtbot, host_edition)
    _press(qtbot, Qt.Key.Key_P)
    assert failures == []
    job = tab.print_job
    with qtbot.waitSignal(job.settled, timeout=120_000) as outcome:  # type: ignore[union-attr]
        pass
    assert outcome.args == ["shown"]
    job.dialog.close()  # type: ignore[union-attr]

    # Export one member's calendar (Ctrl+Shift+E), for the hosts.
    target = tmp_path / "head.ics"

    def member(dialog: QWidget) -> None:
        assert isinstance(dialog, ExportCalendarDialog)
        dialog.member.setCurrentIndex(1)
        dialog.edition.setCurrentIndex(1)
        dialog.path.setText(str(target))
        _ok(dialog, qtbot)

    failures = when_modal(qtbot, member)
    with qtbot.waitSignal(tab.exported, timeout=30_000):
        _press(qtbot, Qt.Key.Key_E, CTRL | SHIFT)
    assert failures == []
    calendar = Calendar.from_ical(target.read_bytes())
    assert calendar.walk("VEVENT") and "hosts" in str(calendar["X-WR-CALNAME"])

    # Mark an overdue commitment done, with evidence (Ctrl+7, Ctrl+Shift+D).
    _press(qtbot, Qt.Key.Key_7)
    promises = window.current_page()
    promises.set_filter(due=DueWindow.OVERDUE)
    promises.table.setFocus()
    promises.table.selectRow(0)
    record = promises.current()

    def evidence(dialog: QWidget) -> None:
        assert isinstance(dialog, StatusDialog)
        qtbot.keyClicks(dialog.note, "Study sent by e-mail on the 3rd")
        _ok(dialog, qtbot)

    failures = when_modal(qtbot, evidence)
    _press(qtbot, Qt.Key.Key_D, CTRL | SHIFT)
    assert failures == []
    history = commitments.history(window.ctx.db.sessions, record.id)
    assert history[-1].to_status is CommitmentStatus.DONE
    assert "Study sent by e-mail" in history[-1].note

    # Search a Persian name with Persian and with Arabic letters (Ctrl+K).
    found: list[list[str]] = []
    for typed in ("فراهانی", "فراهاني"):
        _press(qtbot, Qt.Key.Key_K)
        dialog = QApplication.activeModalWidget() or next(
            w for w in QApplication.topLevelWidgets()
            if isinstance(w, SearchDialog) and w.isVisible())
        assert isinstance(dialog, SearchDialog)
        dialog.box.insert(typed)  # as a Persian or Arabic keyboard layout commits it
        qtbot.waitUntil(lambda d=dialog: d.results.count() > 0, timeout=5000)
        found.append([dialog.results.item(i).text() for i in range(dialog.results.count())])
        dialog.close()
    assert found[0] and found[0] == found[1]
