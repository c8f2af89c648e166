"""Open views follow every write: a summit session moved on the Summits page moves in the
open delegation tab (agenda and timeline), and so do its undo, redo and an import."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from delegate_app.domain.enums import ItemKind
from delegate_app.services import delegations, summits
from delegate_app.ui.delegation.workspace import DelegationWorkspace
from delegate_app.ui.dialogs.summit_dialogs import SessionDialog
from delegate_app.ui.main_window import MainWindow

from .conftest import when_modal
from .test_summits_page import ok


def _tokyo_tab(window: MainWindow) -> DelegationWorkspace:
    page = window.show_page("delegations")
    trip = next(r.id for r in page.model.rows() if "Tokyo" in r.title)
    return page.open(trip)  # type: ignore[no-any-return]


def _shown(workspace: DelegationWorkspace, item_id: int) -> tuple[object, str, float]:
    """When the agenda's row says the item starts (data and the time column's text), and
    where the timeline draws it."""
    index = workspace.agenda_model.index_of(item_id)
    row = workspace.agenda_model.item_at(index)
    assert row is not None
    block = workspace.timeline.blocks[item_id]
    return (row.data.starts_at, index.data(), block.mapRectToScene(block.rect()).top())


def test_moving_a_session_moves_it_in_the_open_tab_with_undo_and_redo(
        window: MainWindow, qtbot: QtBot) -> None:
    workspace = _tokyo_tab(window)
    linked = next(r for r in workspace.rows if r.data.kind is ItemKind.SUMMIT_SESSION)
    before = _shown(workspace, linked.id)
    page = window.show_page("summits")  # the tab stays open behind another page
    session_id = linked.data.summit_session_id
    summit_id = next(s.id for s in page.model.rows()
                     if any(x.id == session_id for x in _programme(window, s.id)))
    page.select(summit_id)
    row = next(i for i, x in enumerate(page.sessions.rows()) if x.id == session_id)
    page.session_table.selectRow(row)

    def later(dialog: QWidget) -> None:
        assert isinstance(dialog, SessionDialog)
        dialog.end.setDateTime(dialog.end.dateTime().addSecs(3600))
        dialog.start.setDateTime(dialog.start.dateTime().addSecs(3600))
        ok(dialog)

    failures = when_modal(qtbot, later)
    page.edit_session_action.trigger()  # the toolbar's action, as an officer uses it
    assert failures == []
    moved = _shown(workspace, linked.id)
    assert moved[0] == before[0] + timedelta(hours=1)  # type: ignore[operator]
    assert moved[1] != before[1]  # the time the agenda prints
    assert moved[2] > before[2]  # drawn an hour lower in the day column
    window.undo_action.trigger()
    assert _shown(workspace, linked.id) == before
    window.redo_action.trigger()
    assert _shown(workspace, linked.id) == moved


def _programme(window: MainWindow, summit_id: int) -> list[object]:
    from delegate_app.services import programmes

    return list(programmes.summit_programme(window.ctx.db.sessions, summit_id).lines)


def test_an_edit_made_outside_the_window_reaches_the_open_tab(window: MainWindow,
                                                             qtbot: QtBot) -> None:
    """A write that is not one of this window's commands (a background job, later a
    colleague) arrives through the same path, on the next turn of the event loop."""
    workspace = _tokyo_tab(window)
    linked = next(r for r in workspace.rows if r.data.kind is ItemKind.SUMMIT_SESSION)
    sessions = window.ctx.db.sessions
    session_id = linked.data.summit_session_id
    assert session_id is not None
    version, data = summits.get_session(sessions, session_id)
    with qtbot.waitSignal(window.ctx.changes.changed, timeout=5000):
        summits.update_session(sessions, session_id, version, replace(
            data, starts_at=data.starts_at + timedelta(minutes=30),
            ends_at=data.ends_at + timedelta(minutes=30)))
    assert _shown(workspace, linked.id)[0] == linked.data.starts_at + timedelta(minutes=30)


def _hosts_calendar(first_day: date, target: Path) -> Path:
    """Two meetings on the delegation's first day, as the host city's office sends them."""
    day = f"{first_day:%Y%m%d}"
    target.write_text("\r\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Host city//Protocol//ES",
        "BEGIN:VEVENT", "UID:host-1@example.org", f"DTSTAMP:{day}T080000Z",
        f"DTSTART:{day}T130000Z", f"DTEND:{day}T140000Z", "SUMMARY:Courtesy call", "END:VEVENT",
        "BEGIN:VEVENT", "UID:host-2@example.org", f"DTSTAMP:{day}T080000Z",
        f"DTSTART:{day}T160000Z", f"DTEND:{day}T170000Z", "SUMMARY:Working lunch",
        "END:VEVENT", "END:VCALENDAR", ""]), encoding="utf-8")
    return target


def test_an_import_reaches_the_open_tab_and_the_list(window: MainWindow, qtbot: QtBot,
                                                     tmp_path: Path) -> None:
    page = window.show_page("delegations")
    draft = next(r for r in page.model.rows() if r.status.value == "draft")
    workspace = page.open(draft.id)
    before, drawn = len(workspace.rows), set(workspace.timeline.blocks)
    failures = when_modal(qtbot, ok)
    workspace.import_calendar(str(_hosts_calendar(draft.starts_on, tmp_path / "host.ics")))
    qtbot.waitUntil(lambda: len(workspace.rows) == before + 2, timeout=20_000)
    assert failures == []
    assert sum(len(items) for _, items in workspace.agenda_model.days) == before + 2
    new = {r.id for r in workspace.rows if r.data.title in ("Courtesy call", "Working lunch")}
    assert len(new) == 2 and set(workspace.timeline.blocks) == drawn | new
    listed = next(r for r in page.model.rows() if r.id == draft.id)
    assert listed.item_count == draft.item_count + 2  # the list behind the tab too
    window.undo_action.trigger()
    assert len(workspace.rows) == before and set(workspace.timeline.blocks) == drawn
    window.redo_action.trigger()
    assert len(workspace.rows) == before + 2


def test_a_delegation_deleted_elsewhere_closes_its_tab(window: MainWindow,
                                                       qtbot: QtBot) -> None:
    page = window.show_page("delegations")
    draft = next(r for r in page.model.rows() if r.status.value == "draft")
    page.open(draft.id)
    tabs = page.tabs.count()
    sessions = window.ctx.db.sessions
    with qtbot.waitSignal(window.ctx.changes.changed, timeout=5000):
        delegations.delete_delegation(sessions, draft.id,
                                      delegations.get_delegation(sessions, draft.id)[0])
    assert page.tabs.count() == tabs - 1 and draft.id not in page.workspaces
    assert all(r.id != draft.id for r in page.model.rows())
