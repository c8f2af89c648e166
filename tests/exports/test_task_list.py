"""The task list (VTODO) obeys RFC 5546's PUBLISH rules: ORGANIZER and DTSTART on every
task, DUE after DTSTART in the same value type, and an empty selection writes nothing."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from icalendar import Calendar
from sqlalchemy import select

from delegate_app.db.models import Commitment
from delegate_app.domain.errors import ValidationError
from delegate_app.domain.timefmt import to_local
from delegate_app.services import commitment_exports, commitments, people
from delegate_app.services.database import Database
from tests.cli.test_cli import run
from tests.conftest import SAMPLE_NOW


def _tasks(db: Database, tmp_path: Path) -> list[object]:
    target = tmp_path / "tasks.ics"
    commitment_exports.export_commitments(db.sessions, "ics", target, now=SAMPLE_NOW)
    return list(Calendar.from_ical(target.read_bytes()).walk("VTODO"))


def test_every_task_has_organizer_and_dtstart_before_due(sample_db: Database,
                                                         tmp_path: Path) -> None:
    todos = _tasks(sample_db, tmp_path)
    assert len(todos) == 19
    for todo in todos:
        for key in ("DTSTAMP", "DTSTART", "ORGANIZER", "PRIORITY", "SUMMARY", "UID"):
            assert key in todo, key  # type: ignore[operator]
        organizer = todo["ORGANIZER"]  # type: ignore[index]
        assert str(organizer).startswith("mailto:") and organizer.params["CN"]
        start = todo.decoded("DTSTART")  # type: ignore[attr-defined]
        assert type(start) is date  # a promise has a day, not an hour
        if "DUE" in todo:  # type: ignore[operator]
            due = todo.decoded("DUE")  # type: ignore[attr-defined]
            assert type(due) is date and start < due


def test_a_task_starts_on_the_day_it_was_promised(sample_db: Database, tmp_path: Path) -> None:
    rows = commitments.list_commitments(sample_db.sessions, SAMPLE_NOW)
    with sample_db.sessions() as s:
        made_at = {c.uid: c.item for c in s.scalars(select(Commitment))}
        meetings = {uid: to_local(item.starts_at, item.start_tz).date()
                    for uid, item in made_at.items() if item is not None}
    assert meetings and rows
    todos = {str(t["UID"]): t for t in _tasks(sample_db, tmp_path)}  # type: ignore[index]
    checked = 0
    for uid, day in meetings.items():
        todo = todos[uid]
        due = todo.decoded("DUE") if "DUE" in todo else None  # type: ignore[attr-defined,operator]
        if due is None or day < due:
            assert todo.decoded("DTSTART") == day
            checked += 1
    assert checked


def test_an_empty_selection_is_refused_and_writes_nothing(sample_db: Database,
                                                          tmp_path: Path) -> None:
    owners = {r.owner_id for r in commitments.list_commitments(sample_db.sessions, SAMPLE_NOW)}
    nobody = next(p.id for p in people.list_people(sample_db.sessions) if p.id not in owners)
    folder = tmp_path / "out"
    folder.mkdir()
    for fmt in commitment_exports.FORMATS:
        target = folder / f"none.{fmt}"
        with pytest.raises(ValidationError, match="No commitments"):
            commitment_exports.export_commitments(sample_db.sessions, fmt, target,
                                                  owner_id=nobody, now=SAMPLE_NOW)
        assert not target.exists()
    assert not list(folder.iterdir())  # not even a temporary file


def test_the_command_line_refuses_an_empty_task_list(db_path: Path, tmp_path: Path) -> None:
    run("--db", str(db_path), "demo")
    target = tmp_path / "none.ics"
    # a city nobody promised anything to: the first city without commitments
    cities = json.loads(run("--db", str(db_path), "list", "cities", "--json").stdout)
    promised = {c.get("city_id") for c in json.loads(
        run("--db", str(db_path), "list", "commitments", "--json").stdout)}
    city = next(str(c["id"]) for c in cities if c["id"] not in promised)
    result = run("--db", str(db_path), "export", "commitments", "--city", city, "-o",
                 str(target))
    assert result.returncode == 2, result.stdout
    assert len(result.stderr.strip().splitlines()) == 1 and "No commitments" in result.stderr
    assert not target.exists()
