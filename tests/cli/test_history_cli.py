"""`history` and `activity` on the command line: who did what, as lines, JSON and CSV; bad
input is one line on stderr and exit 2."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from .test_cli import run

AS_SARA = {"LOGNAME": "sara.k", "USER": "sara.k"}  # the account the record names


def _with_a_new_contact(db_path: Path, tmp_path: Path) -> str:
    assert run("--db", str(db_path), "demo").returncode == 0
    people = tmp_path / "people.csv"
    people.write_text("given_name,family_name,email\nHaruto,Tanaka,h.tanaka@tokyo.example\n")
    result = run("--db", str(db_path), "import", "contacts", str(people), env=AS_SARA)
    assert result.returncode == 0, result.stderr
    found = json.loads(run("--db", str(db_path), "list", "people", "--json").stdout)
    return str(next(p["id"] for p in found if p["family_name"] == "Tanaka"))


def test_history_and_activity_name_the_officer_and_the_record(db_path: Path,
                                                              tmp_path: Path) -> None:
    person = _with_a_new_contact(db_path, tmp_path)
    text = run("--db", str(db_path), "history", "person", person)
    assert text.returncode == 0, text.stderr
    assert "sara.k  added the person “Haruto Tanaka”" in text.stdout
    entries = json.loads(run("--db", str(db_path), "history", "people", person,
                             "--json").stdout)
    [entry] = entries
    assert (entry["officer"], entry["action"], entry["kind"], entry["record_id"]) == (
        "sara.k", "created", "person", int(person))
    assert entry["changes"]["email"] == [None, "h.tanaka@tokyo.example"]
    assert entry["sentence"].startswith("sara.k added the person “Haruto Tanaka” on ")

    mine = json.loads(run("--db", str(db_path), "activity", "--officer", "sara.k",
                          "--json").stdout)
    assert [e["record_id"] for e in mine] == [int(person)]
    items = json.loads(run("--db", str(db_path), "activity", "--kind", "item", "--limit", "5",
                           "--json").stdout)
    assert len(items) == 5 and {e["kind"] for e in items} == {"itinerary_item"}
    later = run("--db", str(db_path), "activity", "--since", "2999-01-01")
    assert later.returncode == 0 and later.stdout.strip() == (
        "No changes on record for that choice.")
    target = tmp_path / "activity.csv"
    written = run("--db", str(db_path), "activity", "--officer", "sara.k", "-o", str(target))
    assert written.returncode == 0 and "Wrote 1 changes" in written.stdout
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert [(r["Officer"], r["Record"]) for r in rows] == [("sara.k", "Haruto Tanaka")]


@pytest.fixture(scope="module")
def office_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One sample office for the refusals: they only read."""
    path = tmp_path_factory.mktemp("office") / "office.sqlite"
    assert run("--db", str(path), "demo").returncode == 0
    return path


@pytest.mark.parametrize(("args", "message"), [
    (("history", "widget", "3"), "'widget' is not a kind of record"),
    (("activity", "--since", "2026-13-01"), "--since takes a day as YYYY-MM-DD"),
    (("activity", "--since", "2027-02-01", "--until", "2027-01-01"), "--until is before"),
    (("activity", "--kind", "gizmos"), "'gizmos' is not a kind of record"),
    (("activity", "--limit", "0"), "Show from 1 to 5000 changes"),
    (("history", "item", "seven"), "invalid int value"),
])
def test_bad_input_is_one_line_and_exit_2(office_file: Path, args: tuple[str, ...],
                                          message: str) -> None:
    result = run("--db", str(office_file), *args)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and message in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
