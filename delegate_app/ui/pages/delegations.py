"""Delegations: the list, and a tab per open delegation with its agenda, timeline, members."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QInputDialog, QMessageBox, QTabWidget, QWidget

from ...domain.enums import DelegationStatus, Direction
from ...domain.records import Change, DelegationInput, DelegationRow
from ...domain.validation import validate_delegation
from ...services import cities, delegations, overview, programmes
from .. import html
from ..context import AppContext
from ..dates import format_date_range
from ..dialogs.delegation_dialog import DelegationDialog
from ..editor import RecordEditor, RecordServices
from ..icons import COLOURS, icon
from ..table_model import Column
from ..text import tr, translated
from ..undo import push_edit
from .base import ListPage

if TYPE_CHECKING:
    from ..delegation.workspace import DelegationWorkspace

_STATUS_ICON = {
    DelegationStatus.DRAFT: ("open", COLOURS["muted"]),
    DelegationStatus.CONFIRMED: ("done", COLOURS["accent"]),
    DelegationStatus.UNDER_WAY: ("in_progress", COLOURS["due_soon"]),
    DelegationStatus.COMPLETED: ("done", COLOURS["done"]),
    DelegationStatus.CANCELLED: ("dropped", COLOURS["dropped"]),
}
SERVICES = RecordServices("delegation", delegations.create_delegation,
                          delegations.update_delegation, delegations.delete_delegation,
                          delegations.get_delegation, validate_delegation)


def _route(d: DelegationRow) -> str:
    if d.direction is Direction.INCOMING:
        return tr("from {city}").format(city=d.home_city)
    return " → ".join((d.home_city, *d.destinations))


def _columns() -> list[Column[DelegationRow]]:
    return [
        Column(tr("Delegation"), lambda d: d.title),
        Column(tr("Direction"), lambda d: translated(d.direction.label),
               icon=lambda d: icon(d.direction.value, COLOURS["accent"])),
        Column(tr("Status"), lambda d: translated(d.status.label)
               + (tr(" (archived)") if d.archived else ""),
               icon=lambda d: icon(*_STATUS_ICON[d.status]),
               colour=lambda d: COLOURS["dropped"] if d.archived else None),
        Column(tr("Dates"), lambda d: format_date_range(d.starts_on, d.ends_on),
               lambda d: d.starts_on),
        Column(tr("Route"), _route),
        Column(tr("Head of delegation"), lambda d: d.head),
        Column(tr("Members"), lambda d: str(d.member_count), lambda d: d.member_count,
               align_right=True),
        Column(tr("Items"), lambda d: str(d.item_count), lambda d: d.item_count,
               align_right=True),
    ]


class DelegationsPage(ListPage):
    key = "delegations"
    describe_off_thread = True
    list_kinds = frozenset({"delegation", "delegation_member", "delegation_destination",
                            "itinerary_item", "city", "person", "summit"})
    icon_name = "delegations"
    default_sort = (3, Qt.SortOrder.DescendingOrder)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Delegations"), _columns(), tr(
            "No delegations yet — New delegation (Ctrl+N), or load the sample plan from the "
            "File menu to see a real office at work."), parent)
        self.fit_columns([330, 100, 110, 150, 230, 200, 70])
        self.editor = RecordEditor(self, ctx, SERVICES, self._dialog, self._changed,
                                   lambda d: d.title)
        self.new_action = self.add_action(tr("New delegation"), "new", self.new,
                                          QKeySequence.StandardKey.New)
        self.open_action = self.add_action(tr("Open", "a delegation, in its tab"),
                                           "delegations", self.activate,
                                           "Ctrl+O", needs_selection=True, writes=False)
        self.edit_action = self.add_action(tr("Edit details"), "edit", self.edit_details,
                                           "Ctrl+E", needs_selection=True)
        self.add_action(tr("Duplicate…"), "sample", self.duplicate, "Ctrl+D",
                        needs_selection=True)
        self.add_action(tr("Archive"), "dropped", self.toggle_archived, "Ctrl+Shift+A",
                        needs_selection=True, head_only=True)
        self.add_action(tr("Delete"), "delete", self.delete, QKeySequence.StandardKey.Delete,
                        needs_selection=True)
        self.tabs = QTabWidget(self)
        self.tabs.setTabsClosable(True)
        self.tabs.setDocumentMode(True)
        self.tabs.tabCloseRequested.connect(self._close_tab)
        self.tabs.currentChanged.connect(self._tab_shown)
        self.layout().replaceWidget(self.splitter, self.tabs)
        self.tabs.addTab(self.splitter, icon("delegations"), tr("All delegations"))
        self.tabs.tabBar().setTabButton(0, self.tabs.tabBar().ButtonPosition.RightSide, None)
        self.workspaces: dict[int, DelegationWorkspace] = {}

    def fetch(self) -> list[DelegationRow]:
        return overview.list_delegations(self.ctx.db.sessions)

    def _dialog(self, data: DelegationInput | None) -> DelegationDialog:
        sessions = self.ctx.db.sessions
        return DelegationDialog(cities.city_choices(sessions),
                                delegations.summit_choices(sessions),
                                delegations.home_city_id(sessions), data, self)

    def _changed(self, change: Change) -> None:
        self.show_changed(change.id if change.action != "deleted" else None)
        self.ctx.notify(tr("Saved delegation — Ctrl+Z undoes it"))

    def new(self) -> None:
        if self.editor.new():
            self.activate()

    def edit_details(self) -> None:
        if (record := self.current()) is not None:
            self.editor.edit(record.id)

    def activate(self) -> None:
        """Open the selected delegation in its own tab (or go to its tab)."""
        if (record := self.current()) is not None:
            self.open(record.id)

    def open(self, delegation_id: int) -> DelegationWorkspace:
        workspace = self.workspaces.get(delegation_id)
        if workspace is None:
            # the tab, its calendar, printing and publishing load with the first one opened
            from ..delegation.workspace import DelegationWorkspace

            workspace = DelegationWorkspace(self.ctx, delegation_id, self.tabs)
            workspace.gone.connect(lambda w=workspace: self._close_tab(self.tabs.indexOf(w)))
            self.workspaces[delegation_id] = workspace
            title = workspace.data.title
            short = title if len(title) <= 48 else title[:47].rstrip() + "…"
            index = self.tabs.addTab(workspace, icon("delegations"), short)
            self.tabs.setTabToolTip(index, title)
        self.tabs.setCurrentWidget(workspace)
        return workspace

    def _tab_shown(self, index: int) -> None:
        """A delegation's tab has its own toolbar and keys (Ctrl+N is a new item there):
        the list's toolbar gives way while it is shown."""
        self.actions_live = index == 0
        self.toolbar.setVisible(self.actions_live)
        self.update_actions()

    def _close_tab(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if widget is not None and widget in self.workspaces.values():  # not the list's tab
            self.workspaces.pop(widget.delegation_id, None)  # type: ignore[attr-defined]
            self.tabs.removeTab(index)
            widget.deleteLater()

    def duplicate(self) -> None:
        record = self.current()
        if record is None:
            return
        days, ok = QInputDialog.getInt(self, tr("Duplicate delegation"), tr(
            "Copy “{title}” as a template: members and programme are copied, every item "
            "tentative. Move the dates by how many days?").format(title=record.title),
            364, -3660, 3660)
        if not ok:
            return
        sessions = self.ctx.db.sessions

        def do(_: object) -> tuple[Change, object]:
            change = delegations.duplicate_delegation(sessions, record.id, days)
            return change, change

        def undo(change: Change) -> Change:
            delegations.delete_delegation(sessions, change.id, change.version)
            return Change("delegation", change.id, change.version, "deleted")

        self._push(tr("Duplicate {title}").format(title=record.title), do, undo)

    def toggle_archived(self) -> None:
        """Archive a finished delegation (kept, out of daily checks), or bring it back."""
        record = self.current()
        if record is None:
            return
        sessions, target = self.ctx.db.sessions, not record.archived

        def put(value: bool) -> Change:
            version = delegations.get_delegation(sessions, record.id)[0]
            return delegations.set_archived(sessions, record.id, version, value)

        text = tr("Archive {title}") if target else tr("Unarchive {title}")
        self._push(text.format(title=record.title), lambda _: (put(target), None),
                   lambda _: put(not target))

    def delete(self) -> None:
        record = self.current()
        if record is None:
            return
        answer = QMessageBox.question(
            self, tr("Delete delegation"), tr(
                "Delete “{title}” with its {n} itinerary items and {m} members?\n\n"
                "You can undo this with Ctrl+Z.").format(
                    title=record.title, n=record.item_count, m=record.member_count),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        sessions = self.ctx.db.sessions
        version = delegations.get_delegation(sessions, record.id)[0]
        for index in range(self.tabs.count() - 1, 0, -1):
            widget = self.tabs.widget(index)
            if getattr(widget, "delegation_id", None) == record.id:
                self._close_tab(index)

        def do(_: object) -> tuple[Change, object]:
            snapshot = delegations.delete_delegation(sessions, record.id, version)
            return Change("delegation", record.id, version, "deleted"), snapshot

        self._push(tr("Delete {title}").format(title=record.title), do,
                   lambda snapshot: delegations.restore_delegation(sessions, snapshot))

    def _push(self, text: str, do: Any, undo: Any) -> None:
        push_edit(self, self.ctx.undo, text, do, undo, self._changed)

    def describe(self, d: DelegationRow) -> str:
        detail = programmes.delegation_programme(self.ctx.db.sessions, d.id)
        return "".join([
            html.header(d.title, detail.summary),
            html.facts([(tr("Summit"), d.summit)]),
            html.section(tr("Objectives"), html.paragraph(detail.objectives)),
            html.section(tr("Delegation in order of precedence"),
                         html.members_table(detail.members)),
            html.section(tr("Programme (local times)"), html.programme(detail.lines)
                         or html.paragraph(tr("No itinerary items yet."))),
        ])
