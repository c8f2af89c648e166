"""`delegate-app export commitments`, as an officer or a script runs it."""

from __future__ import annotations

import json
from pathlib import Path

from icalendar import Calendar

from tests.cli.test_cli import run


def test_export_commitments_as_tasks_for_one_owner(db_path: Path, tmp_path: Path) -> None:
    assert run("--db", str(db_path), "demo").returncode == 0
    listed = json.loads(run("--db", str(db_path), "list", "commitments", "--json").stdout)
    owner = next(c["owner_id"] for c in listed if c.get("owner_id"))
    target = tmp_path / "tasks.ics"
    result = run("--db", str(db_path), "export", "commitments", "--format", "ics",
                 "--owner", str(owner), "-o", str(target))
    assert result.returncode == 0, result.stderr
    todos = Calendar.from_ical(target.read_bytes()).walk("VTODO")
    assert len(todos) == sum(c.get("owner_id") == owner for c in listed) > 0
    assert f"Wrote {len(todos)} commitments" in result.stdout


def test_format_from_the_extension_and_clear_refusals(db_path: Path, tmp_path: Path) -> None:
    run("--db", str(db_path), "demo")
    assert run("--db", str(db_path), "export", "commitments", "-o",
               str(tmp_path / "all.xlsx")).returncode == 0
    assert (tmp_path / "all.xlsx").read_bytes()[:2] == b"PK"
    odd = run("--db", str(db_path), "export", "commitments", "-o", str(tmp_path / "x.txt"))
    assert odd.returncode == 2 and "--format ics, csv or xlsx" in odd.stderr
    unknown = run("--db", str(db_path), "export", "commitments", "--city", "9999", "-o",
                  str(tmp_path / "c.csv"))
    assert unknown.returncode == 2 and "no city number 9999" in unknown.stderr
    assert not (tmp_path / "x.txt").exists() and not (tmp_path / "c.csv").exists()
