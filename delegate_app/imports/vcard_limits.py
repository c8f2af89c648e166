"""vCard text measured before vobject parses it: cards, nesting, line lengths and pictures.

vobject builds every card and property in memory and takes about a millisecond a card, so
the text is walked once first, line by line, and refused at the first limit it passes.
Pictures, sounds and keys are dropped here (the import does not keep them), once their
size is known to be within bounds.
"""

from __future__ import annotations

import re

from ..domain import limits
from ..domain.errors import DelegateAppError
from ..domain.wording import QT_TRANSLATE_NOOP

BINARY_PROPERTIES = ("PHOTO", "LOGO", "SOUND", "KEY")
LINE_BREAK = re.compile(r"\r\n|\r|\n")  # what vCard calls a line end, and nothing else


class VCardRefusedError(DelegateAppError):
    """The vCard file is over a limit; nothing was read from it."""


def _name(line: str) -> str:
    """The property name of a content line: "item1.PHOTO;ENCODING=b:..." gives PHOTO."""
    head = line.split(":", 1)[0].split(";", 1)[0]
    return head.rsplit(".", 1)[-1].strip().upper()


def _check_line(name: str, length: int, card: int) -> None:
    if name in BINARY_PROPERTIES:
        if length > limits.VCARD_MAX_PHOTO_BYTES:
            raise VCardRefusedError(QT_TRANSLATE_NOOP(
                "delegate_app", "Card {card:,} of the vCard file carries a {what} over {size} "
                "MB; it is refused."),
                card=card, what=name.lower(), size=limits.VCARD_MAX_PHOTO_BYTES // limits.MIB)
    elif length > limits.VCARD_MAX_LINE_CHARS:
        raise VCardRefusedError(QT_TRANSLATE_NOOP(
            "delegate_app", "Card {card:,} of the vCard file has a {what} over {limit:,} "
            "characters; it is refused."),
            card=card, what=name or "line", limit=limits.VCARD_MAX_LINE_CHARS)


def bounded_vcard_text(text: str) -> str:
    """The text to give vobject, without its pictures; refuses a file over any limit."""
    kept: list[str] = []
    depth = cards = in_card = 0
    name, length, dropping = "", 0, False
    for line in LINE_BREAK.split(text):
        if line[:1] in (" ", "\t") and name:  # a folded continuation of the line above
            length += len(line) - 1
            _check_line(name, length, cards)
            if not dropping:
                kept.append(line)
            continue
        name, length = _name(line), len(line)
        _check_line(name, length, cards)
        dropping = name in BINARY_PROPERTIES
        in_card += 1
        if name == "BEGIN":
            depth += 1
            if depth == 1:
                cards, in_card = cards + 1, 0
            _check_nesting(depth, cards)
        elif in_card > limits.VCARD_MAX_LINES_PER_CARD:
            # vobject takes about a second per 10,000 lines: a card is bounded before it.
            raise VCardRefusedError(QT_TRANSLATE_NOOP(
                "delegate_app", "Card {card:,} of the vCard file has more than {limit:,} "
                "lines; it is refused."), card=max(cards, 1),
                limit=limits.VCARD_MAX_LINES_PER_CARD)
        elif name == "END":
            depth -= 1
        if not dropping:
            kept.append(line)
    return "\r\n".join(kept) + "\r\n"


def _check_nesting(depth: int, cards: int) -> None:
    if cards > limits.CONTACTS_MAX_PEOPLE:
        raise VCardRefusedError(QT_TRANSLATE_NOOP(
            "delegate_app", "The vCard file holds more than {limit:,} cards; split it and "
            "import the parts."), limit=limits.CONTACTS_MAX_PEOPLE)
    if depth > limits.VCARD_MAX_NESTING:
        raise VCardRefusedError(QT_TRANSLATE_NOOP(
            "delegate_app", "Card {card:,} of the vCard file has cards nested more than {limit} "
            "deep; it is refused."), card=cards, limit=limits.VCARD_MAX_NESTING)
