"""A list page remembers how the officer left it — sort, the split between list and detail,
column widths — across a restart, and its columns use the window's width until the officer
sizes one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from delegate_app.services.database import Database
from tests.ui.conftest import make_window


def test_sort_split_and_column_widths_survive_a_restart(qtbot: QtBot, sample_db: Database,
                                                         tmp_path: Path) -> None:
    window = make_window(qtbot, sample_db, tmp_path)
    window.resize(1440, 900)
    page = window.show_page("people")
    qtbot.waitUntil(lambda: page.table.viewport().width() > 0)
    page.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    page.splitter.setSizes([900, 400])
    sizes = page.splitter.sizes()
    page.table.horizontalHeader().resizeSection(1, 333)  # as the officer drags an edge
    window.close()

    again = make_window(qtbot, sample_db, tmp_path)
    again.resize(1440, 900)
    page = again.show_page("people")
    header = page.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        2, Qt.SortOrder.DescendingOrder)
    assert page.splitter.sizes() == sizes
    assert header.sectionSize(1) == 333


def test_columns_use_the_window_until_the_officer_sizes_one(qtbot: QtBot, sample_db: Database,
                                                           tmp_path: Path) -> None:
    window = make_window(qtbot, sample_db, tmp_path)
    page = window.show_page("delegations")
    window.resize(1000, 700)
    qtbot.wait(50)
    narrow = page.table.horizontalHeader().sectionSize(0)
    window.resize(1900, 1000)
    qtbot.waitUntil(lambda: page.table.horizontalHeader().sectionSize(0) > narrow)
    header = page.table.horizontalHeader()
    used = sum(header.sectionSize(c) for c in range(header.count()))
    assert used >= page.table.viewport().width() - 2  # no empty band on the right
