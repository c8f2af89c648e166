"""Delegations: every visit we send or receive, newest first, with its essentials."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ...domain.enums import DelegationStatus, Direction
from ...domain.records import DelegationRow
from ...domain.timefmt import format_date_range
from ...services import overview, programmes
from .. import html
from ..context import AppContext
from ..icons import COLOURS, icon
from ..table_model import Column
from ..text import tr
from .base import ListPage

_STATUS_ICON = {
    DelegationStatus.DRAFT: ("open", COLOURS["muted"]),
    DelegationStatus.CONFIRMED: ("done", COLOURS["accent"]),
    DelegationStatus.UNDER_WAY: ("in_progress", COLOURS["due_soon"]),
    DelegationStatus.COMPLETED: ("done", COLOURS["done"]),
    DelegationStatus.CANCELLED: ("dropped", COLOURS["dropped"]),
}


def _route(d: DelegationRow) -> str:
    if d.direction is Direction.INCOMING:
        return tr("from {city}").format(city=d.home_city)
    return " → ".join((d.home_city, *d.destinations))


def _columns() -> list[Column[DelegationRow]]:
    return [
        Column(tr("Delegation"), lambda d: d.title),
        Column(tr("Direction"), lambda d: d.direction.label,
               icon=lambda d: icon(d.direction.value, COLOURS["accent"])),
        Column(tr("Status"), lambda d: d.status.label,
               icon=lambda d: icon(*_STATUS_ICON[d.status])),
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
    icon_name = "delegations"
    default_sort = (3, Qt.SortOrder.DescendingOrder)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Delegations"), _columns(), tr(
            "No delegations yet — load the sample plan from the File menu to see a "
            "real office at work."), parent)
        self.fit_columns([330, 100, 110, 150, 230, 200, 70])

    def fetch(self) -> list[DelegationRow]:
        return overview.list_delegations(self.ctx.db.sessions)

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
