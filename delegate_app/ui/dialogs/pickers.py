"""Small choosers used by the dialogs: a checkable list with a filter, a zone box."""

from __future__ import annotations

from zoneinfo import available_timezones

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.matching import fold
from ...domain.records import Choice
from ..text import tr

ZONES = sorted(z for z in available_timezones() if "/" in z and not z.startswith("Etc/"))


def zone_box(parent: QWidget) -> QComboBox:
    """An editable box of IANA zone names that completes on any part ("buenos")."""
    box = QComboBox(parent)
    box.setEditable(True)
    box.addItems(ZONES)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    box.setMinimumContentsLength(28)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    completer = QCompleter(ZONES, box)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    box.setCompleter(completer)
    return box


class CheckList(QWidget):
    """Checkable choices with a filter line; ``chosen()`` is in the order they were ticked."""

    def __init__(self, choices: list[Choice], chosen: tuple[int, ...] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(tr("Filter…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        self.list = QListWidget(self)
        for choice in choices:
            item = QListWidgetItem(choice.label, self.list)
            item.setData(Qt.ItemDataRole.UserRole, choice.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if choice.id in chosen
                               else Qt.CheckState.Unchecked)
        self._order: list[int] = [c.id for c in choices if c.id in chosen]
        self.list.itemChanged.connect(self._ticked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        self.setFocusProxy(self.list)

    def _filter(self, text: str) -> None:
        words = fold(text).split()
        for n in range(self.list.count()):
            item = self.list.item(n)
            item.setHidden(not all(w in fold(item.text()) for w in words))

    def _ticked(self, item: QListWidgetItem) -> None:
        value = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked and value not in self._order:
            self._order.append(value)
        elif item.checkState() != Qt.CheckState.Checked and value in self._order:
            self._order.remove(value)

    def chosen(self) -> tuple[int, ...]:
        return tuple(self._order)

    def labels_of(self, ids: tuple[int, ...]) -> list[str]:
        """The names of these choices, in the order given."""
        names = {self.list.item(n).data(Qt.ItemDataRole.UserRole): self.list.item(n).text()
                 for n in range(self.list.count())}
        return [names.get(i, f"#{i}") for i in ids]

    def set_chosen(self, ids: tuple[int, ...]) -> None:
        self._order = []
        for n in range(self.list.count()):
            item = self.list.item(n)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in ids
                               else Qt.CheckState.Unchecked)
        self._order = [i for i in ids if i in self._order]


def member_box(parent: QWidget, members: list[Choice]) -> QComboBox:
    """Whose calendar: the whole delegation, or one member's own items."""
    box = QComboBox(parent)
    box.addItem(tr("The whole delegation"), None)
    for choice in members:
        box.addItem(tr("Only {name}'s items").format(name=choice.label), choice.id)
    return box


def edition_box(parent: QWidget) -> QComboBox:
    box = QComboBox(parent)
    box.addItem(tr("Internal — with briefings and booking references"), "internal")
    box.addItem(tr("For our hosts — programme and participants only"), "host")
    return box
