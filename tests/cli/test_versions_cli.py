"""`version issue|list|diff`, `export changes` and `--version` on exports, run as a user
runs them; every file written is read back."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from icalendar import Calendar
from pypdf import PdfReader

from delegate_app.services import itinerary, programmes, summits
from delegate_app.services.database import Database
from tests.cli.test_cli import demo_id, run


def _rebook_first_item(db_path: Path, trip: str) -> str:
    with Database(str(db_path)) as db:
        first = itinerary.item_rows(db.sessions, int(trip))[0]
        itinerary.update_item(db.sessions, first.id, first.version,
                              replace(first.data, venue="Hamad International, CIP lounge"))
        return first.data.title


def test_issue_list_diff_and_export_from_a_version(db_path: Path, tmp_path: Path) -> None:
    trip = demo_id(db_path, "delegations", "Tokyo")
    db = ("--db", str(db_path))
    issued = run(*db, "version", "issue", "--delegation", trip, "--note", "To the embassy")
    assert issued.returncode == 0, issued.stderr
    assert issued.stdout.startswith("Issued Version 1 of ")
    title = _rebook_first_item(db_path, trip)
    assert run(*db, "version", "issue", "--delegation", trip).returncode == 0
    listed = json.loads(run(*db, "version", "list", "--delegation", trip, "--json").stdout)
    assert [(v["number"], v["note"]) for v in listed] == [(1, "To the embassy"), (2, "")]
    assert "To the embassy" in run(*db, "version", "list", "--delegation", trip).stdout

    text = run(*db, "version", "diff", "--delegation", trip, "--from", "1", "--to", "2")
    assert text.returncode == 0, text.stderr
    assert "NEW PLACE" in text.stdout and title in text.stdout
    assert "→ Hamad International, CIP lounge" in text.stdout
    found = json.loads(run(*db, "version", "diff", "--delegation", trip, "--from", "1",
                           "--edition", "host", "--json").stdout)
    assert [(c["kind"], c["title"]) for c in found["changes"]] == [("re-placed", title)]
    assert found["edition"] == "host" and found["now"].startswith("Draft of ")

    sheet = tmp_path / "changes.pdf"
    made = run(*db, "export", "changes", "--delegation", trip, "--from", "1", "--edition",
               "host", "-o", str(sheet))
    assert made.returncode == 0, made.stderr
    pages = " ".join(p.extract_text() for p in PdfReader(sheet).pages)
    assert "Changes to the programme since version 1 of" in pages and title in pages

    ics = tmp_path / "v1.ics"
    assert run(*db, "export", "ics", "--delegation", trip, "--version", "1", "-o",
               str(ics)).returncode == 0
    assert str(Calendar.from_ical(ics.read_bytes())["x-wr-calname"]).split(" — ")[-1] \
        == listed[0]["label"]
    dossier = tmp_path / "v1.pdf"
    assert run(*db, "export", "dossier", "--delegation", trip, "--version", "2",
               "--changes-since", "1", "--edition", "host", "-o", str(dossier)).returncode == 0
    cover = PdfReader(dossier).pages[0].extract_text()
    assert listed[1]["label"] in cover and "Changes since version 1 of" in cover


def test_refusals_are_one_line_and_write_nothing(db_path: Path, tmp_path: Path) -> None:
    trip = demo_id(db_path, "delegations", "Tokyo")
    db = ("--db", str(db_path))
    assert run(*db, "version", "issue", "--delegation", trip).returncode == 0
    target = tmp_path / "out.pdf"
    for args in (["version", "issue", "--delegation", trip],  # nothing changed since
                 ["version", "diff", "--delegation", trip, "--from", "9"],
                 ["version", "list", "--delegation", "999"],
                 ["version", "diff", "--delegation", trip, "--from", "1", "--to", "1"],
                 ["export", "changes", "--delegation", trip, "-o", str(target)],
                 ["export", "programme", "--summit", "1", "--version", "1", "-o", str(target)],
                 ["export", "ics", "--summit", "1", "--version", "1", "-o", str(target)],
                 ["version", "issue", "--summit", "1", "--delegation", trip],
                 ["version", "list"],
                 ["version", "diff", "--summit", "1", "--from", "1", "--edition", "host"],
                 ["export", "dossier", "--delegation", trip, "--version", "4", "-o",
                  str(target)],
                 ["export", "ics", "--delegation", trip, "--version", "1", "--member", "999",
                  "-o", str(target)]):
        result = run(*db, *args)
        assert result.returncode == 2 and result.stderr.count("\n") == 1, (args, result.stderr)
        assert "Traceback" not in result.stderr and not target.exists()
    nothing = run(*db, "version", "issue", "--delegation", trip)
    assert "Nothing changed since version 1" in nothing.stderr


def test_a_summit_programme_is_issued_listed_compared_and_printed_by_version(
        db_path: Path, tmp_path: Path) -> None:
    summit = demo_id(db_path, "summits", "Buenos Aires")
    db = ("--db", str(db_path))
    issued = run(*db, "version", "issue", "--summit", summit, "--note", "To the venue")
    assert issued.returncode == 0, issued.stderr
    assert issued.stdout.startswith("Issued Version 1 of ") and "summit" in issued.stdout
    with Database(str(db_path)) as database:
        line = next(x for x in programmes.summit_programme(database.sessions, int(summit))
                    .lines if x.title.startswith("Opening ceremony"))
        version, data = summits.get_session(database.sessions, line.id)
        summits.update_session(database.sessions, line.id, version,
                               replace(data, room="Sala de Cámara"))
    assert run(*db, "version", "issue", "--summit", summit).returncode == 0
    listed = json.loads(run(*db, "version", "list", "--summit", summit, "--json").stdout)
    assert [(v["number"], v["note"], v["summit_id"]) for v in listed] == [
        (1, "To the venue", int(summit)), (2, "", int(summit))]
    text = run(*db, "version", "diff", "--summit", summit, "--from", "1", "--to", "2")
    assert text.returncode == 0, text.stderr
    assert "NEW PLACE" in text.stdout and "Sala Sinfónica → Sala de Cámara" in text.stdout

    booklet = tmp_path / "v1.pdf"
    made = run(*db, "export", "programme", "--summit", summit, "--version", "1", "-o",
               str(booklet))
    assert made.returncode == 0, made.stderr
    cover = PdfReader(booklet).pages[0].extract_text()
    assert listed[0]["label"] in " ".join(cover.split())
    ics = tmp_path / "v1.ics"
    assert run(*db, "export", "ics", "--summit", summit, "--version", "1", "-o",
               str(ics)).returncode == 0
    assert str(Calendar.from_ical(ics.read_bytes())["x-wr-calname"]).endswith(
        listed[0]["label"])
