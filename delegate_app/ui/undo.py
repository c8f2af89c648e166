"""Undoable edits: each command calls a service, so Ctrl+Z works for every change."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from ..domain.errors import DelegateAppError
from ..domain.records import Change


class RecordCommand(QUndoCommand):
    """Base: remembers the last error so the window can report a refused undo or redo."""

    def __init__(self, text: str, on_change: Callable[[Change], None],
                 on_error: Callable[[DelegateAppError], None]) -> None:
        super().__init__(text)
        self._on_change = on_change
        self._on_error = on_error

    def _run(self, action: Callable[[], Change]) -> None:
        try:
            change = action()
        except DelegateAppError as exc:
            self.setObsolete(True)
            self._on_error(exc)
            return
        self._on_change(change)


class CreateRecord(RecordCommand):
    """Redo creates (the first time) or restores under the same id; undo deletes."""

    def __init__(self, text: str, create: Callable[[Any, int | None], Change],
                 delete: Callable[[int, int], Any], data: Any,
                 on_change: Callable[[Change], None],
                 on_error: Callable[[DelegateAppError], None]) -> None:
        super().__init__(text, on_change, on_error)
        self._create, self._delete, self._data = create, delete, data
        self.change: Change | None = None

    def redo(self) -> None:
        record_id = self.change.id if self.change else None
        self._run(lambda: self._remember(self._create(self._data, record_id)))

    def undo(self) -> None:
        change = self.change
        if change is None:
            return
        self._run(lambda: self._deleted(change))

    def _remember(self, change: Change) -> Change:
        self.change = change
        return change

    def _deleted(self, change: Change) -> Change:
        self._delete(change.id, change.version)
        return Change(change.kind, change.id, change.version, "deleted")


class EditRecord(RecordCommand):
    """Redo saves the new values, undo puts the old ones back; both check the version."""

    def __init__(self, text: str, update: Callable[[int, int, Any], Change], record_id: int,
                 version: int, before: Any, after: Any, on_change: Callable[[Change], None],
                 on_error: Callable[[DelegateAppError], None]) -> None:
        super().__init__(text, on_change, on_error)
        self._update, self._id, self._version = update, record_id, version
        self._before, self._after = before, after

    def redo(self) -> None:
        self._run(lambda: self._apply(self._after))

    def undo(self) -> None:
        self._run(lambda: self._apply(self._before))

    def _apply(self, data: Any) -> Change:
        change = self._update(self._id, self._version, data)
        self._version = change.version
        return change


class DeleteRecord(RecordCommand):
    """Redo deletes (keeping a snapshot), undo restores the record under its old id."""

    def __init__(self, text: str, delete: Callable[[int, int], Any],
                 create: Callable[[Any, int | None], Change], record_id: int, version: int,
                 on_change: Callable[[Change], None],
                 on_error: Callable[[DelegateAppError], None]) -> None:
        super().__init__(text, on_change, on_error)
        self._delete, self._create = delete, create
        self._id, self._version = record_id, version
        self._snapshot: Any = None

    def redo(self) -> None:
        self._run(self._do_delete)

    def undo(self) -> None:
        if self._snapshot is None:
            return
        self._run(self._restore)

    def _do_delete(self) -> Change:
        self._snapshot = self._delete(self._id, self._version)
        return Change("", self._id, self._version, "deleted")

    def _restore(self) -> Change:
        change = self._create(self._snapshot.data, self._id)
        self._version = change.version
        return change


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
