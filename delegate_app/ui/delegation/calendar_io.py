"""Calendars in and out of an open delegation: export a cut, import a file with a preview."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFileDialog, QMessageBox

from ...domain.records import Change, Choice
from ...imports import ics_reader
from ...services import calendars, ics_import, itinerary, programmes, publishing
from ..dialogs.export_calendar import ExportCalendarDialog
from ..dialogs.import_preview import ImportPreviewDialog
from ..dialogs.publish_dialog import PublishDialog
from ..tasks import run_with_progress
from ..text import error_text, tr

if TYPE_CHECKING:
    from .workspace import DelegationWorkspace


def export_calendar(ws: DelegationWorkspace) -> None:
    """Write an .ics file off the GUI thread; the officer picks cut, edition, reminder."""
    detail = programmes.delegation_programme(ws.ctx.db.sessions, ws.delegation_id)
    safe = "".join(c if c.isalnum() else "-" for c in ws.data.title)[:60].strip("-")
    dialog = ExportCalendarDialog(ws.data.title, [Choice(m.person_id, m.name)
                                                    for m in detail.members],
                                  ws.ctx.settings.last_folder, f"{safe}.ics", ws)
    options: Any = dialog.ask()
    if options is None:
        return
    sessions = ws.ctx.db.sessions
    ws.ctx.settings.last_folder = str(options["path"].parent)

    def work() -> Any:
        data = calendars.delegation_calendar(
            sessions, ws.delegation_id, options["member"],
            calendars.Edition(options["edition"]), options["alarm"])
        return calendars.write_calendar(data, options["path"]), len(data.events)

    def done(result: Any) -> None:
        ws.ctx.notify(tr("Exported {n} events to {path}").format(n=result[1],
                                                                 path=result[0]))
        ws.exported.emit(str(result[0]))

    def failed(error: Exception) -> None:
        message = error_text(error)
        QMessageBox.warning(ws, tr("Calendar not exported"), message)

    ws._task = run_with_progress(ws, tr("Exporting the calendar…"), work, done, failed)

def import_calendar(ws: DelegationWorkspace, path: str | None = None) -> None:
    """Read an .ics file off the GUI thread, preview it, and import it as one undo step."""
    if path is None:
        path, _ = QFileDialog.getOpenFileName(ws, tr("Import calendar"),
                                              ws.ctx.settings.last_folder,
                                              tr("iCalendar files (*.ics);;All files (*)"))
    if not path:
        return
    sessions, delegation = ws.ctx.db.sessions, ws.delegation_id

    def work() -> Any:
        source = Path(path)
        if source.stat().st_size > ics_reader.MAX_BYTES:
            raise ics_reader.ImportRefusedError(tr("The file is too large to import."))
        return ics_import.preview_import(sessions, delegation, source.read_bytes())

    def failed(error: Exception) -> None:
        message = error_text(error)
        QMessageBox.warning(ws, tr("Calendar not imported"), message)

    ws._task = run_with_progress(ws, tr("Reading the calendar file…"), work,
                                 lambda p: _confirm_import(ws, p, path), failed)

def _confirm_import(ws: DelegationWorkspace, preview: Any, path: str) -> None:
    dialog = ImportPreviewDialog(preview, Path(path).name, ws)
    ws.previewed.emit(dialog)
    if dialog.exec() != dialog.DialogCode.Accepted:
        return
    choices = dialog.choices()
    if not preview.added and not preview.updated and not choices.include:
        ws.ctx.notify(tr("Nothing to import: the itinerary already has it all."))
        return
    sessions = ws.ctx.db.sessions

    def do(_: Any) -> tuple[Change, Any]:
        befores = [(i, itinerary.get_item(sessions, i)[1]) for i, _ in preview.updated]
        # Matched again as it writes: events another officer has just imported are not
        # added twice (result.already_there counts them), silently.
        result = ics_import.write_import(sessions, preview, choices)
        changed = set(result.updated)
        return (Change("delegation", ws.delegation_id, 0, "updated"),
                (list(result.added), [b for b in befores if b[0] in changed]))

    def undo(state: Any) -> Change:
        added, befores = state
        for item_id in added:
            itinerary.discard_item(sessions, item_id)
        for item_id, before in befores:
            itinerary.update_item(sessions, item_id, itinerary.get_item(sessions, item_id)[0],
                                  before)
        return Change("delegation", ws.delegation_id, 0, "updated")

    ws._push(tr("Import {file}").format(file=Path(path).name), do, undo)


def publish_calendar(ws: DelegationWorkspace) -> None:
    """Send the calendar to a CalDAV server off the GUI thread; the password stays in memory
    (or in the system keyring when the officer asks)."""
    settings = ws.ctx.settings
    detail = programmes.delegation_programme(ws.ctx.db.sessions, ws.delegation_id)
    server, user = settings.caldav_server, settings.caldav_user
    dialog = PublishDialog(ws.data.title, [Choice(m.person_id, m.name) for m in detail.members],
                           server, user, publishing.stored_password(server, user) if user
                           else None, publishing.keyring_available(), ws)
    options: Any = dialog.ask()
    if options is None:
        return
    sessions = ws.ctx.db.sessions
    settings.caldav_server, settings.caldav_user = options["server"], options["user"]

    def work() -> Any:
        data = calendars.delegation_calendar(sessions, ws.delegation_id, options["member"],
                                             calendars.Edition(options["edition"]))
        report = publishing.publish(data, options["server"], options["user"],
                                    options["password"])
        if options["remember"]:
            publishing.remember_password(options["server"], options["user"], options["password"])
        return report

    def done(report: Any) -> None:
        ws.ctx.notify(tr("Published: {c} created, {u} updated, {n} unchanged").format(
            c=report.created, u=report.updated, n=report.unchanged))
        ws.published.emit(report)

    def failed(error: Exception) -> None:
        message = error_text(error)
        QMessageBox.warning(ws, tr("Calendar not published"), message)

    ws._task = run_with_progress(ws, tr("Publishing to the calendar server…"), work, done,
                                 failed)
