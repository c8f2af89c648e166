"""The officer's day, in the GUI only: build a trip, add people and items, see a conflict,
fix it by dragging on the timeline, undo and redo."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, QPoint, Qt, QTime
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from delegate_app.domain.enums import ItemKind
from delegate_app.ui.delegation.timeline import HOUR
from delegate_app.ui.delegation.workspace import DelegationWorkspace
from delegate_app.ui.dialogs.delegation_dialog import DelegationDialog
from delegate_app.ui.dialogs.item_dialog import ItemDialog
from delegate_app.ui.main_window import MainWindow

from .conftest import when_modal


def ok(dialog: QWidget) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def pick(box: object, text: str) -> None:
    index = box.findText(text, Qt.MatchFlag.MatchStartsWith)  # type: ignore[attr-defined]
    assert index >= 0, text
    box.setCurrentIndex(index)  # type: ignore[attr-defined]


def tick(checklist: object, *labels: str) -> None:
    view = checklist.list  # type: ignore[attr-defined]
    for label in labels:
        [item] = [view.item(n) for n in range(view.count())
                  if view.item(n).text().startswith(label)]
        item.setCheckState(Qt.CheckState.Checked)


def when(edit: object, moment: datetime) -> None:
    edit.setDateTime(QDateTime(QDate(moment.year, moment.month, moment.day),  # type: ignore[attr-defined]
                               QTime(moment.hour, moment.minute)))


def create_trip(window: MainWindow, qtbot: QtBot) -> DelegationWorkspace:
    page = window.show_page("delegations")

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, DelegationDialog)
        dialog.title.setText("Mayor of Tehran to Buenos Aires and Tokyo, 2027")
        pick(dialog.home, "Tehran")
        tick(dialog.destinations, "Buenos Aires", "Tokyo")
        dialog.starts.setDate(QDate(2027, 3, 6))
        dialog.ends.setDate(QDate(2027, 3, 16))
        ok(dialog)

    failures = when_modal(qtbot, fill)
    page.new_action.trigger()
    assert failures == []
    workspace = page.tabs.currentWidget()
    assert isinstance(workspace, DelegationWorkspace)
    assert workspace.summary.text().count("→") == 2  # Tehran → Buenos Aires → Tokyo
    return workspace


def add_members(workspace: DelegationWorkspace, *people: tuple[str, str]) -> None:
    for name, role in people:
        pick(workspace.members.people, name)
        pick(workspace.members.role, role)
        [add] = [b for b in workspace.members.findChildren(QWidget)
                 if getattr(b, "text", lambda: "")() == "Add"]
        add.click()


def add_item(workspace: DelegationWorkspace, qtbot: QtBot, kind: ItemKind, title: str,
             start: datetime, end: datetime, city: str, origin: str | None = None) -> None:
    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ItemDialog)
        dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
        if origin:
            pick(dialog.origin, origin)
        pick(dialog.city, city)
        dialog.title.setText(title)
        when(dialog.start, start)
        when(dialog.end, end)
        ok(dialog)

    failures = when_modal(qtbot, fill)
    workspace.new_item_action.trigger()
    assert failures == []


def conflicts_of(workspace: DelegationWorkspace, title: str) -> list[str]:
    [row] = [r for r in workspace.rows if r.data.title == title]
    return [c.rule for c in workspace.by_item.get(row.id, [])]


def test_plan_a_trip_see_a_conflict_fix_it_by_dragging(window: MainWindow, qtbot: QtBot) -> None:
    workspace = create_trip(window, qtbot)
    add_members(workspace, ("Dr Mehdi Farahani", "Head of delegation"),
                ("Dr Reza Karimi", "Advisor"), ("Ms Mina Rostami", "Interpreter"))
    names = [workspace.members.model.names[m.person_id]
             for m in workspace.members.model.members]
    assert names == ["Dr Mehdi Farahani", "Dr Reza Karimi", "Ms Mina Rostami"]

    add_item(workspace, qtbot, ItemKind.FLIGHT, "Flight Doha – Buenos Aires (QR 779)",
             datetime(2027, 3, 7, 1, 40), datetime(2027, 3, 7, 9, 30), "Buenos Aires",
             origin="Doha")
    flight = next(r for r in workspace.rows if r.data.kind is ItemKind.FLIGHT)
    assert flight.data.start_tz == "Asia/Qatar"
    assert flight.data.end_tz == "America/Argentina/Buenos_Aires"
    # 01:40 in Doha (UTC+3) to 09:30 in Buenos Aires (UTC-3): 13 h 50 min in the air.
    assert flight.data.ends_at - flight.data.starts_at == timedelta(hours=13, minutes=50)

    add_item(workspace, qtbot, ItemKind.BILATERAL_MEETING, "Meeting with the Jefe de Gobierno",
             datetime(2027, 3, 7, 10, 0), datetime(2027, 3, 7, 11, 0), "Buenos Aires")
    assert "tight_connection" in conflicts_of(workspace, "Meeting with the Jefe de Gobierno")
    assert workspace.tabs.tabText(3) == "Conflicts (1)"

    workspace.tabs.setCurrentWidget(workspace.timeline)
    workspace.zone.setCurrentText("America/Argentina/Buenos_Aires")
    meeting = next(r for r in workspace.rows if r.data.kind is ItemKind.BILATERAL_MEETING)
    drag_down(workspace, meeting.id, hours=2)
    assert conflicts_of(workspace, "Meeting with the Jefe de Gobierno") == []
    moved = next(r for r in workspace.rows if r.id == meeting.id)
    assert moved.data.starts_at - meeting.data.starts_at == timedelta(hours=2)

    window.undo_action.trigger()
    assert "tight_connection" in conflicts_of(workspace, "Meeting with the Jefe de Gobierno")
    window.redo_action.trigger()
    assert conflicts_of(workspace, "Meeting with the Jefe de Gobierno") == []


def drag_down(workspace: DelegationWorkspace, item_id: int, hours: int) -> None:
    view = workspace.timeline
    block = view.blocks[item_id]
    view.ensureVisible(block)
    centre = block.mapToScene(block.rect().center())
    start = view.mapFromScene(centre)
    end = view.mapFromScene(centre.x(), centre.y() + hours * HOUR)
    viewport = view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 11):
        point = QPoint(start.x(), start.y() + (end.y() - start.y()) * step // 10)
        QTest.mouseMove(viewport, point)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def test_export_a_members_calendar_from_the_workspace(window: MainWindow, qtbot: QtBot,
                                                      tmp_path: object) -> None:
    from icalendar import Calendar

    from delegate_app.ui.dialogs.export_calendar import ExportCalendarDialog

    page = window.show_page("delegations")
    trip = next(r.id for r in page.model.rows() if "Tokyo" in r.title)
    workspace = page.open(trip)
    target = tmp_path / "mayor.ics"  # type: ignore[operator]

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ExportCalendarDialog)
        dialog.member.setCurrentIndex(1)  # the head of delegation
        dialog.edition.setCurrentIndex(1)  # for our hosts
        dialog.path.setText(str(target))
        ok(dialog)

    failures = when_modal(qtbot, fill)
    with qtbot.waitSignal(workspace.exported, timeout=20_000):
        window.export_calendar_action.trigger()
    assert failures == []
    cal = Calendar.from_ical(target.read_bytes())
    assert "(programme for our hosts)" in str(cal["X-WR-CALNAME"])
    assert b"Briefing (internal)" not in target.read_bytes()


def test_import_a_calendar_with_a_preview_then_undo(window: MainWindow, qtbot: QtBot,
                                                    tmp_path: object) -> None:
    from delegate_app.services import calendars
    from delegate_app.ui.dialogs.import_preview import ImportPreviewDialog

    page = window.show_page("delegations")
    rows = page.model.rows()
    trip = next(r.id for r in rows if "Tokyo" in r.title)
    source = calendars.write_calendar(
        calendars.delegation_calendar(window.ctx.db.sessions, trip),
        tmp_path / "trip.ics")  # type: ignore[operator]
    draft = next(r.id for r in rows if r.status.value == "draft")
    workspace = page.open(draft)
    before = len(workspace.rows)
    seen: list[str] = []

    def confirm(dialog: QWidget) -> None:
        assert isinstance(dialog, ImportPreviewDialog)
        # The trip's December events fall outside the draft's dates: listed apart,
        # imported only once ticked.
        seen.append(dialog.optional.item(1).text())
        dialog.tick_all()
        ok(dialog)

    failures = when_modal(qtbot, confirm)
    workspace.import_calendar(str(source))
    qtbot.waitUntil(lambda: len(workspace.rows) > before, timeout=20_000)
    assert failures == [] and seen and "Flight" in seen[0]
    window.undo_action.trigger()
    assert len(workspace.rows) == before


def test_an_item_brought_back_by_redo_is_newer_than_what_calendars_last_had(
        window: MainWindow, qtbot: QtBot) -> None:
    """Undo of a new item removes it from every calendar; redo brings it back under the same
    UID, so its SEQUENCE must rise past the one calendars last saw (RFC 5546: a
    re-scheduled event with the same or a lower SEQUENCE is ignored as old news)."""
    workspace = create_trip(window, qtbot)
    add_members(workspace, ("Dr Mehdi Farahani", "Head of delegation"))
    start = datetime(2027, 3, 8, 10, 0)
    add_item(workspace, qtbot, ItemKind.BILATERAL_MEETING, "Meeting with the Jefe de Gobierno",
             start, start + timedelta(hours=1), "Buenos Aires")
    [row] = workspace.rows
    assert row.sequence == 0
    window.undo_action.trigger()  # calendars published since lose the meeting
    assert workspace.rows == []
    window.redo_action.trigger()
    [back] = workspace.rows
    assert back.uid == row.uid and back.sequence > row.sequence
