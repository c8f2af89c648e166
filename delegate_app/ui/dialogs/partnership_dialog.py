"""Create or edit a partnership of our city: kind, status, signature and expiry dates."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from ...domain.enums import PartnershipKind, PartnershipStatus
from ...domain.records import Choice, PartnershipInput
from ..text import tr, translated
from .delegation_dialog import choice_box, date_edit, to_date
from .form import FormDialog, text_of


class PartnershipDialog(FormDialog):
    def __init__(self, cities: list[Choice], data: PartnershipInput,
                 parent: QWidget | None = None, editing: bool = False) -> None:
        super().__init__(tr("Edit partnership") if editing else tr("New partnership"), parent)
        form = self.add_tab(tr("Partnership"))
        self.city = self.add_field(form, "city_id", tr("&Our city"), choice_box(self, cities, None))
        self.partner = self.add_field(form, "partner_city_id", tr("&Partner city"),
                                      choice_box(self, cities, None))
        self.kind = QComboBox(self)
        for kind in PartnershipKind:
            self.kind.addItem(translated(kind.label), kind)
        self.add_field(form, "kind", tr("&Kind"), self.kind)
        self.status = QComboBox(self)
        for status in PartnershipStatus:
            self.status.addItem(translated(status.label), status)
        self.add_field(form, "status", tr("&Status"), self.status)
        self.title = self.add_field(form, "title", tr("&Title"), QLineEdit(data.title, self))
        self.signed = QCheckBox(tr("Signed on"), self)
        self.signed_on = self.add_field(form, "signed_on", tr("Si&gned"), date_edit(self))
        self.expires = QCheckBox(tr("Expires"), self)
        self.expires_on = self.add_field(form, "expires_on", tr("E&xpires"), date_edit(self))
        form.addRow("", self.signed)
        form.addRow("", self.expires)
        self.notes = self.add_field(form, "notes", tr("&Notes"), QPlainTextEdit(self))
        self.internal = self.add_field(form, "internal_notes", tr("&Internal notes"),
                                       QPlainTextEdit(self))
        self.city.setCurrentIndex(max(0, self.city.findData(data.city_id)))
        self.partner.setCurrentIndex(max(0, self.partner.findData(data.partner_city_id)))
        self.kind.setCurrentIndex(self.kind.findData(data.kind))
        self.status.setCurrentIndex(self.status.findData(data.status))
        for box, edit, value in ((self.signed, self.signed_on, data.signed_on),
                                 (self.expires, self.expires_on, data.expires_on)):
            box.setChecked(value is not None)
            if value is not None:
                edit.setDate(QDate(value.year, value.month, value.day))
            else:
                edit.setDate(QDate.currentDate())
        self.notes.setPlainText(data.notes)
        self.internal.setPlainText(data.internal_notes)

    def value(self) -> tuple[PartnershipInput, dict[str, str]]:
        return PartnershipInput(
            city_id=self.city.currentData(), partner_city_id=self.partner.currentData(),
            kind=self.kind.currentData(), status=self.status.currentData(),
            title=self.title.text(),
            signed_on=to_date(self.signed_on.date()) if self.signed.isChecked() else None,
            expires_on=to_date(self.expires_on.date()) if self.expires.isChecked() else None,
            notes=text_of(self.notes), internal_notes=text_of(self.internal)), {}
