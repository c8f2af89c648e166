"""Options of badges, place cards and a seating plan: from the current programme or an
issued version, for which meeting, which parts, the table, who hosts and who is the guest
of honour; then paper and viewer as for any document."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QWidget

from ...domain.name_cards import Part
from ...domain.records import Choice
from ...domain.seating import TableShape
from ..settings import Settings
from ..text import tr, translated
from .document_options import DocumentOptions, DocumentOptionsDialog

SHAPES = {TableShape.FACING: lambda: tr("Facing sides (a meeting)"),
          TableShape.ROUND: lambda: tr("Round (a meal)"),
          TableShape.HEAD: lambda: tr("Head table facing the room (a signing, a press point)")}


@dataclass(frozen=True)
class TableChoices:
    """Who may host and be guest of honour at one meeting (senior first), its usual table."""

    hosts: list[Choice]
    guests: list[Choice]
    shape: TableShape


@dataclass(frozen=True)
class NameCardOptions:
    item_id: int | None = None  # None: the whole delegation
    parts: frozenset[Part] = field(default_factory=lambda: frozenset({Part.BADGES}))
    shape: TableShape | None = None
    host_id: int | None = None
    guest_id: int | None = None
    document: DocumentOptions = field(default_factory=DocumentOptions)
    version: int | None = None  # an issued version's badges; None: the current programme


class NameCardDialog(DocumentOptionsDialog):
    def __init__(self, title: str, settings: Settings, occasions: list[Choice],
                 table_for: Callable[[int], TableChoices], current: int | None = None,
                 parent: QWidget | None = None, versions: list[Choice] | None = None) -> None:
        self.occasions, self.table_for = occasions, table_for
        self.versions = versions or []
        self.current = current
        self.table: TableChoices | None = None
        super().__init__(title, settings, edition=False, parent=parent)

    def add_document_fields(self, form: QFormLayout) -> None:
        self.source = QComboBox(self)
        self.source.addItem(tr("The current programme"), None)
        for choice in self.versions:
            self.source.addItem(choice.label, choice.id)
        self.add_field(form, "version", tr("F&rom"), self.source,
                       tr("An issued version prints the whole delegation's badges as they "
                          "were then"))
        self.occasion = QComboBox(self)
        self.occasion.addItem(tr("The whole delegation (badges for every member)"), None)
        for choice in self.occasions:
            self.occasion.addItem(choice.label, choice.id)
        self.add_field(form, "occasion", tr("&For"), self.occasion)
        row = QWidget(self)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.parts = {part: QCheckBox(translated(part.label), row) for part in Part}
        for box in self.parts.values():
            line.addWidget(box)
        line.addStretch(1)
        self.add_field(form, "parts", tr("Pr&int"), row)
        self.shape = QComboBox(self)
        for shape, label in SHAPES.items():
            self.shape.addItem(label(), shape.value)
        self.add_field(form, "shape", tr("&Table"), self.shape)
        self.host = QComboBox(self)
        self.add_field(form, "host", tr("&Host"), self.host,
                       tr("Sits in the centre of the hosts' side; the senior counterpart "
                          "unless you choose another"))
        self.guest = QComboBox(self)
        self.add_field(form, "guest_of_honour", tr("&Guest of honour"), self.guest,
                       tr("Faces the host, or sits on the host's right at a round table"))
        self.occasion.currentIndexChanged.connect(self._occasion_changed)
        self.source.currentIndexChanged.connect(self._source_changed)
        self.parts[Part.SEATING].toggled.connect(self._enable)
        index = self.occasion.findData(self.current) if self.current is not None else -1
        self.occasion.setCurrentIndex(max(0, index))
        self._occasion_changed()

    def _occasion_changed(self) -> None:
        item = self.occasion.currentData()
        self.table = self.table_for(item) if item is not None else None
        for box, choices in ((self.host, self.table.hosts if self.table else []),
                             (self.guest, self.table.guests if self.table else [])):
            box.clear()
            for choice in choices:
                box.addItem(choice.label, choice.id)
        if self.table:
            self.shape.setCurrentIndex(self.shape.findData(self.table.shape.value))
        meeting = item is not None
        self.parts[Part.SEATING].setChecked(meeting and bool(self.table and self.table.hosts
                                                             and self.table.guests))
        self.parts[Part.CARDS].setChecked(meeting)
        self.parts[Part.BADGES].setChecked(True)
        self._enable()

    def _source_changed(self) -> None:
        """A version's badges are the whole delegation's: no meeting, no seating plan."""
        issued = self.source.currentData() is not None
        if issued:
            self.occasion.setCurrentIndex(0)
        self.occasion.setEnabled(not issued)
        self._enable()

    def _enable(self) -> None:
        self.parts[Part.SEATING].setEnabled(self.table is not None)
        seating = self.parts[Part.SEATING].isChecked() and self.table is not None
        for widget in (self.shape, self.host, self.guest):
            widget.setEnabled(seating)

    def choose(self) -> NameCardOptions | None:
        """Ask what to print; None when cancelled. Paper and viewer are remembered."""
        return self.ask_for(NameCardOptions)

    def value(self) -> tuple[NameCardOptions, dict[str, str]]:  # type: ignore[override]
        document, _ = super().value()
        parts = frozenset(p for p, box in self.parts.items() if box.isChecked())
        errors: dict[str, str] = {}
        if not parts:
            errors["parts"] = tr("Choose at least one thing to print.")
        seating = Part.SEATING in parts
        if seating and not (self.host.count() and self.guest.count()):
            errors["parts"] = tr("Nobody sits on one side of this table: add the "
                                   "counterparts and our people to the item first.")
        return NameCardOptions(
            item_id=self.occasion.currentData(), parts=parts,
            shape=TableShape(self.shape.currentData()) if seating else None,
            host_id=self.host.currentData() if seating else None,
            guest_id=self.guest.currentData() if seating else None,
            document=document, version=self.source.currentData()), errors
