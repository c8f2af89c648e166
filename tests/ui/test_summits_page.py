"""Summits in the GUI: a new summit, its programme, and a session taken into a delegation."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from delegate_app.domain.enums import ItemKind
from delegate_app.ui.dialogs.summit_dialogs import SessionDialog, SummitDialog
from delegate_app.ui.main_window import MainWindow

from .conftest import when_modal


def ok(dialog: QWidget) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def test_new_summit_and_session_then_undo(window: MainWindow, qtbot: QtBot) -> None:
    page = window.show_page("summits")
    before = len(page.model.rows())

    def summit(dialog: QWidget) -> None:
        assert isinstance(dialog, SummitDialog)
        dialog.title.setText("U20 Mayors Summit 2027")
        dialog.host.setCurrentIndex(dialog.host.findText("Tokyo", Qt.MatchFlag.MatchStartsWith))
        dialog.starts.setDate(QDate(2027, 9, 6))
        dialog.ends.setDate(QDate(2027, 9, 7))
        ok(dialog)

    failures = when_modal(qtbot, summit)
    page.new_action.trigger()
    assert failures == []
    assert len(page.model.rows()) == before + 1
    assert page.current().title == "U20 Mayors Summit 2027"

    def session(dialog: QWidget) -> None:
        assert isinstance(dialog, SessionDialog)
        assert "Tokyo" in dialog.start.displayFormat()
        dialog.title.setText("Opening plenary")
        ok(dialog)

    failures = when_modal(qtbot, session)
    page.new_session_action.trigger()
    assert failures == []
    assert [line.title for line in page.sessions.rows()] == ["Opening plenary"]
    assert page.sessions.rows()[0].starts == "09:00"  # nine in the morning in Tokyo
    window.undo_action.trigger()
    assert page.sessions.rows() == []


def test_sessions_of_the_summit_join_the_itinerary(window: MainWindow, qtbot: QtBot) -> None:
    page = window.show_page("delegations")
    trip = next(r.id for r in page.model.rows() if "Tokyo" in r.title)
    workspace = page.open(trip)
    linked = sum(1 for r in workspace.rows if r.data.kind is ItemKind.SUMMIT_SESSION)

    def pick_first(dialog: QWidget) -> None:
        [checklist] = [w for w in dialog.findChildren(QWidget) if type(w).__name__ == "CheckList"]
        checklist.list.item(0).setCheckState(Qt.CheckState.Checked)
        ok(dialog)

    failures = when_modal(qtbot, pick_first)
    workspace.add_sessions_action.trigger()
    assert failures == []
    assert sum(1 for r in workspace.rows if r.data.kind is ItemKind.SUMMIT_SESSION) == linked + 1
    window.undo_action.trigger()
    assert sum(1 for r in workspace.rows if r.data.kind is ItemKind.SUMMIT_SESSION) == linked


def test_export_the_programme_calendar(window: MainWindow, qtbot: QtBot, tmp_path: object) -> None:
    from icalendar import Calendar

    page = window.show_page("summits")
    page.select(next(r.id for r in page.model.rows() if r.session_count > 10))
    target = tmp_path / "summit.ics"  # type: ignore[operator]
    with qtbot.waitSignal(page.exported, timeout=20_000):
        page.export_calendar(str(target))
    cal = Calendar.from_ical(target.read_bytes())
    assert len(cal.walk("VEVENT")) == page.current().session_count
    assert {tz["TZID"] for tz in cal.walk("VTIMEZONE")} == {"America/Argentina/Buenos_Aires"}
