"""Editing an itinerary item from a delegation tab: the form, a save checked against the
version the officer opened, a colleague's save met field by field, and undo."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QMessageBox

from ...domain.errors import DelegateAppError, SaveUnknownError, StaleEditError
from ...domain.records import Change, ItemInput
from ...domain.validation import validate_item
from ...services import itinerary
from ..dialogs.item_dialog import ItemDialog
from ..office.saving import RecordWatch, resolve_stale, unknown_text
from ..text import tr
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
            return {**getattr(exc, "field_errors", {"": exc.message}), **unreadable}
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
