"""The summit programme from the Summits page: options, built off the GUI thread, previewed."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from delegate_app.ui.dialogs.document_options import DocumentOptions
from delegate_app.ui.main_window import MainWindow


def test_the_programme_opens_in_the_preview(qtbot: QtBot, window: MainWindow) -> None:
    page = window.show_page("summits")
    assert page.select(next(r.id for r in page.model.rows() if "Buenos Aires" in r.title))
    assert page.programme_action.isEnabled()
    job = page.print_programme(DocumentOptions(paper="letter"))
    assert job is not None
    with qtbot.waitSignal(job.settled, timeout=60_000) as outcome:
        pass
    assert outcome.args == ["shown"]
    assert job.dialog.page_count() >= 5
    job.dialog.close()
