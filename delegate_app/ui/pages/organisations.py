"""Organisations and networks (C40, UCLG, Eurocities, ...), their member cities and roles."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from ...domain.records import Choice, OrganisationInput, OrganisationRow
from ...domain.validation import validate_organisation
from ...services import cities, organisations
from .. import html
from ..context import AppContext
from ..dates import format_date
from ..dialogs.organisation_dialog import MembershipDialog, OrganisationDialog
from ..editor import RecordServices
from ..table_model import Column
from ..text import tr, translated
from ..undo import push_edit
from .editable import EditableListPage

SERVICES = RecordServices("organisation", organisations.create_organisation,
                          organisations.update_organisation, organisations.delete_organisation,
                          organisations.get_organisation, validate_organisation)


def _columns() -> list[Column[OrganisationRow]]:
    return [
        Column(tr("Organisation"), lambda o: o.data.name),
        Column(tr("Acronym"), lambda o: o.data.acronym),
        Column(tr("Kind"), lambda o: translated(o.data.kind.label)),
        Column(tr("Seat"), lambda o: o.city),
        Column(tr("Member cities"), lambda o: str(o.member_count or ""),
               lambda o: o.member_count, align_right=True),
        Column(tr("People on file"), lambda o: str(o.people_count or ""),
               lambda o: o.people_count, align_right=True),
    ]


class OrganisationsPage(EditableListPage):
    key = "organisations"
    describe_off_thread = True
    list_kinds = frozenset({"organisation", "network_membership", "city", "person",
                            "position_held"})
    icon_name = "summits"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Organisations & networks"), _columns(), tr(
            "No organisations yet — New organisation (Ctrl+N): networks such as C40 or UCLG, "
            "city governments, embassies, ministries."), SERVICES, tr("New organisation"),
            lambda d: d.name, parent)
        self.toolbar.addSeparator()
        self.add_action(tr("Add member city…"), "new", lambda: self.add_member(),
                        needs_selection=True)
        self.add_action(tr("End a membership…"), "dropped", lambda: self.end_member(),
                        needs_selection=True)
        self.fit_columns([330, 90, 160, 120, 100])

    def fetch(self) -> list[OrganisationRow]:
        return organisations.list_organisations(self.ctx.db.sessions)

    def make_dialog(self, data: OrganisationInput | None) -> OrganisationDialog:
        return OrganisationDialog(cities.city_choices(self.ctx.db.sessions), data, self)

    def display_name(self, record: OrganisationRow) -> str:
        return record.data.name

    def _push(self, text: str, do: Any, undo: Any) -> None:
        push_edit(self, self.ctx.undo, text, do, undo, self._changed)

    def add_member(self, values: dict[str, Any] | None = None) -> None:
        record = self.current()
        if record is None:
            return
        if values is None:
            dialog = MembershipDialog(tr("Add a member city to {name}").format(
                name=record.data.acronym or record.data.name),
                cities.city_choices(self.ctx.db.sessions), None, self)
            if dialog.exec() != dialog.DialogCode.Accepted:
                return
            values = dialog.value()[0]
        s = self.ctx.db.sessions
        self._push(tr("Add member to {name}").format(name=record.data.name),
                   lambda _: organisations.add_membership(s, record.id, values["city"],
                                                          values["role"], values["when"]),
                   lambda membership_id: organisations.remove_membership(s, membership_id))

    def end_member(self, values: dict[str, Any] | None = None) -> None:
        record = self.current()
        if record is None:
            return
        current = [Choice(m.id, f"{m.member} ({translated(m.role.label).lower()})") for m in
                   organisations.memberships(self.ctx.db.sessions, record.id)
                   if m.until_on is None]
        if values is None:
            if not current:
                QMessageBox.information(self, tr("No current members"),
                                        tr("This organisation has no current member cities."))
                return
            dialog = MembershipDialog(tr("End a membership of {name}").format(
                name=record.data.acronym or record.data.name), None, current, self)
            if dialog.exec() != dialog.DialogCode.Accepted:
                return
            values = dialog.value()[0]
        s, membership = self.ctx.db.sessions, values["membership"]
        self._push(tr("End a membership of {name}").format(name=record.data.name),
                   lambda _: organisations.end_membership(s, membership, values["when"]),
                   lambda previous: organisations.end_membership(s, membership, previous)[0])

    def describe(self, o: OrganisationRow) -> str:
        d = o.data
        lines = organisations.memberships(self.ctx.db.sessions, o.id)

        def member(m: Any) -> str:
            since = f", since {format_date(m.since_on)}" if m.since_on else ""
            until = f", until {format_date(m.until_on)}" if m.until_on else ""
            return html.e(f"{m.member} — {translated(m.role.label).lower()}{since}{until}")

        return "".join([
            html.header(d.name, " · ".join(x for x in (d.acronym, translated(d.kind.label),
                                                       o.city) if x),
                        d.native_name),
            html.facts([(tr("Website"), d.website)]),
            html.section(tr("Member cities ({n})").format(
                n=sum(1 for m in lines if m.until_on is None)),
                html.bullet_list(member(m) for m in lines if m.until_on is None)),
            html.section(tr("Former members"), html.bullet_list(
                member(m) for m in lines if m.until_on is not None)),
            html.section(tr("Notes"), html.paragraph(d.notes)),
        ])
