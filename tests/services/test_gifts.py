"""The gift register and its yearly export for the ethics office."""

from __future__ import annotations

import csv
import io
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from delegate_app.domain.enums import GiftDirection
from delegate_app.domain.errors import ValidationError
from delegate_app.domain.records import GiftInput
from delegate_app.services import gifts
from delegate_app.services.database import Database


def test_register_by_year_without_internal_notes(sample_db: Database, tmp_path: Path) -> None:
    rows = gifts.list_gifts(sample_db.sessions)
    year = rows[0].data.given_on.year
    in_year = [r for r in rows if r.data.given_on.year == year]
    change = gifts.create_gift(sample_db.sessions, GiftInput(
        date(year, 3, 1), GiftDirection.RECEIVED, "=cmd|' /C calc'!A0 lacquer box",
        estimated_value=Decimal("120.50"), currency="jpy", internal_notes="SECRET-NOTE"))
    assert gifts.get_gift(sample_db.sessions, change.id)[1].currency == "JPY"
    xlsx, csv_path = tmp_path / "g.xlsx", tmp_path / "g.csv"
    assert gifts.export_register(sample_db.sessions, year, "xlsx", xlsx) == len(in_year) + 1
    gifts.export_register(sample_db.sessions, year, "csv", csv_path)
    sheet = load_workbook(xlsx).active
    values = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    assert len(values) == len(in_year) + 1
    assert all(str(v[0]).startswith(str(year)) for v in values)
    text = csv_path.read_text("utf-8-sig")
    assert "SECRET-NOTE" not in text and "'=cmd" in text
    records = list(csv.DictReader(io.StringIO(text)))
    assert any(r["Estimated value"] == "120.5" and r["Currency"] == "JPY" for r in records)


@pytest.mark.parametrize(("data", "field"), [
    (GiftInput(date(2026, 1, 1), GiftDirection.GIVEN, ""), "description"),
    (GiftInput(date(2026, 1, 1), GiftDirection.GIVEN, "Vase", currency="EURO"), "currency"),
    (GiftInput(date(2026, 1, 1), GiftDirection.GIVEN, "Vase",
               estimated_value=Decimal("-1"), currency="EUR"), "estimated_value"),
    (GiftInput(date(2026, 1, 1), GiftDirection.GIVEN, "Vase",
               estimated_value=Decimal("10")), "currency"),
])
def test_bad_entries_are_refused(db: Database, data: GiftInput, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        gifts.create_gift(db.sessions, data)
    assert field in caught.value.field_errors
    assert gifts.list_gifts(db.sessions) == []
