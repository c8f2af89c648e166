"""Create or edit an organisation or network; add a member city; end a membership."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from ...domain.enums import MembershipRole, OrganisationKind
from ...domain.records import Choice, OrganisationInput
from ..text import tr, translated
from .delegation_dialog import choice_box, date_edit, to_date
from .form import FormDialog, text_of


class OrganisationDialog(FormDialog):
    def __init__(self, cities: list[Choice], data: OrganisationInput | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(tr("Edit organisation") if data else tr("New organisation"), parent)
        form = self.add_tab(tr("Organisation"))
        self.name = self.add_field(form, "name", tr("&Name"), QLineEdit(self))
        self.acronym = self.add_field(form, "acronym", tr("&Acronym"), QLineEdit(self))
        self.native = self.add_field(form, "native_name", tr("Native &script"), QLineEdit(self))
        self.kind = QComboBox(self)
        for kind in OrganisationKind:
            self.kind.addItem(translated(kind.label), kind)
        self.add_field(form, "kind", tr("&Kind"), self.kind)
        self.city = self.add_field(form, "city_id", tr("S&eat"),
                                   choice_box(self, cities, tr("(none)")))
        self.website = self.add_field(form, "website", tr("&Website"), QLineEdit(self))
        self.notes = self.add_field(form, "notes", tr("N&otes"), QPlainTextEdit(self))
        d = data or OrganisationInput("", OrganisationKind.NETWORK)
        self.name.setText(d.name)
        self.acronym.setText(d.acronym)
        self.native.setText(d.native_name)
        self.kind.setCurrentIndex(self.kind.findData(d.kind))
        self.city.setCurrentIndex(max(0, self.city.findData(d.city_id)))
        self.website.setText(d.website)
        self.notes.setPlainText(d.notes)

    def value(self) -> tuple[OrganisationInput, dict[str, str]]:
        return OrganisationInput(
            name=self.name.text(), kind=self.kind.currentData(), acronym=self.acronym.text(),
            native_name=self.native.text(), city_id=self.city.currentData(),
            website=self.website.text(), notes=text_of(self.notes)), {}


class MembershipDialog(FormDialog):
    """Add a member city (city, role, since) or end a membership (which one, until)."""

    def __init__(self, title: str, cities: list[Choice] | None,
                 current: list[Choice] | None, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        form = self.add_tab(tr("Membership"))
        self.city = self.role = self.membership = None
        if cities is not None:
            self.city = self.add_field(form, "city", tr("&City"), choice_box(self, cities, None))
            self.role = QComboBox(self)
            for role in MembershipRole:
                self.role.addItem(translated(role.label), role)
            self.add_field(form, "role", tr("&Role"), self.role)
        if current is not None:
            self.membership = self.add_field(form, "membership", tr("&Membership"),
                                             choice_box(self, current, None))
        self.when = self.add_field(form, "when", tr("&Since") if cities is not None
                                   else tr("&Until"), date_edit(self))
        self.when.setDate(QDate.currentDate())

    def value(self) -> tuple[dict[str, object], dict[str, str]]:
        return {"city": self.city.currentData() if self.city else None,
                "role": self.role.currentData() if self.role else None,
                "membership": self.membership.currentData() if self.membership else None,
                "when": to_date(self.when.date())}, {}
