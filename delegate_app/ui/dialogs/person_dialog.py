"""Create or edit a person: names in both scripts, position, forms of address, needs, notes."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from ...domain.enums import NameOrder
from ...domain.records import Choice, PersonInput
from ...domain.validation import parse_languages
from ..icons import COLOURS
from ..text import tr
from .form import FormDialog


def _text_lines() -> tuple[tuple[str, str, str], ...]:
    return (
        ("honorific", tr("&Honorific"), tr("e.g. H.E., Dr, Ms")),
        ("given_name", tr("&Given name"), tr("Latin script")),
        ("family_name", tr("&Family name"), tr("Latin script")),
        ("native_name", tr("Name in native &script"),
         tr("e.g. رضا کریمی, 佐藤 遥, Андрей Соколов")),
    )


def _choice_box(parent: QWidget, choices: list[Choice], none_label: str) -> QComboBox:
    box = QComboBox(parent)
    box.addItem(none_label, None)
    for choice in choices:
        box.addItem(choice.label, choice.id)
    return box


def _select(box: QComboBox, value: object) -> None:
    index = box.findData(value)
    box.setCurrentIndex(max(index, 0))


class PersonDialog(FormDialog):
    def __init__(self, organisations: list[Choice], cities: list[Choice],
                 data: PersonInput | None = None, parent: QWidget | None = None) -> None:
        super().__init__(tr("Edit person") if data else tr("New person"), parent)
        self.setMinimumWidth(640)
        self._build_identity(organisations, cities)
        self._build_protocol()
        self._build_needs()
        self._build_notes()
        if data:
            self._fill(data)
        self.field("given_name").setFocus()

    def _line(self, form: object, name: str, label: str, hint: str = "") -> QLineEdit:
        return self.add_field(form, name, label, QLineEdit(self), hint)  # type: ignore[arg-type,return-value]

    def _build_identity(self, organisations: list[Choice], cities: list[Choice]) -> None:
        form = self.add_tab(tr("Identity"))
        for name, label, hint in _text_lines():
            self._line(form, name, label, hint)
        order = QComboBox(self)
        order.addItem(tr("Given name first (Ana Gómez)"), NameOrder.GIVEN_FIRST)
        order.addItem(tr("Family name first (Sato Haruka)"), NameOrder.FAMILY_FIRST)
        self.add_field(form, "name_order", tr("Name &order"), order)
        self._line(form, "position", tr("&Position"),
                   tr("e.g. Deputy Mayor for International Affairs"))
        self.add_field(form, "organisation_id", tr("O&rganisation"),
                       _choice_box(self, organisations, tr("(none)")))
        self.add_field(form, "city_id", tr("&City"), _choice_box(self, cities, tr("(none)")))

    def _build_protocol(self) -> None:
        form = self.add_tab(tr("Protocol"))
        self._line(form, "form_of_address_letter", tr("Address in a le&tter"),
                   tr("e.g. Dear Mr Mayor,"))
        self._line(form, "form_of_address_spoken", tr("Address in &speech"),
                   tr("e.g. Your Excellency"))
        rank = QSpinBox(self)
        rank.setRange(0, 9999)
        rank.setSpecialValueText(tr("not ranked"))
        self.add_field(form, "precedence_rank", tr("Precedence &rank"), rank,
                       tr("1 is the highest; orders delegation lists and seating"))
        self._line(form, "languages", tr("&Languages"),
                   tr("ISO codes by fluency, e.g. fa, en, ar"))
        self.add_field(form, "interpretation_needs", tr("&Interpretation"),
                       QPlainTextEdit(self)).setMaximumHeight(70)

    def _build_needs(self) -> None:
        form = self.add_tab(tr("Needs && contact"))
        self.add_field(form, "dietary_needs", tr("&Dietary needs"),
                       QPlainTextEdit(self)).setMaximumHeight(60)
        self.add_field(form, "accessibility_needs", tr("&Accessibility needs"),
                       QPlainTextEdit(self)).setMaximumHeight(60)
        self._line(form, "email", tr("&E-mail"))
        self._line(form, "phone", tr("P&hone"))

    def _build_notes(self) -> None:
        form = self.add_tab(tr("Biography && notes"))
        self.add_field(form, "biography", tr("&Biography"), QPlainTextEdit(self))
        warning = QLabel(tr("Internal notes are never printed or exported in host editions."),
                         self)
        warning.setStyleSheet(f"color: {COLOURS['muted']};")
        form.addRow(warning)
        self.add_field(form, "internal_notes", tr("In&ternal notes"), QPlainTextEdit(self))

    def _fill(self, data: PersonInput) -> None:
        for name in ("honorific", "given_name", "family_name", "native_name", "position",
                     "form_of_address_letter", "form_of_address_spoken", "email", "phone"):
            self.field(name).setText(getattr(data, name))  # type: ignore[attr-defined]
        for name in ("interpretation_needs", "dietary_needs", "accessibility_needs",
                     "biography", "internal_notes"):
            self.field(name).setPlainText(getattr(data, name))  # type: ignore[attr-defined]
        _select(self.field("name_order"), data.name_order)  # type: ignore[arg-type]
        _select(self.field("organisation_id"), data.organisation_id)  # type: ignore[arg-type]
        _select(self.field("city_id"), data.city_id)  # type: ignore[arg-type]
        self.field("precedence_rank").setValue(data.precedence_rank or 0)  # type: ignore[attr-defined]
        self.field("languages").setText(", ".join(data.languages))  # type: ignore[attr-defined]

    def value(self) -> tuple[PersonInput, dict[str, str]]:
        f = self.field
        texts = {name: f(name).text() for name in (  # type: ignore[attr-defined]
            "honorific", "given_name", "family_name", "native_name", "position",
            "form_of_address_letter", "form_of_address_spoken", "email", "phone")}
        notes = {name: f(name).toPlainText() for name in (  # type: ignore[attr-defined]
            "interpretation_needs", "dietary_needs", "accessibility_needs", "biography",
            "internal_notes")}
        rank = f("precedence_rank").value()  # type: ignore[attr-defined]
        return PersonInput(
            name_order=f("name_order").currentData(),  # type: ignore[attr-defined]
            organisation_id=f("organisation_id").currentData(),  # type: ignore[attr-defined]
            city_id=f("city_id").currentData(),  # type: ignore[attr-defined]
            precedence_rank=rank or None,
            languages=parse_languages(f("languages").text()),  # type: ignore[attr-defined]
            **texts, **notes,
        ), {}
