"""A dialog of labelled fields whose errors appear right under the field that caused them."""

from __future__ import annotations

from collections.abc import Callable

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

Submit = Callable[[], dict[str, str] | None]


class FormDialog(QDialog):
    """Fields on one or more tabs; OK runs ``submit`` and stays open if it reports errors."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._tab_of: dict[str, int] = {}
        self._submit: Submit | None = None
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
        return widget

    def field(self, name: str) -> QWidget:
        return self._fields[name]

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
