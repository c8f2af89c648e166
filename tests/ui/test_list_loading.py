"""List pages load off the GUI thread, as in the window (the other GUI tests load at once):
the page says it is loading, fills in when the rows arrive, keeps a change announced
meanwhile and selects a record asked for meanwhile; details and filter choices arrive too."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from delegate_app.domain.records import PersonInput
from delegate_app.services import commitments as commitment_service
from delegate_app.services import history, people
from delegate_app.ui.history.activity_page import ActivityPage
from delegate_app.ui.main_window import MainWindow
from delegate_app.ui.pages.base import ListPage

WAIT = 30_000


@pytest.fixture(autouse=True)
def load_off_the_gui_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ListPage, "load_at_once", False)
    monkeypatch.setattr(ActivityPage, "load_at_once", False)


def _loaded(qtbot: QtBot, window: MainWindow, key: str) -> Any:
    page = window.show_page(key)
    assert page.loading  # type: ignore[attr-defined]
    with qtbot.waitSignal(page.ready, timeout=WAIT):  # type: ignore[attr-defined]
        pass
    return page


def test_people_say_they_are_loading_then_fill_in_with_the_first_selected(
        qtbot: QtBot, window: MainWindow) -> None:
    page = window.show_page("people")
    assert page.loading and page.count.text() == "Loading…"  # type: ignore[attr-defined]
    assert page.model.rows() == []  # type: ignore[attr-defined]
    with qtbot.waitSignal(page.ready, timeout=WAIT):  # type: ignore[attr-defined]
        pass
    everyone = people.list_rows(window.ctx.db.sessions)
    assert page.model.rows() == everyone  # type: ignore[attr-defined]
    assert page.count.text() == f"{len(everyone)} records"  # type: ignore[attr-defined]
    assert page.current() is not None  # type: ignore[attr-defined]
    name = page.current().display_name  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: name in page.detail.toPlainText(), timeout=WAIT)  # type: ignore[attr-defined]


def test_a_change_announced_while_rows_load_is_not_lost(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    page = _loaded(qtbot, window, "people")
    read, go_on = threading.Event(), threading.Event()
    plain = page.query

    def slow_once() -> Callable[[], Sequence[Any]]:
        monkeypatch.setattr(page, "query", plain)  # only this load is held back
        rows_of = plain()

        def held() -> Sequence[Any]:
            rows = rows_of()  # read before the new person is written
            read.set()
            assert go_on.wait(WAIT / 1000)
            return rows

        return held

    monkeypatch.setattr(page, "query", slow_once)
    page.refresh()
    assert read.wait(WAIT / 1000)
    made = people.create_person(window.ctx.db.sessions,
                                PersonInput(given_name="Nasrin", family_name="Zand"))
    with qtbot.waitSignal(page.ready, timeout=WAIT):
        go_on.set()
    assert made.id in {r.id for r in page.model.rows()}
    assert not page.loading


def test_a_record_asked_for_while_rows_load_is_selected_when_they_arrive(
        qtbot: QtBot, window: MainWindow) -> None:
    last = people.list_people(window.ctx.db.sessions)[-1]
    page = window.show_page("people")
    assert page.select(last.id)  # type: ignore[attr-defined]
    with qtbot.waitSignal(page.ready, timeout=WAIT):  # type: ignore[attr-defined]
        pass
    assert page.current().id == last.id  # type: ignore[attr-defined]


def test_a_city_s_detail_and_commitments_filter_choices_arrive_off_the_gui_thread(
        qtbot: QtBot, window: MainWindow) -> None:
    page = _loaded(qtbot, window, "cities")
    name = page.current().data.name
    qtbot.waitUntil(lambda: name in page.detail.toPlainText(), timeout=WAIT)
    commitments = _loaded(qtbot, window, "commitments")
    every_city = commitment_service.choices(window.ctx.db.sessions)["cities"]
    qtbot.waitUntil(lambda: commitments.city_box.count() == len(every_city) + 1, timeout=WAIT)
    moscow = commitments.city_box.findText("Moscow")
    assert moscow > 0 and commitments.city_box.itemData(moscow) == next(
        c.id for c in every_city if c.label == "Moscow")


def test_activity_lists_the_changes_once_they_arrive(
        qtbot: QtBot, window: MainWindow) -> None:
    page = _loaded(qtbot, window, "activity")
    expected = history.activity(window.ctx.db.sessions, page.wanted())
    assert [line.id for line in page.model.rows()] == [line.id for line in expected]


def test_export_calendar_from_the_menu_acts_on_the_first_delegation_once_listed(
        qtbot: QtBot, window: MainWindow) -> None:
    """File ▸ Export calendar with the Delegations list never opened: it opens, its rows
    arrive and the first one's calendar is offered, as when the list loaded at once."""
    from PySide6.QtWidgets import QWidget

    from delegate_app.ui.dialogs.export_calendar import ExportCalendarDialog

    from .conftest import when_modal

    seen: list[str] = []

    def look(dialog: QWidget) -> None:
        seen.append(type(dialog).__name__)
        dialog.reject()  # type: ignore[attr-defined]

    failures = when_modal(qtbot, look)
    window.export_calendar_action.trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT)
    assert failures == [] and seen == [ExportCalendarDialog.__name__]
    page = window.pages["delegations"]
    assert page.current() is not None and page.current().id in page.workspaces  # type: ignore[attr-defined]


def test_a_person_s_detail_arrives_off_the_gui_thread_with_the_photo(
        qtbot: QtBot, window: MainWindow) -> None:
    import io

    from PIL import Image

    from delegate_app.services import photos

    first = people.list_rows(window.ctx.db.sessions)[0]
    picture = io.BytesIO()
    Image.new("RGB", (80, 100), (200, 160, 120)).save(picture, "PNG")
    photos.set_photo(window.ctx.db.sessions, first.id, photos.normalise_photo(picture.getvalue()),
                     already_normal=True)
    page = _loaded(qtbot, window, "people")
    assert page.current().id == first.id  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "<img" in page.detail.toHtml(), timeout=WAIT)  # type: ignore[attr-defined]
    assert first.display_name in page.detail.toPlainText()  # type: ignore[attr-defined]
