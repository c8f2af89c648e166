"""Contacts in: CSV, XLSX and vCard files to plain rows, each with where it came from."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..domain import limits
from ..domain.errors import DelegateAppError
from ..domain.wording import QT_TRANSLATE_NOOP, Wording
from ..language.speech import said
from .vcard_limits import VCardRefusedError, bounded_vcard_text
from .workbook import WorkbookRefusedError, workbook_rows

MAX_BYTES = limits.CONTACTS_MAX_BYTES
# Spreadsheet headings an officer may use, mapped to our field names.
ALIASES = {
    "first name": "given_name", "given name": "given_name", "given": "given_name",
    "last name": "family_name", "surname": "family_name", "family name": "family_name",
    "family": "family_name", "name in native script": "native_name", "native name": "native_name",
    "title": "honorific", "honorific": "honorific", "position": "position", "job title": "position",
    "organisation": "organisation", "organization": "organisation", "company": "organisation",
    "city": "city", "email": "email", "e-mail": "email", "phone": "phone",
    "telephone": "phone", "mobile": "phone", "languages": "languages",
}
FIELDS = ("honorific", "given_name", "family_name", "native_name", "position", "organisation",
          "city", "email", "phone", "languages", "form_of_address_letter",
          "form_of_address_spoken", "precedence_rank", "dietary_needs", "accessibility_needs",
          "interpretation_needs", "biography")


class ContactsRefusedError(DelegateAppError):
    """The file cannot be read as contacts at all; nothing was changed."""


@dataclass
class ContactRow:
    where: str  # "row 4", "card 2"
    values: dict[str, str] = field(default_factory=dict)


def _field(heading: str) -> str | None:
    key = heading.strip().lower().replace("_", " ")
    if key.replace(" ", "_") in FIELDS:
        return key.replace(" ", "_")
    return ALIASES.get(key)


def _clean(value: object) -> str:
    text = "" if value is None else str(value).strip()
    return text[1:] if text.startswith("'") and text[1:2] in ("=", "+", "-", "@") else text


def _too_long(where: Wording) -> ContactsRefusedError:
    return ContactsRefusedError(QT_TRANSLATE_NOOP(
        "delegate_app", "{where} holds a value over {limit:,} characters; values that long are "
        "refused."), where=where, limit=limits.CONTACTS_MAX_FIELD_CHARS)


def _checked(number: int, row: Sequence[object], kind: str) -> Sequence[object]:
    """The row, once it is known to be inside the limits of a contacts table."""
    if number > limits.CONTACTS_MAX_PEOPLE + 1:
        raise ContactsRefusedError(QT_TRANSLATE_NOOP(
            "delegate_app", "The {kind} file has more than {limit:,} rows; split it and import "
            "the parts."), kind=kind, limit=limits.CONTACTS_MAX_PEOPLE)
    if len(row) > limits.CONTACTS_MAX_COLUMNS and any(
            v not in (None, "") for v in row[limits.CONTACTS_MAX_COLUMNS:]):
        raise ContactsRefusedError(QT_TRANSLATE_NOOP(
            "delegate_app", "Row {row:,} of the {kind} file has values beyond its first "
            "{limit:,} columns; contacts tables that wide are refused."),
            row=number, kind=kind, limit=limits.CONTACTS_MAX_COLUMNS)
    if any(len(str(v)) > limits.CONTACTS_MAX_FIELD_CHARS for v in row if v is not None):
        raise _too_long(Wording(QT_TRANSLATE_NOOP("delegate_app", "Row {row:,} of the {kind} file"),
                                {"row": number, "kind": kind}))
    return row[:limits.CONTACTS_MAX_COLUMNS]


def _from_table(rows: Iterable[Sequence[object]], kind: str) -> list[ContactRow]:
    """Rows to contacts; the rows are checked one by one as they are read, so a table past a
    limit is refused before the rest of it is built."""
    numbered = enumerate(rows, start=1)
    first = next(numbered, None)
    if first is None:
        raise ContactsRefusedError(QT_TRANSLATE_NOOP("delegate_app", "The {kind} file is empty."),
                                   kind=kind)
    headings = [_field(str(h or "")) for h in _checked(1, first[1], kind)]
    if not {"given_name", "family_name"} & set(headings):
        raise ContactsRefusedError(QT_TRANSLATE_NOOP(
            "delegate_app", "The {kind} file has no name columns: the first row should hold "
            "headings such as given_name and family_name (or First name, Last name)."), kind=kind)
    result = []
    for number, row in numbered:
        if not any(v not in (None, "") for v in row):
            continue  # blank rows do not count against the limit
        values = {h: _clean(v) for h, v in zip(headings, _checked(number, row, kind),
                                                strict=False) if h}
        if any(values.values()):
            result.append(ContactRow(said(QT_TRANSLATE_NOOP("delegate_app", "row {n}"),
                                          n=number), values))
    return result


def read_csv(raw: bytes) -> list[ContactRow]:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    # newline="" lets csv see every line ending itself: a lone CR ends a line as in old files.
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        return _from_table(reader, "CSV")
    except csv.Error as exc:
        # csv's own ceiling (131,072 characters a field) is above ours, so it meets a value
        # too long for us; anything else it says is about quoting.
        if "field larger than field limit" in str(exc):
            raise _too_long(Wording(QT_TRANSLATE_NOOP(
                "delegate_app", "Line {line:,} of the CSV file"),
                {"line": reader.line_num})) from exc
        raise ContactsRefusedError(QT_TRANSLATE_NOOP(
            "delegate_app", "The CSV file is damaged at line {line:,} ({reason}); save it again "
            "from the spreadsheet."), line=reader.line_num, reason=str(exc)) from exc


def read_xlsx(raw: bytes) -> list[ContactRow]:
    try:
        return _from_table(workbook_rows(raw), "Excel")
    except WorkbookRefusedError as exc:
        raise ContactsRefusedError(exc.message) from exc


def _vcard_row(number: int, card: object) -> ContactRow:
    values: dict[str, str] = {}
    contents = card.contents  # type: ignore[attr-defined]
    if "n" in contents:
        n = contents["n"][0].value
        values.update(family_name=n.family or "", given_name=n.given or "",
                      honorific=n.prefix or "")
    for fn in contents.get("fn", []):
        language = fn.params.get("LANGUAGE", [""])[0]
        if language and language.lower() not in ("en", "und"):
            values["native_name"] = fn.value
    for prop, name in (("title", "position"), ("email", "email"), ("tel", "phone"),
                       ("note", "biography")):
        if prop in contents:
            values[name] = str(contents[prop][0].value).removeprefix("tel:")
    if "org" in contents:
        org = contents["org"][0].value
        values["organisation"] = org[0] if isinstance(org, list) else str(org)
    if "lang" in contents:
        values["languages"] = ", ".join(str(p.value) for p in contents["lang"])
    if any(len(str(v)) > limits.CONTACTS_MAX_FIELD_CHARS for v in values.values()):
        raise _too_long(Wording(QT_TRANSLATE_NOOP(
            "delegate_app", "Card {card:,} of the vCard file"), {"card": number}))
    return ContactRow(said(QT_TRANSLATE_NOOP("delegate_app", "card {n}"), n=number),
                      {k: str(v).strip() for k, v in values.items()})


def read_vcard(raw: bytes) -> list[ContactRow]:
    try:
        text = bounded_vcard_text(raw.decode("utf-8-sig", errors="replace"))
    except VCardRefusedError as exc:
        raise ContactsRefusedError(exc.message) from exc
    import vobject  # loaded for a vCard to read, not before

    try:
        cards = list(vobject.readComponents(text))
    except MemoryError:
        raise
    except Exception as exc:  # vobject raises ParseError and friends
        raise ContactsRefusedError(QT_TRANSLATE_NOOP(
            "delegate_app", "The vCard file is damaged and cannot be read ({reason})."),
            reason=" ".join(str(exc).split())[:100]) from exc
    if not cards:
        raise ContactsRefusedError(QT_TRANSLATE_NOOP(
            "delegate_app", "The vCard file holds no cards."))
    return [_vcard_row(n, c) for n, c in enumerate(cards, start=1)]


def read_contacts(raw: bytes, file_name: str) -> list[ContactRow]:
    if len(raw) > MAX_BYTES:
        raise ContactsRefusedError(QT_TRANSLATE_NOOP(
            "delegate_app", "The file is over {size} MB; split it and import the parts."),
            size=MAX_BYTES // limits.MIB)
    suffix = file_name.lower().rsplit(".", 1)[-1]
    readers = {"csv": read_csv, "xlsx": read_xlsx, "vcf": read_vcard, "vcard": read_vcard}
    if suffix not in readers:
        raise ContactsRefusedError(QT_TRANSLATE_NOOP(
            "delegate_app", "Contacts are imported from .csv, .xlsx or .vcf files."))
    return readers[suffix](raw)
