"""Editing itinerary items from a delegation tab: the form, a save checked against the
version the officer opened, a colleague's save met field by field, undo, and adding the
summit's sessions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QMessageBox

from ...domain.errors import DelegateAppError, SaveUnknownError, StaleEditError
from ...domain.records import Change, Choice, ItemInput
from ...domain.validation import validate_item
from ...services import delegations, itinerary, programmes
from ...services import summits as summit_service
from ..dates import digits, format_day
from ..dialogs.form import FormDialog
from ..dialogs.item_dialog import ItemDialog
from ..dialogs.pickers import CheckList
from ..office.saving import RecordWatch, resolve_stale, unknown_text
from ..text import error_fields, tr
from ..undo import ServiceCommand

if TYPE_CHECKING:
    from .workspace import DelegationWorkspace

NOUN, KIND = "itinerary item", "itinerary_item"


def item_form(ws: DelegationWorkspace, data: ItemInput | None,
              item_id: int | None = None) -> tuple[ItemDialog, ItemInput | None]:
    """The item dialog (watching the item for a colleague's change); its value once OK."""
    dialog = ItemDialog(ws.choices(), data, ws)
    if item_id is not None:
        RecordWatch(dialog, ws.ctx, KIND, item_id, NOUN)
    result: list[ItemInput] = []

    def submit() -> dict[str, str] | None:
        value, unreadable = dialog.value()
        try:
            value = validate_item(value)
        except DelegateAppError as exc:
            return {**error_fields(exc), **unreadable}
        if unreadable:
            return unreadable
        result.append(value)
        return None

    dialog.set_submit(submit)
    accepted = dialog.exec() == dialog.DialogCode.Accepted and bool(result)
    return dialog, result[0] if accepted else None


def edit_item(ws: DelegationWorkspace) -> None:
    """Edit the selected item; if a colleague saved it meanwhile, compare and choose."""
    row = ws.agenda.current_item()
    if row is None or not ws.may_write():
        return
    version, before = itinerary.get_item(ws.ctx.db.sessions, row.id)
    typed = before
    while True:
        dialog, after = item_form(ws, typed, row.id)
        if after is None or after == before:
            return
        error = save_item(ws, row.id, version, before, after)
        while isinstance(error, StaleEditError):
            resolved = resolve_stale(ws, ws.ctx, NOUN, KIND, row.id, dialog, before, after,
                                     lambda i: itinerary.get_item(ws.ctx.db.sessions, i))
            if resolved is None:
                break  # back to the form, as the officer left it
            version, before, after = resolved.version, resolved.theirs, resolved.merged
            if after == before:
                ws.ctx.notify(tr("Kept the colleague's version; nothing else to save."))
                return
            error = save_item(ws, row.id, version, before, after)
        if not isinstance(error, StaleEditError):
            return
        typed = after


def save_item(ws: DelegationWorkspace, item_id: int, seen: int, before: ItemInput,
              after: ItemInput) -> DelegateAppError | None:
    """Push the edit (undoable); the first save is refused if the item moved on from
    ``seen``. A refusal because of a colleague's save is returned, not shown."""
    sessions = ws.ctx.db.sessions
    first: list[int | None] = [seen]
    pushing, errors = [True], []

    def put(data: ItemInput, version: int | None = None) -> Change:
        if version is None:  # undo and redo act on the item as it is now
            version = itinerary.get_item(sessions, item_id)[0]
        return itinerary.update_item(sessions, item_id, version, data)

    def do(_: Any) -> tuple[Change, Any]:
        version, first[0] = first[0], None
        return put(after, version), None

    def failed(error: DelegateAppError) -> None:
        if pushing[0]:
            errors.append(error)
            return
        QMessageBox.warning(ws, tr("Not changed"), error.message)
        ws.reload_quietly()

    command = ServiceCommand(tr("Edit {title}").format(title=after.title), do,
                             lambda _: put(before), ws.saved, failed)
    ws.ctx.undo.push(command)
    pushing[0] = False
    error = errors[-1] if command.failed and errors else None
    if isinstance(error, SaveUnknownError):  # the undo stack asked the server already
        QMessageBox.information(ws, tr("Connection lost while saving"),
                                unknown_text(error.saved))
        ws.reload_quietly()
    elif error is not None and not isinstance(error, StaleEditError):
        QMessageBox.warning(ws, tr("Not changed"), error.message)
        ws.reload_quietly()
    return error


def add_sessions(ws: DelegationWorkspace) -> None:
    """Put sessions of the delegation's summit into the itinerary, linked to the summit."""
    if ws.data.summit_id is None:
        QMessageBox.information(ws, tr("No summit"), tr(
            "This delegation attends no summit. Choose one in Edit details first."))
        return
    sessions = ws.ctx.db.sessions
    taken = {r.data.summit_session_id for r in ws.rows}
    lines = [line for line in programmes.summit_programme(sessions, ws.data.summit_id).lines
             if line.id not in taken]
    dialog = FormDialog(tr("Add summit sessions"), ws)
    form = dialog.add_tab(tr("Sessions"))
    picker = CheckList([Choice(x.id, f"{format_day(x.day)} {digits(x.starts)}  {x.title}")
                        for x in lines], (), dialog)
    dialog.add_field(form, "sessions", tr("Sessions"), picker)
    dialog.value = lambda: (None, {})  # type: ignore[method-assign]
    if dialog.exec() != dialog.DialogCode.Accepted or not picker.chosen():
        return
    chosen = picker.chosen()
    everyone = tuple(m.person_id for m in delegations.members_of(sessions,
                                                                 ws.delegation_id))

    def do(_: Any) -> tuple[Change, Any]:
        made = [summit_service.add_session_to_itinerary(sessions, ws.delegation_id, s,
                                                        everyone) for s in chosen]
        return made[-1], [c.id for c in made]

    def undo(ids: list[int]) -> Change:
        return [itinerary.discard_item(sessions, i) for i in ids][-1]

    ws._push(tr("Add {n} summit sessions").format(n=len(chosen)), do, undo)
