"""Undoable edits: each command calls a service, so Ctrl+Z works for every change."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from ..domain.errors import DelegateAppError, SaveUnknownError
from ..domain.records import Change
from .changes import ChangeHub
from .office.words import unknown_text
from .text import error_text, tr


class RecordCommand(QUndoCommand):
    """Base: remembers the last error so the window can report a refused undo or redo."""

    def __init__(self, text: str, on_change: Callable[[Change], None],
                 on_error: Callable[[DelegateAppError], None]) -> None:
        super().__init__(text)
        self._on_change = on_change
        self._on_error = on_error
        self.failed = False
        self._ran = False
        self.settle: Callable[[], None] = lambda: None  # set by the stack it is pushed on
        # Asks the server whether a save whose COMMIT got no answer went in (set by the stack).
        self.resolve: Callable[[SaveUnknownError], bool | None] = lambda _: None

    def _run(self, action: Callable[[], Change]) -> None:
        try:
            change = action()
        except Exception as exc:  # the database or the OS, too: a sentence, never a traceback
            if not isinstance(exc, DelegateAppError):
                exc = DelegateAppError(error_text(exc))
            self.settle()  # a command of several transactions may have written some
            self.failed = True
            if isinstance(exc, SaveUnknownError):
                exc.saved = self.resolve(exc)
            if not self._ran:
                # Refused when first pushed: drop it, so the stack never holds an edit that
                # did not happen. A later undo or redo that is refused is only reported.
                self.setObsolete(True)
            self._on_error(exc)
            return
        self.failed, self._ran = False, True
        self.settle()  # every view shows the change before the editing view selects it
        self._on_change(change)


class UndoStack(QUndoStack):
    """The window's undo stack: after each command runs (do, undo or redo), the change
    hub hands out what it changed, so every open view is current at once."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.changes: ChangeHub | None = None
        self.resolve_unknown: Callable[[SaveUnknownError], bool | None] | None = None

    def push(self, command: QUndoCommand) -> None:
        if isinstance(command, RecordCommand):
            command.settle = self._settle
            if self.resolve_unknown is not None:
                command.resolve = self.resolve_unknown
        super().push(command)

    def _settle(self) -> None:
        if self.changes is not None:
            self.changes.flush()


class CreateRecord(RecordCommand):
    """Redo creates (the first time) or restores exactly what undo removed; undo deletes."""

    def __init__(self, text: str, create: Callable[[Any], Change],
                 delete: Callable[[int, int], Any], restore: Callable[[Any], Change],
                 version: Callable[[int], int], data: Any,
                 on_change: Callable[[Change], None],
                 on_error: Callable[[DelegateAppError], None]) -> None:
        super().__init__(text, on_change, on_error)
        self._create, self._delete, self._restore = create, delete, restore
        self._version, self._data = version, data
        self.change: Change | None = None
        self._snapshot: Any = None

    def redo(self) -> None:
        if self._snapshot is None:
            self._run(self._first)
        else:
            self._run(lambda: self._restore(self._snapshot))

    def _first(self) -> Change:
        self.change = self._create(self._data)
        return self.change

    def undo(self) -> None:
        change = self.change
        if change is not None:
            self._run(lambda: self._removed(change.id))

    def _removed(self, record_id: int) -> Change:
        self._snapshot = self._delete(record_id, self._version(record_id))
        return Change("", record_id, 0, "deleted")


class EditRecord(RecordCommand):
    """Redo saves the new values, undo puts the old ones back.

    Both act on the record as it is now: the user's own later edits may have raised its
    version since the command was made.
    """

    def __init__(self, text: str, update: Callable[[int, int, Any], Change], record_id: int,
                 version: Callable[[int], int], before: Any, after: Any,
                 on_change: Callable[[Change], None],
                 on_error: Callable[[DelegateAppError], None],
                 seen_version: int | None = None) -> None:
        super().__init__(text, on_change, on_error)
        self._update, self._id, self._version = update, record_id, version
        self._before, self._after = before, after
        self._seen = seen_version  # the first save checks what the officer saw

    def redo(self) -> None:
        seen, self._seen = self._seen, None
        self._run(lambda: self._update(
            self._id, seen if seen is not None else self._version(self._id), self._after))

    def undo(self) -> None:
        self._run(lambda: self._update(self._id, self._version(self._id), self._before))


class DeleteRecord(RecordCommand):
    """Redo deletes (keeping a full snapshot), undo restores the record exactly."""

    def __init__(self, text: str, delete: Callable[[int, int], Any],
                 restore: Callable[[Any], Change], record_id: int, version: Callable[[int], int],
                 on_change: Callable[[Change], None],
                 on_error: Callable[[DelegateAppError], None]) -> None:
        super().__init__(text, on_change, on_error)
        self._delete, self._restore = delete, restore
        self._id, self._version = record_id, version
        self._snapshot: Any = None

    def redo(self) -> None:
        self._run(self._do_delete)

    def undo(self) -> None:
        if self._snapshot is not None:
            self._run(lambda: self._restore(self._snapshot))

    def _do_delete(self) -> Change:
        self._snapshot = self._delete(self._id, self._version(self._id))
        return Change("", self._id, 0, "deleted")


class ServiceCommand(RecordCommand):
    """Any edit given as two service calls: ``do`` (redo) and ``undo``, each returning a Change.

    ``do`` may return a value the ``undo`` closure needs (kept in ``self.state``).
    """

    def __init__(self, text: str, do: Callable[[Any], tuple[Change, Any]],
                 undo: Callable[[Any], Change], on_change: Callable[[Change], None],
                 on_error: Callable[[DelegateAppError], None]) -> None:
        super().__init__(text, on_change, on_error)
        self._do, self._undo = do, undo
        self.state: Any = None

    def redo(self) -> None:
        self._run(self._redo)

    def undo(self) -> None:
        self._run(lambda: self._undo(self.state))

    def _redo(self) -> Change:
        change, self.state = self._do(self.state)
        return change


def push_edit(parent: QWidget, stack: QUndoStack, text: str,
              do: Callable[[Any], tuple[Change, Any]], undo: Callable[[Any], Change],
              on_change: Callable[[Change], None], title: str | None = None,
              after_failure: Callable[[], None] | None = None) -> ServiceCommand:
    """Push an edit made of two service calls; a refusal is shown to the officer."""

    def failed(error: DelegateAppError) -> None:
        message = (unknown_text(error.saved) if isinstance(error, SaveUnknownError)
                   else error_text(error))
        QMessageBox.warning(parent, title or tr("Not changed"), message)
        if after_failure is not None:
            after_failure()

    command = ServiceCommand(text, do, undo, on_change, failed)
    stack.push(command)
    return command
