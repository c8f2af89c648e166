"""The shared office in the window, on a real server: who is signed in and what they may do,
a colleague's change arriving in an open delegation tab, a concurrent edit ending in the
field-by-field choice with nothing lost, and the server going away and coming back."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from delegate_app.domain.enums import ItemKind
from delegate_app.domain.office import Role
from delegate_app.services import itinerary, people
from delegate_app.services.database import Database
from delegate_app.ui.delegation.workspace import DelegationWorkspace
from delegate_app.ui.dialogs.item_dialog import ItemDialog
from delegate_app.ui.dialogs.person_dialog import PersonDialog
from delegate_app.ui.main_window import MainWindow
from delegate_app.ui.office import permissions
from delegate_app.ui.office.conflict import ConflictDialog
from tests.ui.conftest import (  # noqa: F401  (rows load and previews go as in tests/ui)
    lists_load_at_once,
    make_window,
    private_previews,
    when_modal,
)
from tests.ui.test_summits_page import ok

from .conftest import Office, crash_and_restart

SHOTS = os.environ.get("DELEGATE_APP_SHOTS")  # a folder: the tests save what they show


def shot(widget: QWidget, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


@pytest.fixture
def signed_in(office: Office, qtbot: QtBot, tmp_path: Path
              ) -> Iterator[Callable[[str, Role], tuple[str, MainWindow]]]:
    """Open the window as a new officer with a role; everything is closed afterwards."""
    opened: list[Database] = []

    def open_as(first_name: str, role: Role) -> tuple[str, MainWindow]:
        login, address = office.add(first_name, role)
        db = Database(address).open()
        opened.append(db)
        window = make_window(qtbot, db, tmp_path / login)
        assert db.live is not None and db.live.wait_until_listening(10)
        return login, window

    yield open_as
    for db in opened:
        db.close()


def tokyo(window: MainWindow) -> DelegationWorkspace:
    page = window.show_page("delegations")
    trip = next(r.id for r in page.model.rows() if "Tokyo" in r.title)
    return page.open(trip)  # type: ignore[no-any-return]


def meeting(workspace: DelegationWorkspace) -> int:
    return next(r.id for r in workspace.rows if r.data.kind is ItemKind.BILATERAL_MEETING
                and r.data.summit_session_id is None)


def when_conflict(qtbot: QtBot, handle: Callable[[ConflictDialog], None]) -> list[str]:
    """Like when_modal, but waits for the field-by-field dialog itself."""
    failures: list[str] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConflictDialog):
            QTimer.singleShot(10, poll)
            return
        try:
            handle(dialog)
        except Exception as exc:
            failures.append(repr(exc))
            dialog.reject()

    QTimer.singleShot(0, poll)
    return failures


def test_a_viewer_sees_who_is_signed_in_and_every_change_greyed_out_with_why(
        signed_in: Callable[[str, Role], tuple[str, MainWindow]], qtbot: QtBot) -> None:
    login, window = signed_in("mayors.cabinet", Role.VIEWER)
    assert window.signed_in.text() == f"Signed in as {login} — Viewer"
    workspace = tokyo(window)
    workspace.agenda.select_item(meeting(workspace))
    for key in ("people", "commitments", "cities", "summits"):
        page = window.show_page(key)
        page.table.selectRow(0)  # type: ignore[attr-defined]
        page.update_actions()  # type: ignore[attr-defined]
    window.show_page("delegations")
    shot(window, "office-viewer")
    actions = window.findChildren(QAction)
    writing = [a for a in actions if a.property(permissions.WRITES)]
    names = {a.text() for a in writing}
    assert {"New person", "Edit", "Delete", "New item", "Edit item", "Cancel item",
            "Record outcome…", "Import calendar…", "Start", "Mark done…", "Drop…", "Archive",
            "Load &sample plan…", "Import c&ontacts…"} <= names
    for action in writing:
        assert not action.isEnabled(), action.text()
        assert action.toolTip().startswith(
            f"Signed in as {login}, with the role Viewer"), action.text()
    for action in (workspace.export_action, workspace.dossier_action, workspace.cards_action):
        assert action.isEnabled()  # reading and printing stay open
    workspace.edit_item()  # a double-click reaches it too: no editor opens (it would block)
    assert "may read the programme but not change it" in window.statusBar().currentMessage()


def test_an_officer_may_edit_but_archiving_is_for_the_head(
        signed_in: Callable[[str, Role], tuple[str, MainWindow]]) -> None:
    login, window = signed_in("sara", Role.OFFICER)
    assert window.signed_in.text() == f"Signed in as {login} — Officer"
    page = window.show_page("delegations")
    page.table.selectRow(0)  # type: ignore[attr-defined]
    actions = {a.text(): a for a in page.toolbar.actions()}  # type: ignore[attr-defined]
    assert actions["Edit details"].isEnabled() and actions["Delete"].isEnabled()
    assert not actions["Archive"].isEnabled()
    assert actions["Archive"].toolTip() == (
        f"Only the head of protocol may do this; {login} has the role Officer.")
    _, head = signed_in("chief", Role.HEAD)
    page = head.show_page("delegations")
    page.table.selectRow(0)  # type: ignore[attr-defined]
    assert {a.text(): a for a in page.toolbar.actions()}["Archive"].isEnabled()  # type: ignore[attr-defined]


def test_a_colleagues_change_appears_in_the_open_tab_within_two_seconds(
        signed_in: Callable[[str, Role], tuple[str, MainWindow]], qtbot: QtBot) -> None:
    sara, first = signed_in("sara", Role.OFFICER)
    _, second = signed_in("reza", Role.OFFICER)
    mine, theirs = tokyo(first), tokyo(second)
    second.show_page("people")  # the tab is open behind another page
    item_id = meeting(mine)
    version, data = itinerary.get_item(first.ctx.db.sessions, item_id)
    itinerary.update_item(first.ctx.db.sessions, item_id, version,
                          replace(data, title="Courtesy call with the Governor"))

    def shown() -> bool:
        return any(r.id == item_id and r.data.title == "Courtesy call with the Governor"
                   for r in theirs.rows)

    qtbot.waitUntil(shown, timeout=2000)
    assert second.statusBar().currentMessage() == f"{sara} changed an itinerary item"


def test_a_concurrent_item_edit_ends_in_the_field_by_field_choice_with_nothing_lost(
        signed_in: Callable[[str, Role], tuple[str, MainWindow]], qtbot: QtBot) -> None:
    sara, first = signed_in("sara", Role.OFFICER)
    _, second = signed_in("reza", Role.OFFICER)
    workspace = tokyo(second)
    item_id = meeting(workspace)
    workspace.agenda.select_item(item_id)
    colleague = first.ctx.db.sessions
    seen: dict[str, object] = {}

    def choose(conflict: ConflictDialog) -> None:
        seen["rows"] = [(r.caption, r.i_changed) for r in conflict.rows]
        shot(conflict, "office-conflict")
        conflict.save_button.click()

    def in_form(dialog: QWidget) -> None:
        assert isinstance(dialog, ItemDialog)
        dialog.venue.setText("Tokyo Metropolitan Government, 7th floor")
        dialog.briefing.setPlainText("Bring the tram study; ask about the 2027 exchange.")
        version, data = itinerary.get_item(colleague, item_id)  # Sara saves meanwhile
        itinerary.update_item(colleague, item_id, version, replace(
            data, title="Courtesy call with the Governor", venue="City Hall, 1st floor"))
        qtbot.waitUntil(dialog.notice.isVisible, timeout=5000)
        assert dialog.notice.text().startswith(f"⚠ {sara} changed this itinerary item")
        assert dialog.venue.text() == "Tokyo Metropolitan Government, 7th floor"  # untouched
        shot(dialog, "office-dialog-notice")
        seen["failures"] = when_conflict(qtbot, choose)
        ok(dialog)

    failures = when_modal(qtbot, in_form)
    workspace.edit_item()
    assert failures == [] and seen["failures"] == []
    assert seen["rows"] == [("Title", False), ("Venue", True), ("Briefing", True)]
    _, saved = itinerary.get_item(colleague, item_id)
    assert saved.title == "Courtesy call with the Governor"  # hers, which Reza left alone
    assert saved.venue == "Tokyo Metropolitan Government, 7th floor"  # his, chosen
    assert saved.briefing.startswith("Bring the tram study")  # his, never lost
    qtbot.waitUntil(lambda: any(r.id == item_id and r.data.venue.startswith("Tokyo Metro")
                                for r in workspace.rows), timeout=2000)
    second.ctx.undo.undo()  # undo puts back Sara's version, not the one Reza first opened
    assert itinerary.get_item(colleague, item_id)[1].venue == "City Hall, 1st floor"


def test_a_person_saved_first_by_a_colleague_is_compared_field_by_field(
        signed_in: Callable[[str, Role], tuple[str, MainWindow]], qtbot: QtBot) -> None:
    _, first = signed_in("sara", Role.OFFICER)
    _, second = signed_in("reza", Role.OFFICER)
    page = second.show_page("people")
    person = people.list_people(second.ctx.db.sessions)[0]
    page.select(person.id)  # type: ignore[attr-defined]
    colleague = first.ctx.db.sessions
    seen: dict[str, object] = {}

    def choose(conflict: ConflictDialog) -> None:
        seen["rows"] = [(r.caption, r.i_changed) for r in conflict.rows]
        conflict.choose("Phone", mine=True)  # the officer insists on their number too
        conflict.save_button.click()

    def in_form(dialog: QWidget) -> None:
        assert isinstance(dialog, PersonDialog)
        dialog.field("position").setText("Deputy Mayor for Climate")  # type: ignore[attr-defined]
        dialog.field("phone").setText("+81 3 5321 1111")  # type: ignore[attr-defined]
        version, data = people.get_person(colleague, person.id)
        people.update_person(colleague, person.id, version,
                             replace(data, phone="+81 3 0000 0000", email="new@tokyo.jp"))
        qtbot.waitUntil(dialog.notice.isVisible, timeout=5000)
        seen["failures"] = when_conflict(qtbot, choose)
        ok(dialog)

    failures = when_modal(qtbot, in_form)
    page.activate()  # type: ignore[attr-defined]
    assert failures == [] and seen["failures"] == []
    assert seen["rows"] == [("Position", True), ("E-mail", False), ("Phone", True)]
    _, saved = people.get_person(colleague, person.id)
    assert (saved.position, saved.phone, saved.email) == (
        "Deputy Mayor for Climate", "+81 3 5321 1111", "new@tokyo.jp")


def test_the_window_says_when_the_server_is_gone_and_recovers_by_itself(
        office: Office, signed_in: Callable[[str, Role], tuple[str, MainWindow]],
        qtbot: QtBot) -> None:
    _, window = signed_in("sara", Role.OFFICER)
    workspace = tokyo(window)
    shown = list(workspace.rows)
    workspace.agenda.select_item(meeting(workspace))
    said: list[str] = []
    with crash_and_restart(office.server) as crash:
        crash()
        qtbot.waitUntil(window.connection.isVisible, timeout=10000)
        shot(window, "office-offline")
        assert workspace.rows == shown  # what is open stays readable

        def read(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            said.append(box.text())
            box.accept()

        failures = when_modal(qtbot, read)
        workspace.cancel_item()
        assert failures == []
    assert said and said[0].startswith("The office database cannot be reached right now, "
                                       "so nothing was saved.")
    qtbot.waitUntil(lambda: not window.connection.isVisible(), timeout=30000)
    assert window.statusBar().currentMessage().startswith("Connected to the office database")
    workspace.cancel_item()  # works again: the connection came back by itself
    qtbot.waitUntil(lambda: any(r.data.status.value == "cancelled" for r in workspace.rows),
                    timeout=5000)


def test_a_viewer_is_told_the_record_of_changes_is_not_for_their_role(
        signed_in: Callable[[str, Role], tuple[str, MainWindow]], qtbot: QtBot) -> None:
    """The server refuses a viewer the audit record (it holds internal values); the window
    says so in words on the Activity page and in a History tab, never a database error."""
    _, window = signed_in("cabinet.reader", Role.VIEWER)
    page = window.show_page("activity")
    assert page.model.rows() == []  # type: ignore[attr-defined]
    assert "officers and the head of protocol" in page.count.text()  # type: ignore[attr-defined]
    workspace = tokyo(window)
    workspace.agenda.select_item(meeting(workspace))
    workspace.history.panel.reload()
    text = workspace.history.panel.view.toPlainText()
    assert "officers and the head of protocol" in text
    assert "permission" not in text.lower() and "denied" not in text.lower()


COLLEAGUE = """
import sys
from dataclasses import replace
from delegate_app.services import itinerary
from delegate_app.services.database import Database
with Database(sys.argv[1]) as db:
    version, data = itinerary.get_item(db.sessions, int(sys.argv[2]))
    itinerary.update_item(db.sessions, int(sys.argv[2]), version,
                          replace(data, title=sys.argv[3]))
"""


def test_a_change_made_by_another_app_process_reaches_the_open_tab_within_two_seconds(
        office: Office, signed_in: Callable[[str, Role], tuple[str, MainWindow]],
        qtbot: QtBot) -> None:
    """Two workstations for real: a second process of the app, signed in as a colleague,
    saves an item; the first window's open delegation tab shows it within two seconds."""
    import subprocess
    import sys
    import time

    _, window = signed_in("reza", Role.OFFICER)
    workspace = tokyo(window)
    item_id = meeting(workspace)
    colleague, address = office.add("sara", Role.OFFICER)
    title = "Courtesy call moved by the Governor's office"
    done = subprocess.run([sys.executable, "-c", COLLEAGUE, address, str(item_id), title],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    saved = time.monotonic()
    qtbot.waitUntil(lambda: any(r.id == item_id and r.data.title == title
                                for r in workspace.rows), timeout=2000)
    assert time.monotonic() - saved < 2.0
    assert window.statusBar().currentMessage() == f"{colleague} changed an itinerary item"
