"""A host's all-day events (a marathon, an expo week) read as days, not as midnights: the
dossier, the delegation's agenda and its record say "All day", in the reader's language."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from delegate_app.exports.pdf.dossier import dossier_pdf
from delegate_app.language.printed import PrintLanguage
from delegate_app.services import delegations, dossier, ics_import, itinerary
from delegate_app.services.calendars import Edition
from delegate_app.services.database import Database
from tests.exports.test_dossier_pdf import trip_id
from tests.imports.test_ics_reimport import _foreign_all_day


@pytest.fixture
def with_all_day(sample_template: Path, tmp_path: Path) -> Database:
    path = tmp_path / "sample.sqlite"
    shutil.copy(sample_template, path)
    db = Database(str(path)).open()
    trip = trip_id(db)
    _, data = delegations.get_delegation(db.sessions, trip)
    preview = ics_import.preview_import(db.sessions, trip, _foreign_all_day(data.starts_on))
    ics_import.write_import(db.sessions, preview)
    yield db  # type: ignore[misc]
    db.close()


def _text(db: Database, printed: PrintLanguage, tmp_path: Path) -> str:
    data = dossier.delegation_dossier(db.sessions, trip_id(db), Edition.INTERNAL)
    path = tmp_path / f"dossier-{printed.language}.pdf"
    path.write_bytes(dossier_pdf(data, "a4", None, printed))
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def _block(text: str, title: str) -> str:
    """The lines of the programme entry titled ``title`` (the time cell sits beside it)."""
    lines = text.splitlines()
    at = next(n for n, line in enumerate(lines) if title in line and "…" not in line
              and n > 0 and "Programme" not in line)
    return "\n".join(lines[max(0, at - 2):at + 2])


def test_the_dossier_says_all_day_not_midnight_to_midnight(with_all_day: Database,
                                                            tmp_path: Path) -> None:
    text = _text(with_all_day, PrintLanguage("en"), tmp_path)
    marathon, expo = _block(text, "Tokyo Marathon"), _block(text, "Expo")
    assert "All day" in marathon and "00:00" not in marathon, marathon
    assert "All day" in expo and "00:00" not in expo and "+" not in expo, expo


def test_a_spanish_dossier_says_it_in_spanish(with_all_day: Database, tmp_path: Path) -> None:
    text = _text(with_all_day, PrintLanguage("es"), tmp_path)
    marathon = _block(text, "Tokyo Marathon")
    assert "Todo el día" in marathon and "All day" not in marathon, marathon


def test_the_programme_line_names_the_last_day_of_a_longer_event(
        with_all_day: Database) -> None:
    rows = {r.data.title: r for r in itinerary.item_rows(with_all_day.sessions,
                                                         trip_id(with_all_day))}
    data = dossier.delegation_dossier(with_all_day.sessions, trip_id(with_all_day),
                                      Edition.INTERNAL)
    items = {i.title: i for day in data.days for i in day.items}
    assert (items["Tokyo Marathon"].starts, items["Tokyo Marathon"].ends) == ("All day", "")
    expo = items["Expo"]
    assert expo.starts == "All day" and expo.ends.startswith(
        ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")), expo
    assert items["Tokyo Marathon"].home_time == ""  # no hour to convert
    assert rows["Expo"].data.all_day


def test_the_agenda_says_all_day(with_all_day: Database) -> None:
    from delegate_app.ui.delegation.agenda import when

    rows = {r.data.title: r for r in itinerary.item_rows(with_all_day.sessions,
                                                         trip_id(with_all_day))}
    assert when(rows["Tokyo Marathon"]) == "All day"
    assert when(rows["Expo"]).startswith("All day – ") and "00:00" not in when(rows["Expo"])


def test_an_import_preview_lists_all_day_events_by_their_days(sample_template: Path,
                                                             tmp_path: Path) -> None:
    path = tmp_path / "sample.sqlite"
    shutil.copy(sample_template, path)
    with Database(str(path)) as db:
        trip = trip_id(db)
        _, data = delegations.get_delegation(db.sessions, trip)
        lines = ics_import.preview_import(db.sessions, trip,
                                          _foreign_all_day(data.starts_on)).lines()
    added = [line for line in lines if line.startswith("ADD")]
    assert len(added) == 2 and all("all day" in line and "00:00" not in line
                                   for line in added), added


def test_an_all_day_event_given_hours_shows_its_hours(with_all_day: Database) -> None:
    """An officer gives the host's marathon real hours (the item form keeps no all-day
    box): from then on it is a timed item, shown, checked and sent with its hours."""
    from dataclasses import replace
    from datetime import timedelta

    from delegate_app.ui.delegation.agenda import when

    trip = trip_id(with_all_day)
    [row] = [r for r in itinerary.item_rows(with_all_day.sessions, trip)
             if r.data.title == "Tokyo Marathon"]
    hours = replace(row.data, starts_at=row.data.starts_at + timedelta(hours=10),
                    ends_at=row.data.starts_at + timedelta(hours=18))
    itinerary.update_item(with_all_day.sessions, row.id, row.version, hours)
    [row] = [r for r in itinerary.item_rows(with_all_day.sessions, trip)
             if r.data.title == "Tokyo Marathon"]
    assert not row.data.all_day
    assert when(row).startswith("10:00")
    data = dossier.delegation_dossier(with_all_day.sessions, trip, Edition.INTERNAL)
    [item] = [i for day in data.days for i in day.items if i.title == "Tokyo Marathon"]
    assert (item.starts, item.ends) == ("10:00", "18:00")


def test_an_english_book_from_a_spanish_window_says_all_day_in_english(
        with_all_day: Database, tmp_path: Path) -> None:
    """The records keep "All day" in English: the reader's language is the book's, not the
    window's (and a version issued from either window holds the same text)."""
    from delegate_app.language import catalog

    catalog.set_language("es")
    try:
        data = dossier.delegation_dossier(with_all_day.sessions, trip_id(with_all_day),
                                          Edition.INTERNAL)
    finally:
        catalog.set_language("en")
    items = {i.title: i for day in data.days for i in day.items}
    assert items["Tokyo Marathon"].starts == "All day"
    assert items["Expo"].ends.split()[0] in ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def test_a_spanish_book_leaves_an_officers_all_day_words_alone() -> None:
    from delegate_app.exports.pdf.words import localise

    spanish = PrintLanguage("es")
    assert localise("All day", spanish) == "Todo el día"
    assert localise("All day workshop on water management", spanish) == (
        "All day workshop on water management")
