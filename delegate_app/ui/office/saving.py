"""The officer's side of a save that met a colleague's save, or lost its connection."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ...domain.changes import REMOVED, ChangeSet
from ...domain.errors import SaveUnknownError
from ...domain.timefmt import format_instant
from ...services import overview
from ...services.office.saving import last_save
from ..context import AppContext
from ..dialogs.form import FormDialog
from ..text import noun_text, tr
from .conflict import ConflictDialog
from .status import QUIET
from .words import unknown_text

__all__ = [
    "RecordWatch",
    "Resolved",
    "back_to_form",
    "resolve_stale",
    "settle_unknown",
    "unknown_text",
]


@dataclass(frozen=True)
class Resolved:
    """The officer's choice after a colleague saved first: save ``merged`` over ``version``
    (the colleague's, ``theirs``)."""

    version: int
    theirs: Any
    merged: Any


def resolve_stale(parent: QWidget, ctx: AppContext, noun: str, kind: str, record_id: int,
                  form: FormDialog, original: Any, mine: Any,
                  fetch: Callable[[int], tuple[int, Any]]) -> Resolved | None:
    """Field by field, the officer's values beside the colleague's; None to go back to the
    form (with everything typed still in it)."""
    sessions = ctx.db.sessions
    version, theirs = fetch(record_id)
    saved = last_save(sessions, kind, record_id)
    dialog = ConflictDialog(noun_text(noun), form, original, mine, theirs, saved.by, saved.at,
                            overview.home_time_zone(sessions), parent)
    if not dialog.rows:  # the colleague saved exactly what the officer typed
        return Resolved(version, theirs, theirs)
    if dialog.exec() != ConflictDialog.DialogCode.Accepted:
        return None
    return Resolved(version, theirs, dialog.merged())


def back_to_form(noun: str) -> str:
    """Said in the form the officer went back to: nothing is lost, OK compares again."""
    return tr("Not saved yet: a colleague saved this {noun} first. Your values are all "
              "still here; press OK to compare them field by field again.").format(
        noun=noun_text(noun))


class _Relay(QObject):
    said = Signal(str)  # from the listener's thread to the window's


def settle_unknown(parent: QWidget, ctx: AppContext, error: SaveUnknownError) -> bool | None:
    """A save whose COMMIT got no answer: ask the server (never save again). True or False
    when it answered; None when it cannot be asked yet — the officer hears it later.
    The undo stack calls this for every command (MainWindow wires it)."""
    live = ctx.db.live
    if live is None:
        return False
    saved = live.settle(error)
    if saved is None:
        relay = _Relay(parent.window())
        relay.said.connect(ctx.notify)

        def tell(answer: bool) -> None:
            with contextlib.suppress(RuntimeError):  # the window is gone
                relay.said.emit(tr("The change made as the connection dropped was saved.")
                                if answer else tr("The change made as the connection dropped "
                                                  "was NOT saved; make it again."))

        live.settle_later(error, tell)
    return saved


class RecordWatch(QObject):
    """While a record's dialog is open, a colleague's change to it shows as a notice in the
    dialog; what the officer typed is never touched."""

    def __init__(self, dialog: FormDialog, ctx: AppContext, kind: str, record_id: int,
                 noun: str) -> None:
        super().__init__(dialog)
        self.dialog, self.kind, self.record_id, self.noun = dialog, kind, record_id, noun
        self.zone = overview.home_time_zone(ctx.db.sessions)
        ctx.changes.changed.connect(self._changed)

    def _changed(self, change: ChangeSet) -> None:
        if not change.origin or change.origin in QUIET:
            return  # this window's own saves, or a reload that names nobody
        if self.record_id not in (change.ids(self.kind) or ()):
            return
        who = change.by or tr("A colleague")
        when = format_instant(change.at, self.zone)
        if self.record_id in (change.ids(self.kind, REMOVED) or ()):
            self.dialog.show_notice(tr("{who} deleted this {noun} ({when}) while you were "
                                       "editing it; it can no longer be saved.").format(
                who=who, noun=noun_text(self.noun), when=when))
            return
        self.dialog.show_notice(tr(
            "{who} changed this {noun} ({when}) while you were editing it. What you typed "
            "is kept; when you save, you choose field by field between yours and theirs."
        ).format(who=who, noun=noun_text(self.noun), when=when))
