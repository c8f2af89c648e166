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
