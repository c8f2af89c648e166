"""Headless commands: demo, list, check, db, export, import, publish, report, version,
history, activity. Errors print one line to stderr and exit with 2 (printed documents:
`printed`; versions: `versions`; the record: `history`).

Each command imports the services it needs when it runs: `list` never loads the calendar,
PDF, spreadsheet or CalDAV libraries that `export` and `publish` need.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from .. import __version__
from ..domain.errors import DelegateAppError
from ..domain.timefmt import format_date_range, format_instant
from ..services.database import Database
from ..services.failures import explain, start_log_file
from .common import EXIT_ERROR, Parser, add_command, add_db, fail, say_notices, table
from .history import HISTORY_COMMANDS, add_history_commands
from .office import add_office_commands, office
from .printed import (
    add_badge_options,
    add_dossier_options,
    add_language_options,
    add_report_commands,
    export_badges,
    export_dossier,
    export_programme,
    misused_language,
    report,
)
from .versions import (
    add_version_commands,
    add_version_export_options,
    export_changes,
    export_version_calendar,
    misused_export_options,
    version_command,
)

if TYPE_CHECKING:
    from ..services import ics_import

__all__ = ["EXIT_ERROR", "build_parser", "run"]

# services/records.py LISTABLE's keys (a test keeps the two the same).
LISTABLE = ("cities", "commitments", "delegations", "items", "people", "summits")


def _add_cut(command: argparse.ArgumentParser) -> None:
    """Whose calendar, and which edition (export and publish)."""
    command.add_argument("--member", type=int, metavar="PERSON_ID",
                        help="only the items this member takes part in")
    command.add_argument("--edition", choices=["internal", "host"], default="internal",
                         help="host: no briefing, talking points or booking references")


def _add_office_commands(sub: argparse._SubParsersAction[Parser]) -> None:
    gui = add_command(sub, "gui", "open the main window (the default)")
    gui.add_argument("--quit-when-ready", action="store_true",
                     help="quit once the first page has painted its data, printing how long "
                          "the start took (wall and CPU): a smoke test and benchmark")
    demo = add_command(sub, "demo", "load the bundled sample plan into an empty database")
    demo.add_argument("--force", action="store_true",
                      help="add the sample even if the database already has records")
    demo.add_argument("--synthetic", type=int, metavar="ITEMS",
                      help="instead of the sample, make a synthetic office with ITEMS itinerary "
                           "items (delegations of ~50 items each) for scale tests")
    lister = add_command(sub, "list", "print one row per record, with its id")
    lister.add_argument("kind", choices=LISTABLE)
    lister.add_argument("--json", action="store_true",
                        help="print a JSON array of records with their field names")
    lister.add_argument("--delegation", type=int, metavar="ID",
                        help="items: the itinerary of this delegation (required for items)")
    check = add_command(sub, "check", "print the conflicts of itineraries, one per line; exit 1 "
                                   "when any is an error")
    which = check.add_mutually_exclusive_group(required=True)
    which.add_argument("--delegation", type=int, metavar="ID")
    which.add_argument("--upcoming", action="store_true",
                       help="every delegation not yet completed")
    dbp = add_command(sub, "db", "upgrade, check or back up the database")
    dbp.add_argument("action", choices=["upgrade", "check", "backup"])
    dbp.add_argument("-o", "--output", type=Path, help="backup file to write (backup only)")


def _add_exchange_commands(sub: argparse._SubParsersAction[Parser]) -> None:
    export = add_command(sub, "export", "write a calendar (.ics) of a delegation or summit, "
                                     "the contacts (vCard, CSV, Excel), the commitments "
                                     "(tasks .ics, CSV, Excel), a delegation's dossier or "
                                     "badges, or a summit's programme (PDF)")
    export.add_argument("what", choices=["ics", "contacts", "commitments", "dossier",
                                         "programme", "badges", "changes"])
    export.add_argument("--format", choices=["vcf", "csv", "xlsx", "ics"],
                        help="contacts: vcf, csv or xlsx; commitments: ics (tasks), csv or "
                             "xlsx (default: from the file's extension)")
    export.add_argument("--owner", type=int, metavar="PERSON_ID",
                        help="commitments: only those this person on our side owns")
    export.add_argument("--city", type=int, metavar="CITY_ID",
                        help="commitments: only those with this city")
    source = export.add_mutually_exclusive_group()
    source.add_argument("--delegation", type=int, metavar="ID")
    source.add_argument("--summit", type=int, metavar="ID")
    _add_cut(export)
    export.add_argument("--alarm", type=int, metavar="MINUTES",
                        help="add a reminder this many minutes before each item")
    export.add_argument("-o", "--output", type=Path, required=True, help="file to write")
    add_dossier_options(export)
    add_language_options(export)
    add_badge_options(export)
    add_version_export_options(export)
    pub = add_command(sub, "publish", "publish a delegation's calendar to a CalDAV server")
    pub.add_argument("--delegation", type=int, metavar="ID", required=True)
    _add_cut(pub)
    pub.add_argument("--server", required=True,
                     help="CalDAV address, e.g. https://cloud.example/remote.php/dav")
    pub.add_argument("--user", required=True)
    pub.add_argument("--password-stdin", action="store_true",
                     help="read the password from standard input (else the keyring, else ask)")
    pub.add_argument("--remember", action="store_true",
                     help="keep the password in the system keyring (never in a file)")
    pub.add_argument("--dry-run", action="store_true",
                     help="list what would be created, updated, cancelled and removed; "
                          "send nothing")
    _add_import_command(sub)


def _add_import_command(sub: argparse._SubParsersAction[Parser]) -> None:
    importer = add_command(sub, "import", "import a calendar (.ics) into a delegation, or "
                                       "contacts (.csv, .xlsx, .vcf)")
    importer.add_argument("what", choices=["ics", "contacts"])
    importer.add_argument("file", type=Path)
    importer.add_argument("--delegation", type=int, metavar="ID",
                          help="the delegation a calendar goes into")
    importer.add_argument("--dry-run", action="store_true",
                          help="show what would be added, updated or rejected; write nothing")
    importer.add_argument("--include-outside", action="store_true",
                          help="also import events outside the delegation's dates")
    importer.add_argument("--include-duplicates", action="store_true",
                          help="also import events that look like items already there "
                               "(same start and title)")
    importer.add_argument("--include-sessions", action="store_true",
                          help="also add summit sessions the programme does not have yet")
    importer.add_argument("--description-to", choices=["briefing", "description"],
                          default="briefing",
                          help="where each event's description goes: the internal briefing "
                               "(default; hosts never see it) or the description hosts see")


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="delegate-app", description=(
        "Plan mayors' summits and delegation visits. Without a command, opens the window."))
    parser.add_argument("--version", action="version", version=f"delegate-app {__version__}")
    add_db(parser, default=None)
    sub = parser.add_subparsers(dest="command", parser_class=Parser, metavar="COMMAND")
    _add_office_commands(sub)
    _add_exchange_commands(sub)
    add_report_commands(sub)
    add_history_commands(sub)
    add_version_commands(sub)
    add_office_commands(sub)
    return parser


def _rows(kind: str, db: Database, delegation: int | None = None) -> list[tuple[object, ...]]:
    from ..services import cities, itinerary, overview, people

    s = db.sessions
    if kind == "delegations":
        return [(d.id, d.title, d.direction.label, d.status.label,
                 format_date_range(d.starts_on, d.ends_on)) for d in overview.list_delegations(s)]
    if kind == "summits":
        return [(x.id, x.title, x.host_city, format_date_range(x.starts_on, x.ends_on))
                for x in overview.list_summits(s)]
    if kind == "people":
        return [(p.id, p.display_name, p.data.native_name, p.data.position, p.organisation_name)
                for p in people.list_people(s)]
    if kind == "cities":
        return [(c.id, c.data.name, c.data.native_name, c.data.country_code, c.data.time_zone)
                for c in cities.list_cities(s)]
    if kind == "items" and delegation is not None:
        return [(i.id, format_instant(i.data.starts_at, i.data.start_tz), i.data.kind.label,
                 i.data.status.label, "internal" if i.data.internal else "", i.data.title)
                for i in itinerary.item_rows(s, delegation)]
    return [(c.id, c.status.label, c.due_on.isoformat() if c.due_on else "-", c.description)
            for c in overview.list_commitments(s)]


def _list(args: argparse.Namespace) -> int:
    from ..services import records

    if args.kind == "items" and args.delegation is None:
        return fail("Say whose items: --delegation ID (see `list delegations`).")
    with Database(args.db, exclusive=False) as db:
        if args.json:
            found = records.record_dicts(db.sessions, args.kind)
            if args.kind == "items":
                found = [r for r in found if r["delegation_id"] == args.delegation]
            print(json.dumps(found, ensure_ascii=False, indent=2))
            return 0
        rows = _rows(args.kind, db, args.delegation)
        print(table(rows) if rows else f"No {args.kind} yet.")
    return 0


def _demo(args: argparse.Namespace) -> int:
    from ..services import sample, synthetic

    if args.synthetic is not None and not 1 <= args.synthetic <= 5_000_000:
        return fail("--synthetic takes a number of items from 1 to 5000000.")
    with Database(args.db) as db:
        if args.synthetic is None:
            sample.load_sample_plan(db.sessions, force=args.force)
            print(f"Loaded the sample plan into {db.description}.")
            return 0
        if not args.force and not sample.is_empty(db.sessions):
            return fail("The database already holds records; use --force to add a synthetic "
                         "office anyway.")
        made = synthetic.make_synthetic_office(db.sessions, args.synthetic)
        print("Made a synthetic office: " + ", ".join(f"{v} {k}" for k, v in made.items()))
    return 0


def _db(args: argparse.Namespace) -> int:
    from ..services import maintenance

    if args.action == "upgrade":
        with Database(args.db) as db:
            report = db.upgrade_report
            if report and report.changed:
                kept = f"; backup at {report.backup}" if report.backup else ""
                print(f"Upgraded {db.description} from {report.from_revision or 'empty'} to "
                      f"{report.to_revision}{kept}.")
            else:
                print(f"{db.description} is already at the current schema.")
        return 0
    if args.action == "backup":
        with Database(args.db, exclusive=False) as db:
            print(f"Backup written to {maintenance.backup(db, args.output)}")
        return 0
    with Database(args.db, exclusive=False) as db:
        result = maintenance.check(db)
        for note in result.notes:
            print(note)
        for problem in result.problems:
            print(f"PROBLEM: {problem}")
        return 0 if result.ok else 1


def _check(args: argparse.Namespace) -> int:
    from ..domain.conflicts import Severity
    from ..services import checks, home

    with Database(args.db, exclusive=False) as db:
        if args.upcoming:
            results = checks.check_upcoming(db.sessions, home.today_at_the_office(db.sessions))
        else:
            results = [checks.check_delegation(db.sessions, args.delegation)]
    worst, lines = 0, []
    labels = {s: s.label.upper() for s in Severity}
    for result in results:
        for c in result.conflicts:
            items = " / ".join(result.item_titles[i] for i in c.item_ids)
            lines.append(f"{labels[c.severity]:7}  [{result.delegation_id}] "
                         f"{result.delegation}  |  {items}  |  {c.message}\n")
            worst = max(worst, int(c.severity))
    sys.stdout.write("".join(lines))
    if worst == 0:
        print(f"No conflicts in {len(results)} delegation(s).")
    return 1 if worst >= int(Severity.ERROR) else 0


def _export_contacts(args: argparse.Namespace) -> int:
    from ..services import contacts

    if args.format is None:
        return fail("Choose --format vcf, csv or xlsx for the contacts.")
    with Database(args.db, exclusive=False) as db:
        count = contacts.export_contacts(db.sessions, args.format, args.output)
    print(f"Wrote {count} people to {args.output}.")
    return 0


def _export_commitments(args: argparse.Namespace) -> int:
    from ..services import commitment_exports

    fmt = args.format or args.output.suffix.lower().lstrip(".")
    if fmt not in commitment_exports.FORMATS:
        return fail("Choose --format ics, csv or xlsx for the commitments (or name the file "
                     ".ics, .csv or .xlsx).")
    with Database(args.db, exclusive=False) as db:
        count = commitment_exports.export_commitments(
            db.sessions, fmt, args.output, owner_id=args.owner, city_id=args.city)
    print(f"Wrote {count} commitments to {args.output}.")
    return 0


def _export(args: argparse.Namespace) -> int:
    if (misused := misused_export_options(args) or misused_language(args)) is not None:
        return fail(misused)
    if args.what == "changes":
        return export_changes(args)
    from ..services import calendars

    if args.what == "contacts":
        return _export_contacts(args)
    if args.what == "commitments":
        return _export_commitments(args)
    if args.what == "dossier":
        return export_dossier(args)
    if args.what == "badges":
        return export_badges(args)
    if args.what == "programme":
        return export_programme(args)
    if args.delegation is None and args.summit is None:
        return fail("Say which calendar: --delegation ID or --summit ID.")
    if args.alarm is not None and not 0 <= args.alarm <= 7 * 24 * 60:
        return fail("--alarm takes minutes from 0 to 10080 (a week).")
    if args.summit is not None and (args.member is not None or args.edition != "internal"):
        return fail("--member and --edition apply to a delegation's calendar, not a summit's.")
    if args.version is not None:
        return export_version_calendar(args)
    with Database(args.db, exclusive=False) as db:
        if args.summit is not None:
            data = calendars.summit_calendar(db.sessions, args.summit, args.alarm)
        else:
            data = calendars.delegation_calendar(db.sessions, args.delegation, args.member,
                                                 calendars.Edition(args.edition), args.alarm)
    written = calendars.write_calendar(data, args.output)
    print(f"Wrote {len(data.events)} events of “{data.full_name}” to {written}.")
    return 0


def _import_contacts(args: argparse.Namespace) -> int:
    from ..services import contacts

    raw = args.file.read_bytes()
    with Database(args.db, exclusive=not args.dry_run) as db:
        preview = contacts.preview_contacts(db.sessions, raw, args.file.name)
        for line in preview.lines():
            print(line)
        summary = (f"{len(preview.created)} to create, {len(preview.updated)} to update, "
                   f"{len(preview.unchanged)} unchanged, {len(preview.rejected)} rejected")
        if args.dry_run:
            print(f"Dry run: {summary}; nothing was written.")
            return 0
        contacts.apply_contacts(db.sessions, preview)
    print(f"Imported: {summary}.")
    return 0


def _import(args: argparse.Namespace) -> int:
    from ..imports import ics_reader
    from ..services import ics_import

    if args.what == "contacts":
        return _import_contacts(args)
    if args.delegation is None:
        return fail("Say which delegation the calendar goes into: --delegation ID.")
    if args.file.stat().st_size > ics_reader.MAX_BYTES:
        return fail(f"{args.file} is over {ics_reader.MAX_BYTES // (1024 * 1024)} MB; "
                     "calendars that large are refused.")
    raw = args.file.read_bytes()
    with Database(args.db, exclusive=not args.dry_run) as db:
        preview = ics_import.preview_import(db.sessions, args.delegation, raw)
        for line in preview.lines():
            print(line)
        choices = ics_import.ImportChoices(
            preview.optional_uids(args.include_outside, args.include_duplicates,
                                  args.include_sessions),
            ics_import.DescriptionTo(args.description_to))
        left = _left_out(preview, args)
        if args.dry_run:
            print(f"Dry run: {len(preview.added)} to add, {len(preview.updated)} to update, "
                  f"{len(preview.rejected)} rejected{left}; nothing was written.")
            return 0
        result = ics_import.write_import(db.sessions, preview, choices)
    late = (f" ({result.already_there} had just been imported by someone else)"
            if result.already_there else "")
    print(f"Imported into “{preview.delegation}”: {len(result.added)} added, "
          f"{len(result.updated)} updated, {len(preview.unchanged)} unchanged, "
          f"{len(preview.rejected)} rejected{left}{late}.")
    return 0


def _left_out(preview: ics_import.ImportPreview, args: argparse.Namespace) -> str:
    """The optional events not asked for, and the flag that would bring them in."""
    parts = [f"{n} {what} left out ({flag})" for n, what, flag, asked in (
        (len(preview.outside), "outside the dates", "--include-outside", args.include_outside),
        (len(preview.duplicates), "probable duplicates", "--include-duplicates",
         args.include_duplicates),
        (len(preview.sessions), "summit sessions", "--include-sessions", args.include_sessions),
    ) if n and not asked]
    return "".join(f", {p}" for p in parts)


def _password(args: argparse.Namespace) -> str | None:
    from ..services import publishing

    if args.password_stdin:
        return sys.stdin.readline().rstrip("\n")
    stored = publishing.stored_password(args.server, args.user)
    if stored:
        return stored
    if sys.stdin.isatty():
        return getpass.getpass(f"Password for {args.user} on {args.server}: ")
    return None


def _publish(args: argparse.Namespace) -> int:
    from ..services import calendars, publishing

    password = _password(args)
    if not password:
        return fail("No password: give it with --password-stdin, or run interactively to be "
                     "asked (passwords are kept only in the system keyring, with --remember).")
    with Database(args.db, exclusive=False) as db:
        data = calendars.delegation_calendar(db.sessions, args.delegation, args.member,
                                             calendars.Edition(args.edition))
    plan = publishing.plan_publish(data, args.server, args.user, password)
    for line in plan.lines():
        print(line)
    if args.dry_run:
        print("Dry run: nothing was sent.")
        return 0
    report = publishing.apply_plan(plan, data, password)
    if args.remember:
        notice = publishing.remember_password(args.server, args.user, password)
        if notice:
            print(notice)
    print(f"Published “{data.name}” to {report.calendar_url}: {report.created} created, "
          f"{report.updated} updated, {report.cancelled} cancelled, {report.removed} removed, "
          f"{report.unchanged} unchanged.")
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "list": _list, "demo": _demo, "db": _db, "check": _check, "export": _export,
    "import": _import, "publish": _publish, "report": report, "version": version_command,
    "office": office, **HISTORY_COMMANDS,
}


def run(args: argparse.Namespace) -> int:
    """Run a headless command; every refusal becomes one line on stderr and exit code 2 (the
    technical detail of an unexpected one goes to the log file)."""
    start_log_file()
    say_notices()
    try:
        return COMMANDS[args.command](args)
    except DelegateAppError as exc:
        return fail(exc.message)
    except OSError as exc:
        return fail(f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": "))
    except Exception as exc:  # the database, a reader or a bug: never a traceback
        return fail(explain(exc))
