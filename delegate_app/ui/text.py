"""Translation hook: every user-visible string of the interface passes through ``tr``."""

from __future__ import annotations

import string

from PySide6.QtCore import QCoreApplication

from ..domain.conflicts import Conflict
from ..domain.wording import Wording
from ..language import current_language
from ..language.dates import localise_digits
from ..services.failures import explain, field_messages, say

CONTEXT = "delegate_app"


class _LocalDigits(string.Formatter):
    """str.format, with the numbers it fills in written in the language's digits."""

    def format_field(self, value: object, format_spec: str) -> str:
        text = format(value, format_spec)
        if isinstance(value, int | float) and not isinstance(value, bool):
            return localise_digits(text, current_language())
        return text


_FILL = _LocalDigits()


class Text(str):
    """A translated text; ``format`` writes the numbers it fills in as the reader does
    (Persian digits under Persian)."""

    __slots__ = ()

    def format(self, *args: object, **kwargs: object) -> str:
        return _FILL.vformat(self, args, kwargs)


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return Text(QCoreApplication.translate(CONTEXT, text, disambiguation, n))


def translated(text: str) -> str:
    """A text written below the interface (a domain label, a rule's message), in the
    interface's language: the same catalog and context as ``tr``; its words are extracted
    where they are written."""
    return QCoreApplication.translate(CONTEXT, text)


def error_text(error: BaseException) -> str:
    """What to tell the officer about a failure: our own messages as they are, anything else
    as one sentence (its detail goes to the log file)."""
    return explain(error)


def error_fields(error: BaseException) -> dict[str, str]:
    """What to say beside each field of a refused form, in the interface's language (field
    "" for the form as a whole)."""
    return field_messages(error)


def conflict_text(conflict: Conflict) -> str:
    """A conflict of the programme in the interface's language."""
    return say(conflict.wording) if conflict.wording is not None else conflict.message


NOUNS = {
    "city": lambda: tr("city"), "commitment": lambda: tr("commitment"),
    "delegation": lambda: tr("delegation"), "gift": lambda: tr("gift"),
    "organisation": lambda: tr("organisation"), "person": lambda: tr("person"),
    "summit": lambda: tr("summit"), "itinerary item": lambda: tr("itinerary item"),
    "partnership": lambda: tr("partnership"), "summit session": lambda: tr("summit session"),
}


def said(words: Wording) -> str:
    """A sentence the layers below made, in the interface's language."""
    return say(words)


def noun_text(noun: str) -> str:
    """The record's kind in the officer's language ("person", "city")."""
    return NOUNS[noun]() if noun in NOUNS else noun
