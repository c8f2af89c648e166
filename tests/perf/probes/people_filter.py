"""People filter per keystroke on the office's People page, beside its floor: a
QSortFilterProxyModel over a QStandardItemModel with the same rows and columns, Qt's own
fixed-string filter, in the same kind of window. Alternating, N runs; prints JSON (ms)."""

import json
import sys

from gui import clock, open_window, settle, wait_ready
from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QLineEdit, QMainWindow, QTableView, QVBoxLayout, QWidget

WORD = "karimi"


def floor_window(texts: list[list[str]], titles: list[str]) -> tuple[QMainWindow, QLineEdit,
                                                                     QTableView]:
    model = QStandardItemModel(len(texts), len(titles))
    model.setHorizontalHeaderLabels(titles)
    for r, row in enumerate(texts):  # setData: a QStandardItem wrapper each crashed PySide
        for c, value in enumerate(row):
            model.setData(model.index(r, c), value)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    window, central = QMainWindow(), QWidget()
    edit, view = QLineEdit(central), QTableView(central)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    edit.textChanged.connect(proxy.setFilterFixedString)
    layout = QVBoxLayout(central)
    layout.addWidget(edit)
    layout.addWidget(view)
    window.setCentralWidget(central)
    window.resize(1440, 860)
    window._keep = (model, proxy)  # type: ignore[attr-defined]
    window.show()
    return window, edit, view


def keystrokes(app, edit: QLineEdit, view: QTableView) -> dict[str, list[float]]:
    def key(text: str) -> float:
        started = clock()
        edit.setText(text)
        settle(app)
        view.viewport().repaint()
        return (clock() - started) * 1000

    edit.setText("")
    settle(app)
    first = key(WORD[0])
    later = [key(WORD[:n]) for n in range(2, len(WORD) + 1)]
    return {"first": [first], "later": later, "all": [key("")]}


def main() -> None:
    app, _db, window = open_window(sys.argv[1])
    runs = int(sys.argv[2])
    wait_ready(window.current_page())
    page = window.show_page("people")
    settle(app)
    if page.loading:  # its rows load off the GUI thread
        wait_ready(page)
    model = page.model
    columns = model._columns
    texts = [[c.text(r) for c in columns] for r in model.rows()]
    floor, floor_edit, floor_view = floor_window(texts, [c.title for c in columns])
    ours: dict[str, list[float]] = {"first": [], "later": [], "all": []}
    bare: dict[str, list[float]] = {"first": [], "later": [], "all": []}
    for n in range(runs + 1):  # the first round warms both up and is not kept
        got, base = keystrokes(app, page.filter, page.table), keystrokes(app, floor_edit,
                                                                         floor_view)
        if n:
            for k in ours:
                ours[k] += got[k]
                bare[k] += base[k]
    print(json.dumps({"people": len(texts), "ours": ours, "floor": bare}))
    floor.close()
    window.close()


main()
