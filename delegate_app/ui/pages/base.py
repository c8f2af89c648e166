"""A list page: title, toolbar, filter box, sortable table and the record's detail beside it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, ClassVar

import shiboken6
from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QHideEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ...domain.changes import ChangeSet
from ...domain.errors import DelegateAppError
from .. import html
from ..changes import ChangeFollower
from ..context import AppContext
from ..history.panel import PAGE_KINDS, HistoryPanel
from ..icons import COLOURS, icon, toolbar_action
from ..language import read_in_direction
from ..office import permissions
from ..table_model import (
    RECORD_ROLE,
    Column,
    Prepared,
    RecordFilter,
    RecordTable,
    RecordTableModel,
)
from ..tasks import after_pending_events, run_in_background
from ..text import error_text, tr
from .view_memory import ViewMemory

DESCRIBE_AFTER_MS = 60  # a record's detail is written once it stays selected this long


class ListPage(QWidget):
    """Subclasses give columns, fetch rows from a service and describe the current record.

    The rows load off the GUI thread (the query, and the folding of each row's search text
    and sort key): the page says it is loading, stays usable, and fills in as they arrive;
    ``ready`` says the page shows what its latest refresh asked for."""

    key = "page"
    icon_name = "today"
    default_sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)
    # Tables whose rows (or the names of whose rows) the list shows: a write to one of them
    # reloads the list; any other write only redraws the selected record's detail.
    list_kinds: frozenset[str] = frozenset()
    link_requested = Signal(str)  # "record:people/12"
    ready = Signal()
    # True: refresh() loads on the GUI thread and returns with the rows shown (tests that
    # act on a page straight after showing it set it; the window never does).
    load_at_once: ClassVar[bool] = False
    # True where describe() reads the database and no widget: the record's detail is then
    # written on a worker thread too (the previous one stays until it arrives).
    describe_off_thread: ClassVar[bool] = False

    def __init__(self, ctx: AppContext, title: str, columns: Sequence[Column[Any]],
                 empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.title = title
        self.model: RecordTableModel[Any] = RecordTableModel(columns, self)
        self.proxy = RecordFilter(self)
        self.proxy.setSourceModel(self.model)
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(tr("Filter {title}…  (Ctrl+F)").format(
            title=title.lower()))
        self.filter.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.filter.textChanged.connect(self.proxy.set_text)
        self.filter.textChanged.connect(lambda *_: self._count())
        self.filter.setMinimumWidth(260)
        self.count = QLabel(self)
        self.count.setStyleSheet(f"color: {COLOURS['muted']};")
        self.table = self._make_table()
        self.empty = QLabel(empty_text, self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(f"color: {COLOURS['muted']}; font-size: 12pt; padding: 40px;")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.detail = QTextBrowser(self)
        read_in_direction(self.detail)
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(self._on_link)
        self.history = HistoryPanel(ctx, self)  # read only while its tab is shown
        self.detail_area = QTabWidget(self)
        self.detail_area.setDocumentMode(True)
        self.detail_area.addTab(self.detail, icon("about"), tr("Details"))
        if self.key in PAGE_KINDS:
            self.detail_area.addTab(self.history, icon("history"), tr("History"))
        self._layout(title)
        self.table.sortByColumn(*self.default_sort)
        self.memory = ViewMemory(ctx.settings, f"page:{self.key}", self.table, self.splitter)
        self.memory.restore_sort()
        # Ctrl+F is the window's Edit ▸ Find in list, which focuses this page's filter.
        self.actions_live = True  # False while another view (a delegation tab) has the keys
        self._page_actions: list[tuple[QAction, bool]] = []
        # Hidden pages skip changes: the window refreshes a page as it shows it.
        self.follower = ChangeFollower(self, ctx.changes, self.on_change, ChangeFollower.SKIP)
        self._asked = 0  # refreshes asked for
        self._shown = 0  # the latest refresh whose rows are shown
        self._wanted: int | None = None  # a record to select once the rows arrive
        self._refreshing = False  # selecting the kept record after a load
        self._detail_later = False  # selection changes do not redraw the detail meanwhile
        self._described = 0  # details asked for; only the latest one's is shown
        self._describe_later = QTimer(self)
        self._describe_later.setSingleShot(True)
        self._describe_later.setInterval(DESCRIBE_AFTER_MS)
        self._describe_later.timeout.connect(self._describe_off_thread)

    def on_change(self, change: ChangeSet) -> None:
        """A write anywhere (here, undo, an import, a colleague): show what it touched."""
        if change.touches(*self.list_kinds):
            self.refresh()
        else:
            self._show_detail()

    def show_changed(self, record_id: int | None) -> None:
        """After this page's own edit: the list already shows it; select the record."""
        if record_id is not None and not self.select(record_id):
            self.refresh(select_id=record_id)

    def _make_table(self) -> QTableView:
        table = RecordTable(self)
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(26)
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setHighlightSections(False)
        table.selectionModel().currentRowChanged.connect(lambda *_: self._current_changed())
        table.activated.connect(lambda *_: self.activate())  # Enter or double-click
        return table

    def _layout(self, title: str) -> None:
        heading = QLabel(title, self)
        heading.setStyleSheet(f"font-size: 16pt; font-weight: 600; color: {COLOURS['accent']};")
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(12)
        top.addWidget(self.count)
        top.addStretch(1)
        top.addWidget(self.filter)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.stack)
        splitter.addWidget(self.detail_area)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.addLayout(top)
        layout.addWidget(self.toolbar)
        layout.addWidget(splitter, 1)

    # To be provided by each page ------------------------------------------
    def fetch(self) -> Sequence[Any]:
        raise NotImplementedError

    def query(self) -> Callable[[], Sequence[Any]]:
        """The rows' query, to run on a worker thread: pages whose query depends on their
        filter boxes read them here, on the GUI thread."""
        return self.fetch

    def describe(self, record: Any) -> str:
        raise NotImplementedError

    def record_id(self, record: Any) -> int:
        return int(record.id)

    def activate(self) -> None:
        """Double-click or Enter on a row; pages with an editor open it."""

    # Shared behaviour ------------------------------------------------------
    def add_action(self, text: str, icon_name: str, handler: Callable[[], None],
                   shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                   needs_selection: bool = False, writes: bool = True,
                   head_only: bool = False) -> QAction:
        """A toolbar action; ``writes`` ones are greyed out for an officer whose role may
        not change records (mark the ones that only read or print ``writes=False``)."""
        action = toolbar_action(self, self.toolbar, text, icon_name, handler, shortcut)
        if writes:
            permissions.writes(action, head_only)
        self._page_actions.append((action, needs_selection))
        permissions.enable(self.ctx.db.signed_in, action, not needs_selection)
        if needs_selection:
            self.table.selectionModel().selectionChanged.connect(
                lambda *_: self.update_actions())
        return action

    def update_actions(self) -> None:
        """Enable what applies now: actions on the selected record need one."""
        selected = self.current() is not None
        for action, needs_selection in self._page_actions:
            permissions.enable(self.ctx.db.signed_in, action,
                               self.actions_live and (selected or not needs_selection))

    @property
    def loading(self) -> bool:
        """A refresh is under way (its rows have not arrived yet)."""
        return self._shown < self._asked

    def refresh(self, select_id: int | None = None) -> None:
        """Load the rows again, off the GUI thread; they replace the list as they arrive
        (the current record stays selected, or ``select_id``). A change announced while a
        load runs asks for another, which starts after the change was written: the later
        answer is the one kept."""
        self._asked += 1
        asked = self._asked
        if select_id is not None:
            self._wanted = select_id
        query, model = self.query(), self.model
        words, sort = model.filter_words(), model.loaded_sort()
        if self.load_at_once:
            self._loaded(asked, model.prepare(query(), words, sort))
            return
        painted = after_pending_events()  # the page shows "Loading…" before the worker runs

        def load() -> Prepared[Any]:
            painted()
            return model.prepare(query(), words, sort)

        self._count()
        run_in_background(load, lambda prepared: self._loaded(asked, prepared),
                          lambda error: self._failed(asked, error))

    def _loaded(self, asked: int, prepared: Prepared[Any]) -> None:
        if not shiboken6.isValid(self) or asked <= self._shown:
            return  # the page is gone, or a later load's rows are shown already
        self._shown = asked
        keep, self._wanted = self._wanted, None
        asked_for = keep is not None
        if keep is None and (current := self.current()) is not None:
            keep = self.record_id(current)
        self.model.set_prepared(prepared)
        total = len(self.model.rows())
        self._count()
        self.stack.setCurrentWidget(self.table if total else self.empty)
        self._refreshing = not asked_for  # a record asked for is shown whatever it takes
        self._detail_later = True  # one detail for the record selected, not one per step
        try:
            if (keep is None or not self.select(keep)) and total:
                self.table.selectRow(0)
        finally:
            self._refreshing = self._detail_later = False
        self._show_detail()
        self.after_load(keep)
        if not self.loading:
            self.ready.emit()

    def after_load(self, keep: int | None) -> None:
        """The rows of a refresh are shown (``keep``: the record it kept or was asked for)."""

    def _failed(self, asked: int, error: Exception) -> None:
        load_failed(self, asked, error)

    def _count(self) -> None:
        total = len(self.model.rows())
        if self.loading and not total:
            self.count.setText(tr("Loading…"))
            return
        text = tr("1 record") if total == 1 else tr("{n} records").format(n=total)
        if self.filter.text().strip():
            shown = self.model.matching()
            text = tr("{shown} of {text} match the filter").format(shown=shown, text=text) \
                if shown else tr("nothing matches the filter (of {text})").format(text=text)
        self.count.setText(text)

    def current(self) -> Any | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(
                index.row(), index.parent()):
            return None
        return index.data(RECORD_ROLE)

    def select(self, record_id: int) -> bool:
        """Select the record (a filter hiding it is cleared); while the rows are loading,
        it is selected as they arrive."""
        if self.loading and not self._refreshing:
            self._wanted = record_id
            return True
        row = self.model.row_of(lambda r: self.record_id(r) == record_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.filter.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def focus_filter(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    def fit_columns(self, widths: Sequence[int]) -> None:
        """The columns' proportions; they share the window's width until the officer sizes
        one (then the officer's widths are kept, across restarts too)."""
        self.memory.set_weights(widths)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.memory.restore_split()

    def hideEvent(self, event: QHideEvent) -> None:
        self.memory.save_split()
        super().hideEvent(event)

    def _current_changed(self) -> None:
        if not getattr(self, "_detail_later", False):  # (a row is selected while building)
            self._show_detail()

    def _show_detail(self) -> None:
        record = self.current()
        self._described += 1  # an answer for a record no longer selected is not shown
        self._describe_later.stop()
        if record is None:
            hint = tr("Select a record to see it here.")
            self.detail.setHtml(f"{html.STYLE}<p class='sub'>{hint}</p>")
            self.history.show_record(None, None)
            return
        if self.describe_off_thread and not self.load_at_once:
            self._describe_later.start()  # a moment after the selection settles
        else:
            self.show_described(self.describe_work(record))
        self.history.show_record(PAGE_KINDS.get(self.key), self.record_id(record))

    def _describe_off_thread(self) -> None:
        """Write the selected record's detail on a worker (the selection stayed put for a
        moment: keys held down or a filter typed at once describe no record in passing)."""
        record = self.current()
        if record is None:
            return
        asked = self._described
        run_in_background(lambda: self.describe_work(record),
                          lambda described: self._show_described(asked, described),
                          lambda error: self._describe_failed(asked, error))

    def describe_work(self, record: Any) -> Any:
        """What the detail shows of the record (on a worker where ``describe_off_thread``)."""
        return self.describe(record)

    def show_described(self, described: Any) -> None:
        """Show what ``describe_work`` made (on the GUI thread)."""
        self.detail.setHtml(described)

    def _show_described(self, asked: int, described: Any) -> None:
        if shiboken6.isValid(self) and asked == self._described:
            self.show_described(described)

    def _describe_failed(self, asked: int, error: Exception) -> None:
        if not shiboken6.isValid(self) or asked != self._described:
            return
        if not isinstance(error, DelegateAppError):
            raise error
        self.detail.setHtml(f"{html.STYLE}<p class='warn'>{html.e(error_text(error))}</p>")

    def _on_link(self, url: QUrl) -> None:
        self.link_requested.emit(url.toString())


def load_failed(page: Any, asked: int, error: Exception) -> None:
    """A page's rows could not be loaded: said once, for its latest load only (an answer
    to an older load is dropped); a fault that is no refusal goes on to the crash handler."""
    if not shiboken6.isValid(page) or asked <= page._shown:
        return
    page._shown = asked
    page._count()
    if not isinstance(error, DelegateAppError):
        raise error
    QMessageBox.warning(page, tr("Cannot show this page"), error_text(error))
    if not page.loading:
        page.ready.emit()
