"""Record what came out of a meeting and the commitments made there, in a few keystrokes:
type what was promised, Enter — the counterpart, city, owner and source are filled in."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from ...domain.enums import CommitmentDirection, Priority
from ...domain.errors import ValidationError
from ...domain.follow_up import CommitmentInput, MeetingFollowUp, OutcomeInput, validate_commitment
from ...domain.records import Choice
from ..dates import format_date
from ..icons import icon
from ..text import error_fields, tr, translated
from .commitment_dialog import enum_box, optional_date, optional_date_edit, select
from .delegation_dialog import choice_box
from .form import FormDialog, text_of


class EntryLine(QLineEdit):
    """A line where Enter adds the entry instead of closing the dialog."""

    entered = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.entered.emit()
            event.accept()
            return
        super().keyPressEvent(event)


def _people_first(first: tuple[tuple[int, str], ...], everyone: list[Choice]) -> list[Choice]:
    """The meeting's people at the top of a picker, then everyone else."""
    ids = {pid for pid, _ in first}
    return [Choice(pid, name) for pid, name in first] + [c for c in everyone if c.id not in ids]


class OutcomeDialog(FormDialog):
    def __init__(self, meeting: MeetingFollowUp, people: list[Choice],
                 parent: QWidget | None = None) -> None:
        super().__init__(tr("Outcome of “{title}”").format(title=meeting.title), parent)
        self.setMinimumWidth(760)
        self.meeting = meeting
        self.new: list[CommitmentInput] = []
        form = self.add_tab(tr("Outcome"))
        form.addRow(QLabel(f"<b>{meeting.title}</b><br><span style='color:#5f6b7a'>"
                           f"{meeting.when}</span>", self))
        before = meeting.outcome or OutcomeInput()
        self.summary = self.add_field(form, "summary", tr("&Summary"), QPlainTextEdit(self))
        self.decisions = self.add_field(form, "decisions", tr("&Decisions"), QPlainTextEdit(self))
        self.notes = self.add_field(form, "internal_notes", tr("&Internal notes"),
                                    QPlainTextEdit(self))
        for box, text in ((self.summary, before.summary), (self.decisions, before.decisions),
                          (self.notes, before.internal_notes)):
            box.setPlainText(text)
            box.setMaximumHeight(90)
        self._commitments_tab(people)

    def _commitments_tab(self, people: list[Choice]) -> None:
        page = QWidget(self.tabs)
        grid = QGridLayout(page)
        t = self.meeting.template
        self.what = EntryLine(page)
        self.what.setPlaceholderText(tr("What was promised — type it and press Enter"))
        self.what.entered.connect(self.add_commitment)
        self.direction = enum_box(page, list(CommitmentDirection), t.direction)
        self.owner = choice_box(page, _people_first(self.meeting.our_side, people),
                                tr("(nobody yet)"))
        select(self.owner, t.owner_id)
        self.counterpart = choice_box(page, _people_first(self.meeting.counterparts, people),
                                      tr("(none)"))
        select(self.counterpart, t.counterpart_id)
        self.due = optional_date_edit(page, tr("no due date"))
        self.priority = enum_box(page, list(Priority), t.priority)
        add = QPushButton(icon("new"), tr("&Add"), page)
        add.setAutoDefault(False)
        add.clicked.connect(self.add_commitment)
        self.error = QLabel(page)
        self.error.setStyleSheet("color: #b3261e;")
        self.list = QListWidget(page)
        for row in self.meeting.commitments:
            QListWidgetItem(icon(row.status.value),
                            f"{translated(row.direction.label)}: {row.description}"
                            f" — {row.owner or '…'}", self.list)
        labels = [tr("Promised"), tr("Who owes"), tr("Owner (our side)"), tr("Counterpart"),
                  tr("Due"), tr("Priority")]
        widgets = [self.what, self.direction, self.owner, self.counterpart, self.due,
                   self.priority]
        for row, (label, widget) in enumerate(zip(labels, widgets, strict=True)):
            caption = QLabel(label, page)
            caption.setBuddy(widget)
            grid.addWidget(caption, row // 2, (row % 2) * 2)
            grid.addWidget(widget, row // 2, (row % 2) * 2 + 1)
        grid.addWidget(add, 3, 3, alignment=Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.error, 3, 0, 1, 3)
        grid.addWidget(QLabel(tr("Commitments made at this meeting:"), page), 4, 0, 1, 4)
        grid.addWidget(self.list, 5, 0, 1, 4)
        self.tabs.addTab(page, tr("Commitments ({n})").format(
            n=len(self.meeting.commitments)))

    def add_commitment(self) -> bool:
        data = replace(self.meeting.template, description=self.what.text(),
                       direction=CommitmentDirection(self.direction.currentData()),
                       owner_id=self.owner.currentData(),
                       counterpart_id=self.counterpart.currentData(),
                       due_on=optional_date(self.due),
                       priority=Priority(self.priority.currentData()))
        try:
            data = validate_commitment(data)
        except ValidationError as exc:
            self.error.setText("⚠ " + " ".join(error_fields(exc).values()))
            return False
        self.error.clear()
        self.new.append(data)
        due_word, new_word = tr("due"), tr("new")
        due = f" — {due_word} {format_date(data.due_on)}" if data.due_on else ""
        item = QListWidgetItem(icon("new"),
                               f"{translated(data.direction.label)}: {data.description} "
                               f"({self.owner.currentText()}){due}  · {new_word}", self.list)
        self.list.scrollToItem(item)
        self.tabs.setTabText(1, tr("Commitments ({n})").format(
            n=len(self.meeting.commitments) + len(self.new)))
        self.what.clear()
        self.what.setFocus()
        return True

    def value(self) -> tuple[tuple[OutcomeInput, tuple[CommitmentInput, ...]], dict[str, str]]:
        # typed but not yet added: keep it, not lose it
        if self.what.text().strip() and not self.add_commitment():
            self.tabs.setCurrentIndex(1)
            return (OutcomeInput(), ()), {"_": tr("Finish or clear the commitment being "
                                                  "typed on the Commitments tab.")}
        outcome = OutcomeInput(text_of(self.summary), text_of(self.decisions),
                               text_of(self.notes))
        return (outcome, tuple(self.new)), {}
