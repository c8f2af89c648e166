"""Record a gift given or received: when, between whom, what, its value, where it is now."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from ...domain.enums import GiftDirection
from ...domain.records import Choice, GiftInput
from ..text import tr, translated
from .delegation_dialog import choice_box, date_edit, to_date
from .form import FormDialog, text_of


class GiftDialog(FormDialog):
    def __init__(self, people: list[Choice], delegations: list[Choice],
                 data: GiftInput | None = None, parent: QWidget | None = None) -> None:
        super().__init__(tr("Edit gift") if data else tr("Record a gift"), parent)
        form = self.add_tab(tr("Gift"))
        self.given_on = self.add_field(form, "given_on", tr("&Date"), date_edit(self))
        self.direction = QComboBox(self)
        for direction in GiftDirection:
            self.direction.addItem(translated(direction.label), direction)
        self.add_field(form, "direction", tr("Given or &received"), self.direction)
        self.description = self.add_field(form, "description", tr("D&escription"),
                                          QLineEdit(self), tr("e.g. Persian silk carpet"))
        self.occasion = self.add_field(form, "occasion", tr("&Occasion"), QLineEdit(self))
        self.delegation = self.add_field(form, "delegation_id", tr("De&legation"),
                                         choice_box(self, delegations, tr("(none)")))
        self.giver = self.add_field(form, "giver_id", tr("&Giver"),
                                    choice_box(self, people, tr("(none)")))
        self.recipient = self.add_field(form, "recipient_id", tr("Re&cipient"),
                                        choice_box(self, people, tr("(none)")))
        self.amount = self.add_field(form, "estimated_value", tr("Estimated &value"),
                                    QLineEdit(self), tr("e.g. 450.00"))
        self.currency = self.add_field(form, "currency", tr("C&urrency"), QLineEdit(self),
                                       tr("EUR, USD, IRR…"))
        self.currency.setMaxLength(3)
        self.declared = QCheckBox(tr("Declared to the ethics office"), self)
        form.addRow("", self.declared)
        self.location = self.add_field(form, "current_location", tr("&Where it is now"),
                                       QLineEdit(self))
        self.notes = self.add_field(form, "internal_notes", tr("&Internal notes"),
                                    QPlainTextEdit(self))
        d = data or GiftInput(date.today(), GiftDirection.GIVEN, "")
        self.given_on.setDate(QDate(d.given_on.year, d.given_on.month, d.given_on.day))
        self.direction.setCurrentIndex(self.direction.findData(d.direction))
        self.description.setText(d.description)
        self.occasion.setText(d.occasion)
        for box, value in ((self.delegation, d.delegation_id), (self.giver, d.giver_id),
                           (self.recipient, d.recipient_id)):
            box.setCurrentIndex(max(0, box.findData(value)))
        self.amount.setText("" if d.estimated_value is None else str(d.estimated_value))
        self.currency.setText(d.currency)
        self.declared.setChecked(d.declared)
        self.location.setText(d.current_location)
        self.notes.setPlainText(d.internal_notes)

    def value_of(self) -> tuple[Decimal | None, dict[str, str]]:
        text = self.amount.text().strip().replace(",", ".").replace(" ", "")
        if not text:
            return None, {}
        try:
            return Decimal(text), {}
        except InvalidOperation:
            return None, {"estimated_value": tr("The value must be a number, e.g. 450.00.")}

    def value(self) -> tuple[GiftInput, dict[str, str]]:
        amount, errors = self.value_of()
        return GiftInput(
            given_on=to_date(self.given_on.date()), direction=self.direction.currentData(),
            description=self.description.text(), occasion=self.occasion.text(),
            delegation_id=self.delegation.currentData(), giver_id=self.giver.currentData(),
            recipient_id=self.recipient.currentData(), estimated_value=amount,
            currency=self.currency.text(), declared=self.declared.isChecked(),
            current_location=self.location.text(), internal_notes=text_of(self.notes)), errors
