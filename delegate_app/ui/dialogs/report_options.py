"""Options of the commitments report: which city (or every city) and an optional period;
then paper and viewer as for any document."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from ...domain.records import Choice
from ..icons import COLOURS
from ..settings import Settings
from ..text import tr
from .delegation_dialog import choice_box, date_edit, to_date
from .document_options import DocumentOptions, DocumentOptionsDialog


@dataclass(frozen=True)
class ReportOptions:
    """What the report covers: one city or all, due (or kept) from ``start`` to ``end``."""

    city_id: int | None = None  # None: every city
    start: date | None = None
    end: date | None = None
    document: DocumentOptions = field(default_factory=DocumentOptions)


class OptionalDate(QWidget):
    """A day that counts only when ticked; unticked, the period is open on that side."""

    def __init__(self, day: date, tick_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.used = QCheckBox(self)
        self.used.setAccessibleName(tick_name)
        self.used.setToolTip(tick_name)
        self.day = date_edit(self)
        self.day.setDate(QDate(day.year, day.month, day.day))
        self.day.setMinimumWidth(170)
        self.day.setEnabled(False)
        self.used.toggled.connect(self.day.setEnabled)
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.used)
        line.addWidget(self.day)
        line.addStretch(1)
        self.setFocusProxy(self.used)

    def value(self) -> date | None:
        return to_date(self.day.date()) if self.used.isChecked() else None


class CommitmentsReportDialog(DocumentOptionsDialog):
    """City and period of the commitments report; the city comes preset from where the
    officer asked (the page's city filter, the selected city)."""

    def __init__(self, settings: Settings, cities: list[Choice], today: date,
                 city_id: int | None = None, parent: QWidget | None = None) -> None:
        self.cities, self.today, self.preset = cities, today, city_id
        super().__init__(tr("Commitments report"), settings, edition=False, parent=parent)

    def add_document_fields(self, form: QFormLayout) -> None:
        self.city: QComboBox = choice_box(self, self.cities, tr("Every city"))
        self.city.setMaxVisibleItems(20)
        self.city.setCurrentIndex(max(0, self.city.findData(self.preset)))
        self.add_field(form, "city", tr("&City"), self.city)
        self.start = OptionalDate(self.today, tr("Leave out what is due before this day"),
                                  self)
        self.add_field(form, "start", tr("&From"), self.start)
        self.end = OptionalDate(self.today + timedelta(days=90),
                                tr("Leave out what is due after this day"), self)
        self.add_field(form, "end", tr("&To"), self.end)
        note = QLabel(tr("What is due, kept or dropped in the period; untick a day for no "
                         "limit."), self)
        note.setStyleSheet(f"color: {COLOURS['muted']};")
        form.addRow("", note)

    def choose(self) -> ReportOptions | None:
        """Ask what the report covers; None when cancelled. Paper and viewer are remembered."""
        return self.ask_for(ReportOptions)

    def value(self) -> tuple[ReportOptions, dict[str, str]]:  # type: ignore[override]
        document, _ = super().value()
        start, end = self.start.value(), self.end.value()
        errors: dict[str, str] = {}
        if start is not None and end is not None and end < start:
            errors["end"] = tr("The period ends before it starts: choose a later day, or an "
                               "earlier From.")
        return ReportOptions(city_id=self.city.currentData(), start=start, end=end,
                             document=document), errors
