"""The preview of a calendar import: what will be added, updated, left alone or rejected,
where each field goes, and the events imported only if the officer ticks them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from ...imports.ics_reader import ImportedEvent
from ...services.ics_import import DescriptionTo, ImportChoices, ImportPreview, when_of
from ..dates import format_date_range, format_instant
from ..icons import COLOURS, icon
from ..text import tr
from .form import FormDialog

_UID = Qt.ItemDataRole.UserRole


def _when(event: ImportedEvent) -> str:
    return when_of(event, format_instant,
                   lambda first, last: f"{format_date_range(first, last)}, {tr('All day')}")


class ImportPreviewDialog(FormDialog):
    def __init__(self, preview: ImportPreview, file_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(tr("Import calendar into “{title}”").format(title=preview.delegation),
                         parent)
        self.setMinimumSize(820, 640)
        self.preview = preview
        form = self.add_tab(tr("Preview"))
        form.addRow(self._summary(file_name))
        form.addRow(self._destinations())
        self.list = QListWidget(self)
        self.list.setWordWrap(True)  # notices and rejections are sentences
        self._fill_plan()
        form.addRow(QLabel(tr("What the import does:"), self))
        form.addRow(self.list)
        self.optional = QListWidget(self)
        self._fill_optional()
        if self.optional.count():
            form.addRow(self._optional_header())
            form.addRow(self.optional)
        self.value = lambda: (self.choices(), {})  # type: ignore[method-assign,assignment]

    def _summary(self, file_name: str) -> QLabel:
        p = self.preview
        text = tr("{file}: {a} to add, {u} to update, {n} unchanged, {r} rejected.").format(
            file=file_name, a=len(p.added), u=len(p.updated), n=len(p.unchanged),
            r=len(p.rejected))
        apart = len(p.outside) + len(p.duplicates) + len(p.sessions)
        if apart:
            text += " " + tr("{n} more are listed apart and imported only if you tick them.")\
                .format(n=apart)
        label = QLabel(text + " " + tr("Nothing is written until you press OK."), self)
        label.setWordWrap(True)
        return label

    def _destinations(self) -> QGroupBox:
        """Where each field of an event lands; the description's place is the officer's."""
        box = QGroupBox(tr("Where each field goes"), self)
        fields = QFormLayout(box)
        fields.addRow(tr("Title (SUMMARY):"),
                      QLabel(tr("the item's title — shown to hosts"), box))
        fields.addRow(tr("Location (LOCATION):"),
                      QLabel(tr("the venue — shown to hosts"), box))
        self.description_to = QComboBox(box)
        self.description_to.addItem(icon("internal"), tr(
            "the internal briefing — never shown to hosts"), DescriptionTo.BRIEFING)
        self.description_to.addItem(tr("the description — shown to hosts in their edition"),
                                    DescriptionTo.DESCRIPTION)
        self.description_to.setToolTip(tr(
            "Text our own exports composed (delegation, briefing, booking reference) is "
            "never read back."))
        fields.addRow(tr("Description (DESCRIPTION):"), self.description_to)
        return box

    def _add(self, target: QListWidget, text: str, icon_name: str, colour: str,
             uid: str | None = None) -> QListWidgetItem:
        item = QListWidgetItem(icon(icon_name, colour), text, target)
        item.setToolTip(text)
        if uid is not None:
            item.setData(_UID, uid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        return item

    def _fill_plan(self) -> None:
        p = self.preview
        for event in p.added:
            self._add(self.list, _when(event), "new", COLOURS["done"])
        for _, event in p.updated:
            what = ", ".join(p.what_changes.get(event.uid, ()))
            self._add(self.list, tr("{event} — changes: {what}").format(
                event=_when(event), what=what), "edit", COLOURS["accent"])
        for line in p.rejected:
            self._add(self.list, line, "overdue", COLOURS["overdue"])
        for line in p.notices:
            self._add(self.list, line, "about", COLOURS["due_soon"])
        for event in p.unchanged:
            self._add(self.list, tr("{title} — unchanged").format(title=event.summary), "open",
                      COLOURS["muted"])

    def _section(self, text: str) -> None:
        item = QListWidgetItem(text, self.optional)
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)

    def _fill_optional(self) -> None:
        p = self.preview
        if p.outside:
            self._section(tr("Outside the delegation's dates ({dates})").format(dates=p.dates))
            for event in p.outside:
                self._add(self.optional, _when(event), "today", COLOURS["muted"], event.uid)
        if p.duplicates:
            self._section(tr("Probable duplicates (same start and title)"))
            for event, why in p.duplicates:
                self._add(self.optional, tr("{event} — probably {why}").format(
                    event=_when(event), why=why), "partnership", COLOURS["due_soon"], event.uid)
        if p.sessions:
            self._section(tr("Summit sessions not in this programme (added linked to the "
                             "summit)"))
            for _, event in p.sessions:
                self._add(self.optional, _when(event), "summits", COLOURS["accent"], event.uid)

    def _optional_header(self) -> QWidget:
        row = QWidget(self)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(QLabel(tr("Imported only if you tick them:"), row), 1)
        for text, state in ((tr("Tick all"), Qt.CheckState.Checked),
                            (tr("Untick all"), Qt.CheckState.Unchecked)):
            button = QPushButton(text, row)
            button.clicked.connect(lambda _=False, s=state: self.tick_all(s))
            line.addWidget(button)
        return row

    def tick_all(self, state: Qt.CheckState = Qt.CheckState.Checked) -> None:
        for index in range(self.optional.count()):
            item = self.optional.item(index)
            if item.data(_UID) is not None:
                item.setCheckState(state)

    def ticked(self) -> frozenset[str]:
        return frozenset(
            str(self.optional.item(i).data(_UID)) for i in range(self.optional.count())
            if self.optional.item(i).data(_UID) is not None
            and self.optional.item(i).checkState() == Qt.CheckState.Checked)

    def choices(self) -> ImportChoices:
        """What the officer decided: the ticked events and where descriptions go."""
        return ImportChoices(self.ticked(), DescriptionTo(self.description_to.currentData()))
