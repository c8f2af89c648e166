"""The PDF preview: produced off the GUI thread, shown, saved, printed, cancelled, refused."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from delegate_app.domain.errors import DelegateAppError
from delegate_app.ui.dialogs import pdf_preview
from delegate_app.ui.dialogs.pdf_preview import (
    PdfPreviewDialog,
    PdfPreviewJob,
    safe_file_name,
    show_pdf_preview,
)
from delegate_app.ui.settings import Settings
from tests.ui.conftest import when_modal


def write_three_pages(path: Path) -> None:
    """A4 portrait, A4 landscape, A4 portrait, each page saying its number."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for number in (1, 2, 3):
        size = landscape(A4) if number == 2 else A4
        pdf.setPageSize(size)
        pdf.setFont("Helvetica-Bold", 24)
        pdf.drawString(72, size[1] - 100, f"Delegation dossier, page {number}")
        pdf.showPage()
    pdf.save()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture(autouse=True)
def previews(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "previews"
    monkeypatch.setattr(pdf_preview, "PREVIEW_ROOT", root)
    return root


def preview(qtbot: QtBot, parent: QWidget, settings: Settings, produce: pdf_preview.Produce,
            expected: str) -> PdfPreviewJob:
    job = show_pdf_preview(parent, "Dossier — Buenos Aires", produce, "Dossier: Buenos Aires",
                           settings)
    if job.outcome != expected:
        with qtbot.waitSignal(job.settled, timeout=10_000):
            pass
    assert job.outcome == expected
    return job


def open_dialogs() -> list[PdfPreviewDialog]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, PdfPreviewDialog) and w.isVisible()]


def test_preview_shows_every_page_and_cleans_up_on_close(
        qtbot: QtBot, parent: QWidget, settings: Settings, previews: Path) -> None:
    job = preview(qtbot, parent, settings, write_three_pages, "shown")
    dialog = job.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.page_count() == 3
    assert dialog.page_count_label.text().strip() == "of 3"
    assert dialog.current_page() == 1 and not dialog.previous_action.isEnabled()
    assert dialog.path.name == "Dossier Buenos Aires.pdf"
    assert dialog.width() >= 600 and dialog.height() >= 600
    dialog.go_to_page(3)
    assert dialog.current_page() == 3 and not dialog.next_action.isEnabled()
    before = dialog.effective_zoom()
    dialog.zoom_in()
    assert dialog.effective_zoom() == pytest.approx(before * 1.25)
    assert not dialog.fit_width_action.isChecked()
    dialog.fit_width()
    assert dialog.fit_width_action.isChecked()
    with qtbot.waitSignal(dialog.finished):
        dialog.close_action.trigger()
    assert not dialog.path.exists() and list(previews.iterdir()) == []


def test_save_as_writes_the_produced_file(qtbot: QtBot, parent: QWidget, settings: Settings,
                                          tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    job = preview(qtbot, parent, settings, write_three_pages, "shown")
    assert job.dialog is not None
    produced = job.dialog.path.read_bytes()
    (tmp_path / "out").mkdir()
    asked: list[str] = []

    def choose(_parent: QWidget, _title: str, start: str, _filter: str) -> tuple[str, str]:
        asked.append(start)
        return str(tmp_path / "out" / "for the mayor"), "PDF documents (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    job.dialog.save_action.trigger()
    saved = tmp_path / "out" / "for the mayor.pdf"
    assert saved.read_bytes() == produced
    assert asked[0].endswith("Dossier Buenos Aires.pdf")
    assert settings.last_folder == str(saved.parent)
    assert job.dialog.saved_path == saved
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url)
                                                                  or True))
    job.dialog.open_externally()  # the saved copy, not the temporary one
    assert opened == [QUrl.fromLocalFile(str(saved))]
    job.dialog.reject()


def test_print_sends_every_page_in_its_own_orientation(
        qtbot: QtBot, parent: QWidget, settings: Settings, tmp_path: Path) -> None:
    job = preview(qtbot, parent, settings, write_three_pages, "shown")
    assert job.dialog is not None
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert job.dialog.print_to(printer) == 3
    pages = pypdf.PdfReader(tmp_path / "printed.pdf").pages
    assert len(pages) == 3
    sizes = [(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in pages]
    assert sizes == [(595, 842), (842, 595), (595, 842)]
    printer.setOutputFileName(str(tmp_path / "page two.pdf"))
    printer.setFromTo(2, 2)
    assert job.dialog.print_to(printer) == 1
    assert len(pypdf.PdfReader(tmp_path / "page two.pdf").pages) == 1
    job.dialog.reject()


@pytest.mark.parametrize("how", ["button", "code"])
def test_cancelling_leaves_no_file_and_no_dialog(
        qtbot: QtBot, parent: QWidget, settings: Settings, previews: Path, how: str) -> None:
    started, release = threading.Event(), threading.Event()

    def slow(path: Path) -> None:
        write_three_pages(path)
        started.set()
        release.wait(10)

    job = show_pdf_preview(parent, "Dossier", slow, "dossier.pdf", settings)
    qtbot.waitUntil(started.is_set)
    assert job.task.progress is not None
    if how == "button":
        job.task.progress.findChild(QPushButton).click()  # Cancel, as the officer would
    else:
        job.task.progress.cancel()
    with qtbot.waitSignal(job.settled, timeout=10_000) as outcome:
        release.set()
    assert outcome.args == ["cancelled"]
    assert list(previews.iterdir()) == []
    assert open_dialogs() == [] and job.dialog is None


def test_a_failure_is_told_and_nothing_is_shown(
        qtbot: QtBot, parent: QWidget, settings: Settings, previews: Path) -> None:
    told: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        told.append(box.windowTitle() + " | " + box.text())
        box.close()

    def refuse(path: Path) -> None:
        path.write_bytes(b"half a document")
        raise DelegateAppError("The delegation has no programme yet.")

    failures = when_modal(qtbot, read)
    preview(qtbot, parent, settings, refuse, "failed")
    assert failures == []
    assert told == ["Dossier — Buenos Aires could not be prepared | "
                    "The delegation has no programme yet."]
    assert open_dialogs() == [] and list(previews.iterdir()) == []


def test_something_that_is_not_a_pdf_is_refused(
        qtbot: QtBot, parent: QWidget, settings: Settings) -> None:
    told: list[str] = []
    when_modal(qtbot, lambda box: (told.append(box.text()), box.close()))
    preview(qtbot, parent, settings, lambda path: path.write_text("hello"), "failed")
    assert told == ["The document came out empty or is not a PDF."]


def test_the_system_viewer_when_the_officer_prefers_it(
        qtbot: QtBot, parent: QWidget, settings: Settings,
        monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url)
                                                                  or True))
    settings.pdf_viewer = "system"
    job = preview(qtbot, parent, settings, write_three_pages, "opened")
    assert job.dialog is None and open_dialogs() == []
    assert len(opened) == 1 and Path(opened[0].toLocalFile()).read_bytes().startswith(b"%PDF-")


def test_old_previews_are_swept(previews: Path) -> None:
    old, recent = previews / "preview-old", previews / "preview-new"
    old.mkdir(parents=True)
    recent.mkdir()
    (old / "a.pdf").write_bytes(b"%PDF-")
    stamp = time.time() - 2 * pdf_preview.KEEP_PREVIEWS_SECONDS
    os.utime(old, (stamp, stamp))
    pdf_preview._sweep_old_previews()
    assert not old.exists() and recent.exists()


def test_safe_file_names() -> None:
    assert safe_file_name("Dossier: Buenos Aires / Tehran") == "Dossier Buenos Aires Tehran.pdf"
    assert safe_file_name("badges.PDF") == "badges.PDF"
    assert safe_file_name("...") == "document.pdf"
