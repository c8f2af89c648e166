"""File ▸ Import contacts… and Export contacts…: vCard, CSV and Excel, off the GUI thread."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFileDialog, QLabel, QListWidget, QMessageBox

from ..domain.records import Change
from ..services import contacts
from .dialogs.form import FormDialog
from .tasks import run_with_progress
from .text import error_text, tr
from .undo import ServiceCommand

if TYPE_CHECKING:
    from .main_window import MainWindow

FILTERS = "vCard (*.vcf);;Excel (*.xlsx);;CSV (*.csv)"


def _failed(window: MainWindow, title: str) -> Any:
    def show(error: Exception) -> None:
        message = error_text(error)
        QMessageBox.warning(window, title, message)
    return show


def export_contacts(window: MainWindow, path: str | None = None) -> None:
    if path is None:
        start = Path(window.ctx.settings.last_folder or Path.home()) / "people.vcf"
        path, _ = QFileDialog.getSaveFileName(window, tr("Export contacts"), str(start), FILTERS)
    if not path:
        return
    target, sessions = Path(path), window.ctx.db.sessions
    fmt = target.suffix.lower().lstrip(".")
    if fmt not in contacts.WRITERS:
        QMessageBox.warning(window, tr("Contacts not exported"),
                            tr("Choose a file ending in .vcf, .xlsx or .csv."))
        return
    window.ctx.settings.last_folder = str(target.parent)

    def done(count: int) -> None:
        window.ctx.notify(tr("{n} people exported to {path}").format(n=count, path=target))
        window.contacts_done.emit(str(target))

    window._task = run_with_progress(window, tr("Exporting contacts…"),
                                     lambda: contacts.export_contacts(sessions, fmt, target),
                                     done, _failed(window, tr("Contacts not exported")))


def import_contacts(window: MainWindow, path: str | None = None) -> None:
    if path is None:
        path, _ = QFileDialog.getOpenFileName(window, tr("Import contacts"),
                                              window.ctx.settings.last_folder, FILTERS)
    if not path:
        return
    source, sessions = Path(path), window.ctx.db.sessions
    window._task = run_with_progress(
        window, tr("Reading {file}…").format(file=source.name),
        lambda: contacts.preview_contacts(sessions, source.read_bytes(), source.name),
        lambda preview: _confirm(window, preview, source.name),
        _failed(window, tr("Contacts not imported")))


def _confirm(window: MainWindow, preview: contacts.ContactsPreview, name: str) -> None:
    dialog = FormDialog(tr("Import contacts from {file}").format(file=name), window)
    dialog.setMinimumSize(760, 480)
    form = dialog.add_tab(tr("Preview"))
    form.addRow(QLabel(tr("{c} to create, {u} to update, {n} unchanged, {r} rejected. Nothing "
                          "is written until you press OK.").format(
        c=len(preview.created), u=len(preview.updated), n=len(preview.unchanged),
        r=len(preview.rejected)), dialog))
    lines = QListWidget(dialog)
    lines.addItems(preview.lines())
    form.addRow(lines)
    dialog.value = lambda: (None, {})  # type: ignore[method-assign,assignment]
    window.contacts_previewed.emit(dialog)
    if dialog.exec() != dialog.DialogCode.Accepted or not (preview.created or preview.updated):
        return
    sessions = window.ctx.db.sessions
    first = [True]  # the first run checks the preview still holds; a redo follows an undo

    def do(_: Any) -> tuple[Change, Any]:
        applied = contacts.apply_contacts(sessions, preview,
                                          as_previewed=first.pop() if first else False)
        return Change("person", 0, 0, "updated"), applied

    def undo(applied: Any) -> Change:
        contacts.undo_contacts(sessions, applied)
        return Change("person", 0, 0, "updated")

    window.ctx.undo.push(ServiceCommand(
        tr("Import contacts from {file}").format(file=name), do, undo,
        lambda _: window.ctx.notify(tr("Contacts imported — Ctrl+Z undoes it")),
        _failed(window, tr("Contacts not imported"))))
