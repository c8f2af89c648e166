"""Under Persian every number a table shows (a precedence rank, a count) is written in
Persian digits; names and codes that hold digits stay as written."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from delegate_app.services.database import Database
from delegate_app.ui.table_model import RecordTableModel

from .conftest import make_window

LATIN_DIGIT = re.compile(r"[0-9]")


def latin_numbers(model: RecordTableModel) -> list[str]:  # type: ignore[type-arg]
    """Cells of numeric columns (sorted by a number) that show a Latin digit."""
    found = []
    for column, spec in enumerate(model._columns):
        for row in range(min(model.rowCount(), 40)):
            key = spec.sort_key(model.record(row)) if spec.sort_key else None
            if not isinstance(key, int) or isinstance(key, bool):
                continue
            shown = str(model.index(row, column).data(Qt.ItemDataRole.DisplayRole) or "")
            if LATIN_DIGIT.search(shown):
                found.append(f"{spec.title}: {shown!r}")
    return found


def test_persian_tables_write_their_numbers_in_persian_digits(
        qtbot: QtBot, sample_db: Database, tmp_path: Path,
        speak: Callable[..., None]) -> None:
    speak("fa")
    window = make_window(qtbot, sample_db, tmp_path)
    people = window.show_page("people")
    model = people.model  # type: ignore[attr-defined]
    ranks = [model.index(r, 5).data() for r in range(model.rowCount())]
    assert any(ranks), "the sample plan ranks some people"
    left: list[str] = []
    checked = 0
    for key in window.pages:
        window.show_page(key)
        for model in window.findChildren(RecordTableModel):
            left += latin_numbers(model)
            checked += 1
    assert checked >= 5
    assert not left, "\n".join(sorted(set(left)))
    bare = [rank.strip("\u2066\u2067\u2068\u2069") for rank in ranks]
    assert any(rank and "۱" <= rank[0] <= "۹" for rank in bare), ranks
