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


def test_a_spanish_host_dossier_from_a_window_in_another_language(
        qtbot: QtBot, window: MainWindow) -> None:
    """The options ask the reader's language: the book is in it, whatever the window's."""
    from pypdf import PdfReader

    from delegate_app.ui.dialogs.document_options import DocumentOptionsDialog

    asked = DocumentOptionsDialog("Dossier", window.ctx.settings, parent=window)
    qtbot.addWidget(asked)
    assert asked.language.currentData() == "en"  # the window's language unless changed
    asked.language.setCurrentIndex(asked.language.findData("es"))
    chosen, _ = asked.value()
    assert chosen.printed.language == "es"
    page = window.show_page("delegations")
    trip = page.open(next(r.id for r in page.model.rows() if "Tokyo" in r.title))
    job = trip.print_dossier(DocumentOptions(edition="host", language="es"))
    with qtbot.waitSignal(job.settled, timeout=60_000):
        pass
    text = "".join(p.extract_text() for p in PdfReader(job.dialog.path).pages[:3])
    assert "Índice" in text and "Contents" not in text
    job.dialog.close()
