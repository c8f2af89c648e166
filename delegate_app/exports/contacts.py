"""Contacts out: vCard 4.0 for phones, CSV and XLSX for spreadsheets (formulas neutralised)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from .tables import table_csv, table_xlsx

UID_NAMESPACE = uuid.UUID("5b8f3c5e-4c1e-4d0e-9a55-7d2f0c1e6a10")


@dataclass(frozen=True, slots=True)
class ContactCard:
    """A person as shared outside the office: never internal notes."""

    id: int
    honorific: str
    given_name: str
    family_name: str
    display_name: str
    native_name: str
    native_language: str
    position: str
    organisation: str
    city: str
    email: str
    phone: str
    languages: tuple[str, ...]
    form_of_address_letter: str
    form_of_address_spoken: str
    precedence_rank: int | None
    dietary_needs: str
    accessibility_needs: str
    interpretation_needs: str
    biography: str
    updated_at: datetime


COLUMNS = ("id", "honorific", "given_name", "family_name", "native_name", "position",
           "organisation", "city", "email", "phone", "languages", "form_of_address_letter",
           "form_of_address_spoken", "precedence_rank", "dietary_needs", "accessibility_needs",
           "interpretation_needs", "biography")


def _row(card: ContactCard) -> list[object]:
    values = {**{c: getattr(card, c, "") for c in COLUMNS},
              "languages": ", ".join(card.languages),
              "precedence_rank": card.precedence_rank if card.precedence_rank else ""}
    return [values[c] for c in COLUMNS]


def contacts_csv(cards: Sequence[ContactCard]) -> bytes:
    return table_csv(COLUMNS, (_row(c) for c in cards))


def contacts_xlsx(cards: Sequence[ContactCard], title: str = "People") -> bytes:
    return table_xlsx(COLUMNS, (_row(c) for c in cards), title)


def _escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def _fold(line: str) -> str:
    """Lines of at most 75 octets, never splitting a UTF-8 character (RFC 6350 3.2)."""
    out, current, size = [], "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > 75:
            out.append(current)
            current, size = " ", 1
        current += char
        size += width
    out.append(current)
    return "\r\n".join(out)


def vcard(card: ContactCard) -> str:
    uid = uuid.uuid5(UID_NAMESPACE, f"person:{card.id}")
    lines = ["BEGIN:VCARD", "VERSION:4.0", f"UID:urn:uuid:{uid}", "KIND:individual"]
    latin = {f"{card.given_name} {card.family_name}".strip(),
             f"{card.family_name} {card.given_name}".strip(), card.display_name}
    if card.native_name and card.native_name not in latin:
        lines.append(f"FN;ALTID=1;LANGUAGE=en:{_escape(card.display_name)}")
        lines.append(f"FN;ALTID=1;LANGUAGE={card.native_language or 'und'}:"
                     f"{_escape(card.native_name)}")
    else:
        lines.append(f"FN:{_escape(card.display_name)}")
    lines.append(f"N:{_escape(card.family_name)};{_escape(card.given_name)};;"
                 f"{_escape(card.honorific)};")
    for prop, value in (("TITLE", card.position), ("ORG", card.organisation),
                        ("NOTE", card.biography)):
        if value:
            lines.append(f"{prop}:{_escape(value)}")
    if card.email:
        lines.append(f"EMAIL;TYPE=work:{card.email}")
    if card.phone:
        lines.append(f"TEL;TYPE=work;VALUE=text:{_escape(card.phone)}")
    if card.city:
        lines.append(f"ADR;TYPE=work:;;;{_escape(card.city)};;;")
    lines += [f"LANG;PREF={n}:{code}" for n, code in enumerate(card.languages, start=1)]
    lines.append(f"REV:{card.updated_at:%Y%m%dT%H%M%SZ}")
    lines.append("END:VCARD")
    return "".join(_fold(line) + "\r\n" for line in lines)


def contacts_vcf(cards: Sequence[ContactCard]) -> bytes:
    return "".join(vcard(c) for c in cards).encode("utf-8")
