"""Summits: the gatherings our delegations attend, edited here with their programme."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, time
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QMessageBox,
    QSplitter,
    QWidget,
)

from ...domain.enums import ItemStatus
from ...domain.errors import DelegateAppError
from ...domain.records import Change, ProgrammeLine, SummitInput, SummitRow
from ...domain.validation import validate_session, validate_summit
from ...services import cities, programmes, summits
from ...services import overview as overview_service
from .. import html
from ..context import AppContext
from ..dates import digits, format_date, format_date_range, from_local
from ..dialogs.document_options import DocumentOptions, ask_document_options
from ..dialogs.pdf_preview import PdfPreviewJob, show_pdf_preview
from ..dialogs.summit_dialogs import SessionDialog, SummitDialog
from ..editor import RecordEditor, RecordServices
from ..table_model import Column, RecordTable, RecordTableModel
from ..tasks import run_with_progress
from ..text import error_fields, error_text, tr, translated
from ..undo import push_edit
from .base import ListPage

SERVICES = RecordServices("summit", summits.create_summit, summits.update_summit,
                          summits.delete_summit, summits.get_summit, validate_summit)


def _columns() -> list[Column[SummitRow]]:
    return [
        Column(tr("Summit"), lambda s: s.title),
        Column(tr("Kind"), lambda s: translated(s.kind.label)),
        Column(tr("Host city"), lambda s: s.host_city),
        Column(tr("Dates"), lambda s: format_date_range(s.starts_on, s.ends_on),
               lambda s: s.starts_on),
        Column(tr("Organiser"), lambda s: s.organiser),
        Column(tr("Sessions"), lambda s: str(s.session_count), lambda s: s.session_count,
               align_right=True),
        Column(tr("Our delegations"), lambda s: str(s.delegation_count),
               lambda s: s.delegation_count, align_right=True),
        Column(tr("Themes"), lambda s: ", ".join(s.themes)),
    ]


def _session_columns() -> list[Column[ProgrammeLine]]:
    return [
        Column(tr("Day"), lambda x: format_date(x.day), lambda x: (x.day, x.starts)),
        Column(tr("Time"), lambda x: digits(f"{x.starts}–{x.ends}")),
        Column(tr("Session"), lambda x: x.title),
        Column(tr("Kind"), lambda x: translated(x.kind)),
        Column(tr("Room"), lambda x: x.place),
        Column(tr("Status"), lambda x: translated(x.status)),
    ]


class SummitsPage(ListPage):
    key = "summits"
    describe_off_thread = True
    list_kinds = frozenset({"summit", "summit_session", "summit_theme", "theme_tag", "city",
                            "organisation", "delegation"})
    icon_name = "summits"
    default_sort = (3, Qt.SortOrder.DescendingOrder)
    exported = Signal(str)
    version_issued = Signal(object)  # the VersionInfo of a version just issued

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Summits"), _columns(), tr(
            "No summits yet — New summit (Ctrl+N), or load the sample plan from the File menu "
            "to see one with its programme of sessions."), parent)
        self.fit_columns([300, 130, 120, 150, 100, 70, 110])
        self.editor = RecordEditor(self, ctx, SERVICES, self._dialog, self._changed,
                                   lambda d: d.title)
        self.new_action = self.add_action(tr("New summit"), "new", self.editor.new,
                                          QKeySequence.StandardKey.New)
        self.add_action(tr("Edit"), "edit", self.activate, "Ctrl+E", needs_selection=True)
        self.add_action(tr("Delete"), "delete", self.delete, QKeySequence.StandardKey.Delete,
                        needs_selection=True)
        self.toolbar.addSeparator()
        self.new_session_action = self.add_action(tr("New session"), "new", self.new_session,
                                                  "Ctrl+Shift+N", needs_selection=True)
        self.edit_session_action = self.add_action(tr("Edit session"), "edit",
                                                   self.edit_session, "Ctrl+Shift+E",
                                                   needs_selection=True)
        self.add_action(tr("Cancel session"), "dropped", self.cancel_session, "Ctrl+Shift+Del",
                        needs_selection=True)
        self.toolbar.addSeparator()
        self.export_action = self.add_action(tr("Export calendar…"), "today",
                                             lambda: self.export_calendar(),
                                             needs_selection=True, writes=False)
        self.programme_action = self.add_action(tr("Programme…"), "sample",
                                                lambda: self.print_programme(), "Ctrl+P",
                                                needs_selection=True, writes=False)
        self._add_version_actions()
        self.sessions: RecordTableModel[ProgrammeLine] = RecordTableModel(_session_columns(), self)
        self.session_table = RecordTable(self)
        self.session_table.setModel(self.sessions)
        self.session_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.session_table.verticalHeader().hide()
        self.session_table.horizontalHeader().setStretchLastSection(True)
        self.session_table.doubleClicked.connect(lambda *_: self.edit_session())
        right = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.replaceWidget(1, right)
        right.addWidget(self.detail_area)
        right.addWidget(self.session_table)
        right.setSizes([330, 420])
        self.splitter.setSizes([640, 760])
        self.session_table.verticalHeader().setDefaultSectionSize(24)

    def fetch(self) -> list[SummitRow]:
        return overview_service.list_summits(self.ctx.db.sessions)

    def _dialog(self, data: SummitInput | None) -> SummitDialog:
        s = self.ctx.db.sessions
        return SummitDialog(cities.city_choices(s), summits.organisation_choices(s),
                            summits.theme_choices(s), data, self)

    def _changed(self, change: Change) -> None:
        self.show_changed(change.id if change.kind == "summit"
                          and change.action != "deleted" else None)
        self.ctx.notify(tr("Saved — Ctrl+Z undoes it"))

    def activate(self) -> None:
        if (record := self.current()) is not None:
            self.editor.edit(record.id)

    def _push(self, text: str, do: Any, undo: Any) -> None:
        push_edit(self, self.ctx.undo, text, do, undo, self._changed)

    def delete(self) -> None:
        record = self.current()
        if record is None or QMessageBox.question(
                self, tr("Delete summit"), tr(
                    "Delete “{title}” with its {n} sessions? Delegations attending keep their "
                    "items. You can undo this with Ctrl+Z.").format(
                        title=record.title, n=record.session_count)
        ) != QMessageBox.StandardButton.Yes:
            return
        s = self.ctx.db.sessions

        def do(_: object) -> tuple[Change, object]:
            version = summits.get_summit(s, record.id)[0]
            return (Change("summit", record.id, version, "deleted"),
                    summits.delete_summit(s, record.id, version))

        self._push(tr("Delete {title}").format(title=record.title), do,
                   lambda snapshot: summits.restore_summit(s, snapshot))

    def export_calendar(self, path: str | None = None) -> None:
        """The summit's programme as an .ics file, written off the GUI thread."""
        summit = self.current()
        if summit is None:
            return
        if path is None:
            safe = "".join(c if c.isalnum() else "-" for c in summit.title)[:60].strip("-")
            start = str(Path(self.ctx.settings.last_folder or Path.home()) / f"{safe}.ics")
            path, _ = QFileDialog.getSaveFileName(self, tr("Export the programme"), start,
                                                  tr("iCalendar files (*.ics)"))
        if not path:
            return
        target, sessions = Path(path), self.ctx.db.sessions
        self.ctx.settings.last_folder = str(target.parent)

        def work() -> Path:
            from ...services import calendars  # the calendar library loads on first export

            return calendars.write_calendar(calendars.summit_calendar(sessions, summit.id),
                                            target)

        def failed(error: Exception) -> None:
            message = error_text(error)
            QMessageBox.warning(self, tr("Calendar not exported"), message)

        def done(written: Path) -> None:
            self.ctx.notify(tr("Programme exported to {path}").format(path=written))
            self.exported.emit(str(written))

        self._task = run_with_progress(self, tr("Exporting the programme…"), work, done, failed)

    def _add_version_actions(self) -> None:
        """Issue version… and Versions… on the selected summit; what they need (the version
        store, the printed programme) loads when one is first used."""
        def versions_ui() -> Any:
            from .. import summit_versions

            return summit_versions

        self.issue_version_action = self.add_action(
            tr("Issue version…"), "issue_version", lambda: versions_ui().issue_version(self),
            needs_selection=True)
        self.issue_version_action.setToolTip(tr("Freeze the summit's programme as it stands "
                                                "as the next numbered version, to send out"))
        self.versions_action = self.add_action(
            tr("Versions…"), "versions", lambda: versions_ui().show_versions(self),
            needs_selection=True, writes=False)
        self.versions_action.setToolTip(tr("The versions issued: what changed since, change "
                                           "sheets, the programme of a version"))

    def print_programme(self, options: DocumentOptions | None = None) -> PdfPreviewJob | None:
        """The printed programme: options, then built off the GUI thread into the preview."""
        summit = self.current()
        if summit is None:
            return None
        title = tr("Programme — {title}").format(title=summit.title)
        options = options or ask_document_options(self, title, self.ctx.settings,
                                                  edition=False)
        if options is None:
            return None
        sessions, paper, printed = self.ctx.db.sessions, options.paper, options.printed

        def produce(path: Path) -> None:
            from ...services import programme_document  # ReportLab loads on first print

            data = programme_document.summit_programme_document(sessions, summit.id)
            programme_document.write_summit_programme(data, path, paper, printed)

        name = f"{summit.title[:60]} — programme.pdf"
        self._programme_job = show_pdf_preview(self, title, produce, name, self.ctx.settings)
        return self._programme_job

    def _selected_session(self) -> ProgrammeLine | None:
        index = self.session_table.currentIndex()
        return self.sessions.record(index.row()) if index.isValid() else None

    def _session_dialog(self, summit: SummitRow, line: ProgrammeLine | None) -> Any:
        s = self.ctx.db.sessions
        zone = summits.host_zone(s, summit.id)
        data = summits.get_session(s, line.id)[1] if line else None
        default = from_local(datetime.combine(summit.starts_on, time(9)), zone)
        dialog = SessionDialog(zone, default, data, self)
        result: list[Any] = []

        def submit() -> dict[str, str] | None:
            value, _ = dialog.value()
            try:
                result.append(validate_session(value))
            except DelegateAppError as exc:
                return error_fields(exc)
            return None

        dialog.set_submit(submit)
        return result[0] if dialog.exec() == dialog.DialogCode.Accepted and result else None

    def new_session(self) -> None:
        summit = self.current()
        data = self._session_dialog(summit, None) if summit else None
        if summit is None or data is None:
            return
        s = self.ctx.db.sessions

        def do(state: Any) -> tuple[Change, Any]:
            change = summits.create_session(s, summit.id, data, state)
            return Change("summit", summit.id, 0, "updated"), change.id

        self._push(tr("New session {title}").format(title=data.title), do,
                   lambda session_id: summits.discard_session(s, session_id, summit.id))

    def edit_session(self, status: ItemStatus | None = None) -> None:
        summit, line = self.current(), self._selected_session()
        if summit is None or line is None:
            return
        s = self.ctx.db.sessions
        before = summits.get_session(s, line.id)[1]
        after = (self._session_dialog(summit, line) if status is None
                 else replace(before, status=status))
        if after is None or after == before:
            return

        def put(value: Any) -> Change:
            summits.update_session(s, line.id, summits.get_session(s, line.id)[0], value)
            return Change("summit", summit.id, 0, "updated")

        self._push(tr("Edit session {title}").format(title=after.title),
                   lambda _: (put(after), None), lambda _: put(before))

    def cancel_session(self) -> None:
        self.edit_session(ItemStatus.CANCELLED)

    def _show_detail(self) -> None:
        if self.current() is None:
            self._show_sessions(())
        super()._show_detail()

    def _show_sessions(self, lines: Sequence[ProgrammeLine]) -> None:
        self.sessions.set_rows(list(lines))
        for column, width in enumerate([120, 150, 260, 110, 160]):
            self.session_table.setColumnWidth(column, width)

    def show_described(self, described: Any) -> None:
        text, lines = described
        self.detail.setHtml(text)
        self._show_sessions(lines)

    def describe(self, s: SummitRow) -> str:
        return str(self.describe_work(s)[0])

    def describe_work(self, s: SummitRow) -> tuple[str, tuple[ProgrammeLine, ...]]:
        """The detail and the sessions' lines: one query for both panes (reads no widget)."""
        detail = programmes.summit_programme(self.ctx.db.sessions, s.id)
        going = summits.attending(self.ctx.db.sessions, s.id)
        return "".join([
            html.header(s.title, detail.summary),
            html.facts([(tr("Organiser"), s.organiser), (tr("Themes"), ", ".join(s.themes))]),
            html.section(tr("Our delegations attending"), html.bullet_list(
                html.link("delegations", d.id, d.label) for d in going)),
            html.section(tr("About"), html.paragraph(detail.objectives)),
            "" if detail.lines else html.paragraph(
                tr("No sessions yet — New session (Ctrl+Shift+N).")),
        ]), detail.lines

