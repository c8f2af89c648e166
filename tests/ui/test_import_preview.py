"""The calendar import preview: where each field goes, and the events imported only when
ticked (outside the dates, probable duplicates, summit sessions), through to the items."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from delegate_app.services import calendars, delegations, ics_import, itinerary, overview
from delegate_app.services.database import Database
from delegate_app.services.ics_import import DescriptionTo
from delegate_app.ui.dialogs.import_preview import ImportPreviewDialog
from delegate_app.ui.main_window import MainWindow

from .conftest import when_modal

HOST_EVENTS = (
    "BEGIN:VEVENT\r\nUID:lunch@bsas.example\r\nSUMMARY:Almuerzo con el Jefe de Gobierno\r\n"
    "DTSTART:20261209T160000Z\r\nDTEND:20261209T173000Z\r\nLOCATION:Palacio Lezama\r\n"
    "DESCRIPTION:Menu without pork; the mayor's aide joins.\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:old@bsas.example\r\nSUMMARY:Visita de 2010\r\n"
    "DTSTART:20100105T130000Z\r\nDTEND:20100105T140000Z\r\nEND:VEVENT\r\n")


def _trip(db: Database) -> int:
    return next(d.id for d in overview.list_delegations(db.sessions) if "Tokyo" in d.title)


def _mixed(db: Database, trip: int) -> bytes:
    """The host's two events, the summit's calendar (ten sessions we attend, five not),
    and the opening ceremony again under the host's own UID and capitals."""
    summit = delegations.get_delegation(db.sessions, trip)[1].summit_id or 0
    text = calendars.calendar_bytes(calendars.summit_calendar(db.sessions, summit),
                                    datetime.now(UTC)).decode()
    opening = next(r for r in itinerary.item_rows(db.sessions, trip)
                   if r.data.title == "Opening ceremony")
    twin = (f"BEGIN:VEVENT\r\nUID:opening@bsas.example\r\nSUMMARY:OPENING CEREMONY\r\n"
            f"DTSTART:{opening.data.starts_at:%Y%m%dT%H%M%SZ}\r\nDURATION:PT1H\r\n"
            "END:VEVENT\r\n")
    return text.replace("END:VCALENDAR", HOST_EVENTS + twin + "END:VCALENDAR").encode()


def _optional(dialog: ImportPreviewDialog) -> dict[str, list[str]]:
    """The tick-box list by section: its headings and the events under each."""
    sections: dict[str, list[str]] = {}
    heading = ""
    for n in range(dialog.optional.count()):
        item = dialog.optional.item(n)
        if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            assert item.checkState() == Qt.CheckState.Unchecked  # nothing ticked unasked
            sections[heading].append(item.text())
        else:
            heading = item.text()
            sections[heading] = []
    return sections


def test_the_preview_shows_what_is_listed_apart_and_where_text_goes(
        qtbot: QtBot, sample_db: Database, tmp_path: Path) -> None:
    trip = _trip(sample_db)
    preview = ics_import.preview_import(sample_db.sessions, trip, _mixed(sample_db, trip))
    dialog = ImportPreviewDialog(preview, "programme.ics")
    qtbot.addWidget(dialog)
    dialog.show()
    sections = _optional(dialog)
    assert [h.split(" (")[0] for h in sections] == [
        "Outside the delegation's dates", "Probable duplicates",
        "Summit sessions not in this programme"]
    outside, duplicates, sessions = sections.values()
    assert len(outside) == 1 and outside[0].startswith("Visita de 2010")
    assert len(duplicates) == 1 and "probably the same as “Opening ceremony”" in duplicates[0]
    assert len(sessions) == 5
    plan = [dialog.list.item(n).text() for n in range(dialog.list.count())]
    assert plan[0].startswith("Almuerzo con el Jefe de Gobierno")  # the one to add
    assert sum("unchanged" in line for line in plan) == 10  # sessions we attend
    assert dialog.description_to.currentData() == DescriptionTo.BRIEFING
    assert "never shown to hosts" in dialog.description_to.currentText()
    assert dialog.choices() == ics_import.ImportChoices()  # the safe default
    first_outside = next(n for n in range(dialog.optional.count())
                         if dialog.optional.item(n).text().startswith("Visita"))
    dialog.optional.item(first_outside).setCheckState(Qt.CheckState.Checked)
    dialog.description_to.setCurrentIndex(1)
    chosen = dialog.choices()
    assert chosen.include == {"old@bsas.example"}
    assert chosen.description_to is DescriptionTo.DESCRIPTION
    dialog.resize(900, 760)
    picture = tmp_path / "import_preview.png"
    assert dialog.grab().save(str(picture)) and picture.stat().st_size > 10_000


def test_an_import_from_the_workspace_follows_the_officers_choices(
        window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    sessions = window.ctx.db.sessions
    page = window.show_page("delegations")
    trip = next(r.id for r in page.model.rows() if "Tokyo" in r.title)
    source = tmp_path / "programme.ics"
    source.write_bytes(_mixed(window.ctx.db, trip))
    workspace = page.open(trip)
    before = len(workspace.rows)

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, ImportPreviewDialog)
        dialog.description_to.setCurrentIndex(1)  # the officer says: hosts may see it
        for n in range(dialog.optional.count()):
            if dialog.optional.item(n).text().startswith("Bilateral meetings — block A"):
                dialog.optional.item(n).setCheckState(Qt.CheckState.Checked)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    failures = when_modal(qtbot, choose)
    workspace.import_calendar(str(source))
    qtbot.waitUntil(lambda: len(workspace.rows) == before + 2, timeout=30_000)
    assert failures == []
    rows = {r.data.title: r for r in itinerary.item_rows(sessions, trip)}
    lunch = rows["Almuerzo con el Jefe de Gobierno"].data
    assert lunch.description == "Menu without pork; the mayor's aide joins."
    assert lunch.briefing == "" and lunch.venue == "Palacio Lezama"
    assert rows["Bilateral meetings — block A"].data.summit_session_id is not None
    assert "Visita de 2010" not in rows and "OPENING CEREMONY" not in rows
    window.undo_action.trigger()
    assert len(workspace.rows) == before
