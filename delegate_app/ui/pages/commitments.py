"""Commitments: what we promised and what was promised to us, filtered and grouped by city;
overdue ones stand out, and each moves through its workflow with its history."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QToolButton, QWidget

from ...domain.changes import ChangeSet
from ...domain.enums import CommitmentStatus, DueWindow
from ...domain.errors import DelegateAppError
from ...domain.follow_up import (
    NEXT_STATUSES,
    OPEN_STATUSES,
    CommitmentFilter,
    CommitmentInput,
    StatusChange,
    validate_commitment,
)
from ...domain.records import Change, Choice, CommitmentRow
from ...services import commitments, overview
from ..context import AppContext
from ..dialogs.commitment_dialog import CommitmentDialog, StatusDialog
from ..dialogs.pdf_preview import PdfPreviewJob
from ..dialogs.report_options import ReportOptions
from ..documents import open_document
from ..editor import RecordServices
from ..icons import COLOURS
from ..office import permissions
from ..table_model import Column
from ..tasks import after_pending_events, run_in_background
from ..text import error_text, tr, translated
from ..undo import push_edit
from . import commitment_views as views
from .commitments_report import print_commitments_report
from .editable import EditableListPage

SERVICES = RecordServices("commitment", commitments.create_commitment,
                          commitments.update_commitment, commitments.delete_commitment,
                          commitments.get_commitment, validate_commitment)

STATUS_CHOICES: list[tuple[Callable[[], str], frozenset[CommitmentStatus]]] = [
    (lambda: tr("Open or in progress"), OPEN_STATUSES),
    (lambda: tr("Any status"), frozenset()),
    *(((lambda s=s: translated(s.label)), frozenset({s})) for s in CommitmentStatus),
]


def _columns() -> list[Column[CommitmentRow]]:
    return [
        Column(tr("Due"), views.due_text, lambda c: c.due_on.toordinal() if c.due_on else 10**7,
               icon=views.status_icon,
               colour=lambda c: COLOURS["overdue"] if c.overdue else None),
        Column(tr("Status"), lambda c: translated(c.status.label),
               colour=lambda c: COLOURS["done"] if c.status is CommitmentStatus.DONE else None),
        Column(tr("Who owes"), lambda c: translated(c.direction.label)),
        Column(tr("Commitment"), lambda c: c.description),
        Column(tr("Owner (our side)"), lambda c: c.owner),
        Column(tr("Counterpart"), lambda c: c.counterpart),
        Column(tr("City"), lambda c: c.city),
        Column(tr("Theme"), lambda c: c.theme),
        Column(tr("Priority"), lambda c: translated(c.priority.label)),
    ]


class CommitmentsPage(EditableListPage):
    key = "commitments"
    describe_off_thread = True
    list_kinds = frozenset({"commitment", "commitment_event", "person", "city", "theme_tag",
                            "agreement", "partnership", "itinerary_item"})
    icon_name = "commitments"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Commitments"), _columns(), tr(
            "No commitments match — promises made at meetings, summits and in agreements are "
            "tracked here. Record one (Ctrl+N), record a meeting's outcome from a delegation, "
            "or clear the filters."), SERVICES, tr("Record a commitment"),
            lambda d: d.description[:40], parent)
        self.report_job: PdfPreviewJob | None = None
        self.model.tint = lambda c: "#fdecea" if c.overdue else None
        self._filters()
        self.tree = views.GroupedByCity(self)
        self.tree.current_changed.connect(self._show_detail)
        self.tree.activated_record.connect(lambda *_: self.activate())
        self.stack.addWidget(self.tree)
        self._status_actions()
        self.fit_columns([235, 90, 105, 380, 170, 170, 110, 90])

    # Building ----------------------------------------------------------------------------
    def _status_actions(self) -> None:
        self.toolbar.addSeparator()
        steps = [(tr("Start"), "in_progress", CommitmentStatus.IN_PROGRESS, "Ctrl+Shift+S"),
                 (tr("Mark done…"), "done", CommitmentStatus.DONE, "Ctrl+Shift+D"),
                 (tr("Drop…"), "dropped", CommitmentStatus.DROPPED, None),
                 (tr("Reopen…"), "open", CommitmentStatus.OPEN, None)]
        self.step_actions = {}
        for text, icon_name, status, shortcut in steps:
            action = self.add_action(text, icon_name,
                                     lambda *_, s=status: self.change_status(s), shortcut)
            self.step_actions[status] = action
        self.toolbar.addSeparator()
        self.add_action(tr("Export tasks…"), "today", lambda: views.export_dialog(self),
                        "Ctrl+Shift+E", writes=False)
        self.report_action = self.add_action(tr("Report…"), "sample",
                                             lambda: self.print_report(), "Ctrl+P",
                                             writes=False)
        self._enable_steps()

    def _filters(self) -> None:
        bar = QHBoxLayout()
        bar.setSpacing(6)
        # The choices arrive off the GUI thread (an office's twenty thousand people take a
        # while); until then each box offers its "Any …" and the list shows everything.
        self.city_box = views.choice_filter(self, tr("Any city"))
        self.counterpart_box = views.choice_filter(self, tr("Any counterpart"))
        self.owner_box = views.choice_filter(self, tr("Any owner"))
        self.theme_box = views.choice_filter(self, tr("Any theme"))
        self._fills = 0
        self._refill_filters()
        self.status_box = QComboBox(self)
        for number, (text, _) in enumerate(STATUS_CHOICES):
            self.status_box.addItem(text(), number)  # Qt would not keep a frozenset intact
        self.due_box = QComboBox(self)
        for window in DueWindow:
            self.due_box.addItem(translated(window.label), window)
        self.grouped = QCheckBox(tr("&Group by city"), self)
        self.clear_button = QToolButton(self)
        self.clear_button.setText(tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear_filters)
        bar.addWidget(QLabel(tr("Show:"), self))
        for box in (self.city_box, self.counterpart_box, self.owner_box, self.theme_box,
                    self.status_box, self.due_box):
            box.setMaxVisibleItems(20)
            box.currentIndexChanged.connect(lambda *_: self.refresh())
            bar.addWidget(box)
        self.grouped.toggled.connect(lambda *_: self.refresh())
        bar.addWidget(self.clear_button)
        bar.addStretch(1)
        bar.addWidget(self.grouped)
        self.layout().insertLayout(2, bar)  # type: ignore[union-attr]

    def on_change(self, change: ChangeSet) -> None:
        if change.touches("person", "city", "theme_tag"):
            self._refill_filters()
        super().on_change(change)

    def _refill_filters(self) -> None:
        """New or renamed people, cities and themes appear in the filters; choices stay."""
        sessions = self.ctx.db.sessions
        if self.load_at_once:
            self._fill_filters(self._fills, commitments.choices(sessions))
            return
        self._fills += 1
        fill = self._fills
        painted = after_pending_events()  # the page is shown before its people are read

        def choices() -> dict[str, list[Choice]]:
            painted()
            return commitments.choices(sessions)

        run_in_background(choices,
                          lambda lists: self._fill_filters(fill, lists),
                          lambda error: self._fill_failed(fill, error))

    def _fill_filters(self, fill: int, lists: dict[str, list[Choice]]) -> None:
        if not shiboken6.isValid(self) or fill != self._fills:
            return  # the page is gone, or a later fill is on its way
        for box, choices in ((self.city_box, lists["cities"]),
                             (self.counterpart_box, lists["people"]),
                             (self.owner_box, lists["people"]), (self.theme_box, lists["themes"])):
            views.fill_choices(box, choices)

    def _fill_failed(self, fill: int, error: Exception) -> None:
        if shiboken6.isValid(self) and fill == self._fills:
            self.ctx.notify(error_text(error))  # the boxes keep "Any …" and what they had

    # Filters -----------------------------------------------------------------------------
    def wanted(self) -> CommitmentFilter:
        return CommitmentFilter(
            city_id=self.city_box.currentData(), counterpart_id=self.counterpart_box.currentData(),
            owner_id=self.owner_box.currentData(), theme_id=self.theme_box.currentData(),
            statuses=STATUS_CHOICES[self.status_box.currentIndex()][1],
            due=DueWindow(self.due_box.currentData()))

    def set_filter(self, **values: Any) -> None:
        """Set several filters at once (links from Today, tests); one refresh."""
        boxes = {"city_id": self.city_box, "counterpart_id": self.counterpart_box,
                 "owner_id": self.owner_box, "theme_id": self.theme_box,
                 "statuses": self.status_box, "due": self.due_box}
        for name, box in boxes.items():
            box.blockSignals(True)
            if name == "statuses" and name in values:
                found = [i for i, (_, s) in enumerate(STATUS_CHOICES) if s == values[name]]
                box.setCurrentIndex(found[0] if found else 0)
            elif name in values:
                box.setCurrentIndex(max(0, box.findData(values[name])))
            box.blockSignals(False)
        self.refresh()

    def clear_filters(self) -> None:
        self.set_filter(city_id=None, counterpart_id=None, owner_id=None, theme_id=None,
                        statuses=frozenset(), due=DueWindow.ANY)

    def fetch(self) -> list[CommitmentRow]:
        return self.query()()

    def query(self) -> Callable[[], list[CommitmentRow]]:
        sessions, now, wanted = self.ctx.db.sessions, self.ctx.now(), self.wanted()
        return lambda: commitments.list_commitments(sessions, now, wanted)

    def after_load(self, keep: int | None) -> None:
        if self.grouped.isChecked() and self.model.rows():
            self.stack.setCurrentWidget(self.tree)
            self.tree.show_rows(self.model.rows(), keep)  # its selection shows the detail

    def select(self, record_id: int) -> bool:
        if super().select(record_id) or (self.grouped.isChecked() and self.tree.select(record_id)):
            return True
        if self._refreshing:  # the kept record is filtered out now: so be it
            return False
        self.clear_filters()  # a link to a record a filter hides: show everything, find it
        return super().select(record_id)

    def current(self) -> CommitmentRow | None:
        if self.grouped.isChecked() and self.stack.currentWidget() is self.tree:
            return self.tree.current()
        return super().current()  # type: ignore[no-any-return]

    def _show_detail(self) -> None:
        super()._show_detail()
        self._enable_steps()

    def update_actions(self) -> None:
        super().update_actions()
        self._enable_steps()  # a step applies only where the workflow allows it

    def _enable_steps(self) -> None:
        record = self.current()
        for status, action in getattr(self, "step_actions", {}).items():
            permissions.enable(self.ctx.db.signed_in, action,
                               self.actions_live and record is not None
                               and status in NEXT_STATUSES[record.status])

    def print_report(self, options: ReportOptions | None = None) -> PdfPreviewJob | None:
        """The commitments report for the city filtered on (if any) and a period; ``options``
        given skips the dialog."""
        job = print_commitments_report(self, self.city_box.currentData(), options)
        self.report_job = job or self.report_job
        return job

    # Edits -------------------------------------------------------------------------------
    def make_dialog(self, data: CommitmentInput | None) -> CommitmentDialog:
        return CommitmentDialog(commitments.choices(self.ctx.db.sessions), data, self)

    def display_name(self, record: CommitmentRow) -> str:
        return record.description

    def _changed(self, change: Change) -> None:
        super()._changed(change)
        if self.grouped.isChecked():
            self.tree.select(change.id)

    def change_status(self, target: CommitmentStatus,
                      change: StatusChange | None = None) -> bool:
        """One workflow step; the dialog asks for the date and the evidence when needed.
        ``change`` given skips the dialog (tests, scripts)."""
        record = self.current()
        if record is None:
            return False
        if change is None:
            if target is CommitmentStatus.IN_PROGRESS:
                change = StatusChange(target)
            else:
                dialog = StatusDialog(record.description, record.status, target,
                                      self.ctx.today(), self)
                change = dialog.ask()  # type: ignore[assignment]
                if change is None:
                    return False
        sessions, cid, version = self.ctx.db.sessions, record.id, record.version
        command = push_edit(
            self, self.ctx.undo, tr("{step}: {what}").format(step=translated(target.label),
                                                             what=record.description[:40]),
            lambda _: commitments.change_status(sessions, cid, version, change, self.ctx.now()),
            lambda before: commitments.put_back_status(sessions, cid, before), self._changed)
        return not command.failed

    def _on_link(self, url: Any) -> None:
        text = url.toString()
        if text.startswith("action:document/"):
            cid, event = [*text.removeprefix("action:document/").split("/"), ""][:2]
            try:
                document = commitments.evidence_document(
                    self.ctx.db.sessions, int(cid), int(event) if event else None)
            except DelegateAppError as exc:
                self.ctx.notify(error_text(exc))
                return
            open_document(*document)
            return
        super()._on_link(url)

    def describe(self, c: CommitmentRow) -> str:
        sessions = self.ctx.db.sessions
        return views.describe(c, commitments.history(sessions, c.id),
                              overview.home_time_zone(sessions))

