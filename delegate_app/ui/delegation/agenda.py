"""The agenda: items grouped by local day, each in the time of where it happens; internal
items carry a lock and the word "internal" (never colour alone)."""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from ...domain.conflicts import Conflict, Severity
from ...domain.enums import ItemStatus
from ...domain.records import ItemRow
from ...domain.timefmt import all_day_days
from ..dates import (
    format_long_date,
    format_time,
    format_weekday_time,
    isolate,
    to_local,
    utc_offset_label,
    zone_place,
)
from ..html import all_day
from ..icons import COLOURS, glyph_icon, icon
from ..text import conflict_text, tr, translated

Index = QModelIndex | QPersistentModelIndex
ITEM_ROLE = Qt.ItemDataRole.UserRole + 10
SEVERITY_ICON = {Severity.ERROR: ("overdue", COLOURS["overdue"]),
                 Severity.WARNING: ("due_soon", COLOURS["due_soon"]),
                 Severity.INFO: ("about", COLOURS["muted"])}


def local_time(instant: Any, tz: str) -> str:
    """"09:30 Buenos Aires (UTC-3)"."""
    place, offset = isolate(zone_place(tz)), isolate(utc_offset_label(instant, tz))
    return f"{format_time(to_local(instant, tz))} {place} ({offset})"


def when(row: ItemRow) -> str:
    d = row.data
    if d.all_day:  # a host's day-long event: its days, not midnight to midnight
        first, last = all_day_days(d.starts_at, d.start_tz, d.ends_at, d.end_tz)
        return all_day(last if last != first else None)
    start, end = to_local(d.starts_at, d.start_tz), to_local(d.ends_at, d.end_tz)
    text = local_time(d.starts_at, d.start_tz) + f" – {format_time(end)}"
    if d.end_tz != d.start_tz:
        text = (local_time(d.starts_at, d.start_tz) + " → " + local_time(d.ends_at, d.end_tz))
    days = (end.date() - start.date()).days
    return text + (" " + tr("(+{days}d)").format(days=days) if days > 0 else "")


class AgendaModel(QAbstractItemModel):
    """Two levels: a row per local day, under it the items starting that day.

    An index's internal id is 0 for a day, and day number + 1 for an item of that day.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.days: list[tuple[date, list[ItemRow]]] = []
        self.conflicts: dict[int, list[Conflict]] = {}
        self.home_tz: str | None = None

    def columns(self) -> list[str]:
        names = [tr("Time (local)"), tr("Item"), tr("Kind"), tr("Place"), tr("Who"),
                 tr("Conflicts")]
        return [*names[:1], self.home_header(), *names[1:]] if self.home_tz else names

    def home_header(self) -> str:
        return tr("Home time ({place})").format(place=zone_place(self.home_tz or "UTC"))

    def set_rows(self, rows: list[ItemRow], conflicts: dict[int, list[Conflict]],
                 home_tz: str | None) -> None:
        self.beginResetModel()
        grouped: dict[date, list[ItemRow]] = {}
        for row in rows:
            grouped.setdefault(to_local(row.data.starts_at, row.data.start_tz).date(),
                               []).append(row)
        self.days = sorted(grouped.items())
        self.conflicts, self.home_tz = conflicts, home_tz
        self.endResetModel()

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1 if parent.isValid() else 0)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        tag = child.internalId() if child.isValid() else 0
        return QModelIndex() if tag == 0 else self.createIndex(tag - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.days)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self.days[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.columns())

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns()[section]
        return None

    def item_at(self, index: Index) -> ItemRow | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self.days[index.internalId() - 1][1][index.row()]

    def index_of(self, item_id: int) -> QModelIndex:
        for d, (_, rows) in enumerate(self.days):
            for r, row in enumerate(rows):
                if row.id == item_id:
                    return self.createIndex(r, 0, d + 1)
        return QModelIndex()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.item_at(index)
        if row is None:
            return self._day_data(index, role)
        return self._item_data(row, self.columns()[index.column()], role)

    def _day_data(self, index: Index, role: int) -> Any:
        day = self.days[index.row()][0]
        if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
            return format_long_date(day)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _item_data(self, row: ItemRow, column: str, role: int) -> Any:
        found = self.conflicts.get(row.id, [])
        if role == ITEM_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:  # right to left, Latin keeps its order
            return isolate(self._text(row, column, found))
        if role == Qt.ItemDataRole.DecorationRole and column == tr("Conflicts") and found:
            return icon(*SEVERITY_ICON[max(c.severity for c in found)])
        if role == Qt.ItemDataRole.DecorationRole and column == tr("Item") and row.data.internal:
            return _lock()
        if role == Qt.ItemDataRole.ToolTipRole:
            notes = [tr("Internal: ours alone — never in a host edition.")] if (
                row.data.internal and column == tr("Item")) else []
            notes += [f"{translated(c.severity.label)}: {conflict_text(c)}" for c in found]
            return "\n".join(notes) or None
        if role == Qt.ItemDataRole.ForegroundRole and row.data.status is ItemStatus.CANCELLED:
            return QBrush(QColor(COLOURS["dropped"]))
        if role == Qt.ItemDataRole.FontRole and row.data.status is ItemStatus.CANCELLED:
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None

    def _text(self, row: ItemRow, column: str, found: list[Conflict]) -> str:
        d = row.data
        values = {
            tr("Time (local)"): when(row),
            self.home_header(): (format_weekday_time(to_local(d.starts_at, self.home_tz))
                                 if self.home_tz else ""),
            tr("Item"): (tr("Internal · ") if d.internal else "") + isolate(d.title) + _status(row),
            tr("Kind"): translated(d.kind.label),
            tr("Place"): d.venue or row.city,
            tr("Who"): ", ".join(row.participant_names),
            tr("Conflicts"): "; ".join(conflict_text(c) for c in found),
        }
        return values.get(column, "")


def _status(row: ItemRow) -> str:
    status = row.data.status
    return "" if status is ItemStatus.CONFIRMED else f" ({translated(status.label).lower()})"


@cache
def _lock() -> QIcon:
    """The internal mark beside the word; white on a selected row, where the accent colour
    would vanish into the highlight."""
    return glyph_icon("internal", QColor(COLOURS["accent"]), selected=QColor("white"))


class AgendaView(QTreeView):
    def __init__(self, model: AgendaModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.header().setStretchLastSection(True)
        model.modelReset.connect(self._after_reset)

    def _after_reset(self) -> None:
        self.expandAll()
        widths = [390, 130, 330, 120, 220, 260] if self.model().home_tz else [  # type: ignore[attr-defined]
            390, 330, 120, 220, 260]
        for column, width in enumerate(widths):
            self.setColumnWidth(column, width)
        for day in range(self.model().rowCount()):
            self.setFirstColumnSpanned(day, QModelIndex(), True)

    def current_item(self) -> ItemRow | None:
        return self.model().item_at(self.currentIndex())  # type: ignore[attr-defined,no-any-return]

    def current_day(self) -> date | None:
        """The day the officer is on: a selected day row, or the selected item's day."""
        index = self.currentIndex()
        if not index.isValid():
            return None
        model = self.model()
        row = index.row() if index.internalId() == 0 else index.internalId() - 1
        return model.days[row][0] if 0 <= row < len(model.days) else None  # type: ignore[attr-defined,no-any-return]

    def select_item(self, item_id: int) -> None:
        index = self.model().index_of(item_id)  # type: ignore[attr-defined]
        if index.isValid():
            self.setCurrentIndex(index)
            self.scrollTo(index)
