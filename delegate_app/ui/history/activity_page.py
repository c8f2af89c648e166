"""Activity: the office's changes, newest first — who changed which record and how —
filtered by officer, kind of record, delegation and period, and exported as CSV."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import ClassVar

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QTableView,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ...domain.changes import CHANGED, ChangeSet
from ...domain.history import ActivityFilter, HistoryLine
from ...services import history
from ...services.history import ActivityChoices
from .. import html
from ..changes import ChangeFollower
from ..context import AppContext
from ..dates import format_moment
from ..icons import COLOURS, toolbar_action
from ..language import read_in_direction
from ..pages.base import load_failed
from ..table_model import (
    RECORD_ROLE,
    Column,
    Prepared,
    RecordFilter,
    RecordTable,
    RecordTableModel,
)
from ..tasks import run_in_background
from ..text import error_text, said, tr, translated

LIMIT = 1000  # the newest changes the page lists; `activity --limit` reaches further back
# Where a kind of record is shown: its page, or its delegation's tab.
PAGES = {"person": "people", "city": "cities", "organisation": "organisations",
         "summit": "summits", "delegation": "delegations", "commitment": "commitments",
         "gift": "gifts"}


def _columns() -> list[Column[HistoryLine]]:
    return [
        Column(tr("When"), lambda x: format_moment(x.at, x.when), lambda x: x.id),
        Column(tr("Officer"), lambda x: x.officer),
        Column(tr("Record"), lambda x: translated(x.kind_label).capitalize()),
        Column(tr("What happened"), lambda x: x.what, tooltip=lambda x: x.sentence),
    ]


def link_of(line: HistoryLine) -> str | None:
    """Where to open the record a change is about (None when it is gone or has no page)."""
    if line.kind == "itinerary_item" and line.delegation_id and line.record_id:
        return f"item:{line.delegation_id}/{line.record_id}"
    if line.kind in PAGES and line.record_id is not None:
        return f"record:{PAGES[line.kind]}/{line.record_id}"
    scope_kind, scope_id = line.scope
    if scope_kind in PAGES and scope_id is not None:
        return f"record:{PAGES[scope_kind]}/{scope_id}"
    if line.delegation_id is not None:
        return f"record:delegations/{line.delegation_id}"
    return None


def detail_html(line: HistoryLine | None) -> str:
    if line is None:
        hint = tr("Select a change to see each field before and after.")
        return f"{html.STYLE}<p class='sub'>{html.e(hint)}</p>"
    rows = [(translated(c.label), f"{c.before} → {c.after}" if line.action == CHANGED else
             (c.after if c.after != "—" else c.before)) for c in line.changes]
    kind = translated(line.kind_label).capitalize()
    return html.header(line.sentence, tr("{kind} number {n}").format(
        kind=kind, n=line.record_id) if line.record_id else "") + \
        html.facts(rows)


class ActivityPage(QWidget):
    key = "activity"
    icon_name = "history"
    link_requested = Signal(str)
    exported = Signal(str)
    ready = Signal()  # the list shows what the latest refresh asked for
    load_at_once: ClassVar[bool] = False  # as ListPage.load_at_once

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.title = tr("Activity")
        self.model: RecordTableModel[HistoryLine] = RecordTableModel(_columns(), self)
        self.proxy = RecordFilter(self)
        self.proxy.setSourceModel(self.model)
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.export_action = toolbar_action(self, self.toolbar, tr("Export CSV…"), "save",
                                            lambda: self.export_csv())
        self.officer_box, self.kind_box = QComboBox(self), QComboBox(self)
        self.delegation_box, self.period_box = QComboBox(self), QComboBox(self)
        for box in (self.officer_box, self.kind_box, self.delegation_box):
            # filled as the changes arrive, after the page is first shown: sized then
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for text, days in ((tr("Today"), 0), (tr("Last 7 days"), 6), (tr("Last 30 days"), 29),
                           (tr("Last 12 months"), 364), (tr("Any time"), None)):
            self.period_box.addItem(text, days)
        self.period_box.setCurrentIndex(2)
        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(tr("Filter changes…  (Ctrl+F)"))
        self.filter.setMinimumWidth(260)
        self.filter.textChanged.connect(self.proxy.set_text)
        self.filter.textChanged.connect(lambda *_: self._count())
        self.count = QLabel(self)
        self.count.setStyleSheet(f"color: {COLOURS['muted']};")
        self.table = self._make_table()
        self.detail = QTextBrowser(self)
        read_in_direction(self.detail)
        self._layout()
        for box in (self.officer_box, self.kind_box, self.delegation_box, self.period_box):
            box.activated.connect(lambda *_: self.refresh())
        # Shown, it lists every change at once; hidden, the window refreshes it when shown.
        self.follower = ChangeFollower(self, ctx.changes, self._on_change, ChangeFollower.SKIP)
        self._asked = self._shown = 0  # refreshes asked for; the latest one shown
        self._wanted: int | None = None  # a change to select once the list arrives

    def _make_table(self) -> QTableView:
        table = RecordTable(self)
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(26)
        table.horizontalHeader().setStretchLastSection(True)
        table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        table.activated.connect(lambda *_: self.open_current())
        for column, width in enumerate((130, 120, 150)):
            table.setColumnWidth(column, width)
        return table

    def _layout(self) -> None:
        heading = QLabel(self.title, self)
        heading.setStyleSheet(f"font-size: 16pt; font-weight: 600; color: {COLOURS['accent']};")
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(12)
        top.addWidget(self.count)
        top.addStretch(1)
        top.addWidget(self.filter)
        filters = QHBoxLayout()
        for label, box in ((tr("Officer"), self.officer_box), (tr("Record"), self.kind_box),
                           (tr("Delegation"), self.delegation_box),
                           (tr("Period"), self.period_box)):
            filters.addWidget(QLabel(label, self))
            filters.addWidget(box)
            filters.addSpacing(8)
        self.delegation_box.setMaximumWidth(320)
        filters.addStretch(1)
        filters.addWidget(self.toolbar)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([560, 200])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

    # Filters -----------------------------------------------------------------------------
    def _fill(self, box: QComboBox, everyone: str, items: list[tuple[str, object]]) -> None:
        keep = box.currentData()
        box.clear()
        box.addItem(everyone, None)
        for text, data in items:
            box.addItem(text, data)
        found = box.findData(keep)
        box.setCurrentIndex(found if keep is not None and found >= 0 else 0)

    def _fill_choices(self, choices: ActivityChoices | None = None) -> None:
        if not self.ctx.db.signed_in.may_read_record:
            return  # the server would refuse it: refresh() says why instead
        if choices is None:
            choices = history.activity_choices(self.ctx.db.sessions)
        self._fill(self.officer_box, tr("Any officer"), [(o, o) for o in choices.officers])
        self._fill(self.kind_box, tr("Any record"),
                   [(translated(label).capitalize(), kind) for kind, label in choices.kinds])
        self._fill(self.delegation_box, tr("Any delegation"),
                   [(d.label, d.id) for d in choices.delegations])

    def set_filter(self, *, officer: str | None = None, kind: str | None = None,
                   delegation_id: int | None = None, days: int | None = -1) -> None:
        """Choose filters as an officer would in the boxes (tests, links), then list."""
        self._fill_choices()
        for box, value in ((self.officer_box, officer), (self.kind_box, kind),
                           (self.delegation_box, delegation_id)):
            box.setCurrentIndex(max(0, box.findData(value)) if value is not None else 0)
        if days != -1:
            self.period_box.setCurrentIndex(self.period_box.findData(days))
        self.refresh()

    def wanted(self) -> ActivityFilter:
        days = self.period_box.currentData()
        since = None
        if days is not None:
            first = self.ctx.today() - timedelta(days=int(days))
            since = history.day_start(self.ctx.db.sessions, first)
        return ActivityFilter(since=since, officer=self.officer_box.currentData(),
                              kind=self.kind_box.currentData(),
                              delegation_id=self.delegation_box.currentData(), limit=LIMIT)

    # Showing -----------------------------------------------------------------------------
    def _on_change(self, _change: ChangeSet) -> None:
        self.refresh()

    @property
    def loading(self) -> bool:
        """A refresh is under way (its changes have not arrived yet)."""
        return self._shown < self._asked

    def refresh(self, select_id: int | None = None) -> None:
        """List the changes again, read off the GUI thread with the filters' choices; they
        replace the list as they arrive (a change meanwhile asks for another load)."""
        if not self.ctx.db.signed_in.may_read_record:
            for box in (self.officer_box, self.kind_box, self.delegation_box, self.period_box):
                box.setEnabled(False)
            self._asked = self._shown = self._asked + 1
            self.model.set_rows([])
            self.count.setText(said(self.ctx.db.signed_in.why_no_record))
            self._show_detail()
            self.ready.emit()
            return
        self._asked += 1
        asked = self._asked
        if select_id is not None:
            self._wanted = select_id
        sessions, wanted, model = self.ctx.db.sessions, self.wanted(), self.model
        words, sort = model.filter_words(), model.loaded_sort()

        def load() -> tuple[ActivityChoices, Prepared[HistoryLine]]:
            choices = history.activity_choices(sessions)
            return choices, model.prepare(history.activity(sessions, wanted), words, sort)

        if self.load_at_once:
            self._loaded(asked, wanted, load())
            return
        self._count()
        run_in_background(load, lambda found: self._loaded(asked, wanted, found),
                          lambda error: self._failed(asked, error))

    def _loaded(self, asked: int, wanted: ActivityFilter,
                found: tuple[ActivityChoices, Prepared[HistoryLine]]) -> None:
        if not shiboken6.isValid(self) or asked <= self._shown:
            return
        self._shown = asked
        choices, prepared = found
        current = self.current()
        keep, self._wanted = self._wanted, None
        if keep is None and current is not None:
            keep = current.id
        self._fill_choices(choices)
        if self.wanted() != wanted:  # a box's choice is gone: list what it says now
            self._wanted = keep
            self.refresh()
            return
        self.model.set_prepared(prepared)
        self._count()
        if keep is None or not self.select(keep):
            self.table.selectRow(0)
        self._show_detail()
        if not self.loading:
            self.ready.emit()

    def _failed(self, asked: int, error: Exception) -> None:
        load_failed(self, asked, error)

    def _count(self) -> None:
        total = len(self.model.rows())
        if self.loading and not total:
            self.count.setText(tr("Loading…"))
            return
        text = tr("{n} changes").format(n=total) if total != 1 else tr("1 change")
        if total >= LIMIT:
            text = tr("the newest {n} changes").format(n=total)
        if self.filter.text().strip():
            text = tr("{shown} of {text} match the filter").format(
                shown=self.proxy.rowCount(), text=text)
        self.count.setText(text)

    def lines(self) -> list[HistoryLine]:
        """The changes as listed now (after the text filter), top to bottom."""
        return [self.proxy.index(r, 0).data(RECORD_ROLE) for r in range(self.proxy.rowCount())]

    def current(self) -> HistoryLine | None:
        index = self.table.selectionModel().currentIndex()
        return index.data(RECORD_ROLE) if index.isValid() else None

    def select(self, record_id: int) -> bool:
        row = self.model.row_of(lambda x: x.id == record_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectRow(index.row())
        return index.isValid()

    def _show_detail(self) -> None:
        self.detail.setHtml(detail_html(self.current()))

    def focus_filter(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    def open_current(self) -> None:
        line = self.current()
        target = link_of(line) if line is not None else None
        if target is not None:
            self.link_requested.emit(target)

    def export_csv(self, path: str | None = None) -> int:
        """The changes listed (filters and text filter applied) as a CSV file."""
        if path is None:
            start = Path(self.ctx.settings.last_folder or Path.home()) / \
                f"activity-{date.today().isoformat()}.csv"
            path, _ = QFileDialog.getSaveFileName(self, tr("Export the activity"), str(start),
                                                  tr("CSV (*.csv)"))
        if not path:
            return 0
        target = Path(path)
        try:
            count = history.write_activity(self.lines(), target)
        except (OSError, ValueError) as exc:
            QMessageBox.warning(self, tr("Activity not exported"), error_text(exc))
            return 0
        self.ctx.settings.last_folder = str(target.parent)
        self.ctx.notify(tr("{n} changes exported to {path}").format(n=count, path=target))
        self.exported.emit(str(target))
        return count

