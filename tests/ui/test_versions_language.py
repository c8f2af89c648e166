"""The Versions dialog (a delegation's and a summit's) in Persian and Spanish: the version
labels, the days and every change sentence in the interface's language and calendar, no
English left but the plan's own data."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from zoneinfo import available_timezones

import pytest
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from delegate_app.language import translations_dir
from delegate_app.language.dates import format_date
from delegate_app.services import overview, summits, versions
from delegate_app.services.database import Database
from delegate_app.ui import summit_versions
from delegate_app.ui.delegation import versions as versions_ui
from delegate_app.ui.delegation.printing import name_card_dialog
from delegate_app.ui.delegation.versions import ProgrammeVersionsDialog
from tests.services.test_versions import _change_the_programme

from .conftest import make_window
from .test_mnemonics import clashes
from .test_persian_day import WORD, data_words, english_left

# English the dialog used to show: none of it may be left under Persian or Spanish.
ENGLISH = re.compile(r"\b(Version|Draft|Was|Back on|added|dropped|removed|later|earlier|"
                     r"all day|Mon|Tue|Wed|Dec|December|Monday|Tuesday|Kind|Briefing|"
                     r"Counterparts|Room|no room given|Title)\b")


NOTES = ("Sent to the Governor's office", "After the Governor's office moved things",
         "To the venue")


def own_words(spoken: str) -> set[str]:
    """The words of the language itself (its catalogs' translations, its month and day
    names), which are Latin under Spanish."""
    words: set[str] = set()
    for path in translations_dir().glob(f"*_{spoken}.ts"):
        for node in ElementTree.parse(path).getroot().iter("translation"):
            text = node.text or " ".join(f.text or "" for f in node.iter("numerusform"))
            words |= {w.lower() for w in WORD.findall(text)}
    for offset in range(400):
        day = date(2026, 1, 1) + timedelta(days=offset)
        for calendar in ("gregorian", "jalali", "hijri"):
            for style in ("long", "date"):
                words |= {w.lower() for w in WORD.findall(format_date(day, spoken, calendar,
                                                                      style))}
    return words


def allowed_words(db: Database, spoken: str) -> set[str]:
    allowed = data_words(Path(db.description)) | {"nadia"}
    allowed |= {w.lower() for w in WORD.findall(" ".join(NOTES))}  # the officer's notes
    allowed |= {w.lower() for w in WORD.findall(f"{db.description} {db.officer}")}
    allowed |= {w.lower() for w in WORD.findall(" ".join(available_timezones()))}
    return allowed | (own_words(spoken) if spoken == "es" else set())


def english_in(dialog: ProgrammeVersionsDialog, allowed: set[str]) -> set[str]:
    left = english_left(dialog, allowed)
    for text in (dialog.view.toPlainText(), *(dialog.target.itemText(i)
                                             for i in range(dialog.target.count()))):
        left |= {f"text: {m.group(0)} — in {text[:200]!r}" for m in ENGLISH.finditer(text)}
    return left


def tokyo_with_two_versions(db: Database) -> int:
    """The Tokyo mission, issued, changed and issued again (with NOTES' first two)."""
    trip = next(d.id for d in overview.list_delegations(db.sessions) if "Tokyo" in d.title)
    versions.issue_version(db.sessions, trip, NOTES[0])
    _change_the_programme(db, trip)
    versions.issue_version(db.sessions, trip, NOTES[1])
    return trip


@pytest.mark.parametrize("spoken", ["fa", "es"])
def test_a_delegations_versions_speak_the_interface_language(
        qtbot: QtBot, sample_db: Database, tmp_path: Path, speak: Callable[..., None],
        spoken: str) -> None:
    speak(spoken)
    trip = tokyo_with_two_versions(sample_db)
    window = make_window(qtbot, sample_db, tmp_path)
    ws = window.show_page("delegations").open(trip)  # type: ignore[attr-defined]
    dialog = versions_ui.show_versions(ws)
    dialog.table.selectRow(0)
    with qtbot.waitSignal(dialog.shown, timeout=30_000):
        dialog.show_changes()
    text = dialog.view.toPlainText()
    left = english_in(dialog, allowed_words(sample_db, spoken))
    assert not left, "\n".join(sorted(left))
    assert clashes(dialog) == []  # no accelerator shared by two buttons
    if spoken == "fa":
        assert "۱۴۰۵" in text and "آذر" in text  # Solar Hijri, Persian digits
        time_x, change_x = time_and_change_x(dialog)
        assert time_x > change_x  # each change's time on the right, where a line starts
    else:
        assert "diciembre" in text and "Versión" in dialog.target.itemText(1)
        time_x, change_x = time_and_change_x(dialog)
        assert time_x < change_x
    dialog.close()


def time_and_change_x(dialog: ProgrammeVersionsDialog) -> tuple[float, float]:
    """Where the first change's time cell and its sentence cell are drawn."""
    from PySide6.QtGui import QTextTable

    doc = dialog.view.document()
    table = next(f for f in doc.rootFrame().childFrames() if isinstance(f, QTextTable))
    cells = [table.cellAt(0, column) for column in range(table.columns())]
    layout = doc.documentLayout()
    xs = [layout.blockBoundingRect(doc.findBlock(c.firstPosition())).x() for c in cells]
    texts = [doc.findBlock(c.firstPosition()).text() for c in cells]
    when = min(range(len(cells)), key=lambda i: len(texts[i]))  # the short one: a time
    return xs[when], xs[1 - when]


@pytest.mark.parametrize("spoken", ["fa", "es"])
def test_a_summits_versions_speak_the_interface_language(
        qtbot: QtBot, sample_db: Database, tmp_path: Path, speak: Callable[..., None],
        spoken: str) -> None:
    speak(spoken)
    window = make_window(qtbot, sample_db, tmp_path)
    page = window.show_page("summits")
    summit = next(r.id for r in page.model.rows()  # type: ignore[attr-defined]
                  if r.title.startswith("Buenos Aires"))
    assert page.select(summit)  # type: ignore[attr-defined]
    versions.issue_summit_version(sample_db.sessions, summit, NOTES[2])
    line = next(x for x in page.sessions.rows()  # type: ignore[attr-defined]
                if x.title.startswith("Opening ceremony"))
    version, data = summits.get_session(sample_db.sessions, line.id)
    summits.update_session(sample_db.sessions, line.id, version,
                           replace(data, room="", speakers=data.speakers + " ",
                                   starts_at=data.starts_at + timedelta(days=1),
                                   ends_at=data.ends_at + timedelta(days=1)))
    dialog = summit_versions.show_versions(page)  # type: ignore[arg-type]
    assert dialog is not None
    with qtbot.waitSignal(dialog.shown, timeout=30_000):
        dialog.show_changes()
    left = english_in(dialog, allowed_words(sample_db, spoken))
    assert not left, "\n".join(sorted(left))
    assert clashes(dialog) == []
    dialog.close()


@pytest.mark.parametrize("spoken", ["fa", "es"])
def test_the_badges_dialog_names_versions_and_meetings_in_the_language(
        qtbot: QtBot, sample_db: Database, tmp_path: Path, speak: Callable[..., None],
        spoken: str) -> None:
    speak(spoken)
    trip = next(d.id for d in overview.list_delegations(sample_db.sessions)
                if "Tokyo" in d.title)
    versions.issue_version(sample_db.sessions, trip, NOTES[0])
    window = make_window(qtbot, sample_db, tmp_path)
    ws = window.show_page("delegations").open(trip)  # type: ignore[attr-defined]
    dialog = name_card_dialog(ws)
    qtbot.addWidget(dialog)
    texts = [box.itemText(i) for box in dialog.findChildren(QComboBox)
             for i in range(box.count())]
    english = [t for t in texts if ENGLISH.search(t)]
    assert not english, english
    dialog.close()
