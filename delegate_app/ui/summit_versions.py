"""Versions of a summit's programme on the Summits page: *Issue version…* (with a note) and
*Versions…* (the list, what changed since one in the host city's time, the change sheet,
and a version's printed programme into the preview). The dialog is the delegation's
(``ProgrammeVersionsDialog``) with the summit's own source and buttons."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from ..domain.versions import VersionInfo
from ..services import programme_document, versions
from .delegation.versions import (
    Compare,
    ProgrammeVersionsDialog,
    ask_note,
    issue_in_background,
)
from .dialogs.document_options import window_reader
from .dialogs.pdf_preview import PdfPreviewJob, show_pdf_preview
from .tasks import BackgroundTask
from .text import tr

if TYPE_CHECKING:
    from .pages.summits import SummitsPage


def issue_version(page: SummitsPage, note: str | None = None) -> BackgroundTask | None:
    """Ask the note (unless given), then issue off the GUI thread; the notice names it."""
    summit = page.current()
    if summit is None:
        return None
    note = ask_note(page, summit.title) if note is None else note
    if note is None:
        return None
    sessions, summit_id = page.ctx.db.sessions, summit.id
    page._task = issue_in_background(
        page, page.ctx, lambda: versions.issue_summit_version(sessions, summit_id, note),
        page.version_issued)
    return page._task


def show_versions(page: SummitsPage) -> SummitVersionsDialog | None:
    summit = page.current()
    if summit is None:
        return None
    dialog = SummitVersionsDialog(page, summit.id, summit.title)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class SummitVersionsDialog(ProgrammeVersionsDialog):
    """The versions of a summit's programme (public: no editions)."""

    def __init__(self, page: SummitsPage, summit_id: int, title: str) -> None:
        self.page, self.summit_id = page, summit_id
        self.empty_text = tr("No version issued yet: Issue version… on the Summits toolbar "
                             "freezes the summit's programme as version 1.")
        super().__init__(page, page.ctx, title, editions=False)

    def fetch(self) -> list[VersionInfo]:
        return versions.list_summit_versions(self.ctx.db.sessions, self.summit_id)

    def comparer(self) -> Compare:
        sessions, summit = self.ctx.db.sessions, self.summit_id
        return lambda since, to, _: versions.summit_changes(sessions, summit, since, to)

    def extra_buttons(self) -> tuple[list[QPushButton], list[QPushButton]]:
        self.programme_button = self._button(tr("P&rogramme of this version…"),
                                             self.print_programme)
        return [self.programme_button], []

    def print_programme(self) -> PdfPreviewJob | None:
        """The selected version's printed programme, as it was issued."""
        version = self.selected()
        if version is None:
            return None
        sessions, summit, number = self.ctx.db.sessions, self.summit_id, version.number
        paper, reader = self.ctx.settings.paper_size, window_reader()

        def produce(path: Path) -> None:
            made = versions.summit_programme_of(sessions, summit, number)
            programme_document.write_summit_programme(made, path, paper, printed=reader)

        title = tr("Programme, version {n} — {title}").format(n=number,
                                                             title=self.programme_title)
        self.job = show_pdf_preview(self, title, produce, f"{self.programme_title[:50]} — "
                                    f"programme, version {number}.pdf", self.ctx.settings)
        return self.job
