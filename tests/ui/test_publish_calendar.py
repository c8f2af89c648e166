"""Publishing from the delegation tab: where to, the plan shown before anything is sent, the
report after; a real Radicale on loopback."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from delegate_app.services import calendars, itinerary
from delegate_app.ui.delegation.workspace import DelegationWorkspace
from delegate_app.ui.dialogs.publish_dialog import PublishDialog, PublishPlanDialog
from delegate_app.ui.main_window import MainWindow
from tests.conftest import PASSWORD, USER
from tests.services.caldav_helpers import remote_events


def on_dialog(kind: type[QWidget], handle: Callable[[QWidget], None],
              failures: list[str]) -> None:
    """Run ``handle`` on the next modal dialog of ``kind`` (busy dialogs may come first)."""
    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(10, poll)
            return
        try:
            handle(dialog)
        except Exception as exc:  # reported by the test once the dialog is gone
            failures.append(repr(exc))
            dialog.close()

    QTimer.singleShot(0, poll)


def press(dialog: QWidget, button: QDialogButtonBox.StandardButton) -> None:
    dialog.findChild(QDialogButtonBox).button(button).click()


def fill(server: str) -> Callable[[QWidget], None]:
    def handle(dialog: QWidget) -> None:
        assert isinstance(dialog, PublishDialog)
        dialog.server.setText(server)
        dialog.user.setText(USER)
        dialog.password.setText(PASSWORD)
        press(dialog, QDialogButtonBox.StandardButton.Ok)
    return handle


def review(seen: list[list[str]], answer: QDialogButtonBox.StandardButton
           ) -> Callable[[QWidget], None]:
    def handle(dialog: QWidget) -> None:
        assert isinstance(dialog, PublishPlanDialog)
        seen.append([dialog.list.item(n).text() for n in range(dialog.list.count())])
        press(dialog, answer)
    return handle


def open_tokyo(window: MainWindow) -> DelegationWorkspace:
    page = window.show_page("delegations")
    return page.open(next(r.id for r in page.model.rows() if "Tokyo" in r.title))


def test_the_plan_is_shown_before_anything_is_sent(window: MainWindow, qtbot: QtBot,
                                                   radicale: str) -> None:
    workspace = open_tokyo(window)
    failures: list[str] = []
    seen: list[list[str]] = []
    on_dialog(PublishDialog, fill(radicale), failures)
    on_dialog(PublishPlanDialog, review(seen, QDialogButtonBox.StandardButton.Ok), failures)
    with qtbot.waitSignal(workspace.published, timeout=60_000) as blocker:
        workspace.publish_action.trigger()
    assert failures == []
    assert blocker.args[0].created == len(workspace.rows)
    assert len(seen[0]) == len(workspace.rows) and seen[0][0].startswith("Create: ")
    assert window.ctx.settings.caldav_server == radicale  # remembered, unlike the password

    # Nothing changed: no plan to review, the report comes at once.
    on_dialog(PublishDialog, fill(radicale), failures)
    with qtbot.waitSignal(workspace.published, timeout=60_000) as blocker:
        workspace.publish_action.trigger()
    assert blocker.args[0].unchanged == len(workspace.rows) and len(seen) == 1

    gone = workspace.rows[4]
    itinerary.discard_item(window.ctx.db.sessions, gone.id)
    cut = calendars.delegation_calendar(window.ctx.db.sessions, workspace.delegation_id)
    on_dialog(PublishDialog, fill(radicale), failures)
    on_dialog(PublishPlanDialog, review(seen, QDialogButtonBox.StandardButton.Cancel),
              failures)
    workspace.publish_action.trigger()
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=60_000)
    assert len(seen[1]) == 1 and seen[1][0].startswith("Remove: ")
    assert seen[1][0].endswith(gone.data.title)
    assert gone.uid in remote_events(radicale, cut.name)  # cancelled: nothing was sent

    on_dialog(PublishDialog, fill(radicale), failures)
    on_dialog(PublishPlanDialog, review(seen, QDialogButtonBox.StandardButton.Ok), failures)
    with qtbot.waitSignal(workspace.published, timeout=60_000) as blocker:
        workspace.publish_action.trigger()
    assert blocker.args[0].removed == 1 and failures == []
    assert set(remote_events(radicale, cut.name)) == {e.uid for e in cut.events}
