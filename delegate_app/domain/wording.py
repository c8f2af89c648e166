"""Messages an officer reads, kept as an English template with its values, so the layers
above can say them in the office's language without the domain knowing any language.

A template is marked ``QT_TRANSLATE_NOOP("delegate_app", "...")`` (two literal arguments,
nothing else, so ``pyside6-lupdate`` extracts it into the interface catalog); its values go
beside it, never into it, so the catalog holds one entry per sentence, not per record.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from .timefmt import format_date, format_date_range, format_day, month_name, weekday_name

CONTEXT = "delegate_app"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for the catalog (lupdate reads this call in the source); returns it."""
    return text


def _as_written(text: str) -> str:
    return text


def _shown_as_formatted(value: object, text: str) -> str:
    return text


class _Filler(string.Formatter):
    """Fills a template as str.format does, then lets ``show`` adapt each formatted value
    (Persian digits for a number, say) without touching the template's own text."""

    def __init__(self, show: Callable[[object, str], str]) -> None:
        self.show = show

    def format_field(self, value: object, format_spec: str) -> str:
        return self.show(value, format(value, format_spec))


@dataclass(frozen=True)
class Wording:
    """A sentence (or a word) to say: its English ``template`` and the ``values`` that fill
    its ``{placeholders}``; a value may itself be a Wording (a phrase said in turn)."""

    template: str
    values: Mapping[str, object] = field(default_factory=dict)

    def say(self, translate: Callable[[str], str] = _as_written,
            show: Callable[[object, str], str] = _shown_as_formatted) -> str:
        """The sentence with its template passed through ``translate`` and each formatted
        value through ``show(value, text)`` (digits); English as written by default."""
        filled = {key: value.say(translate, show) if isinstance(value, Wording) else value
                  for key, value in self.values.items()}
        text = translate(self.template)
        if not filled:
            return text
        # Values shown as formatted (English, the CLI): str.format_map does the same as the
        # Formatter in C, which matters for the thousands of sentences of a check.
        def fill(template: str) -> str:
            if show is _shown_as_formatted:
                return template.format_map(filled)
            return _Filler(show).vformat(template, (), filled)

        try:
            return fill(text)
        except (KeyError, IndexError, ValueError, AttributeError):
            # A translation that lost a placeholder must not hide the message: say it in
            # English rather than fail while reporting a failure.
            return fill(self.template)

    def __str__(self) -> str:
        return self.say()


def wording(template: str, **values: object) -> Wording:
    """``Wording(template, values)``: the template must be marked where it is written."""
    return Wording(template, values)


def joined(parts: list[Wording], separator: str = "; ") -> Wording:
    """Several sentences said one after the other (each translated on its own)."""
    keys = [f"part{index}" for index in range(len(parts))]
    template = separator.join("{" + key + "}" for key in keys)
    return Wording(template, dict(zip(keys, parts, strict=True)))


@dataclass(frozen=True)
class Moment:
    """A moment named in a message; in English "1 Dec 2026, 14:32" in this computer's time
    (the layers above say it in the office's calendar)."""

    at: datetime

    def local(self) -> datetime:
        return self.at.astimezone()

    def __format__(self, format_spec: str) -> str:
        local = self.local()
        return f"{local.day} {local:%b %Y, %H:%M}"


# How a day reads in English, by style (the layers above use the same style names with
# ``language.dates.format_date``; "short" is said there as "day").
DAY_STYLES = {
    "medium": lambda d: f"{d.day} {month_name(d)} {d.year}",  # 1 Dec 2026
    "date": format_date,  # Tue 1 Dec 2026
    "day": format_day,  # Tue 1 Dec
    "short": lambda d: f"{d.day:02d} {month_name(d)}",  # 01 Dec
    "padded": lambda d: f"{d.day:02d} {month_name(d)} {d.year}",  # 01 Dec 2026
}


@dataclass(frozen=True)
class Day:
    """A day named in a message, in one of ``DAY_STYLES``."""

    day: date
    style: str = "medium"

    def __format__(self, format_spec: str) -> str:
        return str(DAY_STYLES[self.style](self.day))


@dataclass(frozen=True)
class Clock:
    """A time of day where something happens (``at`` is already that place's local time);
    in English "Tue 14:30 Buenos Aires" (``weekday``), "Tue 8 Dec 14:30" (``day``), or
    "14:30"."""

    at: datetime
    place: str = ""
    weekday: bool = True
    day: bool = False

    def __format__(self, format_spec: str) -> str:
        at = self.at
        clock = f"{at.hour:02d}:{at.minute:02d}"
        if self.day:
            clock = f"{format_day(at)} {clock}"
        elif self.weekday:
            clock = f"{weekday_name(at)} {clock}"
        return f"{clock} {self.place}" if self.place else clock


@dataclass(frozen=True)
class Span:
    """The days from ``first`` to ``last``; in English "14–19 Apr 2026"."""

    first: date
    last: date

    def __format__(self, format_spec: str) -> str:
        return format_date_range(self.first, self.last)


class Lowered(Wording):
    """A label said in lower case inside a sentence ("marked it as confirmed"): the catalog
    keeps the label as the interface shows it."""

    def say(self, translate: Callable[[str], str] = _as_written,
            show: Callable[[object, str], str] = _shown_as_formatted) -> str:
        return super().say(translate, show).lower()


def QT_TR_NOOP(text: str) -> str:
    """Marks a word of a vocabulary table for the catalog (the extraction files it under the
    one context, "delegate_app"); returns it."""
    return text
