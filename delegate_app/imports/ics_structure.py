"""A calendar file as a whole: decoded, checked against the limits, then parsed.

The parser builds a tree of every block and property; a file of 30,000 events or one
nested a thousand deep costs it seconds and hundreds of MB before anything can be said.
Counting lines is cheap, so the limits of domain/limits.py are checked here first, and a
file past one is refused with a sentence that names it.
"""

from __future__ import annotations

import io
import unicodedata

from icalendar import Calendar

from ..domain import limits
from ..domain.errors import DelegateAppError
from ..domain.wording import QT_TRANSLATE_NOOP
from ..language.speech import said


def _plural(count: int, word: str) -> str:
    return f"{count:,} {word}{'' if count == 1 else 's'}"


class _Count:
    def __init__(self) -> None:
        self.lines = self.components = self.events = 0
        self.properties: list[int] = []  # per open block, innermost last

    def begin(self, name: str) -> str | None:
        self.components += 1
        self.properties.append(0)
        if name == "VEVENT":
            self.events += 1
            if self.events > limits.ICS_MAX_EVENTS:
                return (f"it holds more than {_plural(limits.ICS_MAX_EVENTS, 'event')} (the "
                        "limit for one file). Export a shorter period and try again.")
        if len(self.properties) > limits.ICS_MAX_DEPTH:
            return (f"its blocks are nested more than {limits.ICS_MAX_DEPTH} deep (the limit); "
                    "no calendar application writes that.")
        if self.components > limits.ICS_MAX_COMPONENTS:
            return (f"it holds more than {_plural(limits.ICS_MAX_COMPONENTS, 'block')} "
                    "(events, reminders, zones; the limit for one file).")
        return None

    def end(self) -> None:
        if self.properties:
            self.properties.pop()

    def property(self) -> str | None:
        if self.properties:
            self.properties[-1] += 1
            if self.properties[-1] > limits.ICS_MAX_PROPERTIES_PER_COMPONENT:
                return (f"one of its blocks has more than "
                        f"{_plural(limits.ICS_MAX_PROPERTIES_PER_COMPONENT, 'line')} of data "
                        "(the limit).")
        return None


def _logical_lines(text: str) -> io.StringIO:
    if "\n" not in text and "\r" in text:
        text = text.replace("\r", "\n")  # old Mac line ends
    return io.StringIO(text)


def check_structure(text: str) -> str | None:
    """The first limit the file passes, as the end of a sentence; None when within all."""
    count = _Count()
    length = 0
    for number, line in enumerate(_logical_lines(text), start=1):
        line = line.rstrip("\r\n")
        if line[:1] in (" ", "\t"):  # a folded continuation of the line before
            length += len(line) - 1
        else:
            length = len(line)
            count.lines += 1
            if count.lines > limits.ICS_MAX_LINES:
                return (f"it has more than {_plural(limits.ICS_MAX_LINES, 'line')} (the "
                        "limit). Export a shorter period and try again.")
            head = line[:6].upper()
            if head == "BEGIN:":
                problem = count.begin(line[6:].strip().upper())
            elif head[:4] == "END:":
                count.end()
                problem = None
            else:
                problem = count.property()
            if problem:
                return problem
        if length > limits.ICS_MAX_LINE_CHARS:
            return (f"line {number:,} is longer than "
                    f"{_plural(limits.ICS_MAX_LINE_CHARS, 'character')} (the limit for one "
                    "line).")
    return None


class ImportRefusedError(DelegateAppError):
    """The file as a whole cannot be imported; nothing was changed."""




def short_reason(exc: BaseException) -> str:
    """A parser's complaint as one short printable line (it may quote the broken data)."""
    text = " ".join("".join(c if c.isprintable() else " " for c in str(exc)).split())
    return text if len(text) <= 120 else text[:117] + "…"


def _decode(raw: bytes, notices: list[str]) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        notices.append(said(QT_TRANSLATE_NOOP(
            "delegate_app", "The file is not valid UTF-8 (byte {byte}); it was read as "
            "Windows-1252 — check accented names."), byte=exc.start))
        return raw.decode("cp1252", errors="replace")


def _refuse_zone_bombs(calendar: Calendar) -> None:
    """A zone whose offset changes more often than yearly is no real zone, and working
    it out would take for ever: refuse the file before any time is read."""
    for zone in calendar.walk("VTIMEZONE"):
        for part in zone.subcomponents:
            rule = part.get("RRULE")
            freq = rule.get("FREQ") if hasattr(rule, "get") else None
            if freq and str(freq[0]).upper() not in ("YEARLY", "MONTHLY"):
                raise ImportRefusedError(QT_TRANSLATE_NOOP(
                    "delegate_app", "The file's time zone “{zone}” changes its offset more "
                    "often than once a year, which no real time zone does; the file was not "
                    "imported."), zone=clean(str(zone.get("TZID", "")))[:60])


def parse(raw: bytes, notices: list[str]) -> Calendar:
    """The file as a calendar, once its size and structure are within the limits."""
    if len(raw) > limits.ICS_MAX_BYTES:
        raise ImportRefusedError(QT_TRANSLATE_NOOP(
            "delegate_app", "The file is {size} MB; calendars over {limit} MB are refused. "
            "Export a shorter period and try again."),
            size=len(raw) // limits.MIB, limit=limits.ICS_MAX_BYTES // limits.MIB)
    text = _decode(raw, notices)
    if "BEGIN:VCALENDAR" not in text.upper():
        raise ImportRefusedError(QT_TRANSLATE_NOOP(
            "delegate_app", "This is not an iCalendar file (no BEGIN:VCALENDAR)."))
    problem = check_structure(text)
    if problem:
        raise ImportRefusedError(QT_TRANSLATE_NOOP(
            "delegate_app", "The calendar file was not imported: {problem}"), problem=problem)
    try:
        calendar = Calendar.from_ical(text)
    except Exception as exc:  # icalendar raises many kinds on broken input
        raise ImportRefusedError(QT_TRANSLATE_NOOP(
            "delegate_app", "The calendar file is damaged and cannot be read ({reason})."),
            reason=short_reason(exc)) from exc
    if getattr(calendar, "name", "") != "VCALENDAR":
        raise ImportRefusedError(QT_TRANSLATE_NOOP(
            "delegate_app", "This is not an iCalendar file (no VCALENDAR)."))
    _refuse_zone_bombs(calendar)
    return calendar


def clean(text: str) -> str:
    """Control characters out (PostgreSQL refuses NUL; none belongs in a title)."""
    if text.isprintable():
        return text
    return "".join(c for c in text if c in "\n\t" or unicodedata.category(c) not in (
        "Cc", "Cs", "Co", "Cn"))
