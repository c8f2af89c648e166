"""Commitments as tasks (VTODO), CSV and Excel, read back by real parsers."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from pathlib import Path

import pytest
from icalendar import Calendar
from openpyxl import load_workbook

from delegate_app.domain.enums import CommitmentStatus, Priority
from delegate_app.domain.errors import NotFoundError
from delegate_app.domain.follow_up import StatusChange
from delegate_app.services import commitment_exports, commitments
from delegate_app.services.database import Database
from tests.conftest import SAMPLE_NOW, SAMPLE_TODAY


def _todos(path: Path) -> dict[str, object]:
    calendar = Calendar.from_ical(path.read_bytes())
    return {str(t["summary"]): t for t in calendar.walk("VTODO")}


def test_tasks_carry_uid_due_status_priority_sequence(sample_db: Database,
                                                      tmp_path: Path) -> None:
    target = tmp_path / "tasks.ics"
    rows = commitments.list_commitments(sample_db.sessions, SAMPLE_NOW)
    count = commitment_exports.export_commitments(sample_db.sessions, "ics", target,
                                                  now=SAMPLE_NOW)
    assert count == len(rows) == 19
    calendar = Calendar.from_ical(target.read_bytes())
    assert calendar["method"] == "PUBLISH"
    todos = _todos(target)
    expected = {CommitmentStatus.OPEN: "NEEDS-ACTION", CommitmentStatus.IN_PROGRESS: "IN-PROCESS",
                CommitmentStatus.DONE: "COMPLETED", CommitmentStatus.DROPPED: "CANCELLED"}
    for row in rows:
        todo = todos[row.description]
        assert todo["status"] == expected[row.status]
        assert int(todo["priority"]) == {Priority.HIGH: 1, Priority.NORMAL: 5,
                                         Priority.LOW: 9}[row.priority]
        if row.due_on:
            assert todo.decoded("due") == row.due_on
        assert ("completed" in todo) == (row.status is CommitmentStatus.DONE)
        assert row.internal_notes not in str(todo.get("description", "")) or not (
            row.internal_notes)
    assert len({str(t["uid"]) for t in todos.values()}) == 19
    # Overdue ones come first, the longest late at the top.
    first = str(calendar.walk("VTODO")[0]["summary"])
    assert next(r for r in rows if r.description == first).overdue


def test_uid_is_stable_and_sequence_rises_with_each_change(sample_db: Database,
                                                           tmp_path: Path) -> None:
    row = next(r for r in commitments.list_commitments(sample_db.sessions, SAMPLE_NOW)
               if r.status is CommitmentStatus.OPEN)
    first, second = tmp_path / "1.ics", tmp_path / "2.ics"
    commitment_exports.export_commitments(sample_db.sessions, "ics", first, now=SAMPLE_NOW)
    version, data = commitments.get_commitment(sample_db.sessions, row.id)
    commitments.update_commitment(sample_db.sessions, row.id, version,
                                  replace(data, priority=Priority.HIGH))
    version = commitments.get_commitment(sample_db.sessions, row.id)[0]
    commitments.change_status(sample_db.sessions, row.id, version,
                              StatusChange(CommitmentStatus.DONE, on=SAMPLE_TODAY, note="sent"),
                              SAMPLE_NOW)
    commitment_exports.export_commitments(sample_db.sessions, "ics", second, now=SAMPLE_NOW)
    before, after = _todos(first)[row.description], _todos(second)[row.description]
    assert before["uid"] == after["uid"]
    assert int(after["sequence"]) == int(before["sequence"]) + 2
    assert after["status"] == "COMPLETED" and int(after["priority"]) == 1


def test_an_owner_or_a_city_cut(sample_db: Database, tmp_path: Path) -> None:
    rows = commitments.list_commitments(sample_db.sessions, SAMPLE_NOW)
    owner = next(r.owner_id for r in rows if r.owner_id)
    city = next(r.city_id for r in rows if r.city == "Moscow")
    commitment_exports.export_commitments(sample_db.sessions, "ics", tmp_path / "o.ics",
                                          owner_id=owner, now=SAMPLE_NOW)
    assert set(_todos(tmp_path / "o.ics")) == {r.description for r in rows
                                               if r.owner_id == owner}
    count = commitment_exports.export_commitments(sample_db.sessions, "csv", tmp_path / "m.csv",
                                                  city_id=city, now=SAMPLE_NOW)
    table = list(csv.DictReader(io.StringIO((tmp_path / "m.csv").read_text("utf-8-sig"))))
    assert count == len(table) == sum(r.city == "Moscow" for r in rows)
    assert {t["City"] for t in table} == {"Moscow"}


def test_spreadsheets_hold_no_internal_notes(sample_db: Database, tmp_path: Path) -> None:
    rows = commitments.list_commitments(sample_db.sessions, SAMPLE_NOW)
    notes = [r.internal_notes for r in rows if r.internal_notes]
    assert notes
    target = tmp_path / "all.xlsx"
    commitment_exports.export_commitments(sample_db.sessions, "xlsx", target, now=SAMPLE_NOW)
    sheet = load_workbook(target).active
    cells = [str(c.value) for line in sheet.iter_rows() for c in line if c.value]
    assert sheet.max_row == len(rows) + 1
    assert not any(note in cell for note in notes for cell in cells)
    overdue_rows = [line for line in sheet.iter_rows(min_row=2, values_only=True)
                    if line[1] == "yes"]
    assert len(overdue_rows) == 5


def test_an_unknown_owner_writes_nothing(sample_db: Database, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError, match="no person number 999"):
        commitment_exports.export_commitments(sample_db.sessions, "ics", tmp_path / "x.ics",
                                              owner_id=999)
    assert not (tmp_path / "x.ics").exists()
