"""Settings: the interface's language and the calendar dates are shown in."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ..language import LANGUAGE_NAMES
from ..settings import Settings
from ..text import tr


def calendar_names() -> dict[str, str]:
    return {"gregorian": tr("Gregorian"), "jalali": tr("Solar Hijri (Jalali)"),
            "hijri": tr("Islamic Hijri (Umm al-Qura)")}


class SettingsDialog(QDialog):
    """Language and calendar, stored in the settings and applied on the next start."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(tr("Settings"))
        self.setMinimumWidth(440)
        self.language = QComboBox(self)
        self.language.addItem(tr("System default"), "")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)  # each language named in itself
        self.calendar = QComboBox(self)
        self.calendar.addItem(tr("As the language (Solar Hijri for Persian)"), "")
        for code, name in calendar_names().items():
            self.calendar.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.calendar.setCurrentIndex(max(0, self.calendar.findData(settings.calendar)))
        note = QLabel(tr("A new language or calendar applies when delegate_app starts again."),
                      self)
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("&Language:"), self.language)
        form.addRow(tr("&Calendar:"), self.calendar)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.settings.language = str(self.language.currentData() or "")
        self.settings.calendar = str(self.calendar.currentData() or "")
        self.settings.sync()
        super().accept()
