"""Controller behind New / Edit / Delete on a page: dialogs in, undoable commands out."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from ..domain.errors import DelegateAppError, SaveUnknownError, StaleEditError, ValidationError
from ..domain.records import Change
from ..services.crud import restore
from .context import AppContext
from .dialogs.form import FormDialog
from .office.saving import (
    RecordWatch,
    back_to_form,
    resolve_stale,
    unknown_text,
)
from .text import error_fields, error_text, noun_text, tr
from .undo import CreateRecord, DeleteRecord, EditRecord

OnStale = Callable[[Any], dict[str, str] | None]



@dataclass(frozen=True)
class RecordServices:
    """The service calls for one kind of record, already bound to nothing but sessions."""

    noun: str  # "person", "city" (for messages)
    create: Callable[[Any, Any, int | None], Change]
    update: Callable[[Any, int, int, Any], Change]
    delete: Callable[[Any, int, int], Any]
    get: Callable[[Any, int], tuple[int, Any]]
    validate: Callable[[Any], Any]


class RecordEditor:
    """Opens the dialog, validates, pushes the command; errors land next to their field."""

    def __init__(self, parent: QWidget, ctx: AppContext, services: RecordServices,
                 make_dialog: Callable[[Any | None], FormDialog],
                 on_change: Callable[[Change], None], name_of: Callable[[Any], str]) -> None:
        self.parent, self.ctx, self.services = parent, ctx, services
        self.make_dialog, self.on_change, self.name_of = make_dialog, on_change, name_of
        self._error: DelegateAppError | None = None
        self._pushing = False

    # bound service calls (undo commands outlive dialogs, so they hold these)
    def _create(self, data: Any) -> Change:
        return self.services.create(self.ctx.db.sessions, data, None)

    def _restore(self, snapshot: Any) -> Change:
        return restore(self.ctx.db.sessions, snapshot)

    def _version(self, record_id: int) -> int:
        return self.services.get(self.ctx.db.sessions, record_id)[0]

    def _update(self, record_id: int, version: int, data: Any) -> Change:
        return self.services.update(self.ctx.db.sessions, record_id, version, data)

    def _delete(self, record_id: int, version: int) -> Any:
        return self.services.delete(self.ctx.db.sessions, record_id, version)

    def _capture(self, error: DelegateAppError) -> None:
        """During a push the caller shows the error; during undo/redo nobody else would."""
        if self._pushing:
            self._error = error
        else:
            self._report(error)

    def _report(self, error: DelegateAppError) -> None:
        message = (unknown_text(error.saved) if isinstance(error, SaveUnknownError)
                   else error_text(error))
        QMessageBox.warning(self.parent, tr("Not changed"), message)

    def _push(self, command: Any) -> DelegateAppError | None:
        self._error = None
        self._pushing = True
        try:
            self.ctx.undo.push(command)
        finally:
            self._pushing = False
        return self._error

    def _run_dialog(self, dialog: FormDialog, build: Callable[[Any], Any],
                    on_stale: OnStale | None = None) -> bool:
        def submit() -> dict[str, str] | None:
            data, unreadable = dialog.value()  # type: ignore[attr-defined]
            try:
                data = self.services.validate(data)
            except ValidationError as exc:
                return {**error_fields(exc), **unreadable}
            if unreadable:
                return unreadable  # type: ignore[no-any-return]
            return self._outcome(dialog, self._push(build(data)), data, on_stale)

        dialog.set_submit(submit)
        return dialog.exec() == FormDialog.DialogCode.Accepted

    def _outcome(self, dialog: FormDialog, error: DelegateAppError | None, data: Any,
                 on_stale: OnStale | None) -> dict[str, str] | None:
        """None closes the dialog (saved); errors keep it open with everything typed."""
        if isinstance(error, StaleEditError) and on_stale is not None:
            return on_stale(data)
        if isinstance(error, SaveUnknownError):  # the undo stack asked the server already
            if error.saved:
                self.ctx.notify(unknown_text(error.saved))
                return None
            return {"": unknown_text(error.saved)}
        if error is not None:
            return error_fields(error)  # in the officer's language, per field
        return None

    def new(self) -> bool:
        dialog = self.make_dialog(None)

        def build(data: Any) -> CreateRecord:
            return CreateRecord(tr("New {noun} {name}").format(
                noun=noun_text(self.services.noun), name=self.name_of(data)),
                self._create, self._delete, self._restore, self._version, data,
                self._changed, self._capture)

        return self._run_dialog(dialog, build)

    def edit(self, record_id: int) -> bool:
        try:
            version, before = self.services.get(self.ctx.db.sessions, record_id)
        except DelegateAppError as exc:
            self._report(exc)
            return False
        dialog = self.make_dialog(before)
        table = self.services.noun.replace(" ", "_")
        RecordWatch(dialog, self.ctx, table, record_id, self.services.noun)
        seen = [version, before]  # what the next save is checked against (and undo restores)

        def build(data: Any) -> EditRecord:
            return EditRecord(tr("Edit {name}").format(name=self.name_of(data)), self._update,
                              record_id, self._version, seen[1], data, self._changed,
                              self._capture, seen_version=seen[0])

        def on_stale(mine: Any) -> dict[str, str] | None:
            """A colleague saved first: the officer chooses field by field, then we save."""
            resolved = resolve_stale(self.parent, self.ctx, self.services.noun, table,
                                     record_id, dialog, seen[1], mine, self._get)
            if resolved is None:
                return {"": back_to_form(self.services.noun)}
            seen[0], seen[1] = resolved.version, resolved.theirs
            if resolved.merged == resolved.theirs:
                self.ctx.notify(tr("Kept the colleague's version; nothing else to save."))
                return None
            return self._outcome(dialog, self._push(build(resolved.merged)), resolved.merged,
                                 on_stale)

        return self._run_dialog(dialog, build, on_stale)

    def _get(self, record_id: int) -> tuple[int, Any]:
        return self.services.get(self.ctx.db.sessions, record_id)

    def delete(self, record_id: int, version: int, name: str) -> bool:
        answer = QMessageBox.question(
            self.parent, tr("Delete {noun}").format(noun=noun_text(self.services.noun)),
            tr("Delete {name}?\n\nYou can undo this with Ctrl+Z.").format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        error = self._push(DeleteRecord(tr("Delete {name}").format(name=name), self._delete,
                                        self._restore, record_id, self._version, self._changed,
                                        self._capture))
        if error is not None:
            self._report(error)
            return False
        return True

    def _changed(self, change: Change) -> None:
        self._error = None
        self.on_change(change)
