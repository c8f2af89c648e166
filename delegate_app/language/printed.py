"""The reader of a printed document: its language and calendar, and the words, dates and
digits the document prints for that reader (catalogs ``print_<language>.ts``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..domain.wording import Wording
from . import dates, speech
from .catalog import DEFAULT_CONTEXT, ENGLISH, LANGUAGES, RIGHT_TO_LEFT, translate


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    """Marks ``text`` for pyside6-lupdate (which reads this call with its context) and
    returns it untranslated: for labels listed before the reader is known."""
    return text


@dataclass(frozen=True, slots=True)
class PrintLanguage:
    """Who reads the page: ``language`` en, fa or es; ``calendar`` gregorian, jalali or
    hijri ("" for the language's own: Solar Hijri under Persian)."""

    language: str = ENGLISH
    calendar: str = ""

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            raise ValueError(f"The language of a printed document is one of "
                             f"{', '.join(LANGUAGES)}, not “{self.language}”.")
        if self.calendar and self.calendar not in dates.CALENDARS:
            raise ValueError(f"The calendar is one of {', '.join(dates.CALENDARS)}, "
                             f"not “{self.calendar}”.")

    @property
    def chosen_calendar(self) -> str:
        return self.calendar or dates.default_calendar(self.language)

    @property
    def rtl(self) -> bool:
        return self.language in RIGHT_TO_LEFT

    @property
    def plain(self) -> bool:
        """English in the Gregorian calendar: the words and dates as the records have them."""
        return self.language == ENGLISH and self.chosen_calendar == "gregorian"

    def translate(self, context: str, text: str, disambiguation: str = "",
                  n: int = -1) -> str:
        """``text`` in the reader's language (lupdate reads calls of this name with a
        literal context and text: keep both literal)."""
        return translate(text, self.language, n, context or DEFAULT_CONTEXT)

    def say(self, words: Wording) -> str:
        """A sentence of the records (a change, a label with its values) in the reader's
        language, its days in the reader's calendar."""
        return speech.say(words, self.language, self.chosen_calendar)

    def word(self, text: str) -> str:
        """A label already marked elsewhere (an enum's label, a heading listed once)."""
        return translate(text, self.language, -1, DEFAULT_CONTEXT)

    def date(self, day: dt.date | None, style: str = "date") -> str:
        return dates.format_date(day, self.language, self.chosen_calendar, style)

    def date_range(self, first: dt.date | None, last: dt.date | None) -> str:
        return dates.format_range(first, last, self.language, self.chosen_calendar)

    def time(self, moment: dt.time) -> str:
        return dates.format_time(moment, self.language)

    def digits(self, text: str) -> str:
        return dates.localise_digits(text, self.language)

    def number(self, n: int) -> str:
        return self.digits(str(n))


ENGLISH_PRINT = PrintLanguage()
