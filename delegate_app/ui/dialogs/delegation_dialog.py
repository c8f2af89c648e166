"""Create or edit a delegation's essentials: direction, cities, dates, status, summit."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QPlainTextEdit, QWidget

from ...domain.enums import DelegationStatus, Direction
from ...domain.records import Choice, DelegationInput
from ..dates import for_entry
from ..text import tr, translated
from .form import FormDialog, text_of
from .pickers import CheckList


def date_edit(parent: QWidget) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    return for_entry(edit, "ddd d MMM yyyy")


def choice_box(parent: QWidget, choices: list[Choice], none: str | None) -> QComboBox:
    box = QComboBox(parent)
    if none is not None:
        box.addItem(none, None)
    for choice in choices:
        box.addItem(choice.label, choice.id)
    return box


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class DelegationDialog(FormDialog):
    def __init__(self, cities: list[Choice], summits: list[Choice], default_home: int | None,
                 data: DelegationInput | None = None, parent: QWidget | None = None) -> None:
        super().__init__(tr("Edit delegation") if data else tr("New delegation"), parent)
        self.setMinimumWidth(640)
        form = self.add_tab(tr("Delegation"))
        self.title = self.add_field(form, "title", tr("&Title"), QLineEdit(self),
                                    tr("e.g. Mayor of Tehran to Buenos Aires and Tokyo"))
        self.direction = QComboBox(self)
        for direction in Direction:
            self.direction.addItem(translated(direction.label), direction)
        self.add_field(form, "direction", tr("&Direction"), self.direction)
        self.status = QComboBox(self)
        for status in DelegationStatus:
            self.status.addItem(translated(status.label), status)
        self.add_field(form, "status", tr("&Status"), self.status)
        self.home = self.add_field(form, "home_city_id", tr("&Home city"),
                                   choice_box(self, cities, None))
        self.destinations = self.add_field(form, "destination_ids",
                                           tr("D&estinations (in order)"),
                                           CheckList(cities, (), self))
        self.starts = self.add_field(form, "starts_on", tr("&From"), date_edit(self))
        self.ends = self.add_field(form, "ends_on", tr("&Until"), date_edit(self))
        self.summit = self.add_field(form, "summit_id", tr("Su&mmit"),
                                     choice_box(self, summits, tr("(none)")))
        self.objectives = self.add_field(form, "objectives", tr("&Objectives"),
                                         QPlainTextEdit(self))
        self.notes = self.add_field(form, "internal_notes", tr("&Internal notes"),
                                    QPlainTextEdit(self))
        today = date.today()
        self._fill(data or DelegationInput("", Direction.OUTGOING, default_home, today, today))
        self.title.setFocus()

    def _fill(self, d: DelegationInput) -> None:
        self.title.setText(d.title)
        self.direction.setCurrentIndex(self.direction.findData(d.direction))
        self.status.setCurrentIndex(self.status.findData(d.status))
        self.home.setCurrentIndex(max(0, self.home.findData(d.home_city_id)))
        self.destinations.set_chosen(d.destination_ids)
        self.starts.setDate(QDate(d.starts_on.year, d.starts_on.month, d.starts_on.day))
        self.ends.setDate(QDate(d.ends_on.year, d.ends_on.month, d.ends_on.day))
        self.summit.setCurrentIndex(max(0, self.summit.findData(d.summit_id)))
        self.objectives.setPlainText(d.objectives)
        self.notes.setPlainText(d.internal_notes)

    def value(self) -> tuple[DelegationInput, dict[str, str]]:
        return DelegationInput(
            title=self.title.text(), direction=self.direction.currentData(),
            home_city_id=self.home.currentData(), starts_on=to_date(self.starts.date()),
            ends_on=to_date(self.ends.date()), destination_ids=self.destinations.chosen(),
            status=self.status.currentData(), objectives=text_of(self.objectives),
            summit_id=self.summit.currentData(), internal_notes=text_of(self.notes)), {}
