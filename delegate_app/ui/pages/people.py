"""People: our officials and counterparts, with their detail and create / edit / delete."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QWidget

from ...domain.errors import DelegateAppError
from ...domain.names import formal_name
from ...domain.records import Change, Choice, PersonInput, PersonListRow
from ...domain.validation import validate_person
from ...services import cities, people, photos, positions, relations
from .. import html
from ..context import AppContext
from ..dialogs.delegation_dialog import choice_box, date_edit, to_date
from ..dialogs.form import FormDialog
from ..dialogs.person_dialog import PersonDialog
from ..editor import RecordServices
from ..table_model import Column
from ..text import error_text, tr, translated
from ..undo import push_edit
from .editable import EditableListPage

SERVICES = RecordServices("person", people.create_person, people.update_person,
                          people.delete_person, people.get_person, validate_person)


def _name(data: PersonInput) -> str:
    return formal_name(data.honorific, data.given_name, data.family_name, data.name_order)


def _columns() -> list[Column[PersonListRow]]:
    return [
        Column(tr("Name"), lambda p: p.display_name, lambda p: p.sort_name),
        Column(tr("Native script"), lambda p: p.native_name),
        Column(tr("Position"), lambda p: p.position),
        Column(tr("Organisation"), lambda p: p.organisation_name),
        Column(tr("City"), lambda p: p.city_name),
        Column(tr("Rank"), lambda p: str(p.precedence_rank or ""),
               lambda p: p.precedence_rank or 10_000, align_right=True),
        Column(tr("Languages"), lambda p: ", ".join(p.languages)),
    ]


class PeoplePage(EditableListPage):
    key = "people"
    describe_off_thread = True  # the detail reads the record, its photo and its history
    list_kinds = frozenset({"person", "position_held", "organisation", "city"})
    icon_name = "people"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("People"), _columns(), tr(
            "No people yet — add our officials and the counterparts you meet with "
            "New person (Ctrl+N), or load the sample plan from the File menu."),
            SERVICES, tr("New person"), _name, parent)
        self.fit_columns([220, 170, 260, 220, 110, 50])
        self.toolbar.addSeparator()
        self.photo_action = self.add_action(tr("Set photo…"), "people", lambda: self.set_photo(),
                                            needs_selection=True)
        self.add_action(tr("Remove photo"), "delete", self.remove_photo, needs_selection=True)
        self.office_action = self.add_action(tr("Change of office…"), "refresh",
                                             lambda: self.change_of_office(),
                                             needs_selection=True)

    def fetch(self) -> list[PersonListRow]:
        return people.list_rows(self.ctx.db.sessions)  # the record is read when shown

    def make_dialog(self, data: PersonInput | None) -> PersonDialog:
        sessions = self.ctx.db.sessions
        return PersonDialog(people.organisation_choices(sessions), cities.city_choices(sessions),
                            data, self)

    def display_name(self, record: PersonListRow) -> str:
        return record.display_name

    def set_photo(self, path: str | None = None) -> bool:
        record = self.current()
        if record is None:
            return False
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, tr("Choose a photo"),
                                                  self.ctx.settings.last_folder,
                                                  tr("Images (*.jpg *.jpeg *.png *.webp)"))
        if not path:
            return False
        try:
            photo = photos.normalise_photo(Path(path).read_bytes())
        except (DelegateAppError, OSError) as exc:
            message = error_text(exc)
            QMessageBox.warning(self, tr("Photo not set"), message)
            return False
        return self._photo_command(record, photo, tr("Set photo of {name}"))

    def remove_photo(self) -> None:
        if (record := self.current()) is not None:
            self._photo_command(record, None, tr("Remove photo of {name}"))

    def _photo_command(self, record: PersonListRow, photo: bytes | None, text: str) -> bool:
        sessions, person_id = self.ctx.db.sessions, record.id
        push_edit(self, self.ctx.undo, text.format(name=record.display_name),
                  lambda _: photos.set_photo(sessions, person_id, photo, already_normal=True),
                  lambda previous: photos.set_photo(sessions, person_id, previous,
                                                    already_normal=True)[0],
                  self._changed, title=tr("Photo not set"))
        return True

    def change_of_office(self, ended_on: date | None = None,
                         successor_id: int | None = None, ask: bool = True) -> bool:
        """The selected person leaves their position; a successor may take it."""
        record = self.current()
        if record is None:
            return False
        if ask:
            dialog = FormDialog(tr("Change of office — {name}").format(
                name=record.display_name), self)
            form = dialog.add_tab(tr("Change of office"))
            form.addRow(QLabel(tr("{name} leaves the position “{position}”.").format(
                name=record.display_name, position=record.position), dialog))
            when = dialog.add_field(form, "ended_on", tr("&Last day in office"),
                                    date_edit(dialog))
            when.setDate(QDate.currentDate())
            others = [Choice(p.id, p.display_name) for p in people.list_people(
                self.ctx.db.sessions) if p.id != record.id]
            successor = dialog.add_field(form, "successor", tr("&Successor"),
                                         choice_box(dialog, others, tr("(not known yet)")))
            dialog.value = lambda: (None, {})  # type: ignore[method-assign,assignment]
            if dialog.exec() != dialog.DialogCode.Accepted:
                return False
            ended_on, successor_id = to_date(when.date()), successor.currentData()
        sessions, day = self.ctx.db.sessions, ended_on or date.today()
        seen = [record.version]  # the first save checks what the officer saw

        def change(_: Any) -> tuple[Change, Any]:
            version = seen.pop() if seen else people.get_person(sessions, record.id)[0]
            return positions.change_of_office(sessions, record.id, day, successor_id,
                                              seen_version=version)

        push_edit(self, self.ctx.undo,
                  tr("Change of office of {name}").format(name=record.display_name), change,
                  lambda done: positions.undo_change_of_office(sessions, done),
                  self._changed)
        return True

    def describe(self, p: PersonListRow) -> str:
        return self._with_photo(self.describe_work(p))

    def describe_work(self, p: PersonListRow) -> tuple[str, int, bytes | None]:
        """The detail (read on a worker: the record, its photo, positions and history) and
        the photo to show in it, which only the GUI thread may hand to the detail."""
        sessions = self.ctx.db.sessions
        try:
            _, d = people.get_person(sessions, p.id)  # the list holds its columns
        except DelegateAppError as exc:  # gone meanwhile: the list's refresh is on its way
            return f"{html.STYLE}<p class='warn'>{html.e(error_text(exc))}</p>", p.id, None
        subtitle = " · ".join(x for x in (d.position, p.organisation_name, p.city_name) if x)
        body = [html.header(p.display_name, subtitle, d.native_name)]
        body.append(html.section(tr("Protocol"), html.facts([
            (tr("In a letter"), d.form_of_address_letter),
            (tr("In speech"), d.form_of_address_spoken),
            (tr("Precedence rank"), str(d.precedence_rank or "")),
            (tr("Name order"), translated(d.name_order.label)),
            (tr("Languages"), ", ".join(d.languages)),
            (tr("Interpretation"), d.interpretation_needs),
        ])))
        body.append(html.section(tr("Needs"), html.facts([
            (tr("Dietary"), d.dietary_needs), (tr("Accessibility"), d.accessibility_needs)])))
        body.append(html.section(tr("Contact"), html.facts([
            (tr("E-mail"), d.email), (tr("Phone"), d.phone)])))
        body.append(html.section(tr("Biography"), html.paragraph(d.biography)))
        body.append(html.section(tr("Positions held"), html.bullet_list(
            html.e(line) for line in positions.positions_of(sessions, p.id))))
        body.append(html.section(tr("History with us"), html.history(
            relations.person_history(sessions, p.id),
            tr("No delegations, meetings, commitments or gifts recorded yet."))))
        body.append(html.internal(tr("Notes — never shared with hosts"),
                                  d.internal_notes))
        return "".join(body), p.id, photos.get_photo(sessions, p.id)

    def show_described(self, described: Any) -> None:
        self.detail.setHtml(self._with_photo(described))

    def _with_photo(self, described: tuple[str, int, bytes | None]) -> str:
        """The detail with its photo beside the header (handed to the detail's document)."""
        text, person_id, photo = described
        if not photo:
            return text
        image = QImage.fromData(photo)
        url = QUrl(f"photo://{person_id}/{hash(photo)}")
        self.detail.document().addResource(QTextDocument.ResourceType.ImageResource, url, image)
        return f"<img src='{url.toString()}' width='140' align='right'>{text}"
