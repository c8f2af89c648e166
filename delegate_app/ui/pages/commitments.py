"""Commitments: what we promised and what was promised to us; overdue ones stand out."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...domain.enums import CommitmentStatus
from ...domain.records import CommitmentRow
from ...domain.timefmt import format_date
from ...services import overview
from .. import html
from ..context import AppContext
from ..icons import COLOURS, icon
from ..table_model import Column
from ..text import tr
from .base import ListPage


def _due_text(c: CommitmentRow) -> str:
    text = format_date(c.due_on) if c.due_on else tr("no date")
    return tr("{date} — overdue").format(date=text) if c.overdue else text


def _status_icon(c: CommitmentRow) -> object:
    if c.overdue:
        return icon("overdue")
    return icon(c.status.value)


def _columns() -> list[Column[CommitmentRow]]:
    return [
        Column(tr("Due"), _due_text, lambda c: c.due_on.toordinal() if c.due_on else 10**7,
               icon=_status_icon,
               colour=lambda c: COLOURS["overdue"] if c.overdue else None),
        Column(tr("Status"), lambda c: c.status.label,
               colour=lambda c: COLOURS["done"] if c.status is CommitmentStatus.DONE else None),
        Column(tr("Who owes"), lambda c: c.direction.label),
        Column(tr("Commitment"), lambda c: c.description),
        Column(tr("Owner (our side)"), lambda c: c.owner),
        Column(tr("Counterpart"), lambda c: c.counterpart),
        Column(tr("City"), lambda c: c.city),
        Column(tr("Theme"), lambda c: c.theme),
        Column(tr("Priority"), lambda c: c.priority.label),
    ]


class CommitmentsPage(ListPage):
    key = "commitments"
    icon_name = "commitments"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Commitments"), _columns(), tr(
            "No commitments yet — promises made at meetings, summits and in agreements will "
            "be tracked here. Load the sample plan from the File menu to see some."), parent)
        self.fit_columns([190, 90, 110, 380, 170, 170, 110, 90])

    def fetch(self) -> list[CommitmentRow]:
        return overview.list_commitments(self.ctx.db.sessions, self.ctx.now())

    def describe(self, c: CommitmentRow) -> str:
        due = _due_text(c)
        status = (f"<span class='warn'>⚠ {html.e(due)}</span>" if c.overdue else html.e(due))
        return "".join([
            html.header(c.direction.label, f"{c.status.label} · {c.priority.label} priority"),
            f"<p style='font-size: 11pt;'><b>{html.e(c.description)}</b></p>",
            f"<p>{tr('Due')}: {status}</p>",
            html.section(tr("Who"), html.facts([
                (tr("Owner on our side"), c.owner), (tr("Counterpart"), c.counterpart),
                (tr("City"), c.city)])),
            html.section(tr("Context"), html.facts([
                (tr("Theme"), c.theme), (tr("Source"), c.source),
                (tr("Priority"), c.priority.label)])),
        ])
