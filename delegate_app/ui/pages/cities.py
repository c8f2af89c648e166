"""Cities & networks: the places we deal with and our relationship with each."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QWidget

from ...domain.enums import AgreementStatus, CommitmentStatus
from ...domain.records import CityInput, CityRow
from ...domain.validation import validate_city
from ...services import cities, commitments, relations
from .. import html
from ..context import AppContext
from ..dates import format_instant, format_number, utc_now, utc_offset_label
from ..dialogs.city_dialog import CityDialog
from ..dialogs.pdf_preview import PdfPreviewJob
from ..dialogs.report_options import ReportOptions
from ..editor import RecordServices
from ..icons import icon
from ..table_model import Column
from ..text import tr, translated
from ..undo import push_edit
from . import partnership_actions
from .commitments_report import print_commitments_report
from .editable import EditableListPage

SERVICES = RecordServices("city", cities.create_city, cities.update_city, cities.delete_city,
                          cities.get_city, validate_city)


def _zone(c: CityRow) -> str:
    return f"{c.data.time_zone} ({utc_offset_label(utc_now(), c.data.time_zone)})"


def _columns() -> list[Column[CityRow]]:
    return [
        Column(tr("City"), lambda c: c.data.name),
        Column(tr("Native script"), lambda c: c.data.native_name),
        Column(tr("Country"), lambda c: c.data.country_code),
        Column(tr("Time zone"), _zone),
        Column(tr("Population"),
               lambda c: format_number(c.data.population) if c.data.population else "",
               lambda c: c.data.population or 0, align_right=True),
        Column(tr("Relationship with us"), lambda c: c.relationship,
               icon=lambda c: icon("partnership") if c.relationship else None),
        Column(tr("Networks"), lambda c: ", ".join(c.networks)),
    ]


def _agreements(lines: list[commitments.AgreementLine]) -> str:
    """Each agreement, its status, the promises under it, and "mark fulfilled" when all are
    kept."""
    blocks = []
    for a in lines:
        done = sum(c.status is CommitmentStatus.DONE for c in a.commitments)
        progress = (tr(" — {done} of {n} commitments done").format(done=done,
                                                                   n=len(a.commitments))
                    if a.commitments else "")
        fulfil = tr("Mark fulfilled")
        action = (f" · <a href='action:fulfil/{a.id}'>{fulfil}</a>"
                  if a.can_mark_fulfilled else "")
        items = html.bullet_list(
            f"{'✔' if c.status is CommitmentStatus.DONE else '○'} "
            f"{html.link('commitments', c.id, c.description)} <span class='sub'>"
            f"({html.e(translated(c.status.label).lower())})</span>" for c in a.commitments)
        blocks.append(f"<p style='margin: 6px 0 0 0;'><b>{html.e(a.title)}</b> <span "
                      f"class='sub'>{html.e(translated(a.status.label))}{html.e(progress)}</span>"
                      f"{action}</p>{items}")
    return "".join(blocks)


class CitiesPage(EditableListPage):
    key = "cities"
    describe_off_thread = True
    list_kinds = frozenset({"city", "partnership", "network_membership", "organisation"})
    icon_name = "cities"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Cities & networks"), _columns(), tr(
            "No cities yet — New city (Ctrl+N), or load the sample plan from the File menu."),
            SERVICES, tr("New city"), lambda d: d.name, parent)
        self.fit_columns([140, 110, 60, 230, 100, 250])
        self.toolbar.addSeparator()
        self.add_action(tr("New partnership…"), "partnership",
                        lambda: partnership_actions.new_partnership(self), needs_selection=True)
        self.add_action(tr("Edit partnership…"), "edit",
                        lambda: partnership_actions.edit_partnership(self), needs_selection=True)
        self.add_action(tr("Attach agreement…"), "sample",
                        lambda: partnership_actions.attach_agreement(self), needs_selection=True)
        self.add_action(tr("Open agreement"), "today",
                        lambda: partnership_actions.open_agreement(self), needs_selection=True,
                        writes=False)
        self.toolbar.addSeparator()
        self.report_action = self.add_action(tr("Commitments report…"), "sample",
                                             lambda: self.print_report(), "Ctrl+P",
                                             needs_selection=True, writes=False)
        self.report_job: PdfPreviewJob | None = None

    def fetch(self) -> list[CityRow]:
        return cities.list_cities(self.ctx.db.sessions)

    def print_report(self, options: ReportOptions | None = None) -> PdfPreviewJob | None:
        """The commitments report, the selected city preset; ``options`` skips the dialog."""
        city = self.current()
        job = print_commitments_report(self, city.id if city else None, options)
        self.report_job = job or self.report_job
        return job

    def make_dialog(self, data: CityInput | None) -> CityDialog:
        return CityDialog(data, self)

    def display_name(self, record: CityRow) -> str:
        return record.data.name

    def _on_link(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("action:fulfil/") and text.split("/")[-1].isdigit():
            self.mark_fulfilled(int(text.split("/")[-1]))
            return
        super()._on_link(url)

    def mark_fulfilled(self, agreement_id: int) -> bool:
        """Every commitment under the agreement is done: mark it fulfilled (undoable)."""
        sessions = self.ctx.db.sessions
        command = push_edit(
            self, self.ctx.undo, tr("Mark the agreement fulfilled"),
            lambda _: commitments.set_agreement_status(sessions, agreement_id,
                                                       AgreementStatus.FULFILLED),
            lambda before: commitments.set_agreement_status(sessions, agreement_id, before)[0],
            lambda change: None)  # the change hub redraws the city
        return not command.failed

    def describe(self, c: CityRow) -> str:
        d = c.data
        now = format_instant(utc_now(), d.time_zone, d.name, with_offset=True)
        coordinates = (f"{d.latitude:.4f}, {d.longitude:.4f}"
                       if d.latitude is not None and d.longitude is not None else "")
        rel = relations.city_relations(self.ctx.db.sessions, c.id)
        return "".join([
            html.header(d.name, tr("{country} · local time now {now}").format(
                country=d.country_code, now=now), d.native_name),
            html.section(tr("Partnerships with our city"), html.history(
                rel.partnerships, tr("No partnership recorded."))),
            html.section(tr("Agreements"), _agreements(commitments.city_agreements(
                self.ctx.db.sessions, c.id, self.ctx.now()))),
            html.section(tr("What we owe them ({n})").format(n=len(rel.we_owe)),
                         html.history(rel.we_owe, tr("Nothing open."))),
            html.section(tr("What they owe us ({n})").format(n=len(rel.they_owe)),
                         html.history(rel.they_owe, tr("Nothing open."))),
            html.section(tr("Delegations both ways"), html.history(rel.delegations)),
            html.section(tr("City officials on file"), html.history(rel.officials)),
            html.section(tr("Networks"), html.bullet_list(html.e(n) for n in rel.networks)),
            html.section(tr("Facts"), html.facts([
                (tr("Time zone"), d.time_zone),
                (tr("Population"), format_number(d.population) if d.population else ""),
                (tr("Coordinates"), coordinates),
                (tr("People on file"), str(c.people_count) if c.people_count else ""),
            ])),
            html.section(tr("Notes"), html.paragraph(d.notes)),
        ])
