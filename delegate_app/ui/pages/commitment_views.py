"""Pieces of the Commitments page: the group-by-city tree with each city's balance, the
detail with its history, and the export of tasks."""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from ...domain.enums import CommitmentStatus
from ...domain.errors import DelegateAppError
from ...domain.follow_up import CityBalance, CommitmentEvent, balances
from ...domain.records import Choice, CommitmentRow
from .. import html
from ..dates import format_date, format_instant, zone_place
from ..icons import COLOURS, icon
from ..text import error_text, tr, translated


class ChoiceList(QAbstractListModel):
    """A filter box's entries — "Any …" first, then the choices — replaced in one go: an
    office's twenty thousand people are no twenty thousand addItem calls."""

    def __init__(self, anything: str, parent: QComboBox) -> None:
        super().__init__(parent)
        self._labels, self._ids = [anything], array("q")  # ids of the choices after "Any …"

    def replace(self, choices: Sequence[Choice]) -> None:
        self.beginResetModel()
        self._labels = [self._labels[0], *(c.label for c in choices)]
        self._ids = array("q", [c.id for c in choices])  # C integers, not int objects
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._labels)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._labels[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return self._ids[index.row() - 1] if index.row() else None
        return None


def choice_filter(parent: QWidget, anything: str) -> QComboBox:
    """A filter box over a ChoiceList (filled with ``fill_choices``)."""
    box = QComboBox(parent)
    box.setModel(ChoiceList(anything, box))
    return box


MEASURED = 500  # a box of more choices is not as wide as its longest: not measured one by one


def fill_choices(box: QComboBox, choices: Sequence[Choice]) -> None:
    """Replace a filter box's choices, keeping the one chosen if it is still there."""
    model = box.model()
    assert isinstance(model, ChoiceList)
    kept = box.currentData()
    box.blockSignals(True)
    policy = QComboBox.SizeAdjustPolicy
    if len(choices) <= MEASURED:
        box.setSizeAdjustPolicy(policy.AdjustToContents)
    else:  # an office's twenty thousand people
        box.setSizeAdjustPolicy(policy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(22)
    model.replace(choices)
    box.setCurrentIndex(max(0, box.findData(kept)) if kept is not None else 0)
    box.blockSignals(False)


if TYPE_CHECKING:
    from .commitments import CommitmentsPage

RECORD = Qt.ItemDataRole.UserRole


def due_text(c: CommitmentRow) -> str:
    if c.due_on is None:
        return tr("no date")
    text = format_date(c.due_on)
    if c.overdue:
        late = -(c.days_left or 0)
        return tr("{date} — {n} days late").format(date=text, n=late) if late > 1 else (
            tr("{date} — overdue").format(date=text))
    if c.status in (CommitmentStatus.OPEN, CommitmentStatus.IN_PROGRESS) and c.days_left == 0:
        return tr("{date} — today").format(date=text)
    return text


def status_icon(c: CommitmentRow) -> object:
    if c.overdue:
        return icon("overdue")
    if c.days_left is not None and 0 <= c.days_left <= 14 and not c.status.is_closed:
        return icon("due_soon")
    return icon(c.status.value)


def balance_text(b: CityBalance) -> str:
    parts = [tr("we owe {n}").format(n=b.we_owe), tr("they owe {n}").format(n=b.they_owe)]
    late = b.overdue_we_owe + b.overdue_they_owe
    if late:
        parts.append(tr("{n} overdue").format(n=late))
    if b.kept:
        parts.append(tr("{n} kept").format(n=b.kept))
    return " · ".join(parts)


class GroupedByCity(QTreeWidget):
    """One branch per city, its balance on the branch, its commitments under it."""

    current_changed = Signal()
    activated_record = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderLabels([tr("City / commitment"), tr("Due"), tr("Who owes"),
                              tr("Status"), tr("Owner (our side)")])
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self.setColumnWidth(0, 460)
        self.setColumnWidth(1, 200)
        self.setColumnWidth(2, 110)
        self.setColumnWidth(3, 90)
        self.currentItemChanged.connect(lambda *_: self.current_changed.emit())
        self.itemActivated.connect(
            lambda item, _: self.activated_record.emit() if item.data(0, RECORD) else None)

    def show_rows(self, rows: Sequence[CommitmentRow], keep: int | None) -> None:
        self.clear()
        by_city: dict[int | None, list[CommitmentRow]] = {}
        for r in rows:
            by_city.setdefault(r.city_id, []).append(r)
        bold = QFont()
        bold.setBold(True)
        for b in balances(rows):
            branch = QTreeWidgetItem(self, [b.city, balance_text(b)])
            branch.setFont(0, bold)
            branch.setFirstColumnSpanned(False)
            if b.overdue_we_owe + b.overdue_they_owe:
                branch.setForeground(1, QBrush(QColor(COLOURS["overdue"])))
            for r in by_city.get(b.city_id, []):
                leaf = QTreeWidgetItem(branch, [r.description, due_text(r),
                                                translated(r.direction.label),
                                                translated(r.status.label), r.owner])
                leaf.setData(0, RECORD, r)
                leaf.setIcon(0, status_icon(r))  # type: ignore[arg-type]
                if r.overdue:
                    for column in range(5):
                        leaf.setBackground(column, QBrush(QColor("#fdecea")))
                    leaf.setForeground(1, QBrush(QColor(COLOURS["overdue"])))
            branch.setExpanded(True)
        if keep is None or not self.select(keep):
            first = self.topLevelItem(0)
            if first is not None and first.childCount():
                self.setCurrentItem(first.child(0))

    def current(self) -> CommitmentRow | None:
        item = self.currentItem()
        return item.data(0, RECORD) if item is not None else None

    def select(self, record_id: int) -> bool:
        for n in range(self.topLevelItemCount()):
            branch = self.topLevelItem(n)
            for k in range(branch.childCount()):
                leaf = branch.child(k)
                if leaf.data(0, RECORD).id == record_id:
                    self.setCurrentItem(leaf)
                    return True
        return False


def _event_line(cid: int, event: CommitmentEvent, zone: str) -> str:
    step = (tr("recorded as {status}").format(status=translated(event.to_status.label).lower())
            if event.from_status is None else
            f"{translated(event.from_status.label)} → "
            f"<b>{html.e(translated(event.to_status.label))}</b>")
    document = (f" · <a href='action:document/{cid}/{event.id}'>📎 {html.e(event.document_name)}"
                f"</a>" if event.document_name else "")
    note = f"<br><i>{html.e(event.note)}</i>" if event.note and event.note != "Recorded" else ""
    return (f"<span class='sub'>{html.e(format_instant(event.at, zone))} · "
            f"{html.e(event.by)}</span><br>{step}{document}{note}")


def describe(c: CommitmentRow, events: Sequence[CommitmentEvent], zone: str) -> str:
    """The detail pane; the history's times are the office's."""
    due = due_text(c)
    late = f"<span class='warn'>⚠ {html.e(due)}</span>" if c.overdue else html.e(due)
    where = (tr(" (counted in {zone} time, where the owner works)").format(
        zone=zone_place(c.owner_zone))
             if c.due_on else "")
    kept = ""
    if c.status is CommitmentStatus.DONE:
        document = (f"<br><a href='action:document/{c.id}'>📎 "
                    f"{html.e(c.evidence_document_name)}</a>"
                    if c.evidence_document_name else "")
        kept = html.section(tr("Kept"), f"<p>{html.e(format_date(c.completed_on))} — "
                                         f"{html.e(c.evidence)}{document}</p>")
    return "".join([
        html.header(translated(c.direction.label), tr("{status} · {priority} priority").format(
            status=translated(c.status.label), priority=translated(c.priority.label))),
        f"<p style='font-size: 11pt;'><b>{html.e(c.description)}</b></p>",
        f"<p>{tr('Due')}: {late}<span class='sub'>{html.e(where)}</span></p>",
        kept,
        html.section(tr("Who"), html.facts([
            (tr("Owner on our side"), c.owner), (tr("Counterpart"), c.counterpart),
            (tr("City"), c.city)])),
        html.section(tr("Where it comes from"), html.facts([
            (tr("Source"), c.source), (tr("Promised at"), c.meeting),
            (tr("Agreement"), c.agreement), (tr("Theme"), c.theme)])),
        html.section(tr("History"), html.bullet_list(_event_line(c.id, e, zone) for e in events)),
        html.internal(tr("Notes — never shared"), c.internal_notes),
    ])


def export_dialog(page: CommitmentsPage, path: str | None = None) -> int:
    """Export what the owner and city filters select, as tasks, CSV or Excel."""
    wanted = page.wanted()
    if path is None:
        start = Path(page.ctx.settings.last_folder or Path.home()) / "commitments.ics"
        path, _ = QFileDialog.getSaveFileName(
            page, tr("Export commitments"), str(start),
            tr("Tasks for calendars (*.ics);;Excel (*.xlsx);;CSV (*.csv)"))
    if not path:
        return 0
    from ...services import commitment_exports  # the calendar library loads on first use

    target = Path(path)
    fmt = target.suffix.lower().lstrip(".")
    if fmt not in commitment_exports.FORMATS:
        target, fmt = target.with_suffix(".ics"), "ics"
    try:
        count = commitment_exports.export_commitments(
            page.ctx.db.sessions, fmt, target, owner_id=wanted.owner_id, city_id=wanted.city_id,
            now=page.ctx.now())
    except (DelegateAppError, OSError) as exc:  # told; nothing half-written
        QMessageBox.warning(page, tr("Commitments not exported"), error_text(exc))
        return 0
    page.ctx.settings.last_folder = str(target.parent)
    page.ctx.notify(tr("{n} commitments exported to {path}").format(n=count, path=target))
    return count


