"""A save whose COMMIT got no answer (the connection dropped): every undoable command asks
the server through the window's resolver, and the officer is told the answer — never a
promise nobody keeps, never a second save."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from delegate_app.domain.errors import SaveUnknownError
from delegate_app.domain.records import Change
from delegate_app.ui.undo import UndoStack, push_edit

from .conftest import when_modal


@pytest.mark.parametrize(("answer", "said"), [
    (True, "Saved — the connection dropped as it was saved"),
    (False, "Not saved: the connection dropped before the save went through"),
    (None, "The connection dropped while saving. Whether the change went in is asked"),
])
def test_the_officer_hears_what_the_server_answered(qtbot: QtBot, answer: bool | None,
                                                    said: str) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    stack = UndoStack(parent)
    asked: list[SaveUnknownError] = []
    stack.resolve_unknown = lambda error: asked.append(error) or answer
    attempts: list[int] = []

    def do(_: Any) -> tuple[Change, Any]:
        attempts.append(1)
        raise SaveUnknownError("lost", transaction=4242)

    shown: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        shown.append(box.text())
        box.accept()

    failures = when_modal(qtbot, read)
    command = push_edit(parent, stack, "Edit", do, lambda _: Change("item", 1, 1, "x"),
                        lambda change: None)
    assert failures == []
    assert command.failed and stack.count() == 0  # nothing to undo, nothing redone
    assert attempts == [1]  # asked about, never tried again
    assert [e.transaction for e in asked] == [4242]
    assert shown and shown[0].startswith(said)
