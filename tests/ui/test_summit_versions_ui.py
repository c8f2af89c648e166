"""A summit's versions in the window: Issue version… and Versions… on the Summits page;
what changed since version 1, and version 1's programme into the preview."""

from __future__ import annotations

from dataclasses import replace

from pytestqt.qtbot import QtBot

from delegate_app.domain.version_changes import ChangeKind
from delegate_app.services import summits
from delegate_app.ui import summit_versions
from delegate_app.ui.main_window import MainWindow


def test_issue_a_summit_version_and_see_what_changed(qtbot: QtBot, window: MainWindow) -> None:
    page = window.show_page("summits")
    summit = next(r.id for r in page.model.rows() if r.title.startswith("Buenos Aires"))
    assert page.select(summit)
    assert page.issue_version_action.text() == "Issue version…"
    assert page.versions_action.text() == "Versions…"
    with qtbot.waitSignal(page.version_issued, timeout=60_000) as issued:
        summit_versions.issue_version(page, "To the venue")
    assert issued.args[0].number == 1 and issued.args[0].summit_id == summit

    line = next(x for x in page.sessions.rows() if x.title.startswith("Opening ceremony"))
    version, data = summits.get_session(window.ctx.db.sessions, line.id)
    summits.update_session(window.ctx.db.sessions, line.id, version,
                           replace(data, room="Sala de Cámara"))
    dialog = summit_versions.show_versions(page)
    assert dialog.model.rowCount() == 1 and dialog.selected().number == 1  # type: ignore[union-attr]
    assert not dialog.edition.isVisible()
    with qtbot.waitSignal(dialog.shown, timeout=30_000) as shown:
        dialog.show_changes()
    assert [c.kind for c in shown.args[0].changes] == [ChangeKind.REPLACED]
    assert "Sala Sinfónica → Sala de Cámara" in dialog.view.toPlainText()
    job = dialog.print_programme()
    assert job is not None
    with qtbot.waitSignal(job.settled, timeout=60_000) as outcome:
        pass
    assert outcome.args == ["shown"]
    assert "version 1" in job.dialog.suggested_name
    job.dialog.close()
    dialog.close()
