"""A quick pass over a calendar's lines before parsing: sizes, counts and nesting.

The parser builds a tree of every block and property; a file of 30,000 events or one
nested a thousand deep costs it seconds and hundreds of MB before anything can be said.
Counting lines is cheap, so the limits of domain/limits.py are checked here first.
"""

from __future__ import annotations

import io

from ..domain import limits


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
