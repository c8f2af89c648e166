"""Internal items on the command line: the mark in `list items`, the host edition of a
member's calendar, badges refused for an internal meeting."""

from __future__ import annotations

import json
import re
from pathlib import Path

from icalendar import Calendar

from tests.cli.test_cli import demo_id, run

BRIEFING = "Briefing by the Chargé d'affaires of Iran"


def _items(db_path: Path, trip: str) -> list[dict[str, object]]:
    items: list[dict[str, object]] = json.loads(run(
        "--db", str(db_path), "list", "items", "--delegation", trip, "--json").stdout)
    return items


def test_list_items_shows_the_internal_mark(db_path: Path) -> None:
    trip = demo_id(db_path, "delegations", "Tokyo")
    result = run("--db", str(db_path), "list", "items", "--delegation", trip)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert re.search(r"\binternal\b", next(x for x in lines if BRIEFING in x))
    assert not re.search(r"\binternal\b", next(x for x in lines if "Opening ceremony" in x))
    items = _items(db_path, trip)
    assert next(i for i in items if i["title"] == BRIEFING)["internal"] is True


def test_a_member_cut_for_the_hosts_leaves_internal_items_out(db_path: Path,
                                                              tmp_path: Path) -> None:
    trip = demo_id(db_path, "delegations", "Tokyo")
    briefing = next(i for i in _items(db_path, trip) if i["title"] == BRIEFING)
    people = json.loads(run("--db", str(db_path), "list", "people", "--json").stdout)
    security = next(str(p["id"]) for p in people if p["family_name"] == "Ghorbani")
    for edition, expected in (("internal", True), ("host", False)):
        target = tmp_path / f"{edition}.ics"
        result = run("--db", str(db_path), "export", "ics", "--delegation", trip, "--member",
                     security, "--edition", edition, "-o", str(target))
        assert result.returncode == 0, result.stderr
        uids = {str(e["UID"]) for e in Calendar.from_ical(target.read_bytes()).walk("VEVENT")}
        assert (briefing["uid"] in uids) is expected, edition


def test_badges_for_an_internal_meeting_are_refused_in_one_line(db_path: Path,
                                                                tmp_path: Path) -> None:
    trip = demo_id(db_path, "delegations", "Tokyo")
    briefing = next(i for i in _items(db_path, trip) if i["title"] == BRIEFING)
    target = tmp_path / "badges.pdf"
    result = run("--db", str(db_path), "export", "badges", "--delegation", trip, "--item",
                 str(briefing["id"]), "-o", str(target))
    assert result.returncode == 2 and "internal" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and not target.exists()
