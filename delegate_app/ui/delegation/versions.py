"""Versions of an open delegation's programme: *Issue version…* (with a note) and
*Versions…* (the list; what changed since one, per day in local time, in either edition;
the change sheet and a version's dossier into the preview; a new draft from a version,
undoable). Issuing is not undone: a version is what was sent out.

``ProgrammeVersionsDialog`` (the list, the comparison and the change sheet) serves a
summit's versions too (ui/summit_versions.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...domain.records import Change
from ...domain.version_changes import ChangeKind, ChangeSheet
from ...domain.versions import VersionInfo
from ...exports.pdf.change_sheet import title_of
from ...exports.pdf.words import label, localise
from ...language.speech import say
from ...services import dossier, versions
from ...services.calendars import Edition
from .. import html
from ..dialogs.document_options import window_reader
from ..dialogs.form import FormDialog
from ..dialogs.pdf_preview import PdfPreviewJob, show_pdf_preview
from ..dialogs.pickers import edition_box
from ..html import e
from ..icons import COLOURS, toolbar_action
from ..language import read_in_direction
from ..table_model import Column, RecordTable, RecordTableModel
from ..tasks import BackgroundTask, run_with_progress
from ..text import error_text, tr, translated

if TYPE_CHECKING:
    from ..context import AppContext
    from .workspace import DelegationWorkspace

GONE = {ChangeKind.CANCELLED, ChangeKind.REMOVED}


def add_actions(ws: DelegationWorkspace) -> None:
    """The two toolbar actions of the delegation tab."""
    ws.issue_version_action = toolbar_action(ws, ws.toolbar, tr("Issue version…"),
                                             "issue_version",
                                             lambda: issue_version(ws))
    ws.issue_version_action.setToolTip(tr("Freeze the programme as it stands as the next "
                                          "numbered version, to send out"))
    ws.versions_action = toolbar_action(ws, ws.toolbar, tr("Versions…"), "versions",
                                        lambda: show_versions(ws))
    ws.versions_action.setToolTip(tr("The versions issued: what changed since, change "
                                     "sheets, a new draft from a version"))


def ask_note(parent: QWidget, title: str) -> str | None:
    """The note a version is issued with; None when the officer cancels."""
    dialog = FormDialog(tr("Issue version — {title}").format(title=title), parent)
    form = dialog.add_tab(tr("Version"))
    intro = QLabel(tr("The programme as it stands becomes the next version. Versions are kept "
                      "for good: they are what was sent out."), dialog)
    intro.setWordWrap(True)
    form.addRow(intro)
    note = QPlainTextEdit(dialog)
    note.setPlaceholderText(tr("Why it is issued, e.g. after the Governor's office moved the "
                               "courtesy call"))
    note.setTabChangesFocus(True)
    dialog.add_field(form, "note", tr("&Note"), note)
    dialog.value = lambda: (note.toPlainText(), {})  # type: ignore[method-assign]
    chosen = dialog.ask()
    return chosen if isinstance(chosen, str) else None


def issue_in_background(parent: QWidget, ctx: AppContext, work: Callable[[], VersionInfo],
                        issued: SignalInstance) -> BackgroundTask:
    """Issue off the GUI thread; the notice names the version, ``issued`` carries it."""

    def done(info: VersionInfo) -> None:
        ctx.notify(tr("Issued {label}").format(label=version_text(info.label)))
        issued.emit(info)

    def failed(error: Exception) -> None:
        QMessageBox.warning(parent, tr("Version not issued"), error_text(error))

    return run_with_progress(parent, tr("Issuing the version…"), work, done, failed)


def issue_version(ws: DelegationWorkspace, note: str | None = None) -> BackgroundTask | None:
    """Ask the note (unless given), then issue off the GUI thread; the notice names it."""
    note = ask_note(ws, ws.data.title) if note is None else note
    if note is None:
        return None
    sessions, delegation = ws.ctx.db.sessions, ws.delegation_id
    ws._task = issue_in_background(
        ws, ws.ctx, lambda: versions.issue_version(sessions, delegation, note),
        ws.version_issued)
    return ws._task


def show_versions(ws: DelegationWorkspace) -> VersionsDialog:
    dialog = VersionsDialog(ws)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def version_text(text: str) -> str:
    """A version's label ("Version 3 of Tue 1 Dec 2026, 14:00 Tehran", "Draft of …") in
    the window's language and calendar, as a printed page says it."""
    return localise(text, window_reader())


def changes_html(sheet: ChangeSheet) -> str:
    """The changes per local day, each with its time and zone, as the sheet prints them:
    in the window's language and calendar, said as the printed sheet says them."""
    reader = window_reader()
    title = title_of(sheet, reader)[0] if not reader.plain else sheet.title
    arrow = "←" if reader.rtl else "→"
    out = [html.STYLE, f"<p class='h1'>{e(title)}</p>",
           f"<p class='sub'>{e(localise(sheet.since, reader))} {arrow} "
           f"{e(localise(sheet.now, reader))} · {e(label(sheet.marking, reader))}</p>"]
    if not sheet.days:
        unchanged = tr("Nothing changed: the programme is as it was then.")
        out.append(f"<p>{e(unchanged)}</p>")
    align = " align='right'" if reader.rtl else ""  # Qt's rich text mirrors no table
    for day in sheet.days:
        out.append(f"<p class='h2'>{e(reader.date(day.day, 'long'))}</p>"
                   + f"<table cellspacing='0'{align}>")
        for c in day.changes:
            colour = COLOURS["overdue"] if c.kind in GONE else COLOURS["accent"]
            details = "<br>".join(e(say(x, reader.language, reader.chosen_calendar,
                                        isolated=True)) for x in c.details)
            gap = " style='padding: 2px 0 2px 12px'" if reader.rtl else ""  # toward the text
            when = f"<td class='k'{gap}>{e(reader.say(c.when))}</td>"
            what = (f"<td class='v'><b style='color:{colour}'>"
                    f"{e(translated(c.kind.label).upper())}</b> <b>{e(c.title)}</b><br>"
                    f"{details}</td>")
            # Qt's rich text does not mirror a table's columns: the time goes on the side
            # a line starts from, the right under Persian.
            out.append(f"<tr>{what + when if reader.rtl else when + what}</tr>")
        out.append("</table>")
    return "".join(out)


Compare = Callable[[int, int | None, Edition], ChangeSheet]


class ProgrammeVersionsDialog(QDialog):
    """The versions issued of one programme, what changed since one, and its change sheet;
    a subclass says whose programme and adds its own buttons."""

    shown = Signal(object)  # the change sheet now on show
    empty_text = ""

    def __init__(self, parent: QWidget, ctx: AppContext, title: str,
                 editions: bool = True) -> None:
        super().__init__(parent)
        self.ctx, self.programme_title = ctx, title
        self.sheet: ChangeSheet | None = None
        self.task: BackgroundTask | None = None
        self.job: PdfPreviewJob | None = None
        self.setWindowTitle(tr("Versions — {title}").format(title=title))
        self.resize(900, 640)
        self.model: RecordTableModel[VersionInfo] = RecordTableModel([
            Column(tr("No."), lambda v: str(v.number), lambda v: v.number, align_right=True),
            Column(tr("Issued"), lambda v: version_text(v.label.split(" of ", 1)[1]),
                   lambda v: v.issued_at),
            Column(tr("By"), lambda v: v.issued_by),
            Column(tr("Note"), lambda v: v.note)], self)
        self.table = RecordTable(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.target = QComboBox(self)
        self.edition = edition_box(self)
        self.editions = editions
        self.view = QTextBrowser(self)
        read_in_direction(self.view)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self._build()
        self.reload()

    # What a subclass says ----------------------------------------------------------------
    def fetch(self) -> list[VersionInfo]:
        raise NotImplementedError

    def comparer(self) -> Compare:
        """What changed from one version to a later one (or the draft): called off the GUI
        thread, so it holds what it needs, not widgets."""
        raise NotImplementedError

    def extra_buttons(self) -> tuple[list[QPushButton], list[QPushButton]]:
        """Buttons beside the change sheet's, and at the right end of the row."""
        return [], []

    # ------------------------------------------------------------------------------------
    def _button(self, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(lambda *_: slot())
        return button

    def _build(self) -> None:
        self.changes_button = self._button(tr("&Changes since…"), self.show_changes)
        self.sheet_button = self._button(tr("&Print change sheet…"), self.print_change_sheet)
        beside, right = self.extra_buttons()
        self.version_buttons = [self.changes_button, self.sheet_button, *beside, *right]
        choices = QHBoxLayout()
        choices.addWidget(QLabel(tr("Compare with:"), self))
        choices.addWidget(self.target, 0 if self.editions else 1)
        if self.editions:
            choices.addWidget(QLabel(tr("Edition:"), self))
            choices.addWidget(self.edition, 1)
        else:
            self.edition.hide()
        actions = QHBoxLayout()
        for button in (self.changes_button, self.sheet_button, *beside):
            actions.addWidget(button)
        actions.addStretch(1)
        for button in right:
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(choices)
        layout.addLayout(actions)
        layout.addWidget(self.view, 3)
        layout.addWidget(self.buttons)
        self.edition.currentIndexChanged.connect(lambda *_: self._refresh_if_shown())
        self.target.currentIndexChanged.connect(lambda *_: self._refresh_if_shown())

    def reload(self) -> None:
        found = self.fetch()
        self.model.set_rows(found)
        self.table.resizeColumnsToContents()
        self.target.blockSignals(True)
        self.target.clear()
        self.target.addItem(tr("The current draft"), None)
        for v in reversed(found):
            self.target.addItem(version_text(v.label), v.number)
        self.target.blockSignals(False)
        if found:
            self.table.selectRow(len(found) - 1)
        else:
            self.view.setHtml(html.STYLE + "<p>" + e(self.empty_text) + "</p>")
        for button in self.version_buttons:
            button.setEnabled(bool(found))

    def selected(self) -> VersionInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None  # type: ignore[attr-defined]

    def chosen_edition(self) -> Edition:
        return Edition(self.edition.currentData())

    def _refresh_if_shown(self) -> None:
        if self.sheet is not None:
            self.show_changes()

    def _comparison(self) -> tuple[int, int | None] | None:
        version = self.selected()
        if version is None:
            return None
        later = self.target.currentData()
        if later is not None and later <= version.number:
            self.view.setHtml(html.STYLE + "<p class='warn'>" + e(tr(
                "Compare with a later version, or with the current draft.")) + "</p>")
            return None
        return version.number, later

    def show_changes(self) -> BackgroundTask | None:
        """What changed since the selected version, computed off the GUI thread."""
        chosen = self._comparison()
        if chosen is None:
            return None
        compare, edition = self.comparer(), self.chosen_edition()

        def done(sheet: ChangeSheet) -> None:
            self.sheet = sheet
            self.view.setHtml(changes_html(sheet))
            self.shown.emit(sheet)

        def failed(error: Exception) -> None:
            self.view.setHtml(html.STYLE + f"<p class='warn'>{e(error_text(error))}</p>")

        self.task = run_with_progress(self, tr("Comparing the versions…"), lambda: (
            compare(chosen[0], chosen[1], edition)), done, failed)
        return self.task

    def print_change_sheet(self) -> PdfPreviewJob | None:
        chosen = self._comparison()
        if chosen is None:
            return None
        compare, edition = self.comparer(), self.chosen_edition()
        paper, reader = self.ctx.settings.paper_size, window_reader()

        def produce(path: Path) -> None:
            versions.write_change_sheet(compare(chosen[0], chosen[1], edition), path, paper,
                                        printed=reader)

        title = tr("Changes since version {n} — {title}").format(n=chosen[0],
                                                                 title=self.programme_title)
        self.job = show_pdf_preview(self, title, produce, f"{self.programme_title[:50]} — "
                                    f"changes since version {chosen[0]}.pdf",
                                    self.ctx.settings)
        return self.job


class VersionsDialog(ProgrammeVersionsDialog):
    """The versions of a delegation's programme, with its dossiers and a new draft."""

    def __init__(self, ws: DelegationWorkspace) -> None:
        self.ws = ws
        self.empty_text = tr("No version issued yet: Issue version… on the delegation's "
                             "toolbar freezes the programme as version 1.")
        super().__init__(ws, ws.ctx, ws.data.title)

    def fetch(self) -> list[VersionInfo]:
        return versions.list_versions(self.ws.ctx.db.sessions, self.ws.delegation_id)

    def comparer(self) -> Compare:
        sessions, delegation = self.ws.ctx.db.sessions, self.ws.delegation_id
        return lambda since, to, edition: versions.programme_changes(sessions, delegation,
                                                                     since, to, edition)

    def extra_buttons(self) -> tuple[list[QPushButton], list[QPushButton]]:
        self.dossier_button = self._button(tr("&Dossier of this version…"), self.print_dossier)
        self.marked_button = self._button(tr("Dossier with changes &marked…"),
                                          self.print_marked_dossier)
        self.marked_button.setToolTip(tr("The state compared with (the draft or a later "
                                         "version), a bar beside each item changed since the "
                                         "selected version"))
        self.restore_button = self._button(tr("Start a &new draft from this version"),
                                           self.start_new_draft)
        return [self.dossier_button, self.marked_button], [self.restore_button]

    def _dossier(self, number: int | None, since: int | None, title: str,
                 name: str) -> PdfPreviewJob:
        sessions, delegation, edition = (self.ws.ctx.db.sessions, self.ws.delegation_id,
                                         self.chosen_edition())
        home_time, paper = self.ws.ctx.settings.show_home_time, self.ws.ctx.settings.paper_size
        reader = window_reader()

        def produce(path: Path) -> None:
            made = versions.dossier_of(sessions, delegation, edition, home_time, number, since)
            dossier.write_dossier(made, path, paper, printed=reader)

        self.job = show_pdf_preview(self, title, produce, f"{self.ws.data.title[:50]} — "
                                    f"{name} {edition.value} dossier.pdf", self.ws.ctx.settings)
        return self.job

    def print_dossier(self) -> PdfPreviewJob | None:
        """The selected version's dossier as it was issued."""
        version = self.selected()
        if version is None:
            return None
        return self._dossier(version.number, None, tr("Dossier, version {n} — {title}").format(
            n=version.number, title=self.ws.data.title), f"version {version.number}")

    def print_marked_dossier(self) -> PdfPreviewJob | None:
        """The draft's (or a later version's) dossier, with the changes since the selected
        version marked in the margin."""
        chosen = self._comparison()
        if chosen is None:
            return None
        since, now = chosen
        name = f"version {now}" if now is not None else "draft"
        return self._dossier(now, since, tr("Dossier, changes since version {n} — {title}")
                             .format(n=since, title=self.ws.data.title),
                             f"{name}, changes since version {since},")

    def start_new_draft(self, confirm: bool = True) -> bool:
        """The itinerary and delegation list go back to the selected version (undoable)."""
        version = self.selected()
        if version is None:
            return False
        if confirm and QMessageBox.question(self, tr("Start a new draft"), tr(
                "The itinerary and the delegation list go back to {label}. Items added "
                "since are cancelled, so calendars learn of it. Ctrl+Z undoes it.").format(
                label=version_text(version.label))) != QMessageBox.StandardButton.Yes:
            return False
        sessions, delegation, number = (self.ws.ctx.db.sessions, self.ws.delegation_id,
                                        version.number)

        def do(_: Any) -> tuple[Change, Any]:
            return versions.start_draft_from(sessions, delegation, number)

        def undo(receipt: versions.RestoreReceipt) -> Change:
            return versions.undo_start_draft(sessions, receipt)

        return self.ws._push(tr("New draft from version {n}").format(n=number), do, undo)
