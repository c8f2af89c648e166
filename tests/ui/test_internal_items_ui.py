"""Internal items in the window: the item dialog's tick box, the agenda's lock and word,
an undoable change that takes the item out of the hosts' calendar."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from delegate_app.services import calendars
from delegate_app.ui.delegation.workspace import DelegationWorkspace
from delegate_app.ui.dialogs.item_dialog import ItemDialog
from delegate_app.ui.main_window import MainWindow
from tests.ui.conftest import when_modal
from tests.ui.test_delegation_workspace import ok

BRIEFING = "Briefing by the Chargé d'affaires of Iran"
WALK = "Walking visit: Plaza de Mayo"
# Screenshots for a person to look at; set DELEGATE_APP_SHOTS to keep them elsewhere.
SHOTS = Path(os.environ.get("DELEGATE_APP_SHOTS", "/tmp"))


def _trip(window: MainWindow) -> DelegationWorkspace:
    page = window.show_page("delegations")
    return page.open(next(r.id for r in page.model.rows() if "Tokyo" in r.title))


def _row(trip: DelegationWorkspace, title: str) -> object:
    return next(r for r in trip.rows if r.data.title.startswith(title))


def _item_cell(trip: DelegationWorkspace, item_id: int, role: Qt.ItemDataRole) -> object:
    model = trip.agenda_model
    index = model.index_of(item_id)
    column = model.columns().index("Item")
    return model.data(index.siblingAtColumn(column), role)


def _host_uids(trip: DelegationWorkspace) -> set[str]:
    data = calendars.delegation_calendar(trip.ctx.db.sessions, trip.delegation_id,
                                         edition=calendars.Edition.HOST)
    return {e.uid for e in data.events}


def test_the_agenda_marks_internal_items_with_a_lock_and_the_word(qtbot: QtBot,
                                                                  window: MainWindow) -> None:
    trip = _trip(window)
    briefing, walk = _row(trip, BRIEFING), _row(trip, WALK)
    text = _item_cell(trip, briefing.id, Qt.ItemDataRole.DisplayRole)  # type: ignore[attr-defined]
    assert text == f"Internal · {BRIEFING}"  # the word first: long titles are cut short
    mark = _item_cell(trip, briefing.id, Qt.ItemDataRole.DecorationRole)  # type: ignore[attr-defined]
    assert isinstance(mark, QIcon) and not mark.isNull()
    assert "Internal" in str(_item_cell(trip, briefing.id, Qt.ItemDataRole.ToolTipRole))  # type: ignore[attr-defined]
    assert _item_cell(trip, walk.id, Qt.ItemDataRole.DecorationRole) is None  # type: ignore[attr-defined]
    assert "nternal" not in str(_item_cell(trip, walk.id, Qt.ItemDataRole.DisplayRole))  # type: ignore[attr-defined]
    window.resize(1500, 900)
    trip.agenda.select_item(briefing.id)  # type: ignore[attr-defined]
    qtbot.wait(50)
    assert trip.agenda.grab().save(str(SHOTS / "agenda-internal.png"))


def test_tick_internal_in_the_dialog_then_undo(qtbot: QtBot, window: MainWindow) -> None:
    trip = _trip(window)
    walk = _row(trip, WALK)
    assert walk.uid in _host_uids(trip)  # type: ignore[attr-defined]
    trip.agenda.select_item(walk.id)  # type: ignore[attr-defined]
    seen: dict[str, object] = {}

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ItemDialog)
        seen["ticked"] = dialog.internal.isChecked()
        dialog.internal.setChecked(True)
        dialog.resize(760, dialog.sizeHint().height())
        seen["shot"] = dialog.grab().save(str(SHOTS / "item-dialog-internal.png"))
        ok(dialog)

    failures = when_modal(qtbot, fill)
    trip.edit_item_action.trigger()
    assert failures == [] and seen == {"ticked": False, "shot": True}
    after = _row(trip, WALK)
    assert after.data.internal and after.sequence == walk.sequence + 1  # type: ignore[attr-defined]
    assert walk.uid not in _host_uids(trip)  # type: ignore[attr-defined]
    assert str(_item_cell(trip, walk.id, Qt.ItemDataRole.DisplayRole)).startswith("Internal")  # type: ignore[attr-defined]
    trip.ctx.undo.undo()
    assert not _row(trip, WALK).data.internal  # type: ignore[attr-defined]
    assert walk.uid in _host_uids(trip)  # type: ignore[attr-defined]


def test_the_dialog_shows_an_internal_item_ticked(qtbot: QtBot, window: MainWindow) -> None:
    trip = _trip(window)
    trip.agenda.select_item(_row(trip, BRIEFING).id)  # type: ignore[attr-defined]
    seen: dict[str, object] = {}

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, ItemDialog)
        seen["ticked"] = dialog.internal.isChecked()
        seen["value"] = dialog.value()[0].internal
        dialog.reject()

    failures = when_modal(qtbot, look)
    trip.edit_item_action.trigger()
    assert failures == [] and seen == {"ticked": True, "value": True}
