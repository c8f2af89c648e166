from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from delegate_app.ui.settings import Settings


def test_settings_survive_a_restart_and_keep_their_types(tmp_path: Path) -> None:
    path = str(tmp_path / "settings.ini")
    first = Settings(QSettings(path, QSettings.Format.IniFormat))
    assert first.geometry is None and first.last_page == "today"
    assert first.buffer_minutes_other_city == 90
    first.geometry = QByteArray(b"\x01\x02")
    first.last_page = "people"
    first.buffer_minutes_same_city = 45
    first.sync()
    again = Settings(QSettings(path, QSettings.Format.IniFormat))
    assert again.geometry == QByteArray(b"\x01\x02")
    assert again.last_page == "people"
    assert again.buffer_minutes_same_city == 45 and isinstance(again.buffer_minutes_same_city, int)


def test_a_damaged_value_falls_back_to_the_default(tmp_path: Path) -> None:
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    store.setValue("planning/buffer_same_city", "a lot")
    assert Settings(store).buffer_minutes_same_city == 15


def test_a_delegation_tab_remembers_home_time_and_timeline_zone(qtbot: object,
                                                               sample_db: object,
                                                               tmp_path: Path) -> None:
    from .conftest import make_window

    window = make_window(qtbot, sample_db, tmp_path)  # type: ignore[arg-type]
    page = window.show_page("delegations")
    trip = next(r.id for r in page.model.rows() if "Tokyo" in r.title)
    tab = page.open(trip)
    assert not tab.home_clock.isChecked()
    tab.home_clock.setChecked(True)
    zones = [tab.zone.itemText(i) for i in range(tab.zone.count())]
    tab.zone.setCurrentText(zones[-1])
    page._close_tab(page.tabs.indexOf(tab))
    again = page.open(trip)
    assert again.home_clock.isChecked()
    assert again.zone.currentText() == zones[-1]
    assert again.agenda_model.home_tz is not None  # the home-time column is back too
