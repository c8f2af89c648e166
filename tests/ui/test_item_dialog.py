"""The New item dialog helps: Ends follows Starts, the defaults come from where the officer
is, labels fit the kind, coordinates come from the city."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QLabel

from delegate_app.domain.enums import ItemKind
from delegate_app.domain.timefmt import to_local
from delegate_app.ui.dialogs.item_dialog import ItemDialog
from delegate_app.ui.main_window import MainWindow


def _tokyo(window: MainWindow):  # type: ignore[no-untyped-def]
    page = window.show_page("delegations")
    return page.open(next(r.id for r in page.model.rows() if "Tokyo" in r.title))


def test_ends_follows_starts_keeping_the_duration(window: MainWindow) -> None:
    tab = _tokyo(window)
    dialog = ItemDialog(tab.choices(), None, tab)
    start, end = dialog._instants()  # type: ignore[misc]
    dialog.start.setDateTime(dialog.start.dateTime().addSecs(3 * 3600))
    moved = dialog._instants()
    assert moved is not None
    assert moved[0] == start + timedelta(hours=3) and moved[1] == end + timedelta(hours=3)
    assert "Ends before it starts" not in dialog.duration.text()
    dialog.start.setDateTime(dialog.start.dateTime().addDays(1))
    later = dialog._instants()
    assert later is not None and later[1] - later[0] == end - start
    dialog.close()


def test_a_new_item_starts_where_the_selected_one_ends(window: MainWindow) -> None:
    tab = _tokyo(window)
    meeting = next(r for r in tab.rows if r.data.kind is ItemKind.BILATERAL_MEETING
                   and r.data.city_id is not None)
    tab.agenda.select_item(meeting.id)
    dialog = ItemDialog(tab.choices(), None, tab)
    start, _ = dialog._instants()  # type: ignore[misc]
    assert timedelta(0) <= start - meeting.data.ends_at < timedelta(minutes=15)
    assert dialog.city.currentData() == meeting.data.city_id
    assert dialog.start_zone.currentText() == meeting.data.end_tz
    assert dialog.latitude.text() and dialog.longitude.text()  # from the city
    label = dialog.city_label
    assert isinstance(label, QLabel) and label.text() == "&City"
    dialog.kind.setCurrentIndex(dialog.kind.findData(ItemKind.FLIGHT))
    assert label.text() == "&Arrives in"
    dialog.close()


def test_the_default_day_is_the_selected_day(window: MainWindow) -> None:
    tab = _tokyo(window)
    days = [day for day, _ in tab.agenda_model.days]
    tab.agenda.setCurrentIndex(tab.agenda_model.index(len(days) - 1, 0))  # the last day row
    choices = tab.choices()
    assert to_local(choices.default_start, choices.default_zone).date() == days[-1]
