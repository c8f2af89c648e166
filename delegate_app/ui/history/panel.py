"""The History panel beside a record: who changed what and when, newest first, each changed
field before and after. It reads the record only while shown, and follows every change."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from ...domain.changes import CHANGED, ChangeSet
from ...domain.errors import DelegateAppError
from ...domain.history import HistoryLine
from ...services import history
from .. import html
from ..changes import ChangeFollower
from ..context import AppContext
from ..dates import format_moment
from ..language import read_in_direction
from ..text import error_text, said, tr, translated

LIMIT = 100  # the newest changes; the Activity page and `history` show every one
# The record each list page shows, by page key: its History tab reads that record's.
PAGE_KINDS = {"cities": "city", "people": "person", "organisations": "organisation",
              "summits": "summit", "delegations": "delegation", "commitments": "commitment",
              "gifts": "gift"}


def _line(line: HistoryLine) -> str:
    fields = "".join(
        f"<tr><td class='k'>{html.e(translated(c.label))}</td><td class='v'>{html.e(c.before)} "
        f"→ {html.e(c.after)}</td></tr>" for c in line.changes) if line.action == CHANGED \
        else ""
    table = f"<table cellspacing='0' style='margin-left: 12px;'>{fields}</table>" \
        if fields else ""
    when = format_moment(line.at, line.when)
    return (f"<p style='margin: 8px 0 2px 0;'><b>{html.e(line.officer)}</b> "
            f"{html.e(line.what)}<br><span class='sub'>{html.e(when)}</span></p>{table}")


def history_html(lines: Sequence[HistoryLine], title: str = "") -> str:
    heading = html.STYLE + (f"<p class='h2'>{html.e(title)}</p>" if title else "")
    if not lines:
        nothing = tr("No changes on record yet.")
        return heading + f"<p class='sub'>{html.e(nothing)}</p>"
    more = ""
    if len(lines) >= LIMIT:
        note = tr("The newest {n} changes; the Activity page lists them all.").format(n=LIMIT)
        more = f"<p class='sub'>{html.e(note)}</p>"
    return heading + "".join(_line(line) for line in lines) + more


class HistoryPanel(QWidget):
    """Shows the history of one record (``show_record``), loaded when the panel is seen."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view = QTextBrowser(self)
        read_in_direction(self.view)
        self.view.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.target: tuple[str, int, str] | None = None
        self.loaded: tuple[str, int, str] | None = None
        # When given, asked for the record each time the panel reads (a tab's selection).
        self.provide: Callable[[], tuple[str, int, str] | None] | None = None
        self.lines: list[HistoryLine] = []
        self.follower = ChangeFollower(self, ctx.changes, self._on_change)
        self._show_hint()

    def show_record(self, kind: str | None, record_id: int | None, title: str = "") -> None:
        """The record to show: read now if the panel is on screen, else when it is shown."""
        self.target = (kind, record_id, title) if kind and record_id is not None else None
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        if self.provide is not None or self.target != self.loaded:
            self.reload()
        super().showEvent(event)

    def _on_change(self, _change: ChangeSet) -> None:
        self.reload()  # the record may be written now, or a part of it: one query

    def reload(self) -> None:
        if self.provide is not None:
            self.target = self.provide()
        self.loaded = self.target
        if self.target is None:
            self.lines = []
            self._show_hint()
            return
        kind, record_id, title = self.target
        if not self.ctx.db.signed_in.may_read_record:
            self.lines = []
            why = said(self.ctx.db.signed_in.why_no_record)
            self.view.setHtml(f"{html.STYLE}<p class='sub'>{html.e(why)}</p>")
            return
        try:
            self.lines = history.record_history(self.ctx.db.sessions, kind, record_id, LIMIT)
        except DelegateAppError as exc:
            self.view.setHtml(f"{html.STYLE}<p class='sub'>{html.e(error_text(exc))}</p>")
            return
        self.view.setHtml(history_html(self.lines, title))

    def _show_hint(self) -> None:
        hint = tr("Select a record to see who changed it, and when.")
        self.view.setHtml(f"{html.STYLE}<p class='sub'>{html.e(hint)}</p>")


class DelegationHistory(QWidget):
    """The History tab of a delegation: the item selected in the agenda, or the whole
    delegation (its details, members and every item)."""

    def __init__(self, ctx: AppContext, delegation_id: int,
                 selected: Callable[[], tuple[int, str] | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.delegation_id, self.selected = delegation_id, selected
        self.scope = QComboBox(self)
        self.scope.addItem(tr("The item selected in the agenda"), "item")
        self.scope.addItem(tr("The whole delegation"), "delegation")
        self.panel = HistoryPanel(ctx, self)
        self.panel.provide = self.target
        self.scope.activated.connect(lambda *_: self.panel.reload())
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Show the history of"), self))
        row.addWidget(self.scope)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.panel, 1)

    def target(self) -> tuple[str, int, str]:
        item = self.selected() if self.scope.currentData() == "item" else None
        if item is None:
            return "delegation", self.delegation_id, tr("The whole delegation")
        return "itinerary_item", item[0], tr("“{title}”").format(title=item[1])
