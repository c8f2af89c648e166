"""The members tab: an icon for every role (an even list), and no person proposed until
the officer picks one."""

from __future__ import annotations

from PySide6.QtCore import Qt

from delegate_app.ui.main_window import MainWindow


def test_every_member_has_an_icon_and_nobody_is_preselected(window: MainWindow) -> None:
    page = window.show_page("delegations")
    tab = page.open(next(r.id for r in page.model.rows() if "Tokyo" in r.title))
    model = tab.members.model
    assert model.rowCount() > 3
    icons = [model.index(r).data(Qt.ItemDataRole.DecorationRole) for r in range(model.rowCount())]
    assert all(i is not None and not i.isNull() for i in icons)
    assert tab.members.people.currentIndex() == -1
    assert tab.members.people.currentText() == ""
    before = model.rowCount()
    tab.members._add()  # Add with nobody chosen adds nobody
    assert model.rowCount() == before
