"""The officer's day in Persian: the same keyboard steps as test_officers_day, then every page,
the open mission's tabs and the dialogs read for English left on screen. A Latin word may
appear only when it is the plan's own data (a name, a place, a code), never the window's."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable, Iterator
from enum import Enum
from pathlib import Path
from zoneinfo import available_timezones

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from delegate_app.domain import conflicts, enums, follow_up, name_cards
from delegate_app.services.database import Database
from delegate_app.ui.dialogs.document_options import DocumentOptionsDialog
from delegate_app.ui.language import LANGUAGE_NAMES
from delegate_app.ui.main_window import MainWindow
from delegate_app.ui.text import tr

from .conftest import make_window, when_modal
from .test_officers_day import test_the_officers_day_by_keyboard as officers_day

WORD = re.compile(r"[^\W\d_]{2,}")  # runs of letters, of any script
LATIN = re.compile(r"[A-Za-z]")
# Tables of the app's own bookkeeping (the record of changes, stored programme versions):
# their codes and sentences are the window's words, not the office's data.
MACHINERY = {"audit_entry", "programme_version", "alembic_version"}
# The values our enumerations store ("bilateral_meeting"): codes, not the office's words.
ENUM_VALUES = {str(member.value) for module in (enums, follow_up, name_cards, conflicts)
               for kind in vars(module).values()
               if isinstance(kind, type) and issubclass(kind, Enum) for member in kind}
TAG = re.compile(r"<[^>]+>|&\w+;")
# Codes and names that are the same in every language.
ALWAYS = {"delegate_app", "utc", "pdf", "csv", "xlsx", "ics", "vcf", "vcard", "icalendar",
          "caldav", "ctrl", "shift", "del", "esc", "iata", "iso", "https", "http", "www"}


def data_words(path: Path) -> set[str]:
    """Every word of the plan's own text (names, titles, places, notes, codes)."""
    words: set[str] = set()
    with sqlite3.connect(path) as connection:
        tables = [r[0] for r in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            if table in MACHINERY:
                continue
            for row in connection.execute(f'SELECT * FROM "{table}"'):
                for value in row:
                    if isinstance(value, str) and _prose(value):
                        words.update(w.lower() for w in WORD.findall(value))
    return words


def _prose(value: str) -> bool:
    """Text an officer wrote, not a stored code: an enumeration's value ("bilateral_meeting")
    or a record of changes (JSON) would let the window's own words pass as data."""
    if value in ENUM_VALUES:
        return False
    try:
        return not isinstance(json.loads(value), dict | list)
    except ValueError:
        return True


def _model_texts(model: QAbstractItemModel | None, rows: int = 60) -> Iterator[str]:
    if model is None:
        return
    top = QModelIndex()
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(top)
    for column in range(columns):
        yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
    for row in range(min(rows, model.rowCount(top))):
        for column in range(columns):
            yield str(model.index(row, column).data() or "")


def _menu_texts(menu: QMenu) -> Iterator[str]:
    for action in menu.actions():
        yield action.text()
        if action.menu():
            yield from _menu_texts(action.menu())


def visible_texts(top: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for what an officer reads on ``top`` now."""
    yield "title", top.windowTitle()
    if isinstance(top, QMainWindow):
        for action in top.menuBar().actions():
            yield "menu", action.text()
            if action.menu():
                yield from (("menu", t) for t in _menu_texts(action.menu()))
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisibleTo(top):
            continue
        name = type(widget).__name__
        if isinstance(widget, QLabel | QAbstractButton):
            yield name, widget.text()
        elif isinstance(widget, QGroupBox):
            yield name, widget.title()
        elif isinstance(widget, QTabWidget):
            yield from ((name, widget.tabText(i)) for i in range(widget.count()))
        elif isinstance(widget, QComboBox):
            yield from ((name, widget.itemText(i)) for i in range(widget.count()))
        elif isinstance(widget, QLineEdit):
            yield name, widget.placeholderText()
        elif isinstance(widget, QTextEdit):
            yield name, widget.toPlainText()
        elif isinstance(widget, QAbstractItemView):
            yield from ((name, t) for t in _model_texts(widget.model()))


def english_left(top: QWidget, allowed: set[str]) -> set[str]:
    left = set()
    for where, text in visible_texts(top):
        for word in WORD.findall(TAG.sub(" ", text or "")):
            if (LATIN.match(word) and word.lower() not in allowed and word.lower() not in ALWAYS
                    and not word.isupper()):
                left.add(f"{where}: {word} — in {text[:80]!r}")
    return left


def test_the_officers_day_in_persian_leaves_no_english_on_screen(
        qtbot: QtBot, sample_db: Database, tmp_path: Path,
        speak: Callable[..., None]) -> None:
    speak("fa")
    window: MainWindow = make_window(qtbot, sample_db, tmp_path)
    window.resize(1400, 860)
    officers_day(window, qtbot, tmp_path)  # every step works in Persian too
    allowed = data_words(Path(sample_db.description)) | data_words_of_steps()
    # The database's file name and the officer's login are the office's data too; each
    # language in the Settings list is named in itself.
    allowed |= {w.lower() for w in WORD.findall(f"{sample_db.description} {sample_db.officer}")}
    allowed |= {w.lower() for w in WORD.findall(" ".join(LANGUAGE_NAMES.values()))}
    # Time zones are codes (IANA names), the same in every language.
    allowed |= {w.lower() for w in WORD.findall(" ".join(available_timezones()))}
    left: set[str] = set()
    for key in window.pages:
        window.show_page(key)
        left |= english_left(window, allowed)
    trip = window.pages["delegations"].tabs.currentWidget()  # type: ignore[attr-defined]
    window.show_page("delegations")
    for tab in range(trip.tabs.count()):
        trip.tabs.setCurrentIndex(tab)
        left |= english_left(window, allowed)
    for open_dialog in (window.open_settings, window.open_search):
        dialog = open_dialog()
        left |= english_left(dialog, allowed)
        dialog.close()
    options = DocumentOptionsDialog(tr("Dossier — {title}").format(title=trip.data.title),
                                    window.ctx.settings, home_time=True,
                                    parent=window)
    left |= english_left(options, allowed)
    options.close()
    seen: list[set[str]] = []

    def read_editor(dialog: QWidget) -> None:
        seen.append(english_left(dialog, allowed))
        dialog.close()

    failures = when_modal(qtbot, read_editor)
    trip.tabs.setCurrentIndex(0)
    trip.agenda.select_item(trip.rows[0].id)
    trip.edit_item()
    assert failures == [] and seen
    left |= seen[0]
    assert not left, f"{len(left)} English words on a Persian screen:\n" + "\n".join(sorted(left))


def data_words_of_steps() -> set[str]:
    """What the steps themselves typed (a title, a note) is the officer's data too."""
    return {w.lower() for w in WORD.findall("Call on the Consul General "
                                            "Study sent by e-mail on the 3rd head.ics")}

