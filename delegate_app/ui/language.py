"""The interface's language and calendar: translators, mirroring, and what the officer chose.

The choice is stored in the settings and applied when the window is built (on start); the
environment variables DELEGATE_APP_LANGUAGE and DELEGATE_APP_CALENDAR override it (tests,
screenshots, a one-off session in another language).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QTextEdit

from .. import language
from ..config import resources_dir
from . import dates
from .settings import Settings

# Each language named in itself, so an officer finds theirs whatever the window speaks.
LANGUAGE_NAMES = {"en": "English", "fa": "فارسی", "es": "Español"}
LOCALES = {"en": "en_GB", "fa": "fa_IR", "es": "es_AR"}
CALENDARS = ("gregorian", "jalali", "hijri")

_installed: list[QTranslator] = []


def system_language() -> str:
    """The system's language when we have it, else English."""
    code = QLocale.system().name().split("_")[0]
    return code if code in language.LANGUAGES else language.ENGLISH


def chosen_language(settings: Settings | None) -> str:
    wanted = os.environ.get("DELEGATE_APP_LANGUAGE", "") or (settings.language if settings else "")
    return wanted if wanted in language.LANGUAGES else system_language()


def chosen_calendar(settings: Settings | None, spoken: str) -> str:
    wanted = os.environ.get("DELEGATE_APP_CALENDAR", "") or (settings.calendar if settings else "")
    return wanted if wanted in CALENDARS else dates.default_calendar(spoken)


def apply(spoken: str, calendar: str | None = None) -> None:
    """Speak ``spoken`` from now on: catalogs (ours and Qt's own dialog buttons), the locale
    for numbers and date edits, the reading direction, the calendar of every date shown.
    Widgets built before keep their texts: the window is built after this."""
    app = QCoreApplication.instance()
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    spoken = spoken if spoken in language.LANGUAGES else language.ENGLISH
    if spoken != language.ENGLISH:
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ours = str(resources_dir() / "translations")
        for name, folder in ((f"qtbase_{spoken}", qt_folder), (f"interface_{spoken}", ours)):
            translator = QTranslator(app)
            if translator.load(name, folder):
                QCoreApplication.installTranslator(translator)
                _installed.append(translator)
    # The system's own language keeps the system's locale (its country, its paper).
    QLocale.setDefault(QLocale.system() if spoken == system_language()
                       else QLocale(LOCALES[spoken]))
    language.set_language(spoken)
    language.set_calendar(calendar or "")  # the messages services and domain say
    dates.set_calendar(spoken, calendar or dates.default_calendar(spoken))
    if isinstance(app, QApplication):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language.is_right_to_left(spoken)
                               else Qt.LayoutDirection.LeftToRight)


def apply_chosen(settings: Settings | None) -> str:
    """Apply the officer's choice (or the environment's override); returns the language."""
    spoken = chosen_language(settings)
    apply(spoken, chosen_calendar(settings, spoken))
    return spoken


def read_in_direction(view: QTextEdit) -> QTextEdit:
    """Rich text reads in the window's direction: right to left, a paragraph that starts
    with a Latin name still sits on the right (Qt would guess left to right from it)."""
    if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        option = view.document().defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        view.document().setDefaultTextOption(option)
    return view
