"""A table model over frozen record rows, loaded into the view in batches, and its filter."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QIcon

from ..domain.matching import fold

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3
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


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Rows are frozen records; the view receives them in batches via fetchMore."""

    def __init__(self, columns: Sequence[Column[R]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._all: list[R] = []
        self._search: list[str] = []
        self._shown = 0
        self.tint: Callable[[R], str | None] | None = None  # a row's background, to stand out

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self._search = [
            fold(" ".join(c.text(r) for c in self._columns)) for r in self._all
        ]
        self._shown = min(BATCH, len(self._all))
        self.endResetModel()

    def record(self, row: int) -> R:
        return self._all[row]

    def rows(self) -> list[R]:
        return list(self._all)

    def row_of(self, predicate: Callable[[R], bool]) -> int | None:
        for number, record in enumerate(self._all):
            if predicate(record):
                self._ensure_shown(number)
                return number
        return None

    def fetch_all(self) -> None:
        if self._all:
            self._ensure_shown(len(self._all) - 1)

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
        return not parent.isValid() and self._shown < len(self._all)

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid():
            return
        more = min(BATCH, len(self._all) - self._shown)
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
        if not index.isValid():
            return None
        record, column = self._all[index.row()], self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == SORT_ROLE:
            key = column.sort_key(record) if column.sort_key else column.text(record)
            return fold(key) if isinstance(key, str) else key
        if role == SEARCH_ROLE:
            return self._search[index.row()]
        if role == RECORD_ROLE:
            return record
        if role == Qt.ItemDataRole.DecorationRole and column.icon:
            return column.icon(record)
        if role == Qt.ItemDataRole.ForegroundRole and column.colour:
            colour = column.colour(record)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.BackgroundRole and self.tint:
            tint = self.tint(record)
            return QBrush(QColor(tint)) if tint else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(record) if column.tooltip else column.text(record)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class RecordFilter(QSortFilterProxyModel):
    """Keeps rows whose text contains every word typed, ignoring case and accents."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_text(self, text: str) -> None:
        words = fold(text).split()
        source = self.sourceModel()
        if words and isinstance(source, RecordTableModel):
            source.fetch_all()  # a filter must see every row, not only those loaded so far
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+
            self.beginFilterChange()
            self._words = words
            self.endFilterChange()
        else:
            self._words = words
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        haystack = self.sourceModel().index(source_row, 0, source_parent).data(SEARCH_ROLE)
        return all(word in (haystack or "") for word in self._words)

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a is None or b is None:
            return a is None and b is not None
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)
