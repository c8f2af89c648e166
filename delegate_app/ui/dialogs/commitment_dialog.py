"""Record or edit a commitment, and move it through its workflow with the evidence."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from ...domain.enums import CommitmentDirection, CommitmentSource, CommitmentStatus, Priority
from ...domain.errors import ValidationError
from ...domain.follow_up import (
    DOCUMENT_MAX_BYTES,
    CommitmentInput,
    StatusChange,
    validate_status_change,
)
from ...domain.records import Choice
from ..text import error_fields, tr, translated
from .delegation_dialog import choice_box, date_edit, to_date
from .form import FormDialog, text_of

NO_DATE = QDate(1990, 1, 1)


def optional_date_edit(parent: QWidget, none_text: str) -> QDateEdit:
    """A date field whose lowest value reads "no date" (Delete clears it)."""
    edit = date_edit(parent)
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(none_text)
    edit.setDate(NO_DATE)
    return edit


def set_optional_date(edit: QDateEdit, value: date | None) -> None:
    edit.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)


def optional_date(edit: QDateEdit) -> date | None:
    return None if edit.date() == NO_DATE else to_date(edit.date())


def enum_box(parent: QWidget, members: list[object], current: object) -> QComboBox:
    box = QComboBox(parent)
    for member in members:
        box.addItem(translated(member.label), member)  # type: ignore[attr-defined]
    box.setCurrentIndex(max(0, box.findData(current)))
    return box


def select(box: QComboBox, value: object) -> None:
    box.setCurrentIndex(max(0, box.findData(value)))


class CommitmentDialog(FormDialog):
    """Every field of a promise; the status changes through its own actions."""

    def __init__(self, choices: dict[str, list[Choice]], data: CommitmentInput | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(tr("Edit commitment") if data else tr("Record a commitment"), parent)
        self.setMinimumWidth(620)
        d = data or CommitmentInput("", CommitmentDirection.WE_OWE)
        form = self.add_tab(tr("Commitment"))
        self.description = self.add_field(form, "description", tr("&What was promised"),
                                          QLineEdit(self),
                                          tr("e.g. Send the tram study to their transport "
                                             "department"))
        self.direction = self.add_field(form, "direction", tr("W&ho owes"),
                                        enum_box(self, list(CommitmentDirection), d.direction))
        self.owner = self.add_field(form, "owner_id", tr("&Owner on our side"),
                                    choice_box(self, choices["people"], tr("(nobody yet)")))
        self.counterpart = self.add_field(form, "counterpart_id", tr("Cou&nterpart"),
                                          choice_box(self, choices["people"], tr("(none)")))
        self.city = self.add_field(form, "city_id", tr("&City"),
                                   choice_box(self, choices["cities"], tr("(none)")))
        self.due = self.add_field(form, "due_on", tr("&Due"),
                                  optional_date_edit(self, tr("no due date")))
        self.priority = self.add_field(form, "priority", tr("&Priority"),
                                       enum_box(self, list(Priority), d.priority))
        self.theme = self.add_field(form, "theme_id", tr("&Theme"),
                                    choice_box(self, choices["themes"], tr("(none)")))
        origin = self.add_tab(tr("Where it comes from"))
        self.source = self.add_field(origin, "source", tr("&Source"),
                                     enum_box(self, list(CommitmentSource), d.source))
        self.agreement = self.add_field(origin, "agreement_id", tr("&Agreement"),
                                        choice_box(self, choices["agreements"], tr("(none)")))
        self.summit = self.add_field(origin, "summit_id", tr("S&ummit"),
                                     choice_box(self, choices["summits"], tr("(none)")))
        self.notes = self.add_field(origin, "internal_notes", tr("&Internal notes"),
                                    QPlainTextEdit(self))
        self.item_id = d.item_id
        self.description.setText(d.description)
        for box, value in ((self.owner, d.owner_id), (self.counterpart, d.counterpart_id),
                           (self.city, d.city_id), (self.theme, d.theme_id),
                           (self.agreement, d.agreement_id), (self.summit, d.summit_id)):
            select(box, value)
        set_optional_date(self.due, d.due_on)
        self.notes.setPlainText(d.internal_notes)

    def value(self) -> tuple[CommitmentInput, dict[str, str]]:
        return CommitmentInput(
            description=self.description.text(),
            direction=CommitmentDirection(self.direction.currentData()),
            owner_id=self.owner.currentData(), counterpart_id=self.counterpart.currentData(),
            city_id=self.city.currentData(), due_on=optional_date(self.due),
            priority=Priority(self.priority.currentData()), theme_id=self.theme.currentData(),
            source=CommitmentSource(self.source.currentData()), item_id=self.item_id,
            summit_id=self.summit.currentData(), agreement_id=self.agreement.currentData(),
            internal_notes=text_of(self.notes)), {}


STEP_TITLES = {
    CommitmentStatus.IN_PROGRESS: lambda: tr("Start work on the commitment"),
    CommitmentStatus.DONE: lambda: tr("Mark the commitment done"),
    CommitmentStatus.DROPPED: lambda: tr("Drop the commitment"),
    CommitmentStatus.OPEN: lambda: tr("Reopen the commitment"),
}
NOTE_HINTS = {
    CommitmentStatus.IN_PROGRESS: lambda: tr("Optional: what is under way"),
    CommitmentStatus.DONE: lambda: tr(
        "How it was kept, e.g. “Study sent by e-mail to Ms Volkova, 24 June”"),
    CommitmentStatus.DROPPED: lambda: tr("Why it is dropped (required)"),
    CommitmentStatus.OPEN: lambda: tr("Why it is reopened (required)"),
}


class StatusDialog(FormDialog):
    """One step of the workflow; "done" asks for the date and the evidence."""

    def __init__(self, description: str, current: CommitmentStatus, target: CommitmentStatus,
                 today: date, parent: QWidget | None = None) -> None:
        super().__init__(STEP_TITLES[target](), parent)
        self.current, self.target, self.today = current, target, today
        self.document: tuple[str, bytes] | None = None
        form = self.add_tab(translated(target.label))
        heading = QLabel(f"<b>{description}</b>", self)
        heading.setWordWrap(True)
        form.addRow(heading)
        self.on = date_edit(self)
        self.on.setDate(QDate(today.year, today.month, today.day))
        if target is CommitmentStatus.DONE:
            self.add_field(form, "on", tr("&Done on"), self.on)
        self.note = self.add_field(form, "note", tr("&Note"), QPlainTextEdit(self))
        self.note.setPlaceholderText(NOTE_HINTS[target]())
        self.note.setMinimumHeight(90)
        if target is CommitmentStatus.DONE:
            holder = QWidget(self)
            row = QHBoxLayout(holder)
            row.setContentsMargins(0, 0, 0, 0)
            self.attach_button = QPushButton(tr("&Attach a document…"), holder)
            self.attach_button.clicked.connect(lambda: self.attach())
            self.attached = QLabel(tr("no document"), holder)
            row.addWidget(self.attach_button)
            row.addWidget(self.attached, 1)
            self.add_field(form, "document", tr("Evidence"), holder)

    def attach(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, tr("Attach the evidence"), "",
                                                  tr("Documents (*.pdf *.docx *.doc *.odt *.txt "
                                                     "*.eml *.msg *.png *.jpg *.jpeg);;"
                                                     "All files (*)"))
        if not path:
            return
        file = Path(path)
        try:
            if file.stat().st_size > DOCUMENT_MAX_BYTES:
                self.show_errors({"document": tr("The document is larger than 20 MB; attach "
                                                 "a smaller copy or note where it is filed.")})
                return
            self.document = (file.name, file.read_bytes())
        except OSError as exc:
            self.show_errors({"document": tr("Cannot read the file: {error}").format(
                error=exc.strerror or exc)})
            return
        self.clear_errors()
        self.attached.setText(f"{file.name} ({len(self.document[1]) // 1024 + 1} KB)")

    def value(self) -> tuple[StatusChange, dict[str, str]]:
        name, content = self.document or ("", None)
        change = StatusChange(self.target, to_date(self.on.date()), text_of(self.note), name,
                              content)
        try:  # the same rule the service applies, told next to the fields
            validate_status_change(self.current, change, self.today)
        except ValidationError as exc:
            return change, error_fields(exc)
        return change, {}
