"""The window's pages: which there are, in the sidebar's order, and each built the first
time it is asked for (its module loaded then, or earlier while the window is idle)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from importlib import import_module

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QWidget

from .pages.today import TodayPage
from .text import tr

# The other pages' modules load while the window is idle: the first a moment after the first
# page has shown its data, then one per pause (input is handled between two).
PRELOAD_AFTER_MS, PRELOAD_PAUSE_MS = 200, 20


def _page(module: str, name: str) -> Callable[[], type[QWidget]]:
    """A page's class, loaded with the page: start-up imports the first page's module only
    (the others bring the PDF preview, dialogs and their services)."""
    def load() -> type[QWidget]:
        page_type: type[QWidget] = getattr(import_module(module, __package__), name)
        return page_type
    return load


# The sidebar, in order: key, icon, title (as the page itself says it) and the page's class
# (loaded with the page).
PAGE_TYPES: tuple[tuple[str, str, Callable[[], str], Callable[[], type[QWidget]]], ...] = (
    ("today", "today", lambda: tr("Today"), lambda: TodayPage),
    ("summits", "summits", lambda: tr("Summits"), _page(".pages.summits", "SummitsPage")),
    ("delegations", "delegations", lambda: tr("Delegations"),
     _page(".pages.delegations", "DelegationsPage")),
    ("people", "people", lambda: tr("People"), _page(".pages.people", "PeoplePage")),
    ("cities", "cities", lambda: tr("Cities & networks"), _page(".pages.cities", "CitiesPage")),
    ("organisations", "summits", lambda: tr("Organisations & networks"),
     _page(".pages.organisations", "OrganisationsPage")),
    ("commitments", "commitments", lambda: tr("Commitments"),
     _page(".pages.commitments", "CommitmentsPage")),
    ("gifts", "gifts", lambda: tr("Gift register"), _page(".pages.gifts", "GiftsPage")),
    ("activity", "history", lambda: tr("Activity"),
     _page(".history.activity_page", "ActivityPage")),
)


def until_loaded(page: QWidget) -> None:
    """Wait (the window's events flowing) until a list page shows the rows it is loading."""
    if getattr(page, "loading", False):
        loop = QEventLoop()
        page.ready.connect(loop.quit)  # type: ignore[attr-defined]
        loop.exec()
        page.ready.disconnect(loop.quit)  # type: ignore[attr-defined]


class Pages(Mapping[str, QWidget]):
    """The window's pages, each built the first time it is asked for: start-up builds only
    the page shown first."""

    def __init__(self, build: Callable[[str, type[QWidget]], QWidget]) -> None:
        self._types = {key: page_type for key, _, _, page_type in PAGE_TYPES}  # loaders
        self._built: dict[str, QWidget] = {}
        self._build = build

    def __getitem__(self, key: str) -> QWidget:
        if key not in self._built:
            self._built[key] = self._build(key, self._types[key]())
        return self._built[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._types)

    def __len__(self) -> int:
        return len(self._types)

    def built(self) -> list[QWidget]:
        return list(self._built.values())
