"""Badges, place cards and the seating plan from the delegation's tab."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from delegate_app.domain.name_cards import Part
from delegate_app.ui.delegation.workspace import DelegationWorkspace
from delegate_app.ui.dialogs.name_card_options import NameCardDialog, NameCardOptions
from delegate_app.ui.main_window import MainWindow
from tests.ui.conftest import when_modal


def _trip(window: MainWindow) -> DelegationWorkspace:
    page = window.show_page("delegations")
    return page.open(next(r.id for r in page.model.rows() if "Tokyo" in r.title))


def _select(trip: DelegationWorkspace, title: str) -> int:
    row = next(r for r in trip.rows if r.data.title.startswith(title))
    trip.agenda.select_item(row.id)
    return row.id


def test_the_dialog_offers_the_selected_meeting_and_its_principals(
        qtbot: QtBot, window: MainWindow) -> None:
    trip = _trip(window)
    item_id = _select(trip, "Luncheon hosted by the Vice-Governor")
    seen: dict[str, object] = {}

    def look(dialog: NameCardDialog) -> None:
        seen["occasion"] = dialog.occasion.currentData()
        seen["shape"] = dialog.shape.currentData()
        seen["host"] = dialog.host.currentText()
        seen["guest"] = dialog.guest.currentText()
        seen["parts"] = {p for p, box in dialog.parts.items() if box.isChecked()}
        dialog.parts[Part.BADGES].setChecked(False)
        dialog.parts[Part.CARDS].setChecked(False)
        dialog.parts[Part.SEATING].setChecked(False)
        dialog._on_ok()  # nothing to print: refused, the dialog stays
        seen["refused"] = dialog.isVisible()
        dialog.reject()

    failures = when_modal(qtbot, look)  # type: ignore[arg-type]
    assert trip.print_name_cards() is None
    assert failures == []
    assert seen == {"occasion": item_id, "shape": "round", "host": "Ms Sato Haruka",
                    "guest": "Dr Mehdi Farahani",
                    "parts": {Part.SEATING, Part.CARDS, Part.BADGES}, "refused": True}


def test_cards_for_a_meeting_open_in_the_preview(qtbot: QtBot, window: MainWindow) -> None:
    trip = _trip(window)
    item_id = _select(trip, "Courtesy call on the Governor of Tokyo")
    job = trip.print_name_cards(NameCardOptions(item_id=item_id, parts=frozenset(Part)))
    with qtbot.waitSignal(job.settled, timeout=60_000) as outcome:
        pass
    assert outcome.args == ["shown"]
    # the seating plan, seven place cards (the interpreter is not seated), one badge sheet
    assert job.dialog.page_count() == 1 + 7 + 1
    job.dialog.close()


def test_badges_of_an_issued_version_from_the_dialog(qtbot: QtBot, window: MainWindow) -> None:
    from delegate_app.services import versions

    trip = _trip(window)
    versions.issue_version(window.ctx.db.sessions, trip.delegation_id, "Sent")
    seen: dict[str, object] = {}

    def pick(dialog: NameCardDialog) -> None:
        seen["sources"] = [dialog.source.itemText(i) for i in range(dialog.source.count())]
        dialog.source.setCurrentIndex(dialog.source.findData(1))
        seen["seating"] = dialog.parts[Part.SEATING].isEnabled()
        seen["meetings"] = dialog.occasion.isEnabled()
        dialog._on_ok()

    failures = when_modal(qtbot, pick)  # type: ignore[arg-type]
    job = trip.print_name_cards()
    assert failures == [] and job is not None
    assert seen["sources"][0] == "The current programme"
    assert str(seen["sources"][1]).startswith("Version 1 of ")
    assert seen["seating"] is False and seen["meetings"] is False
    with qtbot.waitSignal(job.settled, timeout=60_000) as outcome:
        pass
    assert outcome.args == ["shown"] and "version 1" in job.dialog.suggested_name
