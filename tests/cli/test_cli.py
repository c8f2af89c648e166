"""The command line, run as a user runs it: a real process, a real database file."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from delegate_app import __version__
from delegate_app.db.migrate import head_revision


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "delegate_app", *args], capture_output=True,
                          text=True, env={**os.environ, **(env or {})}, timeout=120)


def demo_id(db_path: Path, kind: str, title_part: str) -> str:
    """Load the sample plan, then the id of the ``kind`` record whose title has
    ``title_part``, as a user finds it with `list KIND --json`."""
    run("--db", str(db_path), "demo")
    found = json.loads(run("--db", str(db_path), "list", kind, "--json").stdout)
    return str(next(r["id"] for r in found if title_part in r["title"]))


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"delegate-app {__version__}"


def test_demo_then_list_delegations_as_json(db_path: Path) -> None:
    assert run("--db", str(db_path), "demo").returncode == 0
    result = run("list", "delegations", "--json", "--db", str(db_path))
    assert result.returncode == 0, result.stderr
    delegations = json.loads(result.stdout)
    titles = " ".join(d["title"] for d in delegations)
    assert "Buenos Aires" in titles and "Tokyo" in titles
    first = delegations[0]
    assert {"id", "title", "direction", "status", "home_city_id", "starts_on", "ends_on",
            "version", "created_at"} <= set(first)
    assert {d["direction"] for d in delegations} == {"outgoing", "incoming"}
    assert len(first["starts_on"]) == 10 and first["starts_on"][4] == "-"


@pytest.mark.parametrize("kind", ["summits", "people", "cities", "commitments"])
def test_every_list_prints_rows_with_ids(kind: str, db_path: Path) -> None:
    run("--db", str(db_path), "demo")
    plain = run("--db", str(db_path), "list", kind)
    assert plain.returncode == 0
    lines = plain.stdout.strip().splitlines()
    as_json = json.loads(run("--db", str(db_path), "list", kind, "--json").stdout)
    assert len(lines) == len(as_json) > 0
    assert all(line.split()[0].isdigit() for line in lines)
    assert all("photo" not in record for record in as_json)


def test_people_keep_their_scripts_in_json(db_path: Path) -> None:
    run("--db", str(db_path), "demo")
    people = json.loads(run("--db", str(db_path), "list", "people", "--json").stdout)
    natives = " ".join(p["native_name"] for p in people)
    assert any("\u0600" <= ch <= "\u06ff" for ch in natives)  # Persian
    assert any("\u4e00" <= ch <= "\u9fff" for ch in natives)  # Japanese kanji
    assert any("\u0400" <= ch <= "\u04ff" for ch in natives)  # Cyrillic


def test_demo_refuses_a_database_with_records(db_path: Path) -> None:
    assert run("--db", str(db_path), "demo").returncode == 0
    count = len(json.loads(run("--db", str(db_path), "list", "people", "--json").stdout))
    refused = run("--db", str(db_path), "demo")
    assert refused.returncode == 2
    assert refused.stderr.count("\n") == 1 and "--force" in refused.stderr
    again = json.loads(run("--db", str(db_path), "list", "people", "--json").stdout)
    assert len(again) == count
    assert run("--db", str(db_path), "demo", "--force").returncode == 0
    assert len(json.loads(run("--db", str(db_path), "list", "people", "--json").stdout)) \
        == 2 * count


def test_database_from_the_environment(db_path: Path) -> None:
    env = {"DELEGATE_APP_DB": str(db_path)}
    assert run("demo", env=env).returncode == 0
    assert db_path.exists()
    assert "Buenos Aires" in run("list", "cities", env=env).stdout


def test_default_database_lives_in_the_user_data_folder(private_data_dir: Path) -> None:
    missing = run("list", "cities")
    assert missing.returncode == 2 and "There is no database" in missing.stderr
    assert not (private_data_dir / "delegate_app.sqlite").exists()  # reading creates nothing
    assert run("demo").returncode == 0
    assert (private_data_dir / "delegate_app.sqlite").exists()
    assert "Buenos Aires" in run("list", "cities").stdout


def test_db_upgrade_check_and_backup(db_path: Path, tmp_path: Path) -> None:
    upgraded = run("--db", str(db_path), "db", "upgrade")
    assert upgraded.returncode == 0 and head_revision() in upgraded.stdout
    assert "already" in run("--db", str(db_path), "db", "upgrade").stdout
    run("--db", str(db_path), "demo")
    check = run("--db", str(db_path), "db", "check")
    assert check.returncode == 0
    assert "integrity check: ok" in check.stdout and "foreign keys: ok" in check.stdout
    assert f"at head ({head_revision()})" in check.stdout
    target = tmp_path / "copy.sqlite"
    backup = run("--db", str(db_path), "db", "backup", "-o", str(target))
    assert backup.returncode == 0 and target.exists()
    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT count(*) FROM person").fetchone()[0] > 30
    refused = run("--db", str(db_path), "db", "backup", "-o", str(target))
    assert refused.returncode == 2 and "already exists" in refused.stderr


def test_db_check_reports_broken_links(db_path: Path) -> None:
    run("--db", str(db_path), "demo")
    with sqlite3.connect(db_path) as conn:  # foreign keys off: damage it behind our back
        conn.execute("UPDATE person SET city_id = 9999 WHERE id = 1")
    check = run("--db", str(db_path), "db", "check")
    assert check.returncode == 1 and "PROBLEM" in check.stdout and "person" in check.stdout


@pytest.mark.parametrize(("args", "message"), [
    (("list", "gifts"), "invalid choice"),
    (("--db", "/etc/hostname/office.sqlite", "demo"), "a file is in the way"),
    (("--db", "/tmp/no-such-folder-here/typo.sqlite", "list", "cities"), "no database at"),
    (("--db", "://", "list", "people"), "neither a file path"),
    (("--db", "sqlite:///:memory:", "demo"), "in-memory"),
    (("--db", "", "list", "people"), "needs a database"),
    (("--db", "/etc", "list", "cities"), "is a folder"),
    (("--db", "postgresql://nobody@127.0.0.1:1/none", "list", "cities"), "cannot be opened"),
    (("frobnicate",), "invalid choice"),
])
def test_errors_are_one_line_and_exit_2(args: tuple[str, ...], message: str) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1, result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_not_a_database_file(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("shopping list")
    result = run("--db", str(bogus), "list", "people")
    assert result.returncode == 2 and "cannot be opened" in result.stderr
    assert bogus.read_text() == "shopping list"


def test_check_prints_one_line_per_conflict_and_fails_on_errors(db_path: Path) -> None:
    run("--db", str(db_path), "demo")
    delegations = json.loads(run("--db", str(db_path), "list", "delegations", "--json").stdout)
    trip = next(d["id"] for d in delegations if "Tokyo" in d["title"])
    result = run("--db", str(db_path), "check", "--delegation", str(trip))
    assert result.returncode == 1  # the sample holds one double booking on purpose
    lines = result.stdout.strip().splitlines()
    assert lines and all(line.split()[0] in ("ERROR", "WARNING", "INFO") for line in lines)
    assert all(line.count("|") == 2 and f"[{trip}]" in line for line in lines)
    upcoming = run("--db", str(db_path), "check", "--upcoming")
    assert upcoming.returncode == 1 and len(upcoming.stdout.splitlines()) >= len(lines)
    quiet = next(d["id"] for d in delegations if d["status"] == "draft")
    assert run("--db", str(db_path), "check", "--delegation", str(quiet)).returncode == 0
    missing = run("--db", str(db_path), "check", "--delegation", "999")
    assert missing.returncode == 2 and "no delegation 999" in missing.stderr


def test_demo_synthetic_makes_an_office_in_proportion(db_path: Path) -> None:
    made = run("--db", str(db_path), "demo", "--synthetic", "500")
    assert made.returncode == 0, made.stderr
    delegations = json.loads(run("--db", str(db_path), "list", "delegations", "--json").stdout)
    assert len(delegations) == 10
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT count(*) FROM itinerary_item").fetchone()[0] == 500
        assert conn.execute("SELECT count(*) FROM item_participant").fetchone()[0] >= 500
    refused = run("--db", str(db_path), "demo", "--synthetic", "500")
    assert refused.returncode == 2 and "--force" in refused.stderr
    assert run("--db", str(db_path), "demo", "--synthetic", "0").returncode == 2


def test_export_ics_from_the_command_line(db_path: Path, tmp_path: Path) -> None:
    from icalendar import Calendar

    run("--db", str(db_path), "demo")
    delegations = json.loads(run("--db", str(db_path), "list", "delegations", "--json").stdout)
    trip = next(d["id"] for d in delegations if "Tokyo" in d["title"])
    target = tmp_path / "out" / "trip.ics"
    result = run("--db", str(db_path), "export", "ics", "--delegation", str(trip),
                 "--edition", "host", "--alarm", "30", "-o", str(target))
    assert result.returncode == 0, result.stderr
    cal = Calendar.from_ical(target.read_bytes())
    assert len(cal.walk("VEVENT")) > 20 and cal.walk("VALARM")
    summits = json.loads(run("--db", str(db_path), "list", "summits", "--json").stdout)
    programme = tmp_path / "summit.ics"
    assert run("--db", str(db_path), "export", "ics", "--summit", str(summits[0]["id"]),
               "-o", str(programme)).returncode == 0
    assert Calendar.from_ical(programme.read_bytes()).walk("VEVENT")
    bad = run("--db", str(db_path), "export", "ics", "--delegation", str(trip), "--member",
              "999999", "-o", str(tmp_path / "x.ics"))
    assert bad.returncode == 2 and "not a member" in bad.stderr
    assert not (tmp_path / "x.ics").exists()


def test_import_ics_dry_run_then_for_real(db_path: Path, tmp_path: Path) -> None:
    run("--db", str(db_path), "demo")
    delegations = json.loads(run("--db", str(db_path), "list", "delegations", "--json").stdout)
    trip = next(d["id"] for d in delegations if "Tokyo" in d["title"])
    draft = next(d["id"] for d in delegations if d["status"] == "draft")
    exported = tmp_path / "trip.ics"
    run("--db", str(db_path), "export", "ics", "--delegation", str(trip), "-o", str(exported))

    def items() -> int:
        with sqlite3.connect(db_path) as conn:
            return conn.execute("SELECT count(*) FROM itinerary_item").fetchone()[0]

    count = items()
    dry = run("--db", str(db_path), "import", "ics", str(exported), "--delegation", str(draft),
              "--dry-run")
    assert dry.returncode == 0 and "nothing was written" in dry.stdout
    # The trip's December events lie outside the draft's August dates: listed apart.
    assert sum(line.startswith("OUTSIDE") for line in dry.stdout.splitlines()) > 30
    assert "--include-outside" in dry.stdout
    assert items() == count
    left = run("--db", str(db_path), "import", "ics", str(exported), "--delegation", str(draft))
    assert left.returncode == 0 and "0 added" in left.stdout and items() == count
    real = run("--db", str(db_path), "import", "ics", str(exported), "--delegation", str(draft),
               "--include-outside")
    assert real.returncode == 0 and items() > count
    after = items()
    again = run("--db", str(db_path), "import", "ics", str(exported), "--delegation", str(draft),
                "--include-outside")
    assert again.returncode == 0 and "0 added, 0 updated" in again.stdout and items() == after
    junk = tmp_path / "junk.ics"
    junk.write_text("not a calendar")
    refused = run("--db", str(db_path), "import", "ics", str(junk), "--delegation", str(draft))
    assert refused.returncode == 2 and "not an iCalendar file" in refused.stderr
    missing = run("--db", str(db_path), "import", "ics", str(tmp_path / "nope.ics"),
                  "--delegation", str(draft))
    assert missing.returncode == 2 and "Traceback" not in missing.stderr


def test_hostile_calendars_get_one_line_never_a_traceback(db_path: Path, tmp_path: Path) -> None:
    trip = demo_id(db_path, "delegations", "Tokyo")
    huge = tmp_path / "huge.ics"
    huge.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + "".join(
        f"BEGIN:VEVENT\r\nUID:{i}\r\nSUMMARY:E\r\nDTSTART:20261210T100000Z\r\nEND:VEVENT\r\n"
        for i in range(30_000)) + "END:VCALENDAR\r\n")
    refused = run("--db", str(db_path), "import", "ics", str(huge), "--delegation", trip)
    assert refused.returncode == 2 and refused.stdout == ""
    assert refused.stderr.count("\n") == 1 and "more than 2,000 events (the limit" in \
        refused.stderr
    odd = tmp_path / "odd.ics"
    odd.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
        "BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Forever\r\nDTSTART:20261210T100000Z\r\n"
        "DURATION:P999999999D\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:b\r\nSUMMARY:End of time\r\nDTSTART:99991231T235959Z\r\n"
        "END:VEVENT\r\n"
        f"BEGIN:VEVENT\r\nUID:{'u' * 300}\r\nSUMMARY:Long UID\r\n"
        "DTSTART:20261210T100000Z\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:c\r\nSUMMARY:Renumbered\r\nSEQUENCE:99999999999999999999\r\n"
        "DTSTART:20261210T120000Z\r\nDURATION:PT1H\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:d\r\nSUMMARY:Every second\r\nDTSTART:20261210T100000Z\r\n"
        "RRULE:FREQ=SECONDLY;COUNT=2000000000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    done = run("--db", str(db_path), "import", "ics", str(odd), "--delegation", trip,
               "--include-outside")  # the demo's dates follow today's
    assert done.returncode == 0 and "Traceback" not in done.stderr + done.stdout
    assert sum(line.startswith("REJECTED") for line in done.stdout.splitlines()) == 4
    assert "1 added" in done.stdout


@pytest.mark.parametrize("fmt", ["vcf", "csv", "xlsx"])
def test_contacts_export_and_import_from_the_command_line(fmt: str, db_path: Path,
                                                          tmp_path: Path) -> None:
    run("--db", str(db_path), "demo")
    target = tmp_path / f"people.{fmt}"
    exported = run("--db", str(db_path), "export", "contacts", "--format", fmt, "-o",
                   str(target))
    assert exported.returncode == 0 and target.stat().st_size > 1000
    dry = run("--db", str(db_path), "import", "contacts", str(target), "--dry-run")
    assert dry.returncode == 0 and "0 to create, 0 to update" in dry.stdout
    assert "nothing was written" in dry.stdout
    other = tmp_path / "other.sqlite"
    created = run("--db", str(other), "import", "contacts", str(target))
    assert created.returncode == 0 and "51 to create" in created.stdout
    names = json.loads(run("--db", str(other), "list", "people", "--json").stdout)
    assert any(p["native_name"] == "مهدی فراهانی" for p in names)


HEAVY = ("PySide6", "reportlab", "caldav", "openpyxl", "icalendar", "vobject")


def test_list_and_version_load_no_window_pdf_calendar_or_spreadsheet_library(
        db_path: Path) -> None:
    """`list` answers from the database alone; `--version` from nothing at all."""
    run("--db", str(db_path), "demo")
    probe = ("import sys, contextlib, io\n"
             "from delegate_app.__main__ import main\n"
             "with contextlib.redirect_stdout(io.StringIO()):\n"
             "    code = main(sys.argv[1:])\n"
             f"heavy = sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r}))\n"
             "print(code, heavy)\n")
    for args in (["--version"], ["--db", str(db_path), "list", "delegations"],
                 ["--db", str(db_path), "list", "items", "--delegation", "2", "--json"]):
        done = subprocess.run([sys.executable, "-c", probe, *args], capture_output=True,
                              text=True, timeout=120, check=True)
        assert done.stdout.strip() == "0 []", (args, done.stdout, done.stderr)


def test_the_list_choices_are_the_listable_records() -> None:
    from delegate_app.cli import LISTABLE
    from delegate_app.services.records import LISTABLE as RECORDS

    assert sorted(RECORDS) == list(LISTABLE)
