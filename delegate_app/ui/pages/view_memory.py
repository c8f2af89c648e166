"""How the officer left a list page — its sort, column widths and the split between list and
detail — kept per page across restarts; columns share the window's width until the officer
sizes one by hand."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QSplitter, QTableView

from ..settings import Settings

_WIDE = 150  # columns wider than this hold free text and share the window's width
_FLOOR = 90  # ...but never narrower than this


def _numbers(text: str) -> list[int]:
    try:
        return [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        return []  # a hand-edited settings file: fall back to the page's own layout


class ViewMemory(QObject):
    """Watches one table and splitter; ``view`` names them in the settings."""

    def __init__(self, settings: Settings, view: str, table: QTableView,
                 splitter: QSplitter) -> None:
        super().__init__(table)
        self.settings, self.view = settings, view
        self.table, self.splitter = table, splitter
        self.weights: list[int] = []
        self._fitting = False
        self._split_restored = False
        header = table.horizontalHeader()
        header.sortIndicatorChanged.connect(self._save_sort)
        header.sectionResized.connect(self._section_resized)
        splitter.splitterMoved.connect(lambda *_: self.save_split())
        table.viewport().installEventFilter(self)

    # Restoring ---------------------------------------------------------------------------
    def restore_sort(self) -> None:
        saved = _numbers(self.settings.view_option(self.view, "sort"))
        if len(saved) == 2 and 0 <= saved[0] < self.table.model().columnCount():
            self.table.sortByColumn(saved[0], Qt.SortOrder(saved[1]))

    def set_weights(self, weights: Sequence[int]) -> None:
        """The page's own proportions; the officer's widths, once sized, win."""
        self.weights = list(weights)
        saved = self.saved_widths()
        if saved:
            self._apply(saved)
        else:
            self.fit()

    def saved_widths(self) -> list[int]:
        return _numbers(self.settings.view_option(self.view, "columns"))

    def restore_split(self) -> None:
        """Once, when the page is first shown at its real size."""
        if self._split_restored:
            return
        self._split_restored = True
        sizes = _numbers(self.settings.view_option(self.view, "split"))
        if len(sizes) == self.splitter.count() and all(s > 0 for s in sizes):
            self.splitter.setSizes(sizes)

    # Fitting -----------------------------------------------------------------------------
    def fit(self) -> None:
        """Fit the columns to the viewport: narrow columns (status, counts) keep their width
        and their title; wide text columns grow with the window, or give way to a small
        one, down to a floor, before a scroll bar appears."""
        if not self.weights or self.saved_widths():
            return
        room = self.table.viewport().width()
        if room <= 0:
            return
        header = self.table.horizontalHeader()
        # Columns the page gave no weight (added later) keep what their title needs.
        weights = self.weights + [0] * (header.count() - len(self.weights))
        widths = [max(w, header.sectionSizeHint(c)) if w <= _WIDE else w
                  for c, w in enumerate(weights[: header.count()])]
        wide = [c for c, w in enumerate(weights[: header.count()]) if w > _WIDE]
        spare = room - sum(widths)
        stretch = sum(widths[c] for c in wide)
        if wide and stretch:
            for c in wide:
                widths[c] = max(_FLOOR, widths[c] + spare * widths[c] // stretch)
        excess = sum(widths) - room  # floors (and rounding) may leave the sum too wide:
        for c in sorted(wide, key=lambda c: -widths[c]):  # the widest give way first
            if excess <= 0:
                break
            give = min(excess, widths[c] - _FLOOR)
            widths[c] -= max(0, give)
            excess -= max(0, give)
        self._apply(widths)

    def _apply(self, widths: Sequence[int]) -> None:
        self._fitting = True
        try:
            for column, width in enumerate(widths[: self.table.model().columnCount()]):
                self.table.setColumnWidth(column, width)
        finally:
            self._fitting = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    # Saving ------------------------------------------------------------------------------
    def _save_sort(self, column: int, order: Qt.SortOrder) -> None:
        self.settings.set_view_option(self.view, "sort", f"{column},{order.value}")

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        header = self.table.horizontalHeader()
        if self._fitting or column == header.count() - 1:
            return  # ours, or the last column stretching with the window
        widths = [header.sectionSize(c) for c in range(header.count())]
        self.settings.set_view_option(self.view, "columns", ",".join(map(str, widths)))

    def save_split(self) -> None:
        if self._split_restored:  # never save the default split over the officer's
            sizes = self.splitter.sizes()
            if all(s > 0 for s in sizes):
                self.settings.set_view_option(self.view, "split", ",".join(map(str, sizes)))
