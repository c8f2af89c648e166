"""The app's settings, typed, over QSettings (geometry, last page, home zone, buffers)."""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QLocale, QSettings

T = TypeVar("T")


class _Setting(Generic[T]):
    """One stored value: its key, its type and what it is when nothing was stored."""

    def __init__(self, key: str, default: T) -> None:
        self.key, self.default = key, default

    def __get__(self, owner: Settings, _: object = None) -> T:
        value = owner.store.value(self.key, self.default)
        if isinstance(self.default, QByteArray) or self.default is None:
            return value if isinstance(value, QByteArray) else self.default  # type: ignore[return-value]
        if isinstance(self.default, bool):  # an INI file gives back "true" / "false"
            return str(value).lower() in ("true", "1")  # type: ignore[return-value]
        try:
            return type(self.default)(value)  # type: ignore[call-arg]
        except (TypeError, ValueError):
            return self.default

    def __set__(self, owner: Settings, value: T) -> None:
        owner.store.setValue(self.key, value)


def _key(text: str) -> str:
    """A settings key for any text (database paths hold slashes and colons)."""
    import hashlib

    return hashlib.sha1(text.encode("utf-8"), usedforsecurity=False).hexdigest()[:16]


class Settings:
    """Typed access to QSettings; each attribute names one stored value."""

    geometry: _Setting[QByteArray | None] = _Setting("window/geometry", None)
    last_page: _Setting[str] = _Setting("window/last_page", "today")
    last_folder: _Setting[str] = _Setting("files/last_folder", "")
    home_time_zone: _Setting[str] = _Setting("office/home_time_zone", "")
    buffer_minutes_same_city: _Setting[int] = _Setting("planning/buffer_same_city", 15)
    buffer_minutes_other_city: _Setting[int] = _Setting("planning/buffer_other_city", 90)
    caldav_server: _Setting[str] = _Setting("calendars/caldav_server", "")
    caldav_user: _Setting[str] = _Setting("calendars/caldav_user", "")
    # Printed documents: "a4" or "letter" ("" until chosen: see paper_size), "preview" or
    # "system" (which viewer shows a generated PDF), whether times also show home time.
    paper_size_chosen: _Setting[str] = _Setting("documents/paper_size", "")
    pdf_viewer: _Setting[str] = _Setting("documents/pdf_viewer", "preview")
    show_home_time: _Setting[bool] = _Setting("documents/show_home_time", True)
    # The interface: "" follows the system (language) or the language (calendar).
    language: _Setting[str] = _Setting("interface/language", "")
    calendar: _Setting[str] = _Setting("interface/calendar", "")

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store or QSettings("delegate_app", "delegate_app")

    def last_reminder(self, database: str) -> str:
        """When the officer was last told what became overdue, per database (ISO, UTC)."""
        return str(self.store.value(f"reminders/{_key(database)}", "") or "")

    def set_last_reminder(self, database: str, instant: str) -> None:
        self.store.setValue(f"reminders/{_key(database)}", instant)

    def view_option(self, view: str, name: str, default: str = "") -> str:
        """A view's option (a delegation tab's home time, its timeline zone), per view."""
        return str(self.store.value(f"views/{_key(view)}/{name}", default) or default)

    def set_view_option(self, view: str, name: str, value: str) -> None:
        self.store.setValue(f"views/{_key(view)}/{name}", value)

    @property
    def paper_size(self) -> str:
        """The paper documents are printed on: the officer's choice, else the locale's."""
        return self.paper_size_chosen or default_paper_size()

    @paper_size.setter
    def paper_size(self, value: str) -> None:
        self.paper_size_chosen = value

    def sync(self) -> None:
        self.store.sync()


def default_paper_size(locale: QLocale | None = None) -> str:
    """US Letter where it is the office paper (United States, Canada), else A4."""
    territory = (locale or QLocale.system()).territory()  # the office's, not the language's
    letter = (QLocale.Country.UnitedStates, QLocale.Country.Canada)
    return "letter" if territory in letter else "a4"
