"""The office's languages and calendars, without Qt: translation catalogs (``catalog``) and
dates in the chosen calendar (``dates``), shared by services, printed documents and the
window."""

from .catalog import (
    ENGLISH,
    LANGUAGES,
    RIGHT_TO_LEFT,
    chosen_calendar,
    current_language,
    forget_catalogs,
    is_right_to_left,
    plural_form,
    set_calendar,
    set_language,
    translate,
    translations_dir,
)

__all__ = [
    "ENGLISH", "LANGUAGES", "RIGHT_TO_LEFT", "chosen_calendar", "current_language",
    "forget_catalogs", "is_right_to_left", "plural_form", "set_calendar", "set_language",
    "translate", "translations_dir",
]
