"""`delegate-app list items` and `export badges`, run as a user runs them."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from pypdf import PdfReader

from delegate_app.services import people, versions
from delegate_app.services.database import Database
from tests.cli.test_cli import demo_id, run


def test_find_the_meeting_then_print_its_cards(db_path: Path, tmp_path: Path) -> None:
    trip = demo_id(db_path, "delegations", "Tokyo")
    listed = run("--db", str(db_path), "list", "items", "--delegation", trip)
    assert listed.returncode == 0, listed.stderr
    line = next(x for x in listed.stdout.splitlines() if "Luncheon hosted by the Vice" in x)
    item = line.split()[0]
    as_json = json.loads(run("--db", str(db_path), "list", "items", "--delegation", trip,
                             "--json").stdout)
    assert {i["delegation_id"] for i in as_json} == {int(trip)} and len(as_json) > 30
    target = tmp_path / "lunch.pdf"
    result = run("--db", str(db_path), "export", "badges", "--delegation", trip, "--item", item,
                 "--table", "facing", "--paper", "letter", "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Wrote 7 badges and 6 place cards and the seating plan for "
                                    "“Luncheon hosted by the Vice-Governor of Tokyo”")
    reader = PdfReader(target)
    assert len(reader.pages) == 1 + 6 + 1
    assert "FACING SIDES" in reader.pages[0].extract_text()
    assert round(float(reader.pages[-1].mediabox.height)) == 792


def test_badges_for_the_whole_delegation(db_path: Path, tmp_path: Path) -> None:
    trip = demo_id(db_path, "delegations", "Tokyo")
    target = tmp_path / "badges.pdf"
    result = run("--db", str(db_path), "export", "badges", "--delegation", trip,
                 "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Wrote 11 badges for")
    assert len(PdfReader(target).pages) == 2  # ten to an A4 sheet


def test_refusals_are_one_line_and_write_nothing(db_path: Path, tmp_path: Path) -> None:
    trip = demo_id(db_path, "delegations", "Tokyo")
    target = tmp_path / "out.pdf"
    cases = {("--delegation", trip, "--include", "seating"): "add --item ID",
             ("--delegation", trip, "--table", "round"): "add --item ID",
             ("--delegation", trip, "--include", "seats"): "not “seats”",
             ("--delegation", trip, "--item", "99999"): "Item 99999 is not in the programme",
             (): "--delegation ID",
             ("--delegation", trip, "--home-time"): "do not apply to badges"}
    for args, message in cases.items():
        result = run("--db", str(db_path), "export", "badges", *args, "-o", str(target))
        assert result.returncode == 2 and result.stderr.count("\n") == 1, result.stderr
        assert message in result.stderr
        assert not target.exists()
    unlisted = run("--db", str(db_path), "list", "items")
    assert unlisted.returncode == 2 and "--delegation ID" in unlisted.stderr


def test_badges_as_issued_in_a_version(db_path: Path, tmp_path: Path) -> None:
    trip = demo_id(db_path, "delegations", "Tokyo")
    db = ("--db", str(db_path))
    assert run(*db, "version", "issue", "--delegation", trip).returncode == 0
    first, again = tmp_path / "v1.pdf", tmp_path / "v1-again.pdf"
    made = run(*db, "export", "badges", "--delegation", trip, "--version", "1", "-o",
               str(first))
    assert made.returncode == 0, made.stderr
    assert made.stdout.startswith("Wrote 11 badges for")
    text = [p.extract_text() for p in PdfReader(first).pages]
    assert all("Version 1 of " in page for page in text)
    with Database(str(db_path)) as database:  # the head of delegation changes post
        head = versions.badges_of(database.sessions, int(trip), 1).badges[0].person.id
        version, data = people.get_person(database.sessions, head)
        people.update_person(database.sessions, head, version,
                             replace(data, position="Acting Mayor"))
    assert run(*db, "export", "badges", "--delegation", trip, "--version", "1", "-o",
               str(again)).returncode == 0
    assert [p.extract_text() for p in PdfReader(again).pages] == text
    assert "Acting Mayor" not in " ".join(text)
    refused = run(*db, "export", "badges", "--delegation", trip, "--version", "1", "--item",
                  "1", "-o", str(tmp_path / "no.pdf"))
    assert refused.returncode == 2 and "--version" in refused.stderr
    assert not (tmp_path / "no.pdf").exists()
