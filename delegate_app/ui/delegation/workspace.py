"""One open delegation: toolbar, agenda, timeline, members and conflicts, kept in step."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, time, timedelta
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ...domain.changes import REMOVED, ChangeSet
from ...domain.conflicts import PlanRules, conflicts_by_item
from ...domain.enums import ItemKind, ItemStatus
from ...domain.errors import DelegateAppError
from ...domain.records import Change, Choice, ItemInput, MemberInput
from ...services import (
    checks,
    cities,
    delegations,
    itinerary,
    outcomes,
    overview,
    people,
    programmes,
)
from ..changes import ChangeFollower
from ..context import AppContext
from ..dates import format_date_range, from_local
from ..dialogs.document_options import DocumentOptions
from ..dialogs.item_dialog import ItemChoices
from ..dialogs.name_card_options import NameCardOptions
from ..dialogs.outcome_dialog import OutcomeDialog
from ..history.panel import DelegationHistory
from ..icons import COLOURS, icon, toolbar_action
from ..office import permissions
from ..text import conflict_text, error_text, said, tr, translated
from ..undo import push_edit
from . import calendar_io, item_edits, printing
from . import versions as versions_ui
from .agenda import SEVERITY_ICON, AgendaModel, AgendaView
from .members import MembersPanel
from .timeline import Timeline


def _next_quarter(instant: datetime) -> datetime:
    """The quarter hour at or after ``instant``: a new item starts where the last ends."""
    spare = instant.minute % 15
    rounded = instant.replace(second=0, microsecond=0)
    return rounded + timedelta(minutes=15 - spare) if spare or instant.second else rounded


class DelegationWorkspace(QWidget):
    """Everything about one delegation; every edit is an undoable command over a service."""

    changed = Signal()
    gone = Signal()  # the delegation was deleted
    exported = Signal(str)
    previewed = Signal(object)  # the preview dialog, just before it is shown
    published = Signal(object)  # the publishing report
    version_issued = Signal(object)  # the VersionInfo of a version just issued

    def __init__(self, ctx: AppContext, delegation_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.delegation_id = ctx, delegation_id
        self.rows: list[Any] = []
        self.print_job: object | None = None  # the document being built or previewed
        self.heading = QLabel(self)
        self.heading.setStyleSheet(
            f"font-size: 14pt; font-weight: 600; color: {COLOURS['accent']};")
        self.summary = QLabel(self)
        self.summary.setStyleSheet(f"color: {COLOURS['muted']};")
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.agenda_model = AgendaModel(self)
        self.agenda = AgendaView(self.agenda_model, self)
        self.agenda.activated.connect(lambda *_: self.edit_item())
        self.timeline = Timeline(self)
        self.timeline.item_moved.connect(self.move_item)
        self.timeline.item_activated.connect(self._edit_by_id)
        self.members = MembersPanel(self)
        self.members.members_changed.connect(self.change_members)
        self.conflict_list = QListWidget(self)
        self.conflict_list.setWordWrap(True)  # a conflict names two items: never cut it off
        self.conflict_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.conflict_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.conflict_list.setSpacing(3)
        self.conflict_list.setToolTip(tr("Enter or double-click a conflict to go to its item"))
        self.conflict_list.itemActivated.connect(self._conflict_activated)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.agenda, icon("today"), tr("Agenda"))
        self.tabs.addTab(self.timeline, icon("in_progress"), tr("Timeline"))
        self.tabs.addTab(self.members, icon("people"), tr("Members"))
        self.tabs.addTab(self.conflict_list, icon("overdue"), tr("Conflicts"))
        self.history = DelegationHistory(ctx, delegation_id, self._selected_item, self)
        self.tabs.addTab(self.history, icon("history"), tr("History"))
        self.home_clock = QCheckBox(tr("Show home time"), self)
        self.home_clock.setChecked(self._option("home_time") == "yes")
        self.home_clock.toggled.connect(self._home_time_toggled)
        self.zone = QComboBox(self)
        self.zone.setToolTip(tr("Time zone of the timeline"))
        self.zone.currentTextChanged.connect(self._zone_chosen)
        self._actions()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.toolbar)
        options = QHBoxLayout()
        options.addWidget(self.home_clock)
        options.addSpacing(16)
        options.addWidget(QLabel(tr("Timeline in:"), self))
        options.addWidget(self.zone)
        options.addStretch(1)
        layout.addLayout(options)
        layout.addWidget(self.tabs, 1)
        self.reload()
        # An open tab is read while briefing the mayor: it follows every change at once,
        # even behind another page.
        self.follower = ChangeFollower(self, ctx.changes, self._follow, ChangeFollower.APPLY)

    def _selected_item(self) -> tuple[int, str] | None:
        row = self.agenda.current_item()
        return (row.id, row.data.title) if row is not None else None

    def concerns(self, change: ChangeSet) -> bool:
        """The delegation, anything inside it, or the people and places it names."""
        return (change.touches_record("delegation", self.delegation_id)
                or any(change.touches_record("itinerary_item", r.id) for r in self.rows)
                or change.touches("person", "city", "office"))

    def _follow(self, change: ChangeSet) -> None:
        if not self.concerns(change):
            return
        if self.delegation_id in (change.ids("delegation", REMOVED) or ()):
            self.gone.emit()  # deleted (here, by undo, or by a colleague): the tab closes
            return
        try:
            self.reload()
        except DelegateAppError as exc:  # gone meanwhile; say so rather than show stale data
            self.ctx.notify(error_text(exc))

    # View options, remembered per delegation ---------------------------------------------
    def _option(self, name: str) -> str:
        return self.ctx.settings.view_option(f"{self.ctx.db.url}#delegation/{self.delegation_id}",
                                             name)

    def _remember(self, name: str, value: str) -> None:
        self.ctx.settings.set_view_option(
            f"{self.ctx.db.url}#delegation/{self.delegation_id}", name, value)

    def _home_time_toggled(self, on: bool) -> None:
        self._remember("home_time", "yes" if on else "no")
        self.reload()

    def _zone_chosen(self, zone: str) -> None:
        if zone:
            self._remember("timeline_zone", zone)
        self._show_timeline()

    def _action(self, text: str, icon_name: str, slot: Callable[[], None],
                shortcut: str | QKeySequence.StandardKey | None = None,
                writes: bool = True) -> QAction:
        """A toolbar action; ``writes`` ones are greyed out when the role may not write."""
        action = toolbar_action(self, self.toolbar, text, icon_name, slot, shortcut)
        if writes:
            permissions.writes(action)
        permissions.enable(self.ctx.db.signed_in, action)
        return action

    def _actions(self) -> None:
        self.new_item_action = self._action(tr("New item"), "new", self.new_item,
                                            QKeySequence.StandardKey.New)
        self.edit_item_action = self._action(tr("Edit item"), "edit", self.edit_item, "Ctrl+E")
        self.cancel_item_action = self._action(tr("Cancel item"), "dropped", self.cancel_item,
                                               QKeySequence.StandardKey.Delete)
        self.outcome_action = self._action(tr("Record outcome…"), "commitments",
                                           self.record_outcome, "Ctrl+Shift+O")
        self.add_sessions_action = self._action(tr("Add summit sessions…"), "summits",
                                                self.add_sessions)
        self.export_action = self._action(tr("Export calendar…"), "today", self.export_calendar,
                                          "Ctrl+Shift+E", writes=False)
        self.import_action = self._action(tr("Import calendar…"), "sample", self.import_calendar,
                                          "Ctrl+Shift+I")
        self.publish_action = self._action(tr("Publish…"), "refresh",
                                           lambda: calendar_io.publish_calendar(self))
        self.dossier_action = self._action(tr("Dossier…"), "sample", self.print_dossier,
                                           "Ctrl+P", writes=False)
        self.cards_action = self._action(tr("Badges…"), "people", self.print_name_cards,
                                         "Ctrl+Shift+P", writes=False)
        self.cards_action.setToolTip(tr("Name badges, place cards and the seating plan of a "
                                        "meeting (Ctrl+Shift+P)"))
        versions_ui.add_actions(self)

    # Loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        sessions = self.ctx.db.sessions
        detail = programmes.delegation_programme(sessions, self.delegation_id)
        self.version, self.data = delegations.get_delegation(sessions, self.delegation_id)
        self.heading.setText(detail.title)
        self.summary.setText(detail.summary)
        self.rows = itinerary.item_rows(sessions, self.delegation_id)
        settings = self.ctx.settings
        rules = PlanRules(buffer_same_city=timedelta(minutes=settings.buffer_minutes_same_city),
                          buffer_other_city=timedelta(minutes=settings.buffer_minutes_other_city))
        self.found = checks.check_delegation(sessions, self.delegation_id, rules)
        self.by_item = conflicts_by_item(self.found.conflicts)
        home = overview.home_time_zone(sessions) if self.home_clock.isChecked() else None
        current = self.agenda.current_item()
        self.agenda_model.set_rows(self.rows, self.by_item, home)
        if current is not None:
            self.agenda.select_item(current.id)
        names = {m.person_id: m.name for m in detail.members}
        self.members.set_data(delegations.members_of(sessions, self.delegation_id), names,
                              [Choice(p.id, p.display_name) for p in people.list_people(sessions)])
        self._show_conflicts()
        self._fill_zones()
        self._show_timeline()
        self.tabs.setTabText(3, tr("Conflicts ({n})").format(n=len(self.found.conflicts)))

    def reload_quietly(self) -> None:
        """Reload after a refusal; if the database cannot be read either, keep what is shown
        (it stays readable) and say so."""
        try:
            self.reload()
        except DelegateAppError as exc:
            self.ctx.notify(exc.message)

    def _fill_zones(self) -> None:
        used = Counter(r.data.start_tz for r in self.rows)
        zones = [z for z, _ in used.most_common()] or ["UTC"]
        if [self.zone.itemText(i) for i in range(self.zone.count())] != zones:
            keep = self.zone.currentText() or self._option("timeline_zone")
            self.zone.blockSignals(True)
            self.zone.clear()
            self.zone.addItems(zones)
            self.zone.setCurrentText(keep if keep in zones else zones[0])
            self.zone.blockSignals(False)

    def _show_timeline(self) -> None:
        if self.zone.currentText():
            self.timeline.show_items(self.rows, self.by_item, self.zone.currentText(),
                                     self.data.starts_on, self.data.ends_on)

    def _show_conflicts(self) -> None:
        self.conflict_list.clear()
        for conflict in self.found.conflicts:
            names = " / ".join(self.found.item_titles[i] for i in conflict.item_ids)
            item = QListWidgetItem(icon(*SEVERITY_ICON[conflict.severity]),
                                   f"{translated(conflict.severity.label)}: "
                                   f"{conflict_text(conflict)}",
                                   self.conflict_list)
            item.setToolTip(names)
            item.setData(Qt.ItemDataRole.UserRole, conflict.item_ids[0])
        if not self.found.conflicts:
            QListWidgetItem(icon("done"), tr("No conflicts: the programme holds together."),
                            self.conflict_list)

    def _conflict_activated(self, item: QListWidgetItem) -> None:
        item_id = item.data(Qt.ItemDataRole.UserRole)
        if item_id is not None:
            self.tabs.setCurrentIndex(0)
            self.agenda.select_item(item_id)

    # Edits -----------------------------------------------------------------------------
    def _push(self, text: str, do: Callable[[Any], tuple[Change, Any]],
              undo: Callable[[Any], Change]) -> bool:
        command = push_edit(self, self.ctx.undo, text, do, undo, self._changed,
                            after_failure=self.reload_quietly)
        return not command.failed

    def saved(self, change: Change) -> None:
        self._changed(change)

    def _changed(self, change: Change) -> None:
        # The change hub has reloaded the tab already; show the officer what was edited.
        if change.kind == "item" and not change.action.startswith("deleted"):
            self.agenda.select_item(change.id)
            self.timeline.select(change.id)
        self.changed.emit()
        self.ctx.notify(tr("Saved — Ctrl+Z undoes it"))

    def choices(self) -> ItemChoices:
        sessions = self.ctx.db.sessions
        zones = {c.id: c.data.time_zone for c in cities.list_cities(sessions)}
        detail = programmes.delegation_programme(sessions, self.delegation_id)
        members = [Choice(m.person_id, m.name) for m in detail.members]
        everyone = [Choice(p.id, p.display_name) for p in people.list_people(sessions)]
        city_choices = [(c.id, c.label, zones[c.id]) for c in cities.city_choices(sessions)]
        places = {c.id: (c.data.latitude, c.data.longitude) for c in cities.list_cities(sessions)
                  if c.data.latitude is not None and c.data.longitude is not None}
        destination = self.data.destination_ids[0] if self.data.destination_ids else None
        zone = zones.get(destination or 0) or self.zone.currentText() or "UTC"
        city = destination
        previous = self.agenda.current_item()
        if previous is not None and previous.data.kind not in (ItemKind.HOTEL,):
            # Where the officer is: after the selected item, where it ends, in its zone.
            zone, city = previous.data.end_tz, previous.data.city_id or destination
            start = _next_quarter(previous.data.ends_at)
        else:
            day = self.agenda.current_day() or self.data.starts_on
            start = from_local(datetime.combine(day, time(9)), zone)
        return ItemChoices(city_choices, members, everyone, zone, start, city, places)

    def _current_version(self, item_id: int) -> tuple[int, ItemInput]:
        return itinerary.get_item(self.ctx.db.sessions, item_id)

    def _edit_dialog(self, data: ItemInput | None) -> ItemInput | None:
        return item_edits.item_form(self, data)[1]

    def may_write(self) -> bool:
        """Drags and double-clicks reach edits too: a read-only officer is told why."""
        if self.ctx.db.signed_in.may_write:
            return True
        self.ctx.notify(said(self.ctx.db.signed_in.why_read_only))
        return False

    def new_item(self) -> None:
        if not self.may_write():
            return
        data = self._edit_dialog(None)
        if data is not None:
            self.add_item(data)

    def add_item(self, data: ItemInput) -> bool:
        sessions, delegation = self.ctx.db.sessions, self.delegation_id
        removed_at = [-1]  # the SEQUENCE calendars last saw before undo removed the item

        def do(state: Any) -> tuple[Change, Any]:
            record_id, uid = state if state else (None, None)
            change = itinerary.create_item(sessions, delegation, data, record_id, uid,
                                           sequence=removed_at[0] + 1)
            return change, (change.id, itinerary.item_identity(sessions, change.id)[0])

        def undo(state: Any) -> Change:
            removed_at[0] = itinerary.item_identity(sessions, state[0])[1]
            return itinerary.discard_item(sessions, state[0])

        return self._push(tr("New item {title}").format(title=data.title), do, undo)

    def _edit_by_id(self, item_id: int) -> None:
        self.agenda.select_item(item_id)
        self.edit_item()

    def edit_item(self) -> None:
        item_edits.edit_item(self)

    def replace_item(self, item_id: int, before: ItemInput, after: ItemInput, text: str) -> bool:
        sessions = self.ctx.db.sessions

        def put(data: ItemInput) -> Change:
            version, _ = itinerary.get_item(sessions, item_id)
            return itinerary.update_item(sessions, item_id, version, data)

        return self._push(text, lambda _: (put(after), None), lambda _: put(before))

    def move_item(self, item_id: int, starts_at: datetime, ends_at: datetime) -> bool:
        if not self.may_write():
            self.reload()  # the dragged block goes back where it was
            return False
        _, before = self._current_version(item_id)
        after = replace(before, starts_at=starts_at, ends_at=ends_at)
        return self.replace_item(item_id, before, after,
                                 tr("Move {title}").format(title=before.title))

    def record_outcome(self, answer: tuple[Any, Any] | None = None) -> bool:
        """The selected meeting's outcome and the commitments made there; one undo step.
        ``answer`` given skips the dialog (tests)."""
        row = self.agenda.current_item()
        if row is None:
            QMessageBox.information(self, tr("Choose a meeting"),
                                    tr("Select the meeting in the agenda first."))
            return False
        sessions = self.ctx.db.sessions
        meeting = outcomes.follow_up(sessions, row.id, self.ctx.now())
        if answer is None:
            everyone = [Choice(p.id, p.display_name) for p in people.list_people(sessions)]
            answer = OutcomeDialog(meeting, everyone, self).ask()  # type: ignore[assignment]
            if answer is None:
                return False
        outcome, new = answer
        item_id = row.id
        seen = [meeting.outcome_version]  # the first save checks what the officer saw

        def save(_: Any) -> tuple[Change, Any]:
            version = seen.pop() if seen else outcomes.follow_up(sessions, item_id).outcome_version
            return outcomes.record_outcome(sessions, item_id, outcome, new, seen_version=version)

        return self._push(
            tr("Outcome of {title}").format(title=row.data.title[:40]), save,
            lambda receipt: outcomes.undo_outcome(sessions, item_id, receipt))

    def print_dossier(self, options: DocumentOptions | None = None) -> object | None:
        return printing.print_dossier(self, options)

    def print_name_cards(self, options: NameCardOptions | None = None) -> object | None:
        return printing.print_name_cards(self, options)

    def cancel_item(self) -> None:
        row = self.agenda.current_item()
        if row is None or row.data.status is ItemStatus.CANCELLED:
            return
        sessions = self.ctx.db.sessions

        def status(value: ItemStatus) -> tuple[Change, ItemStatus]:
            version, _ = itinerary.get_item(sessions, row.id)
            return itinerary.set_item_status(sessions, row.id, version, value)

        self._push(tr("Cancel {title}").format(title=row.data.title),
                   lambda _: status(ItemStatus.CANCELLED), lambda previous: status(previous)[0])

    def change_members(self, members: tuple[MemberInput, ...], text: str) -> bool:
        if not self.may_write():
            self.reload()
            return False
        sessions, delegation = self.ctx.db.sessions, self.delegation_id

        def do(_: Any) -> tuple[Change, Any]:
            version, _data = delegations.get_delegation(sessions, delegation)
            return delegations.set_members(sessions, delegation, version, members)

        def undo(snapshot: delegations.MembersSnapshot) -> Change:
            version, _data = delegations.get_delegation(sessions, delegation)
            return delegations.set_members(sessions, delegation, version, snapshot.members,
                                           snapshot.participations)[0]

        return self._push(text, do, undo)

    def add_sessions(self) -> None:
        """Put sessions of the delegation's summit into the itinerary, linked to the summit."""
        if self.may_write():
            item_edits.add_sessions(self)

    def export_calendar(self) -> None:
        calendar_io.export_calendar(self)

    def import_calendar(self, path: str | None = None) -> None:
        calendar_io.import_calendar(self, path)

    def title_text(self) -> str:
        return f"{self.data.title} ({format_date_range(self.data.starts_on, self.data.ends_on)})"
