"""Versions from the delegation's tab: issue one, see what changed since it in either
edition, print the change sheet into the preview, start a new draft from it and undo that."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot

from delegate_app.domain.version_changes import ChangeKind
from delegate_app.services import itinerary
from delegate_app.ui.delegation import versions as versions_ui
from delegate_app.ui.delegation.workspace import DelegationWorkspace
from delegate_app.ui.main_window import MainWindow


def _trip(window: MainWindow) -> DelegationWorkspace:
    page = window.show_page("delegations")
    return page.open(next(r.id for r in page.model.rows() if "Tokyo" in r.title))


def _reception(ws: DelegationWorkspace) -> object:
    return next(r for r in ws.rows if r.data.title.startswith("Reception at the residence"))


def test_issue_compare_print_and_start_a_new_draft(qtbot: QtBot, window: MainWindow) -> None:
    ws = _trip(window)
    assert ws.issue_version_action.text() == "Issue version…"
    with qtbot.waitSignal(ws.version_issued, timeout=60_000) as issued:
        versions_ui.issue_version(ws, "Sent to the Governor's office")
    assert issued.args[0].number == 1
    reception = _reception(ws)
    later = timedelta(hours=5, minutes=30)  # past midnight in Tokyo
    assert ws.move_item(reception.id, reception.data.starts_at + later,  # type: ignore[attr-defined]
                        reception.data.ends_at + later)  # type: ignore[attr-defined]

    dialog = versions_ui.show_versions(ws)
    assert dialog.model.rowCount() == 1 and dialog.selected().number == 1  # type: ignore[union-attr]
    assert dialog.target.currentText() == "The current draft"
    with qtbot.waitSignal(dialog.shown, timeout=30_000) as shown:
        dialog.show_changes()
    assert [c.kind for c in shown.args[0].changes] == [ChangeKind.MOVED]
    html = dialog.view.toPlainText()
    assert "Tuesday 15 December 2026" in html and "00:30 Tokyo" in html
    assert "Mon 14 Dec, 19:00–21:00 Tokyo → Tue 15 Dec, 00:30–02:30 Tokyo" in html
    with qtbot.waitSignal(dialog.shown, timeout=30_000) as shown:
        dialog.edition.setCurrentIndex(dialog.edition.findData("host"))
    assert shown.args[0].edition == "host"

    job = dialog.print_change_sheet()
    assert job is not None
    with qtbot.waitSignal(job.settled, timeout=60_000) as outcome:
        pass
    assert outcome.args == ["shown"] and job.dialog.page_count() == 1
    job.dialog.close()
    job = dialog.print_marked_dossier()
    assert job is not None
    with qtbot.waitSignal(job.settled, timeout=120_000) as outcome:
        pass
    assert outcome.args == ["shown"] and job.dialog.page_count() > 5
    assert "changes since version 1" in job.dialog.suggested_name
    job.dialog.close()

    assert dialog.start_new_draft(confirm=False)
    back = next(r for r in itinerary.item_rows(window.ctx.db.sessions, ws.delegation_id)
                if r.id == reception.id)  # type: ignore[attr-defined]
    assert back.data.starts_at == reception.data.starts_at  # type: ignore[attr-defined]
    assert window.ctx.undo.undoText() == "New draft from version 1"
    window.ctx.undo.undo()
    moved = next(r for r in ws.rows if r.id == reception.id)  # type: ignore[attr-defined]
    assert moved.data.starts_at == reception.data.starts_at + later  # type: ignore[attr-defined]
    dialog.close()


def test_the_versions_dialog_of_a_delegation_without_any(qtbot: QtBot,
                                                          window: MainWindow) -> None:
    ws = _trip(window)
    dialog = versions_ui.show_versions(ws)
    assert dialog.model.rowCount() == 0
    assert "No version issued yet" in dialog.view.toPlainText()
    assert not dialog.changes_button.isEnabled() and not dialog.restore_button.isEnabled()
    dialog.close()
