"""Members in order of precedence: reorder by drag and drop or Ctrl+Up/Down, roles, add, remove.

The widget never saves: it asks for a new list through ``members_changed`` and the
workspace turns that into an undoable command.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import MemberRole
from ...domain.records import Choice, MemberInput
from ..dates import digits, isolate
from ..icons import COLOURS, icon
from ..text import tr, translated

Index = QModelIndex | QPersistentModelIndex
MIME = "application/x-delegate-app-member-row"


ROLE_ICONS = {
    MemberRole.HEAD_OF_DELEGATION: "role_head", MemberRole.MEMBER: "role_member",
    MemberRole.ADVISOR: "role_advisor", MemberRole.PROTOCOL_OFFICER: "role_protocol",
    MemberRole.PRESS: "role_press", MemberRole.SECURITY: "role_security",
    MemberRole.INTERPRETER: "role_interpreter",
}


class MemberListModel(QAbstractListModel):
    move_requested = Signal(int, int)  # from row, to row (before the move)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.members: list[MemberInput] = []
        self.names: dict[int, str] = {}

    def set_members(self, members: tuple[MemberInput, ...], names: dict[int, str]) -> None:
        self.beginResetModel()
        self.members, self.names = list(members), names
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.members)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        member = self.members[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            name = self.names.get(member.person_id, f"#{member.person_id}")
            number = digits(str(index.row() + 1))
            return f"{number}.  {isolate(name)} — {translated(member.role.label)}"
        if role == Qt.ItemDataRole.DecorationRole:  # every row its role's icon: an even list
            head = member.role is MemberRole.HEAD_OF_DELEGATION
            return icon(ROLE_ICONS[member.role], COLOURS["accent"] if head else None)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        return base

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        data = QMimeData()
        data.setData(MIME, QByteArray(str(indexes[0].row()).encode()))
        return data

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        if not data.hasFormat(MIME):
            return False
        source = int(bytes(data.data(MIME).data()).decode())
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self.members))
        if target > source:
            target -= 1  # dropping below itself: the row leaves its old place first
        if target != source:
            self.move_requested.emit(source, target)
        return False  # the list is rebuilt from the database once the move is saved

    def moved(self, source: int, target: int) -> tuple[MemberInput, ...]:
        members = list(self.members)
        members.insert(target, members.pop(source))
        return tuple(members)


class MembersPanel(QWidget):
    members_changed = Signal(object, str)  # new tuple of MemberInput, description for undo

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = MemberListModel(self)
        self.model.move_requested.connect(self._move)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSpacing(2)
        self.people = QComboBox(self)
        self.people.setEditable(True)
        self.people.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.role = QComboBox(self)
        for role in MemberRole:
            self.role.addItem(translated(role.label), role)
        self.role.setCurrentIndex(self.role.findData(MemberRole.MEMBER))
        self._build()

    def _build(self) -> None:
        add = QPushButton(icon("new"), tr("Add"), self)
        add.clicked.connect(self._add)
        remove = QPushButton(icon("delete"), tr("Remove"), self)
        remove.clicked.connect(self._remove)
        set_role = QPushButton(tr("Set role"), self)
        set_role.clicked.connect(self._set_role)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Person"), self))
        row.addWidget(self.people, 2)
        row.addWidget(QLabel(tr("Role"), self))
        row.addWidget(self.role, 1)
        row.addWidget(add)
        row.addWidget(set_role)
        row.addWidget(remove)
        hint = QLabel(tr("Always in order of precedence: drag a member, or select one and press "
                         "Ctrl+Up / Ctrl+Down."), self)
        hint.setStyleSheet(f"color: {COLOURS['muted']};")
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)
        for keys, step in (("Ctrl+Up", -1), ("Ctrl+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self.view)
            shortcut.activated.connect(lambda s=step: self._step(s))

    def set_data(self, members: tuple[MemberInput, ...], names: dict[int, str],
                 people: list[Choice]) -> None:
        current = self.view.currentIndex().row()
        self.model.set_members(members, names)
        chosen = self.people.currentData()
        self.people.clear()
        for choice in people:
            self.people.addItem(choice.label, choice.id)
        # Nobody is proposed until the officer picks (typing filters the list).
        self.people.setCurrentIndex(self.people.findData(chosen) if chosen is not None else -1)
        self.people.lineEdit().setPlaceholderText(tr("Type a name to add…"))
        if 0 <= current < len(members):
            self.view.setCurrentIndex(self.model.index(current))

    def _selected(self) -> int | None:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else None

    def _move(self, source: int, target: int) -> None:
        name = self.model.names.get(self.model.members[source].person_id, "")
        self.members_changed.emit(self.model.moved(source, target),
                                  tr("Move {name} to place {n}").format(name=name, n=target + 1))

    def _step(self, step: int) -> None:
        row = self._selected()
        if row is not None and 0 <= row + step < len(self.model.members):
            self._move(row, row + step)
            self.view.setCurrentIndex(self.model.index(row + step))

    def _add(self) -> None:
        person_id = self.people.currentData()
        if person_id is None or any(m.person_id == person_id for m in self.model.members):
            return
        added = (*self.model.members, MemberInput(person_id, self.role.currentData()))
        self.members_changed.emit(added, tr("Add {name}").format(name=self.people.currentText()))

    def _remove(self) -> None:
        row = self._selected()
        if row is None:
            return
        member = self.model.members[row]
        kept = tuple(m for i, m in enumerate(self.model.members) if i != row)
        self.members_changed.emit(kept, tr("Remove {name}").format(
            name=self.model.names.get(member.person_id, "")))

    def _set_role(self) -> None:
        row = self._selected()
        if row is None:
            return
        members = list(self.model.members)
        members[row] = MemberInput(members[row].person_id, self.role.currentData())
        self.members_changed.emit(tuple(members), tr("Change role"))
