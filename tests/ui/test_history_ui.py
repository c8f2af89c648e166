"""History beside each record and the Activity page: a change (here, by undo, or from
outside the window) shows at once; filters narrow the list; the CSV reads back."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from delegate_app.domain.records import CityInput
from delegate_app.services import cities, overview, people
from delegate_app.ui.history.activity_page import ActivityPage
from delegate_app.ui.main_window import MainWindow


def _history_tab(window: MainWindow, key: str, record_id: int) -> object:
    page = window.show_page(key)
    assert page.select(record_id)  # type: ignore[attr-defined]
    page.detail_area.setCurrentWidget(page.history)  # type: ignore[attr-defined]
    return page.history  # type: ignore[attr-defined]


def test_a_record_s_history_shows_a_colleague_s_change_at_once(window: MainWindow,
                                                              qtbot: QtBot) -> None:
    s = window.ctx.db.sessions
    mayor = next(p for p in people.list_people(s) if p.data.precedence_rank == 1)
    panel = _history_tab(window, "people", mayor.id)
    assert "added the person “Dr Mehdi Farahani”" in panel.view.toPlainText()  # type: ignore[attr-defined]
    window.ctx.db.changes.who = "hamid.r"
    with qtbot.waitSignal(window.ctx.changes.changed, timeout=5000):
        people.update_person(s, mayor.id, mayor.version,
                             replace(mayor.data, phone="+98 21 6100 0000"))
    text = panel.view.toPlainText()  # type: ignore[attr-defined]
    assert text.startswith("hamid.r changed the phone of “Dr Mehdi Farahani”")
    assert "+98 21 6100 0000" in text
    page = window.pages["people"]
    page.detail_area.setCurrentIndex(0)  # type: ignore[attr-defined]
    other = next(p for p in people.list_people(s) if p.id != mayor.id)
    page.select(other.id)  # type: ignore[attr-defined]
    assert panel.loaded[1] == mayor.id  # type: ignore[attr-defined] - hidden: not read


def test_the_delegation_tab_shows_an_item_s_moves_and_their_undo(window: MainWindow) -> None:
    page = window.show_page("delegations")
    trip = next(r.id for r in page.model.rows() if "Tokyo" in r.title)
    workspace = page.open(trip)  # type: ignore[attr-defined]
    item = next(r for r in workspace.rows
                if r.data.title == "Courtesy call on the Governor of Tokyo")
    workspace.agenda.select_item(item.id)
    workspace.tabs.setCurrentWidget(workspace.history)
    start = item.data.starts_at
    assert workspace.move_item(item.id, start + timedelta(minutes=30),
                               item.data.ends_at + timedelta(minutes=30))
    panel = workspace.history.panel
    lines = [line.what for line in panel.lines]
    assert lines[0] == ("moved “Courtesy call on the Governor of Tokyo” from 10:00 to 10:30 "
                        "(Mon 14 Dec, Tokyo)")
    window.undo_action.trigger()  # the undo is a change of its own, on record
    assert [line.what for line in panel.lines][:2] == [
        "moved “Courtesy call on the Governor of Tokyo” from 10:30 to 10:00 "
        "(Mon 14 Dec, Tokyo)", lines[0]]
    workspace.history.scope.setCurrentIndex(1)  # the whole delegation
    workspace.history.panel.reload()
    assert panel.target[0:2] == ("delegation", trip)
    assert any("from 10:30 to 10:00" in line.what for line in panel.lines)


def _activity(window: MainWindow) -> ActivityPage:
    page = window.show_page("activity")
    assert isinstance(page, ActivityPage)
    return page


def test_the_activity_page_lists_new_changes_and_filters_them(window: MainWindow,
                                                             qtbot: QtBot) -> None:
    s = window.ctx.db.sessions
    page = _activity(window)
    assert page.model.rows() and page.title == "Activity"
    window.ctx.db.changes.who = "sara.k"
    with qtbot.waitSignal(window.ctx.changes.changed, timeout=5000):
        made = cities.create_city(s, CityInput("Osaka", "JP", "Asia/Tokyo"))
    top = page.model.rows()[0]
    assert (top.officer, top.record_id, top.what) == ("sara.k", made.id,
                                                      "added the city “Osaka”")
    assert page.select(top.id) and "Osaka" in page.detail.toPlainText()
    page.set_filter(officer="sara.k")
    assert [x.record_id for x in page.model.rows()] == [made.id]
    page.set_filter(kind="itinerary_item", days=None)
    assert page.model.rows() and {x.kind for x in page.model.rows()} == {"itinerary_item"}
    trip = next(d.id for d in overview.list_delegations(s) if "Tokyo" in d.title)
    page.set_filter(delegation_id=trip, days=None)
    assert {x.delegation_id for x in page.model.rows()} == {trip}
    page.set_filter(days=0)
    assert page.officer_box.currentData() is None and page.kind_box.currentData() is None
    assert made.id in [x.record_id for x in page.model.rows()]


def test_export_csv_writes_what_the_page_lists(window: MainWindow, tmp_path: Path) -> None:
    page = _activity(window)
    page.set_filter(kind="gift", days=None)
    page.filter.setText("silk")
    listed = page.lines()
    assert listed and all("silk" in x.what.lower() for x in listed)
    target = tmp_path / "activity.csv"
    assert page.export_csv(str(target)) == len(listed)
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert [r["What happened"] for r in rows] == [x.what for x in listed]
    assert {r["Record kind"] for r in rows} == {"gift"}


def test_opening_a_change_goes_to_its_record(window: MainWindow) -> None:
    s = window.ctx.db.sessions
    osaka = cities.create_city(s, CityInput("Osaka", "JP", "Asia/Tokyo"))
    page = _activity(window)
    page.refresh()
    assert page.select(page.model.rows()[0].id)
    page.open_current()
    cities_page = window.pages["cities"]
    assert window.current_page() is cities_page
    assert cities_page.current().id == osaka.id  # type: ignore[attr-defined]
