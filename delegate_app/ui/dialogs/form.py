"""A dialog of labelled fields whose errors appear right under the field that caused them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from enum import Enum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..icons import COLOURS
from ..text import tr

Submit = Callable[[], dict[str, str] | None]
NOTICE_STYLE = ("background: #fff4ce; border: 1px solid #e0c36a; border-radius: 4px; "
                "padding: 6px 8px; color: #5c4400;")


def plain_value(value: Any) -> str:
    """A field's value in words, when the form has no better way to say it."""
    if value is None or value == "" or value == ():
        return tr("(empty)")
    if isinstance(value, Enum):
        return str(getattr(value, "label", value.value))
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    if isinstance(value, datetime):
        return f"{value:%a %d %b %Y %H:%M} UTC"
    if isinstance(value, tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


class FormDialog(QDialog):
    """Fields on one or more tabs; OK runs ``submit`` and stays open if it reports errors."""

    # Fields that only make sense together (a time and its zone): chosen as one in a
    # field-by-field comparison.
    TIED: tuple[tuple[str, ...], ...] = ()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._tab_of: dict[str, int] = {}
        self._captions: dict[str, str] = {}
        self._submit: Submit | None = None
        self.notice = QLabel(self)  # e.g. a colleague changed the record meanwhile
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.hide()
        self.tabs = QTabWidget(self)
        self.general = QLabel(self)
        self.general.setWordWrap(True)
        self.general.setStyleSheet(f"color: {COLOURS['overdue']}; font-weight: 600;")
        self.general.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs)
        layout.addWidget(self.general)
        layout.addWidget(buttons)

    def add_tab(self, title: str) -> QFormLayout:
        page = QWidget(self.tabs)
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.tabs.addTab(page, title)
        return form

    def add_field(self, form: QFormLayout, name: str, label: str, widget: QWidget,
                  hint: str = "") -> QWidget:
        holder = QWidget(form.parentWidget())
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if isinstance(widget, QPlainTextEdit):
            widget.setTabChangesFocus(True)  # Tab moves on, as in every other field
        column.addWidget(widget)
        error = QLabel(holder)
        error.setWordWrap(True)
        error.setStyleSheet(f"color: {COLOURS['overdue']};")
        error.hide()
        column.addWidget(error)
        if hint:
            widget.setToolTip(hint)
            if isinstance(widget, QLineEdit):
                widget.setPlaceholderText(hint)
        caption = QLabel(label, form.parentWidget())
        caption.setBuddy(widget)
        form.addRow(caption, holder)
        self._fields[name] = widget
        self._errors[name] = error
        self._tab_of[name] = self.tabs.count() - 1
        self._captions[name] = label.replace("&&", "\0").replace("&", "").replace("\0", "&")
        return widget

    def field(self, name: str) -> QWidget:
        return self._fields[name]

    def show_notice(self, text: str) -> None:
        """A line above the fields that never touches what the officer typed."""
        self.notice.setText(f"⚠ {text}")
        self.notice.show()

    def caption(self, name: str) -> str:
        """The field's label as the officer reads it ("Starts"), or a plain name."""
        if name in self._captions:
            return self._captions[name]
        words = name.removesuffix("_id").replace("_tz", " time zone").replace("_", " ")
        return words[:1].upper() + words[1:]

    def describe(self, name: str, value: Any, record: Any = None) -> str:
        """A value of field ``name`` as this form would show it (a city's name, not its id)."""
        widget = self._fields.get(name)
        if isinstance(widget, QComboBox) and (index := widget.findData(value)) >= 0:
            return widget.itemText(index)
        labels_of = getattr(widget, "labels_of", None)
        if labels_of is not None and isinstance(value, tuple):
            return ", ".join(labels_of(value)) or tr("(nobody)")
        return plain_value(value)

    def set_submit(self, submit: Submit) -> None:
        self._submit = submit

    def clear_errors(self) -> None:
        for label in self._errors.values():
            label.hide()
        self.general.hide()
        for index in range(self.tabs.count()):
            self.tabs.setTabText(index, self.tabs.tabText(index).removeprefix("⚠ "))

    def show_errors(self, errors: dict[str, str]) -> None:
        """Show each message under its field and move focus to the first wrong field."""
        self.clear_errors()
        first: str | None = None
        for name, message in errors.items():
            label = self._errors.get(name)
            if label is None:
                self.general.setText(f"⚠ {message}")
                self.general.show()
                continue
            label.setText(f"⚠ {message}")
            label.show()
            tab = self._tab_of[name]
            if not self.tabs.tabText(tab).startswith("⚠ "):
                self.tabs.setTabText(tab, "⚠ " + self.tabs.tabText(tab))
            first = first or name
        if first is not None:
            self.tabs.setCurrentIndex(self._tab_of[first])
            self._fields[first].setFocus()

    def ask(self) -> object | None:
        """Show the dialog; the value it gives once OK is pressed without errors, or None."""
        chosen: list[object] = []

        def submit() -> dict[str, str] | None:
            value, errors = self.value()  # type: ignore[attr-defined]
            if errors:
                return errors  # type: ignore[no-any-return]
            chosen.append(value)
            return None

        self.set_submit(submit)
        return chosen[0] if self.exec() == self.DialogCode.Accepted and chosen else None

    def _on_ok(self) -> None:
        errors = self._submit() if self._submit else None
        if errors:
            self.show_errors(errors)
            return
        self.accept()


def text_of(widget: QWidget) -> str:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    raise TypeError(widget)


def optional_number(text: str, kind: type[int] | type[float], field: str, label: str,
                    errors: dict[str, str]) -> int | float | None:
    """Parse an optional number typed by the officer; record a message if it is not one."""
    cleaned = text.strip().replace(" ", "").replace("\u202f", "")
    if kind is int:
        cleaned = cleaned.replace(",", "").replace("_", "")
    if not cleaned:
        return None
    try:
        return kind(cleaned.replace(",", ".")) if kind is float else kind(cleaned)
    except ValueError:
        example = "-34.6037" if kind is float else "3075646"
        errors[field] = f"{label} must be a number, e.g. {example}."
        return None
