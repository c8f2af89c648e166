"""Export a delegation's calendar: whole or one member's, internal or host edition, reminders."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ...domain.records import Choice
from ..text import tr
from .form import FormDialog
from .pickers import edition_box, member_box


class ExportCalendarDialog(FormDialog):
    def __init__(self, title: str, members: list[Choice], folder: str, file_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(tr("Export calendar — {title}").format(title=title), parent)
        form = self.add_tab(tr("Calendar"))
        self.member = self.add_field(form, "member", tr("&Whose calendar"),
                                     member_box(self, members))
        self.edition = self.add_field(form, "edition", tr("&Edition"), edition_box(self))
        self.alarm = QSpinBox(self)
        self.alarm.setRange(-1, 24 * 60)
        self.alarm.setSingleStep(15)
        self.alarm.setValue(-1)
        self.alarm.setSpecialValueText(tr("no reminder"))
        self.alarm.setSuffix(tr(" min before"))
        self.add_field(form, "alarm", tr("&Reminder"), self.alarm)
        self.path = QLineEdit(str(Path(folder or Path.home()) / file_name), self)
        browse = QPushButton(tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        holder = QWidget(self)
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.add_field(form, "path", tr("&File"), holder)

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, tr("Export calendar"), self.path.text(),
                                                tr("iCalendar files (*.ics)"))
        if chosen:
            self.path.setText(chosen if chosen.endswith(".ics") else chosen + ".ics")

    def value(self) -> tuple[dict[str, object], dict[str, str]]:
        errors = {}
        path = Path(self.path.text().strip()).expanduser()
        if not self.path.text().strip():
            errors["path"] = tr("Choose where to save the calendar.")
        elif path.is_dir():
            errors["path"] = tr("That is a folder; give a file name ending in .ics.")
        elif not path.parent.exists():
            errors["path"] = tr("The folder {folder} does not exist.").format(folder=path.parent)
        alarm = self.alarm.value()
        return {"member": self.member.currentData(), "edition": self.edition.currentData(),
                "alarm": None if alarm < 0 else alarm, "path": path}, errors
