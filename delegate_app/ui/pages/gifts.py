"""The gift register: every gift given and received, and the yearly register export."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from ...domain.records import Choice, GiftInput, GiftRow
from ...domain.validation import validate_gift
from ...services import gifts, people
from .. import html
from ..context import AppContext
from ..dates import format_date
from ..dialogs.gift_dialog import GiftDialog
from ..editor import RecordServices
from ..icons import COLOURS, icon
from ..table_model import Column
from ..text import tr, translated
from .editable import EditableListPage

SERVICES = RecordServices("gift", gifts.create_gift, gifts.update_gift, gifts.delete_gift,
                          gifts.get_gift, validate_gift)


def _value(g: GiftRow) -> str:
    v = g.data.estimated_value
    return f"{v:,.2f} {g.data.currency}" if v is not None else ""


def _columns() -> list[Column[GiftRow]]:
    return [
        Column(tr("Date"), lambda g: format_date(g.data.given_on), lambda g: g.data.given_on),
        Column(tr("Given / received"), lambda g: translated(g.data.direction.label)),
        Column(tr("Gift"), lambda g: g.data.description),
        Column(tr("Giver"), lambda g: g.giver),
        Column(tr("Recipient"), lambda g: g.recipient),
        Column(tr("Value"), _value, lambda g: g.data.estimated_value or 0, align_right=True),
        Column(tr("Declared"), lambda g: tr("yes") if g.data.declared else tr("not yet"),
               icon=lambda g: icon("done") if g.data.declared else icon("due_soon"),
               colour=lambda g: None if g.data.declared else COLOURS["due_soon"]),
        Column(tr("Where it is now"), lambda g: g.data.current_location),
    ]


class GiftsPage(EditableListPage):
    key = "gifts"
    describe_off_thread = True
    list_kinds = frozenset({"gift", "person", "city", "organisation"})
    icon_name = "gifts"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Gift register"), _columns(), tr(
            "No gifts recorded — Record a gift (Ctrl+N) each time one is given or received; "
            "public-ethics rules ask for a yearly register."), SERVICES, tr("Record a gift"),
            lambda d: d.description[:40], parent)
        self.toolbar.addSeparator()
        self.add_action(tr("Export yearly register…"), "today", self.export_register,
                        writes=False)
        self.fit_columns([130, 110, 300, 170, 170, 110, 90])

    def fetch(self) -> list[GiftRow]:
        return gifts.list_gifts(self.ctx.db.sessions)

    def make_dialog(self, data: GiftInput | None) -> GiftDialog:
        s = self.ctx.db.sessions
        everyone = [Choice(p.id, p.display_name) for p in people.list_people(s)]
        return GiftDialog(everyone, gifts.delegation_choices(s), data, self)

    def display_name(self, record: GiftRow) -> str:
        return record.data.description

    def export_register(self, year: int | None = None, path: str | None = None) -> int:
        if year is None:
            year, ok = QInputDialog.getInt(self, tr("Gift register"), tr("Which year?"),
                                           date.today().year, 1990, 2200)
            if not ok:
                return 0
        if path is None:
            start = Path(self.ctx.settings.last_folder or Path.home()) / f"gifts-{year}.xlsx"
            path, _ = QFileDialog.getSaveFileName(self, tr("Export the gift register"),
                                                  str(start), tr("Excel (*.xlsx);;CSV (*.csv)"))
        if not path:
            return 0
        target = Path(path)
        fmt = "csv" if target.suffix.lower() == ".csv" else "xlsx"
        try:
            count = gifts.export_register(self.ctx.db.sessions, year, fmt, target)
        except OSError as exc:
            QMessageBox.warning(self, tr("Register not exported"), str(exc))
            return 0
        self.ctx.settings.last_folder = str(target.parent)
        self.ctx.notify(tr("{n} gifts of {year} exported to {path}").format(
            n=count, year=year, path=target))
        return count

    def describe(self, g: GiftRow) -> str:
        d = g.data
        return "".join([
            html.header(d.description,
                        f"{translated(d.direction.label)} · {format_date(d.given_on)}"),
            html.facts([(tr("Occasion"), d.occasion), (tr("Giver"), g.giver),
                        (tr("Recipient"), g.recipient), (tr("Delegation"), g.delegation),
                        (tr("Estimated value"), _value(g)),
                        (tr("Declared"), tr("yes") if d.declared else tr("not yet")),
                        (tr("Where it is now"), d.current_location)]),
            html.internal(tr("Notes — never shared"), d.internal_notes),
        ])
