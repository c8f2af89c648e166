"""Importing contacts: a preview of what is created, updated or rejected, and why."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from openpyxl import Workbook

from delegate_app.imports.contacts import ContactsRefusedError
from delegate_app.services import contacts, people
from delegate_app.services.database import Database
from tests import rows

GOOD = (
    "given_name,family_name,native_name,position,organisation,city,email,languages\n"
    "Haruto,Tanaka,田中 陽翔,Director of Protocol,Tokyo Metropolitan Government,Tokyo,"
    'h.tanaka@tokyo.example,"ja, en"\n'
    'Olga,Ivanova,Ольга Иванова,Deputy Mayor,,Moscow,o.ivanova@moscow.example,"ru, en"\n'
)


def digest(db: Database) -> str:
    return rows.digest(db, "SELECT * FROM person ORDER BY id")


def test_a_good_file_creates_people_with_their_links(sample_db: Database) -> None:
    preview = contacts.preview_contacts(sample_db.sessions, GOOD.encode(), "people.csv")
    assert [w for w, _ in preview.created] == ["row 2", "row 3"] and not preview.rejected
    before = digest(sample_db)
    assert digest(sample_db) == before  # a preview writes nothing
    contacts.apply_contacts(sample_db.sessions, preview)
    tanaka = next(p for p in people.list_people(sample_db.sessions)
                  if p.data.family_name == "Tanaka")
    assert tanaka.data.native_name == "田中 陽翔" and tanaka.city_name == "Tokyo"
    assert tanaka.organisation_name == "Tokyo Metropolitan Government"
    again = contacts.preview_contacts(sample_db.sessions, GOOD.encode(), "people.csv")
    assert not again.created and len(again.unchanged) == 2


def test_a_mixed_file_says_what_happens_to_each_row(sample_db: Database) -> None:
    mayor = next(p for p in people.list_people(sample_db.sessions)
                 if p.data.precedence_rank == 1)
    book = Workbook()
    sheet = book.active
    sheet.append(["First name", "Last name", "E-mail", "Position", "Organisation"])
    sheet.append(["", "", "nobody@example.org", "", ""])
    sheet.append(["Ana", "Ruiz", "not-an-address", "", ""])
    sheet.append(["Mehdi", "Farahani", mayor.data.email, "Mayor of Tehran (2nd term)", ""])
    sheet.append(["Lucía", "Benítez", "l.benitez@example.org", "Advisor", "Unknown Org"])
    sheet.append(["Lucía", "Benítez", "l.benitez@example.org", "Advisor", ""])
    out = io.BytesIO()
    book.save(out)
    preview = contacts.preview_contacts(sample_db.sessions, out.getvalue(), "mixed.xlsx")
    lines = preview.lines()
    assert any(line.startswith("REJECTED   row 2") and "family name" in line for line in lines)
    assert any(line.startswith("REJECTED   row 3") and "e-mail" in line for line in lines)
    assert any(line.startswith("UPDATE     row 4") and "position" in line for line in lines)
    assert any(line.startswith("CREATE     row 5") for line in lines)
    assert any(line.startswith("REJECTED   row 6") and "earlier" in line for line in lines)
    assert any("Unknown Org" in line and "not on file" in line for line in lines)
    contacts.apply_contacts(sample_db.sessions, preview)
    updated = next(p for p in people.list_people(sample_db.sessions) if p.id == mayor.id)
    assert updated.data.position == "Mayor of Tehran (2nd term)"
    assert updated.data.native_name == mayor.data.native_name  # not blanked by the file


@pytest.mark.parametrize(("name", "raw", "message"), [
    ("people.xlsx", b"PK\x03\x04 broken zip", "not an Excel workbook"),
    ("people.csv", b"", "empty"),
    ("people.csv", b"colour,size\nred,XL\n", "no name columns"),
    ("people.vcf", b"BEGIN:VCARD\r\nVERSION:4.0\r\nN:broken", "damaged|no cards"),
    ("people.pdf", b"%PDF", ".csv, .xlsx or .vcf"),
])
def test_a_broken_file_is_refused_and_changes_nothing(sample_db: Database, name: str,
                                                      raw: bytes, message: str) -> None:
    before = digest(sample_db)
    with pytest.raises(ContactsRefusedError, match=message):
        contacts.preview_contacts(sample_db.sessions, raw, name)
    assert digest(sample_db) == before


def test_vcard_round_trip_changes_nothing(sample_db: Database, tmp_path: Path) -> None:
    target = tmp_path / "people.vcf"
    contacts.export_contacts(sample_db.sessions, "vcf", target)
    preview = contacts.preview_contacts(sample_db.sessions, target.read_bytes(), "people.vcf")
    assert not preview.created and not preview.updated and not preview.rejected
