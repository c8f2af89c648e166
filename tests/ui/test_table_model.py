"""The list model filters and sorts on keys folded once; the selection follows its record."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from delegate_app.ui.table_model import RECORD_ROLE, Column, RecordFilter, RecordTableModel


@dataclass(frozen=True)
class Row:
    name: str
    count: int | None


ROWS = [Row("Zoë", 3), Row("Ádám", 12), Row("بهار فراهانی", None), Row("adam", 2)]


def _view(qtbot: QtBot) -> tuple[RecordTableModel[Row], RecordFilter, QTableView]:
    model: RecordTableModel[Row] = RecordTableModel([
        Column("Name", lambda r: r.name),
        Column("Count", lambda r: str(r.count or ""), lambda r: r.count)])
    proxy = RecordFilter()
    proxy.setSourceModel(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    model.set_rows(ROWS)
    return model, proxy, view


def _names(proxy: RecordFilter) -> list[str]:
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def test_sorting_folds_text_and_compares_numbers_as_numbers(qtbot: QtBot) -> None:
    _model, proxy, view = _view(qtbot)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert _names(proxy) == ["Ádám", "adam", "Zoë", "بهار فراهانی"]  # accents fold; stable
    view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert _names(proxy) == ["بهار فراهانی", "adam", "Zoë", "Ádám"]  # none first, 2 < 3 < 12


def test_filter_folds_and_the_selection_follows_a_resort(qtbot: QtBot) -> None:
    model, proxy, view = _view(qtbot)
    proxy.set_text("ADAM")
    assert model.matching() == 2 and sorted(_names(proxy)) == ["adam", "Ádám"]
    proxy.set_text("فراهاني")  # Arabic yeh
    assert _names(proxy) == ["بهار فراهانی"]
    proxy.set_text("")
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    row = _names(proxy).index("Zoë")
    view.selectionModel().setCurrentIndex(
        proxy.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)
    view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert view.selectionModel().currentIndex().data(RECORD_ROLE).name == "Zoë"


def test_a_cell_s_roles_come_in_one_call_and_none_is_left_from_the_cell_before(
        qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

    from delegate_app.ui.icons import icon

    model: RecordTableModel[Row] = RecordTableModel([
        Column("Name", lambda r: r.name),
        Column("Count", lambda r: str(r.count or ""), lambda r: r.count,
               icon=lambda r: icon("people"), colour=lambda r: "#c62828", align_right=True)])
    proxy = RecordFilter()
    proxy.setSourceModel(model)
    model.set_rows(ROWS)
    calls: list[int] = []
    answer = model.multiData
    model.multiData = lambda index, span: (calls.append(index.column()),  # type: ignore[method-assign]
                                           answer(index, span))

    class Delegate(QStyledItemDelegate):  # one span for every cell, as Qt's delegate keeps
        def option(self, column: int) -> QStyleOptionViewItem:
            option = QStyleOptionViewItem()
            self.initStyleOption(option, proxy.index(1, column))
            return option

    delegate = Delegate()
    shown = delegate.option(1)
    assert (shown.text, shown.icon.isNull()) == ("12", False)
    assert shown.displayAlignment & Qt.AlignmentFlag.AlignRight
    plain = delegate.option(0)
    assert (plain.text, plain.icon.isNull()) == ("Ádám", True)
    assert not plain.displayAlignment & Qt.AlignmentFlag.AlignRight
    assert calls == [1, 0]
