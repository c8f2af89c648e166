"""A list page whose records are created, edited and deleted here, with undo."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from ...domain.records import Change
from ..context import AppContext
from ..dialogs.form import FormDialog
from ..editor import RecordEditor, RecordServices
from ..table_model import Column
from ..text import noun_text, tr
from .base import ListPage


class EditableListPage(ListPage):
    """New (Ctrl+N), Edit (Ctrl+E, Enter, double-click) and Delete (Del) on the list."""

    def __init__(self, ctx: AppContext, title: str, columns: Sequence[Column[Any]],
                 empty_text: str, services: RecordServices, new_label: str,
                 name_of_input: Callable[[Any], str], parent: QWidget | None = None) -> None:
        super().__init__(ctx, title, columns, empty_text, parent)
        self.editor = RecordEditor(self, ctx, services, self.make_dialog, self._changed,
                                   name_of_input)
        self.noun = services.noun
        self.new_action = self.add_action(new_label, "new", self.new,
                                          QKeySequence.StandardKey.New)
        self.edit_action = self.add_action(tr("Edit"), "edit", self.activate, "Ctrl+E",
                                           needs_selection=True)
        self.delete_action = self.add_action(tr("Delete"), "delete", self.delete,
                                             QKeySequence.StandardKey.Delete,
                                             needs_selection=True)

    def make_dialog(self, data: Any | None) -> FormDialog:
        raise NotImplementedError

    def display_name(self, record: Any) -> str:
        raise NotImplementedError

    def _changed(self, change: Change) -> None:
        self.show_changed(change.id if change.action != "deleted" else None)
        verbs = {"created": tr("Added"), "updated": tr("Saved"), "deleted": tr("Deleted"),
                 "restored": tr("Restored")}
        self.ctx.notify(tr("{verb} {noun} — Ctrl+Z undoes it, Ctrl+Shift+Z redoes it").format(
            verb=verbs.get(change.action, change.action), noun=noun_text(self.noun)))

    def new(self) -> None:
        self.editor.new()

    def activate(self) -> None:
        if (record := self.current()) is not None:
            self.editor.edit(self.record_id(record))

    def delete(self) -> None:
        if (record := self.current()) is not None:
            self.editor.delete(self.record_id(record), record.version, self.display_name(record))
