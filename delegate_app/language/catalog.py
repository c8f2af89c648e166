"""One catalog per language, read without Qt, for the layers below the interface.

The catalogs are Qt Linguist files (``resources/translations/*_<language>.ts``): the window
loads their compiled ``.qm`` through QTranslator; services and printed documents, which may
not import Qt, read the same ``.ts`` text here. So one translation serves the screen and the
page.
"""

from __future__ import annotations

import threading
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from ..config import resources_dir

ENGLISH = "en"
LANGUAGES = ("en", "fa", "es")
RIGHT_TO_LEFT = frozenset({"fa"})
DEFAULT_CONTEXT = "delegate_app"
# A catalog is text we ship; anything larger than this is not ours and is not read.
_CATALOG_LIMIT = 8 * 1024 * 1024

_lock = threading.Lock()
_current = ENGLISH
_calendar = ""  # "" is the language's own calendar
_CALENDARS = ("gregorian", "jalali", "hijri")
_catalogs: dict[str, dict[tuple[str, str], tuple[str, ...]]] = {}


def translations_dir() -> Path:
    return resources_dir() / "translations"


def set_language(language: str) -> None:
    """The language of messages made from now on (the interface's choice), in its own
    calendar until ``set_calendar`` says otherwise."""
    global _current, _calendar
    _current = language if language in LANGUAGES else ENGLISH
    _calendar = ""


def current_language() -> str:
    return _current


def set_calendar(calendar: str) -> None:
    """The calendar chosen in Settings for the days messages name from now on (gregorian,
    jalali or hijri; anything else, or "", is the language's own). Set after the language."""
    global _calendar
    _calendar = calendar if calendar in _CALENDARS else ""


def chosen_calendar() -> str:
    """The calendar set for messages, "" when it is the language's own."""
    return _calendar


def is_right_to_left(language: str | None = None) -> bool:
    return (language or _current) in RIGHT_TO_LEFT


def plural_form(language: str, n: int) -> int:
    """Which numerus form Qt Linguist keeps for ``n`` (Qt's rules: Persian has one form,
    Spanish and English two: one, and everything else)."""
    if language == "fa":
        return 0
    return 0 if n == 1 else 1


def translate(text: str, language: str | None = None, n: int = -1,
              context: str = DEFAULT_CONTEXT) -> str:
    """``text`` in ``language`` (default: the current one); ``%n`` becomes ``n``. A text the
    catalog lacks, or has not translated yet, stays as written."""
    chosen = language or _current
    result = text
    if chosen != ENGLISH:
        forms = _catalog(chosen).get((context, text))
        if forms:
            index = plural_form(chosen, n) if n >= 0 else 0
            result = forms[min(index, len(forms) - 1)] or text
    if n >= 0:
        result = result.replace("%n", str(n))
    return result


def _catalog(language: str) -> dict[tuple[str, str], tuple[str, ...]]:
    with _lock:
        if language not in _catalogs:
            _catalogs[language] = _read_catalogs(language)
        return _catalogs[language]


def forget_catalogs() -> None:
    """Read the catalogs again on next use (after they were rebuilt)."""
    with _lock:
        _catalogs.clear()


def _read_catalogs(language: str) -> dict[tuple[str, str], tuple[str, ...]]:
    entries: dict[tuple[str, str], tuple[str, ...]] = {}
    folder = translations_dir()
    if not folder.is_dir():
        return entries
    for path in sorted(folder.glob(f"*_{language}.ts")):
        if path.stat().st_size <= _CATALOG_LIMIT:
            entries.update(_read_catalog(path))
    return entries


def _read_catalog(path: Path) -> dict[tuple[str, str], tuple[str, ...]]:
    entries: dict[tuple[str, str], tuple[str, ...]] = {}
    root = ElementTree.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None:
                continue
            # lrelease keeps unfinished translations too (an empty one falls back to English).
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            # A disambiguated sense ("Open" a delegation) is the window's alone; the layers
            # below ask for the plain text (the status "Open"), wherever it is listed.
            if message.findtext("comment") and (name, source) in entries:
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            entries[(name, source)] = tuple(forms) if forms else (translation.text or "",)
    return entries
