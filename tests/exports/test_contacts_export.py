"""Contacts out: vCard read back by an independent parser, spreadsheets without formulas."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import vobject
from openpyxl import load_workbook

from delegate_app.domain.records import PersonInput
from delegate_app.services import contacts, people
from delegate_app.services.database import Database


def test_vcard_keeps_every_name_in_its_script(sample_db: Database, tmp_path: Path) -> None:
    target = tmp_path / "people.vcf"
    count = contacts.export_contacts(sample_db.sessions, "vcf", target)
    raw = target.read_bytes()
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    cards = list(vobject.readComponents(raw.decode("utf-8")))
    assert len(cards) == count == len(people.list_people(sample_db.sessions))
    parsed = {}
    for card in cards:
        names = {fn.params.get("LANGUAGE", [""])[0]: fn.value for fn in card.contents["fn"]}
        parsed[(card.n.value.family, card.n.value.given)] = names
        assert card.version.value == "4.0"
    natives = 0
    for person in people.list_people(sample_db.sessions):
        names = parsed[(person.data.family_name, person.data.given_name)]
        native = person.data.native_name
        if native and native not in (f"{person.data.given_name} {person.data.family_name}",
                                     f"{person.data.family_name} {person.data.given_name}"):
            assert native in names.values(), person.display_name
            natives += 1
    assert natives >= 30
    by_lang = {lang for names in parsed.values() for lang in names}
    assert {"fa", "ja", "ru"} <= by_lang
    assert b"Prefers not to be photographed" not in raw  # internal notes never leave


def test_spreadsheets_never_carry_a_live_formula(db: Database, tmp_path: Path) -> None:
    people.create_person(db.sessions, PersonInput(
        "Eve", "Mallory", position='=HYPERLINK("http://evil.example","x")',
        phone="+98 21 5550 1001", biography="@SUM(1,2)", dietary_needs="-2+3"))
    csv_path, xlsx_path = tmp_path / "p.csv", tmp_path / "p.xlsx"
    contacts.export_contacts(db.sessions, "csv", csv_path)
    contacts.export_contacts(db.sessions, "xlsx", xlsx_path)
    [row] = list(csv.DictReader(io.StringIO(csv_path.read_text("utf-8-sig"))))
    for key in ("position", "phone", "biography", "dietary_needs"):
        assert row[key].startswith("'"), key
    sheet = load_workbook(xlsx_path).active
    headings = [c.value for c in sheet[1]]
    cells = dict(zip(headings, sheet[2], strict=True))
    for key in ("position", "phone", "biography", "dietary_needs"):
        assert cells[key].data_type == "s" and str(cells[key].value).startswith("'"), key
