"""The dossier from the delegation's tab: options, built off the GUI thread, previewed."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from delegate_app.ui.dialogs.document_options import DocumentOptions
from delegate_app.ui.main_window import MainWindow


def test_the_host_dossier_opens_in_the_preview(qtbot: QtBot, window: MainWindow) -> None:
    page = window.show_page("delegations")
    trip = page.open(next(r.id for r in page.model.rows() if "Tokyo" in r.title))
    job = trip.print_dossier(DocumentOptions(edition="host", paper="letter"))
    with qtbot.waitSignal(job.settled, timeout=60_000) as outcome:
        pass
    assert outcome.args == ["shown"]
    assert job.dialog.page_count() > 5
    job.dialog.close()
