"""A save refused because a colleague saved first: field by field, the officer's value and
the colleague's, and a choice for each. Works over any two records of one kind (frozen
dataclasses) and the form that edits them; nothing typed is lost."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.timefmt import format_instant
from ..dialogs.form import FormDialog
from ..icons import COLOURS
from ..text import tr

LONG = 400  # characters of a value shown; the rest is in its tooltip


@dataclass(frozen=True)
class Difference:
    """One field (or tied fields, such as a time and its zone) that differs."""

    names: tuple[str, ...]
    caption: str
    mine: str
    theirs: str
    i_changed: bool  # the officer changed it in this edit (else the colleague alone did)


def differences(form: FormDialog, original: Any, mine: Any, theirs: Any) -> list[Difference]:
    """Every field where the officer's record and the colleague's differ, in form order."""
    tied = {name: group for group in form.TIED for name in group}
    found, seen = [], set()
    for field in fields(mine):
        group = tied.get(field.name, (field.name,))
        if group[0] in seen:
            continue
        seen.add(group[0])
        if all(getattr(mine, n) == getattr(theirs, n) for n in group):
            continue
        head = group[0]
        found.append(Difference(
            group, form.caption(head), form.describe(head, getattr(mine, head), mine),
            form.describe(head, getattr(theirs, head), theirs),
            any(getattr(mine, n) != getattr(original, n) for n in group)))
    return found


def _value_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text if len(text) <= LONG else text[:LONG] + "…", parent)
    label.setTextFormat(Qt.TextFormat.PlainText)  # typed text, never markup
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setMinimumWidth(260)
    if len(text) > LONG:
        label.setToolTip(text)
    return label


class ConflictDialog(QDialog):
    """"Reza saved this item at 14:02 while you were editing it": choose per field.

    Fields only the officer changed start on their value, fields only the colleague
    changed on the colleague's; ``merged()`` is the colleague's record with the officer's
    choices put in."""

    def __init__(self, noun: str, form: FormDialog, original: Any, mine: Any, theirs: Any,
                 saved_by: str, saved_at: datetime | None, zone: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mine, self.theirs = mine, theirs
        who = saved_by or tr("A colleague")
        self.setWindowTitle(tr("{who} saved this {noun} first").format(who=who, noun=noun))
        self.setMinimumWidth(900)
        self.rows = differences(form, original, mine, theirs)
        self.choices: list[QButtonGroup] = []
        when = format_instant(saved_at, zone) if saved_at else tr("meanwhile")
        intro = QLabel(tr(
            "<b>{who}</b> saved this {noun} ({when}) while you were editing it, so your save "
            "was not made. Choose for each field which value to keep; nothing you typed is "
            "lost. <i>Back to my form</i> returns to your form as you left it.").format(
                who=who, noun=noun, when=when), self)
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self._grid(who), 1)
        layout.addWidget(self._buttons())

    def _grid(self, who: str) -> QScrollArea:
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        holder = QWidget(area)
        grid = QGridLayout(holder)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setVerticalSpacing(10)
        for column, text in enumerate((tr("Field"), tr("Yours"),
                                       tr("{who}'s").format(who=who))):
            header = QLabel(f"<b>{text}</b>", holder)
            grid.addWidget(header, 0, column)
        for number, row in enumerate(self.rows, start=1):
            grid.addWidget(QLabel(row.caption, holder), number, 0, Qt.AlignmentFlag.AlignTop)
            group = QButtonGroup(holder)
            for column, (text, note) in enumerate(((row.mine, tr("you changed this")
                                                    if row.i_changed else tr("as you found it")),
                                                   (row.theirs, "")), start=1):
                grid.addWidget(self._choice(holder, group, column, text, note), number, column)
            group.button(1 if row.i_changed else 2).setChecked(True)
            self.choices.append(group)
        grid.setRowStretch(len(self.rows) + 1, 1)
        area.setWidget(holder)
        return area

    def _choice(self, parent: QWidget, group: QButtonGroup, column: int, text: str,
                note: str) -> QWidget:
        cell = QWidget(parent)
        line = QGridLayout(cell)
        line.setContentsMargins(0, 0, 0, 0)
        button = QRadioButton(cell)
        button.setAccessibleName(text[:80])
        group.addButton(button, column)
        line.addWidget(button, 0, 0, Qt.AlignmentFlag.AlignTop)
        line.addWidget(_value_label(text, cell), 0, 1, Qt.AlignmentFlag.AlignTop)
        if note:
            hint = QLabel(note, cell)
            hint.setStyleSheet(f"color: {COLOURS['muted']}; font-size: 9pt;")
            line.addWidget(hint, 1, 1)
        line.setColumnStretch(1, 1)
        line.setRowStretch(2, 1)  # short values stay at the top beside their button
        return cell

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(tr("Save my choices"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        mine = QPushButton(tr("All mine"), self)
        theirs = QPushButton(tr("All theirs"), self)
        buttons.addButton(mine, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(theirs, QDialogButtonBox.ButtonRole.ActionRole)
        back = buttons.addButton(tr("Back to my form"), QDialogButtonBox.ButtonRole.RejectRole)
        mine.clicked.connect(lambda: self.choose_all(1))
        theirs.clicked.connect(lambda: self.choose_all(2))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        back.setAutoDefault(False)
        return buttons

    def choose_all(self, side: int) -> None:
        for group in self.choices:
            group.button(side).setChecked(True)

    def choose(self, caption: str, mine: bool) -> None:
        """Pick one field's side (by its caption), as a click would."""
        for row, group in zip(self.rows, self.choices, strict=True):
            if row.caption == caption:
                group.button(1 if mine else 2).setChecked(True)
                return
        raise KeyError(caption)

    def merged(self) -> Any:
        """The colleague's record with the fields the officer keeps taken from theirs."""
        kept: dict[str, Any] = {}
        for row, group in zip(self.rows, self.choices, strict=True):
            if group.checkedId() == 1:
                kept.update({name: getattr(self.mine, name) for name in row.names})
        return replace(self.theirs, **kept)
