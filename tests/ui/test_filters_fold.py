"""The page filter folds like Ctrl+K: a Persian name typed on an Arabic keyboard is found."""

from __future__ import annotations

from delegate_app.ui.main_window import MainWindow


def test_people_filter_finds_arabic_keyboard_spelling(window: MainWindow) -> None:
    page = window.show_page("people")
    page.filter.setText("فراهانی")
    persian = page.proxy.rowCount()
    assert persian >= 1
    for typed in ("فراهاني", "فراهانى", "فَراهانی"):
        page.filter.setText(typed)
        assert page.proxy.rowCount() == persian, typed
