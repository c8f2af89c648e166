"""Messages said in the reader's language, without Qt: a ``Wording``'s template from the
interface catalog, its numbers in the language's digits and separators, its days and times in
the calendar the language expects; names, paths and codes as written. The layers below the
window (services, imports) say their sentences through here."""

from __future__ import annotations

from ..domain.wording import Clock, Day, Moment, Span, Wording
from .catalog import (
    ENGLISH,
    chosen_calendar,
    current_language,
    is_right_to_left,
    translate,
)
from .dates import (
    default_calendar,
    format_date,
    format_range,
    format_time,
    localise_digits,
    weekday_name,
)


def say(words: Wording, chosen: str | None = None, calendar: str | None = None,
        isolated: bool = False) -> str:
    """``words`` in ``chosen`` (default: the interface's language): the template from the
    interface catalog, numbers in the language's digits, days in ``calendar`` (default: the
    one chosen for the interface, ``set_calendar``, when ``words`` are said in the
    interface's language; else the language's own); names and paths as they are.
    ``isolated``: under a right-to-left language each text value (a name, a quoted note)
    is a bidi isolate (FSI…PDI), so a Latin note's full stop stays at its end (for the
    window; a printed page shapes its own runs)."""
    tongue = chosen or current_language()
    interface = chosen_calendar() if tongue == current_language() else ""
    counted = calendar or interface or default_calendar(tongue)

    def show(value: object, text: str) -> str:
        if tongue == ENGLISH and counted == "gregorian":
            return text
        if isinstance(value, int | float) and not isinstance(value, bool):
            return _number(text, tongue)
        if isinstance(value, Day | Moment | Clock | Span):
            return _when(value, tongue, counted)
        if isolated and isinstance(value, str) and is_right_to_left(tongue):
            return f"\u2068{text}\u2069"
        return text

    return words.say(lambda text: translate(text, tongue), show)


# How each language separates thousands and decimals ("1,234.5" as Python writes it).
_SEPARATORS = {"fa": str.maketrans({",": "٬", ".": "٫"}), "es": str.maketrans({",": ".", ".": ","})}


def _number(text: str, tongue: str) -> str:
    """A formatted number in the reader's digits and separators."""
    return localise_digits(text.translate(_SEPARATORS.get(tongue, {})), tongue)


def _when(value: Day | Moment | Clock | Span, tongue: str, calendar: str) -> str:
    """A day or a moment in the reader's calendar, a time of day with the reader's weekday
    names and digits."""
    if isinstance(value, Span):
        return format_range(value.first, value.last, tongue, calendar)
    if isinstance(value, Clock):
        clock = format_time(value.at.time(), tongue)
        if value.day:
            clock = f"{format_date(value.at.date(), tongue, calendar, 'day')} {clock}"
        elif value.weekday:
            clock = f"{weekday_name(value.at.date(), tongue, abbreviated=True)} {clock}"
        return f"{clock} {value.place}" if value.place else clock
    if isinstance(value, Day):
        style = {"short": "day", "padded": "medium"}.get(value.style, value.style)
        return format_date(value.day, tongue, calendar, style)
    local = value.local()
    separator = "، " if tongue == "fa" else ", "
    return (format_date(local.date(), tongue, calendar, "medium") + separator
            + format_time(local.time(), tongue))


def said(template: str, **values: object) -> str:
    """``template`` (marked for the catalog where it is written) with ``values``, said now in
    the interface's language: for sentences kept as text once made (an import's notices)."""
    return say(Wording(template, values))
