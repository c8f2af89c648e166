"""Ctrl+K: one box that finds people, cities, organisations, delegations, summits, promises."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ...services.search import SearchHit
from ..icons import icon
from ..text import tr

KIND_ICONS = {"people": "people", "cities": "cities", "organisations": "summits",
              "delegations": "delegations", "summits": "summits", "commitments": "commitments"}


class SearchDialog(QDialog):
    """Type to search; Enter or a double-click opens the record; Esc closes."""

    chosen = Signal(object)  # the SearchHit

    def __init__(self, search: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Search"))
        self.setMinimumSize(640, 420)
        self._search = search
        self.box = QLineEdit(self)
        self.box.setPlaceholderText(tr("Name in any script, city, delegation, summit, "
                                       "promise…"))
        self.box.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.itemActivated.connect(self._open)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)  # search once typing pauses
        self._timer.timeout.connect(self.run)
        self.box.textChanged.connect(lambda *_: self._timer.start())
        self.box.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(self.results)

    def run(self) -> None:
        self.results.clear()
        hits: list[SearchHit] = self._search(self.box.text())  # type: ignore[operator]
        for hit in hits:
            item = QListWidgetItem(icon(KIND_ICONS.get(hit.kind, "search")),
                                   f"{hit.label}    —  {hit.detail}", self.results)
            item.setData(Qt.ItemDataRole.UserRole, hit)
        if hits:
            self.results.setCurrentRow(0)
        elif self.box.text().strip():
            QListWidgetItem(tr("Nothing found."), self.results)

    def eventFilter(self, watched: object, event: object) -> bool:
        """Up/Down move through the results and Enter opens one, without leaving the box."""
        if watched is self.box and isinstance(event, QKeyEvent) and \
                event.type() == QKeyEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
                self.results.setCurrentRow(row)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._timer.stop()
                if not self.results.count():
                    self.run()
                if self.results.currentItem() is not None:
                    self._open(self.results.currentItem())
                return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def _open(self, item: QListWidgetItem) -> None:
        hit = item.data(Qt.ItemDataRole.UserRole)
        if hit is not None:
            self.chosen.emit(hit)
            self.accept()
