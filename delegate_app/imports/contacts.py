"""Contacts in: CSV, XLSX and vCard files to plain rows, each with where it came from."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

import vobject
from openpyxl import load_workbook

from ..domain import limits
from ..domain.errors import DelegateAppError

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


def _from_table(rows: list[list[object]], kind: str) -> list[ContactRow]:
    if not rows:
        raise ContactsRefusedError(f"The {kind} file is empty.")
    headings = [_field(str(h or "")) for h in rows[0]]
    if not {"given_name", "family_name"} & set(headings):
        raise ContactsRefusedError(
            f"The {kind} file has no name columns: the first row should hold headings such as "
            "given_name and family_name (or First name, Last name).")
    result = []
    for number, row in enumerate(rows[1:], start=2):
        values = {h: _clean(v) for h, v in zip(headings, row, strict=False) if h}
        if any(values.values()):
            result.append(ContactRow(f"row {number}", values))
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
    return _from_table([list(r) for r in csv.reader(io.StringIO(text), dialect)], "CSV")


def read_xlsx(raw: bytes) -> list[ContactRow]:
    try:
        book = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except Exception as exc:  # zip, XML or openpyxl errors: the file is not a workbook
        raise ContactsRefusedError("This is not an Excel workbook (.xlsx) that can be read.") \
            from exc
    return _from_table([list(r) for r in book.active.iter_rows(values_only=True)], "Excel")


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
    return ContactRow(f"card {number}", {k: str(v).strip() for k, v in values.items()})


def read_vcard(raw: bytes) -> list[ContactRow]:
    try:
        text = raw.decode("utf-8-sig")
        cards = list(vobject.readComponents(text))
    except Exception as exc:  # vobject raises ParseError and friends
        raise ContactsRefusedError(f"The vCard file is damaged and cannot be read "
                                   f"({' '.join(str(exc).split())[:100]}).") from exc
    if not cards:
        raise ContactsRefusedError("The vCard file holds no cards.")
    return [_vcard_row(n, c) for n, c in enumerate(cards, start=1)]


def read_contacts(raw: bytes, file_name: str) -> list[ContactRow]:
    if len(raw) > MAX_BYTES:
        raise ContactsRefusedError("The file is over 10 MB; split it and import the parts.")
    suffix = file_name.lower().rsplit(".", 1)[-1]
    readers = {"csv": read_csv, "xlsx": read_xlsx, "vcf": read_vcard, "vcard": read_vcard}
    if suffix not in readers:
        raise ContactsRefusedError("Contacts are imported from .csv, .xlsx or .vcf files.")
    return readers[suffix](raw)
