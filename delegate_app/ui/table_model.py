"""A table model over frozen record rows, loaded into the view in batches, and its filter."""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QIdentityProxyModel,
    QItemSelectionModel,
    QModelIndex,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import QTableView

from ..domain.matching import fold
from .dates import digits, isolate

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex

RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
BATCH = 200


@dataclass(frozen=True)
class Column(Generic[R]):
    title: str
    text: Callable[[R], str]
    sort_key: Callable[[R], Any] | None = None
    icon: Callable[[R], QIcon | None] | None = None
    colour: Callable[[R], str | None] | None = None
    tooltip: Callable[[R], str] | None = None
    align_right: bool = False


def shown_text(column: Column[R], record: R) -> str:
    """A cell as the officer reads it: a number (a column sorted by its number, a rank, a
    count) in the language's digits; any other text as written (a name or a code that holds
    digits keeps them)."""
    text = column.text(record)
    if text.isascii() and text.isdigit() and column.sort_key is not None:
        key = column.sort_key(record)
        if isinstance(key, int) and not isinstance(key, bool):
            return digits(text)
    return text


Positions = Sequence[int]  # of rows in the model's list: an array of C ints (no int objects)


@dataclass(frozen=True)
class Search:
    """Each row's text as a search reads it (folded), in two parts: the columns in Latin
    letters (one byte a character) and the others (an office's names in their own scripts,
    which would make the whole text two or four bytes a character), held once for the rows
    that share them. A word typed lies in one column, so in one part or the other."""

    latin: list[str]
    other: list[str]

    def matching(self, positions: Iterable[int], words: list[str]) -> list[int]:
        latin, other = self.latin, self.other
        return [i for i in positions if all(w in latin[i] or w in other[i] for w in words)]


@dataclass(frozen=True)
class Prepared(Generic[R]):
    """Rows with what the model computes from them once (folded search keys, the sort
    column's keys, the order shown): made off the GUI thread by ``prepare``, taken in one
    go by ``set_prepared``."""

    rows: list[R]
    search: Search
    orders: dict[tuple[int, bool], Positions]
    words: list[str]
    sorted: tuple[int, Qt.SortOrder] | None
    order: Positions


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Rows are frozen records; the view receives them in batches via fetchMore.

    Filtering and sorting happen here, on keys folded once per row (search) and once per
    column (sort), with Python's own list operations: no Python callback per row or per
    comparison, so twenty thousand people filter as fast as Qt's own proxy would.
    """

    def __init__(self, columns: Sequence[Column[R]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._all: list[R] = []
        self._search = Search([], [])
        # Every row's position in the order of a column (ascending: False, descending: True),
        # kept once sorted by it
        self._orders: dict[tuple[int, bool], Positions] = {}
        self._order: Positions = []  # positions in _all of the rows shown, in order
        self._words: list[str] = []
        self._sorted: tuple[int, Qt.SortOrder] | None = None
        self._shown = 0
        self.tint: Callable[[R], str | None] | None = None  # a row's background, to stand out

    def set_rows(self, rows: Sequence[R]) -> None:
        self.set_prepared(self.prepare(rows))

    def prepare(self, rows: Sequence[R], words: list[str] | None = None,
                sort: tuple[int, Qt.SortOrder] | bool | None = False) -> Prepared[R]:
        """What ``set_prepared`` takes, computed from the rows alone (no Qt call): a worker
        thread may run it. ``words`` and ``sort`` default to the model's own filter and
        order as they are now (read them on the GUI thread and pass them from a worker)."""
        words = list(self._words) if words is None else words
        sort = self._sorted if sort is False else sort
        assert not isinstance(sort, bool)
        kept = list(rows)
        search = _search(kept, [c.text for c in self._columns])
        orders: dict[tuple[int, bool], Positions] = {}
        order = _arrange(kept, search, orders, self._columns, words, sort)
        return Prepared(kept, search, orders, words, sort, order)

    def set_prepared(self, prepared: Prepared[R]) -> None:
        """Show prepared rows, in one model reset (the filter or order changed since they were
        prepared: they are arranged again)."""
        self.beginResetModel()
        self._all, self._search = prepared.rows, prepared.search
        self._orders = dict(prepared.orders)
        if prepared.words == self._words and prepared.sorted == self._sorted:
            self._order = prepared.order
            self._shown = min(BATCH, len(self._order))
        else:
            self._arrange()
        self.endResetModel()

    def _arrange(self) -> None:
        """Which rows show, in which order; the view gets the first batch."""
        self._order = _arrange(self._all, self._search, self._orders, self._columns,
                               self._words, self._sorted)
        self._shown = min(BATCH, len(self._order))

    def set_filter(self, text: str) -> None:
        """Show the rows whose text holds every word typed (folded: case, accents, scripts)."""
        words = fold(text).split()
        if words == self._words:
            return
        self.beginResetModel()
        self._words = words
        self._arrange()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()  # the selection follows its records
        records = [self._order[i.row()] if i.row() < len(self._order) else None for i in kept]
        shown = self._shown
        self._sorted = (column, order)
        self._arrange()
        self._shown = max(self._shown, min(shown, len(self._order)))
        where = {position: row for row, position in enumerate(self._order)}
        self.changePersistentIndexList(kept, [
            self.index(where[p], i.column()) if p in where and where[p] < self._shown
            else QModelIndex() for i, p in zip(kept, records, strict=True)])
        self.layoutChanged.emit()

    def loaded_sort(self) -> tuple[int, Qt.SortOrder] | None:
        """The column and order the rows are sorted by (None: as they came)."""
        return self._sorted

    def filter_words(self) -> list[str]:
        return list(self._words)

    def record(self, row: int) -> R:
        return self._all[self._order[row]]

    def rows(self) -> list[R]:
        """Every record, whatever the filter shows."""
        return list(self._all)

    def matching(self) -> int:
        """How many records pass the filter (loaded into the view or not yet)."""
        return len(self._order)

    def row_of(self, predicate: Callable[[R], bool]) -> int | None:
        """The row showing the first record that fits, or None when the filter hides it."""
        for number, position in enumerate(self._order):
            if predicate(self._all[position]):
                self._ensure_shown(number)
                return number
        return None

    def fetch_all(self) -> None:
        if self._order:
            self._ensure_shown(len(self._order) - 1)

    def _ensure_shown(self, row: int) -> None:
        if row >= self._shown:
            self.beginInsertRows(QModelIndex(), self._shown, row)
            self._shown = row + 1
            self.endInsertRows()

    # Qt model interface -------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._shown < len(self._order)

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid():
            return
        more = min(BATCH, len(self._order) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid():  # the view asks for many roles we
            return None  # leave to its style: answered before any record is looked up
        return self._value(self._all[self._order[index.row()]], self._columns[index.column()],
                           role)

    def multiData(self, index: Index, roleDataSpan: QModelRoleDataSpan) -> None:  # noqa: N803
        """Every role a repaint asks of a cell (seven) in one call into Python, not one call
        each: the GUI thread waits for the interpreter lock once per cell while a worker
        loads a list."""
        if not index.isValid():
            for slot in map(roleDataSpan.__getitem__, range(len(roleDataSpan))):
                slot.clearData()
            return
        record, column = self._all[self._order[index.row()]], self._columns[index.column()]
        # Every slot is answered (a role left to the style is cleared): Qt's delegate keeps
        # one span for all its cells, so a slot left alone shows the cell painted before.
        for slot in map(roleDataSpan.__getitem__, range(len(roleDataSpan))):
            role = slot.role()
            value = self._value(record, column, role) if role in _ROLES else None
            if value is None:
                slot.clearData()
            else:
                slot.setData(value)

    def _value(self, record: R, column: Column[R], role: int) -> Any:
        if role == _DISPLAY:
            return isolate(shown_text(column, record))  # right to left, Latin keeps its order
        if role == RECORD_ROLE:
            return record
        if role == _DECORATION:
            return _cell_icon(column.icon(record)) if column.icon else None
        if role == _FOREGROUND:
            colour = column.colour(record) if column.colour else None
            return QBrush(QColor(colour)) if colour else None
        if role == _BACKGROUND:
            tint = self.tint(record) if self.tint else None
            return QBrush(QColor(tint)) if tint else None
        if role == _TOOLTIP:
            return column.tooltip(record) if column.tooltip else column.text(record)
        if role == _ALIGNMENT and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


_DISPLAY, _DECORATION = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.DecorationRole)
_FOREGROUND, _BACKGROUND = int(Qt.ItemDataRole.ForegroundRole), int(Qt.ItemDataRole.BackgroundRole)
_TOOLTIP, _ALIGNMENT = int(Qt.ItemDataRole.ToolTipRole), int(Qt.ItemDataRole.TextAlignmentRole)
_ROLES = frozenset({_DISPLAY, _DECORATION, _FOREGROUND, _BACKGROUND, _TOOLTIP, _ALIGNMENT,
                    int(RECORD_ROLE)})


_CELL_ICONS: dict[int, QIcon] = {}
_CELL_ICON_SIZES = (16, 24, 32)  # a table's decorations, at one, one and a half, two pixels a point


def _cell_icon(drawn: QIcon | None) -> QIcon | None:
    """A cell's icon as pixmaps (the same pixels): Qt paints it without calling into Python,
    as an icon drawn from the font would at every cell of every repaint."""
    if drawn is None or drawn.isNull():
        return drawn
    kept = _CELL_ICONS.get(key := drawn.cacheKey())
    if kept is None:
        kept = _CELL_ICONS[key] = QIcon()
        for mode in (QIcon.Mode.Normal, QIcon.Mode.Selected, QIcon.Mode.Disabled):
            for size in _CELL_ICON_SIZES:
                kept.addPixmap(drawn.pixmap(QSize(size, size), 1.0, mode), mode)
    return kept


def _search(rows: Sequence[Any], texts: Sequence[Callable[[Any], str]]) -> Search:
    """The rows' search texts; a cell's text many rows share is folded once."""
    folded: dict[str, str] = {"": ""}
    held: dict[str, str] = {"": ""}
    latin, other = [], []
    for row in rows:
        parts = []
        for text in texts:
            shown = text(row)
            part = folded.get(shown)
            if part is None:
                part = folded[shown] = fold(shown)
            if part:
                parts.append(part)
        latin.append(" ".join([p for p in parts if p.isascii()]))
        rest = " ".join([p for p in parts if not p.isascii()])
        other.append(held.get(rest) or held.setdefault(rest, rest))
    return Search(latin, other)


def _arrange(rows: Sequence[Any], search: Search, orders: dict[tuple[int, bool], Positions],
             columns: Sequence[Column[Any]], words: list[str],
             sort: tuple[int, Qt.SortOrder] | None) -> Positions:
    """Positions of the rows shown, in order: those whose folded text holds every word, in
    the order of the column sorted by (every row's, kept in ``orders`` once made)."""
    order: Positions = range(len(rows))
    if sort is not None:
        key = (sort[0], sort[1] == Qt.SortOrder.DescendingOrder)
        order = orders.get(key) or orders.setdefault(key, array("i", sorted(
            order, key=_sort_keys(columns[sort[0]], rows).__getitem__, reverse=key[1])))
    if words:
        return array("i", search.matching(order, words))
    return order if isinstance(order, array) else array("i", order)


def _sort_keys(spec: Column[Any], rows: Sequence[Any]) -> list[Any]:
    """Sort keys of one column, folded once: None sorts first, mixed types as text. A text
    many rows share is folded (and held) once; without a None the keys are bare."""
    raw = [spec.sort_key(r) if spec.sort_key else spec.text(r) for r in rows]
    kinds = {type(k) for k in raw if k is not None}
    if len(kinds) > 1:
        raw = [None if k is None else str(k) for k in raw]
    if len(kinds) > 1 or str in kinds:
        folded: dict[str, str] = {}
        raw = [k if k is None else folded.get(k) or folded.setdefault(k, _fold_once(k))
               for k in raw]
    if None in raw:  # it sorts first
        return [(0, "") if k is None else (1, k) for k in raw]
    return raw


def _fold_once(text: str) -> str:
    folded = fold(text)
    return text if folded == text else folded


class RecordFilter(QIdentityProxyModel):
    """What the table views: the model's rows as they are (the model filters and sorts);
    kept so pages speak to one object for filter text, counts and index mapping."""

    def set_text(self, text: str) -> None:
        source = self.sourceModel()
        if isinstance(source, RecordTableModel):
            source.set_filter(text)

    def multiData(self, index: Index, roleDataSpan: QModelRoleDataSpan) -> None:  # noqa: N803
        """A cell's roles from the model in one call (Qt's proxy would ask role by role)."""
        source = self.sourceModel()
        if isinstance(source, RecordTableModel):
            source.multiData(self.mapToSource(index), roleDataSpan)
        else:
            super().multiData(index, roleDataSpan)



class RecordTable(QTableView):
    """A table of records. Right to left, QTableView.selectRow selects nothing (it looks for
    the first column one pixel past the viewport's right edge): select through the current
    index instead, which both directions honour."""

    def selectRow(self, row: int) -> None:
        model = self.model()
        if model is None or not 0 <= row < model.rowCount():
            return
        self.setCurrentIndex(model.index(row, 0))
        self.selectionModel().select(
            model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
