"""The app's settings, typed, over QSettings (geometry, last page, home zone, buffers)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings


class Settings:
    """Typed access to QSettings; each property names one stored value."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store or QSettings("delegate_app", "delegate_app")

    def _get(self, key: str, default: object, kind: type) -> object:
        value = self._store.value(key, default)
        try:
            return kind(value) if value is not None else default
        except (TypeError, ValueError):
            return default

    @property
    def geometry(self) -> QByteArray | None:
        value = self._store.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._store.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        value = self._store.value("window/state")
        return value if isinstance(value, QByteArray) else None

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._store.setValue("window/state", value)

    @property
    def last_page(self) -> str:
        return str(self._get("window/last_page", "today", str))

    @last_page.setter
    def last_page(self, value: str) -> None:
        self._store.setValue("window/last_page", value)

    @property
    def last_folder(self) -> str:
        return str(self._get("files/last_folder", "", str))

    @last_folder.setter
    def last_folder(self, value: str) -> None:
        self._store.setValue("files/last_folder", value)

    @property
    def home_time_zone(self) -> str:
        return str(self._get("office/home_time_zone", "", str))

    @home_time_zone.setter
    def home_time_zone(self, value: str) -> None:
        self._store.setValue("office/home_time_zone", value)

    @property
    def buffer_minutes_same_city(self) -> int:
        return int(self._get("planning/buffer_same_city", 30, int))  # type: ignore[arg-type]

    @buffer_minutes_same_city.setter
    def buffer_minutes_same_city(self, value: int) -> None:
        self._store.setValue("planning/buffer_same_city", int(value))

    @property
    def buffer_minutes_other_city(self) -> int:
        return int(self._get("planning/buffer_other_city", 90, int))  # type: ignore[arg-type]

    @buffer_minutes_other_city.setter
    def buffer_minutes_other_city(self, value: int) -> None:
        self._store.setValue("planning/buffer_other_city", int(value))

    def sync(self) -> None:
        self._store.sync()
