"""Summits: the multilateral gatherings our delegations attend, with their programmes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ...domain.records import SummitRow
from ...domain.timefmt import format_date_range
from ...services import overview, programmes
from .. import html
from ..context import AppContext
from ..table_model import Column
from ..text import tr
from .base import ListPage


def _columns() -> list[Column[SummitRow]]:
    return [
        Column(tr("Summit"), lambda s: s.title),
        Column(tr("Kind"), lambda s: s.kind.label),
        Column(tr("Host city"), lambda s: s.host_city),
        Column(tr("Dates"), lambda s: format_date_range(s.starts_on, s.ends_on),
               lambda s: s.starts_on),
        Column(tr("Organiser"), lambda s: s.organiser),
        Column(tr("Sessions"), lambda s: str(s.session_count), lambda s: s.session_count,
               align_right=True),
        Column(tr("Our delegations"), lambda s: str(s.delegation_count),
               lambda s: s.delegation_count, align_right=True),
        Column(tr("Themes"), lambda s: ", ".join(s.themes)),
    ]


class SummitsPage(ListPage):
    key = "summits"
    icon_name = "summits"
    default_sort = (3, Qt.SortOrder.DescendingOrder)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Summits"), _columns(), tr(
            "No summits yet — load the sample plan from the File menu to see one with its "
            "programme of sessions."), parent)
        self.fit_columns([300, 130, 120, 150, 100, 70, 110])

    def fetch(self) -> list[SummitRow]:
        return overview.list_summits(self.ctx.db.sessions)

    def describe(self, s: SummitRow) -> str:
        detail = programmes.summit_programme(self.ctx.db.sessions, s.id)
        return "".join([
            html.header(s.title, detail.summary),
            html.facts([
                (tr("Organiser"), s.organiser),
                (tr("Our delegations attending"), str(s.delegation_count)),
                (tr("Themes"), ", ".join(s.themes)),
            ]),
            html.section(tr("About"), html.paragraph(detail.objectives)),
            html.section(tr("Programme (host city time)"), html.programme(detail.lines)
                         or html.paragraph(tr("No sessions yet."))),
        ])
