"""The Cities page's partnership actions: new, edit, attach and open the signed agreement."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from ...domain.enums import PartnershipKind, PartnershipStatus
from ...domain.errors import DelegateAppError
from ...domain.records import Change, PartnershipInput, PartnershipRow
from ...domain.validation import validate_partnership
from ...services import cities, delegations, partnerships
from ..dialogs.partnership_dialog import PartnershipDialog
from ..documents import open_document
from ..text import error_fields, tr, translated
from ..undo import push_edit

if TYPE_CHECKING:
    from .cities import CitiesPage


def _push(page: CitiesPage, text: str, do: Any, undo: Any) -> None:
    push_edit(page, page.ctx.undo, text, do, undo, page._changed)


def _dialog(page: CitiesPage, data: PartnershipInput, editing: bool) -> PartnershipInput | None:
    dialog = PartnershipDialog(cities.city_choices(page.ctx.db.sessions), data, page, editing)
    result: list[PartnershipInput] = []

    def submit() -> dict[str, str] | None:
        try:
            result.append(validate_partnership(dialog.value()[0]))
        except DelegateAppError as exc:
            return error_fields(exc)
        return None

    dialog.set_submit(submit)
    return result[0] if dialog.exec() == dialog.DialogCode.Accepted and result else None


def new_partnership(page: CitiesPage, data: PartnershipInput | None = None) -> None:
    city = page.current()
    if city is None:
        return
    s = page.ctx.db.sessions
    if data is None:
        data = _dialog(page, PartnershipInput(
            delegations.home_city_id(s), city.id, PartnershipKind.MEMORANDUM_OF_UNDERSTANDING,
            PartnershipStatus.PROPOSED), editing=False)
        if data is None:
            return
    chosen = data

    def do(state: Any) -> tuple[Change, Any]:
        change = partnerships.create_partnership(s, chosen, state)
        return Change("city", city.id, city.version, "updated"), change.id

    def undo(partnership_id: int) -> Change:
        partnerships.discard_partnership(s, partnership_id)
        return Change("city", city.id, city.version, "updated")

    _push(page, tr("New partnership with {city}").format(city=city.data.name), do, undo)


def _pick(page: CitiesPage) -> PartnershipRow | None:
    city = page.current()
    if city is None:
        return None
    rows = partnerships.partnerships_with(page.ctx.db.sessions, city.id)
    if not rows:
        QMessageBox.information(page, tr("No partnership"), tr(
            "{city} has no partnership with us yet — New partnership first.").format(
                city=city.data.name))
        return None
    if len(rows) == 1:
        return rows[0]
    labels = [f"{translated(r.data.kind.label)} ({translated(r.data.status.label).lower()}) "
              f"{r.data.title}" for r in rows]
    label, ok = QInputDialog.getItem(page, tr("Which partnership?"), tr("Partnership"), labels,
                                     0, False)
    return rows[labels.index(label)] if ok else None


def edit_partnership(page: CitiesPage) -> None:
    row = _pick(page)
    if row is None:
        return
    after = _dialog(page, row.data, editing=True)
    if after is None or after == row.data:
        return
    s, city = page.ctx.db.sessions, page.current()

    def put(data: PartnershipInput) -> Change:
        partnerships.update_partnership(s, row.id, partnerships.get_partnership(s, row.id)[0],
                                        data)
        return Change("city", city.id, city.version, "updated")

    _push(page, tr("Edit partnership"), lambda _: (put(after), None), lambda _: put(row.data))


def attach_agreement(page: CitiesPage, path: str | None = None) -> None:
    row = _pick(page)
    if row is None:
        return
    if path is None:
        path, _ = QFileDialog.getOpenFileName(page, tr("Attach the signed agreement"),
                                              page.ctx.settings.last_folder,
                                              tr("Documents (*.pdf *.docx *.odt *.jpg *.png)"))
    if not path:
        return
    content, s = Path(path).read_bytes(), page.ctx.db.sessions
    city = page.current()

    seen = [row.version]  # the first attachment checks the partnership the officer saw

    def do(_: Any) -> tuple[Change, Any]:
        _, before = partnerships.attach_document(s, row.id, Path(path).name, content,
                                                 seen_version=seen.pop() if seen else None)
        return Change("city", city.id, city.version, "updated"), before

    def undo(before: Any) -> Change:
        partnerships.restore_document(s, before)
        return Change("city", city.id, city.version, "updated")

    _push(page, tr("Attach {file}").format(file=Path(path).name), do, undo)


def open_agreement(page: CitiesPage) -> Path | None:
    row = _pick(page)
    document = partnerships.document_of(page.ctx.db.sessions, row.id) if row else None
    if document is None:
        if row is not None:
            QMessageBox.information(page, tr("No document"),
                                    tr("No signed agreement is attached yet."))
        return None
    return open_document(*document)
