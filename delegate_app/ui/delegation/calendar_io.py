"""Calendars in and out of an open delegation: export a cut, import a file with a preview."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ...domain.records import Change, Choice
from ...imports import ics_reader
from ...services import calendars, ics_import, itinerary, programmes, publishing
from ..dialogs.export_calendar import ExportCalendarDialog
from ..dialogs.import_preview import ImportPreviewDialog
from ..dialogs.publish_dialog import PublishDialog, PublishPlanDialog
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
    """Ask where to publish, look at the server off the GUI thread, show the plan, then send it.
    The password stays in memory (or in the system keyring when the officer asks)."""
    settings = ws.ctx.settings
    detail = programmes.delegation_programme(ws.ctx.db.sessions, ws.delegation_id)
    server, user = settings.caldav_server, settings.caldav_user
    dialog = PublishDialog(ws.data.title, [Choice(m.person_id, m.name) for m in detail.members],
                           server, user, publishing.stored_password(server, user) if user
                           else None, publishing.keyring_available(), ws)
    options: Any = dialog.ask()
    # Deleted now, by Qt: left to Python's cycle collector, a dialog can be freed while an
    # event is being delivered to one of its widgets.
    dialog.deleteLater()
    if options is None:
        return
    settings.caldav_server, settings.caldav_user = options["server"], options["user"]
    run = _PublishRun(ws, options)
    # The review opens a dialog and starts the next task: let the look's task finish
    # delivering its signal first (the workspace drops that task when the next one starts).
    ws._task = run_with_progress(ws, tr("Looking at the calendar server…"), run.look,
                                 lambda result: QTimer.singleShot(0, lambda: run.review(result)),
                                 run.failed)


class _PublishRun:
    """One publish: look (off the GUI thread), let the officer review the plan, send it."""

    def __init__(self, ws: DelegationWorkspace, options: dict[str, Any]) -> None:
        self.ws, self.options = ws, options

    def send(self, plan: publishing.PublishPlan, data: Any) -> tuple[Any, str | None]:
        o = self.options
        report = publishing.apply_plan(plan, data, o["password"])
        notice = publishing.remember_password(o["server"], o["user"], o["password"]) \
            if o["remember"] else None
        return report, notice

    def look(self) -> Any:
        o = self.options
        data = calendars.delegation_calendar(self.ws.ctx.db.sessions, self.ws.delegation_id,
                                             o["member"], calendars.Edition(o["edition"]))
        plan = publishing.plan_publish(data, o["server"], o["user"], o["password"])
        # Nothing to send: the notes are kept at once, without asking the officer.
        return data, plan, self.send(plan, data) if plan.changes == 0 else None

    def review(self, result: Any) -> None:
        data, plan, sent = result
        if sent is not None:
            self.done(sent)
            return
        review = PublishPlanDialog(plan, self.ws)
        accepted = review.exec() == review.DialogCode.Accepted
        review.deleteLater()
        if not accepted:
            self.ws.ctx.notify(tr("Nothing was published."))
            return
        self.ws._task = run_with_progress(self.ws, tr("Publishing to the calendar server…"),
                                          lambda: self.send(plan, data), self.done, self.failed)

    def done(self, sent: tuple[Any, str | None]) -> None:
        report, keyring_notice = sent
        text = tr("Published: {c} created, {u} updated, {x} cancelled, {r} removed, {n} "
                  "unchanged").format(c=report.created, u=report.updated, x=report.cancelled,
                                      r=report.removed, n=report.unchanged)
        if keyring_notice:
            text += " — " + tr("the password was not kept in the system keyring; you will be "
                               "asked again")
        self.ws.ctx.notify(text)
        self.ws.published.emit(report)

    def failed(self, error: Exception) -> None:
        QMessageBox.warning(self.ws, tr("Calendar not published"), error_text(error))
