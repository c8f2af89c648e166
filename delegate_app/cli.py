"""Headless commands: demo, list, db. Errors print one line to stderr and exit with 2."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import NoReturn

from . import __version__
from .domain.conflicts import Severity
from .domain.errors import DelegateAppError
from .domain.name_cards import Part
from .domain.seating import TableShape
from .domain.timefmt import format_date_range, format_instant
from .imports import ics_reader
from .services import (
    calendars,
    checks,
    cities,
    commitment_exports,
    commitment_report,
    contacts,
    dossier,
    ics_import,
    itinerary,
    maintenance,
    name_cards,
    overview,
    people,
    programme_document,
    publishing,
    records,
    sample,
    synthetic,
)
from .services.database import Database

EXIT_ERROR = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_ERROR, f"{self.prog}: {message} (see --help)\n")


def _add_db(parser: argparse.ArgumentParser, default: object = argparse.SUPPRESS) -> None:
    parser.add_argument(
        "--db", metavar="PATH_OR_URL", default=default,
        help="SQLite file or SQLAlchemy URL (default: $DELEGATE_APP_DB, else the user data file)",
    )


def _command(sub: argparse._SubParsersAction[_Parser], name: str,
             text: str) -> argparse.ArgumentParser:
    """A subcommand; every one takes --db."""
    command = sub.add_parser(name, help=text)
    _add_db(command)
    return command


def _add_cut(command: argparse.ArgumentParser) -> None:
    """Whose calendar, and which edition (export and publish)."""
    command.add_argument("--member", type=int, metavar="PERSON_ID",
                        help="only the items this member takes part in")
    command.add_argument("--edition", choices=["internal", "host"], default="internal",
                         help="host: no briefing, talking points or booking references")


def _add_office_commands(sub: argparse._SubParsersAction[_Parser]) -> None:
    _command(sub, "gui", "open the main window (the default)")
    demo = _command(sub, "demo", "load the bundled sample plan into an empty database")
    demo.add_argument("--force", action="store_true",
                      help="add the sample even if the database already has records")
    demo.add_argument("--synthetic", type=int, metavar="ITEMS",
                      help="instead of the sample, make a synthetic office with ITEMS itinerary "
                           "items (delegations of ~50 items each) for scale tests")
    lister = _command(sub, "list", "print one row per record, with its id")
    lister.add_argument("kind", choices=sorted(records.LISTABLE))
    lister.add_argument("--json", action="store_true",
                        help="print a JSON array of records with their field names")
    lister.add_argument("--delegation", type=int, metavar="ID",
                        help="items: the itinerary of this delegation (required for items)")
    check = _command(sub, "check", "print the conflicts of itineraries, one per line; exit 1 "
                                   "when any is an error")
    which = check.add_mutually_exclusive_group(required=True)
    which.add_argument("--delegation", type=int, metavar="ID")
    which.add_argument("--upcoming", action="store_true",
                       help="every delegation not yet completed")
    dbp = _command(sub, "db", "upgrade, check or back up the database")
    dbp.add_argument("action", choices=["upgrade", "check", "backup"])
    dbp.add_argument("-o", "--output", type=Path, help="backup file to write (backup only)")


def _add_exchange_commands(sub: argparse._SubParsersAction[_Parser]) -> None:
    export = _command(sub, "export", "write a calendar (.ics) of a delegation or summit, "
                                     "the contacts (vCard, CSV, Excel), the commitments "
                                     "(tasks .ics, CSV, Excel), a delegation's dossier or "
                                     "badges, or a summit's programme (PDF)")
    export.add_argument("what", choices=["ics", "contacts", "commitments", "dossier",
                                         "programme", "badges"])
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
    _add_dossier_options(export)
    _add_badge_options(export)
    pub = _command(sub, "publish", "publish a delegation's calendar to a CalDAV server")
    pub.add_argument("--delegation", type=int, metavar="ID", required=True)
    _add_cut(pub)
    pub.add_argument("--server", required=True,
                     help="CalDAV address, e.g. https://cloud.example/remote.php/dav")
    pub.add_argument("--user", required=True)
    pub.add_argument("--password-stdin", action="store_true",
                     help="read the password from standard input (else the keyring, else ask)")
    pub.add_argument("--remember", action="store_true",
                     help="keep the password in the system keyring (never in a file)")
    importer = _command(sub, "import", "import a calendar (.ics) into a delegation, or "
                                       "contacts (.csv, .xlsx, .vcf)")
    importer.add_argument("what", choices=["ics", "contacts"])
    importer.add_argument("file", type=Path)
    importer.add_argument("--delegation", type=int, metavar="ID",
                          help="the delegation a calendar goes into")
    importer.add_argument("--dry-run", action="store_true",
                          help="show what would be added, updated or rejected; write nothing")


def _add_dossier_options(export: argparse.ArgumentParser) -> None:
    export.add_argument("--paper", choices=["a4", "letter"], default="a4",
                        help="for a dossier or a programme: paper size (default a4)")
    export.add_argument("--home-time", action="store_true",
                        help="for a dossier: show each item's time at home too")
    export.add_argument("--emblem", type=Path, metavar="IMAGE",
                        help="for a dossier: the city's emblem (PNG or JPEG) for the cover")


def _add_badge_options(export: argparse.ArgumentParser) -> None:
    export.add_argument("--item", type=int, metavar="ITEM_ID",
                        help="badges: for this meeting or meal (see `list items --delegation "
                             "ID`); without it, badges for the whole delegation")
    export.add_argument("--include", metavar="PARTS",
                        help="badges: any of seating,cards,badges (default: all three for a "
                             "meeting, badges for a delegation)")
    export.add_argument("--table", choices=[t.value for t in TableShape],
                        help="badges: the table of the seating plan (default: round for a "
                             "meal, head for a signing or press point, else facing)")
    export.add_argument("--host", type=int, metavar="PERSON_ID",
                        help="badges: who hosts the table (default: the senior counterpart)")
    export.add_argument("--guest-of-honour", type=int, metavar="PERSON_ID",
                        help="badges: the guest of honour (default: our senior person there)")


def _add_report_commands(sub: argparse._SubParsersAction[_Parser]) -> None:
    report = _command(sub, "report", "write a PDF report: the commitments with a city or due "
                                     "in a period, overdue first")
    report.add_argument("what", choices=["commitments"])
    report.add_argument("--city", type=int, metavar="CITY_ID",
                        help="only the promises with this city (see `list cities`)")
    report.add_argument("--from", dest="start", metavar="YYYY-MM-DD",
                        help="only those due (or kept) on or after this day")
    report.add_argument("--to", dest="end", metavar="YYYY-MM-DD",
                        help="only those due (or kept) on or before this day")
    report.add_argument("--paper", choices=["a4", "letter"], default="a4",
                        help="paper size (default a4)")
    report.add_argument("-o", "--output", type=Path, required=True, help="PDF file to write")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="delegate-app", description=(
        "Plan mayors' summits and delegation visits. Without a command, opens the window."))
    parser.add_argument("--version", action="version", version=f"delegate-app {__version__}")
    _add_db(parser, default=None)
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")
    _add_office_commands(sub)
    _add_exchange_commands(sub)
    _add_report_commands(sub)
    return parser


def _fail(message: str) -> int:
    print(f"delegate-app: {' '.join(message.split())}", file=sys.stderr)
    return EXIT_ERROR


def _table(rows: Sequence[Sequence[object]]) -> str:
    if not rows:
        return ""
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    return "\n".join(
        "  ".join(str(v).ljust(w) for v, w in zip(r, widths, strict=True)).rstrip() for r in rows
    )


def _rows(kind: str, db: Database, delegation: int | None = None) -> list[tuple[object, ...]]:
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
                 i.data.status.label, i.data.title) for i in itinerary.item_rows(s, delegation)]
    return [(c.id, c.status.label, c.due_on.isoformat() if c.due_on else "-", c.description)
            for c in overview.list_commitments(s)]


def _list(args: argparse.Namespace) -> int:
    if args.kind == "items" and args.delegation is None:
        return _fail("Say whose items: --delegation ID (see `list delegations`).")
    with Database(args.db, exclusive=False) as db:
        if args.json:
            found = records.record_dicts(db.sessions, args.kind)
            if args.kind == "items":
                found = [r for r in found if r["delegation_id"] == args.delegation]
            print(json.dumps(found, ensure_ascii=False, indent=2))
            return 0
        rows = _rows(args.kind, db, args.delegation)
        print(_table(rows) if rows else f"No {args.kind} yet.")
    return 0


def _demo(args: argparse.Namespace) -> int:
    if args.synthetic is not None and not 1 <= args.synthetic <= 5_000_000:
        return _fail("--synthetic takes a number of items from 1 to 5000000.")
    with Database(args.db) as db:
        if args.synthetic is None:
            sample.load_sample_plan(db.sessions, force=args.force)
            print(f"Loaded the sample plan into {db.description}.")
            return 0
        if not args.force and not sample.is_empty(db.sessions):
            return _fail("The database already holds records; use --force to add a synthetic "
                         "office anyway.")
        made = synthetic.make_synthetic_office(db.sessions, args.synthetic)
        print("Made a synthetic office: " + ", ".join(f"{v} {k}" for k, v in made.items()))
    return 0


def _db(args: argparse.Namespace) -> int:
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
    with Database(args.db, exclusive=False) as db:
        if args.upcoming:
            results = checks.check_upcoming(db.sessions, overview.office_today(db.sessions))
        else:
            results = [checks.check_delegation(db.sessions, args.delegation)]
    worst = 0
    for result in results:
        for c in result.conflicts:
            items = " / ".join(result.item_titles[i] for i in c.item_ids)
            print(f"{c.severity.label.upper():7}  [{result.delegation_id}] {result.delegation}"
                  f"  |  {items}  |  {c.message}")
            worst = max(worst, int(c.severity))
    if worst == 0:
        print(f"No conflicts in {len(results)} delegation(s).")
    return 1 if worst >= int(Severity.ERROR) else 0


def _export_contacts(args: argparse.Namespace) -> int:
    if args.format is None:
        return _fail("Choose --format vcf, csv or xlsx for the contacts.")
    with Database(args.db, exclusive=False) as db:
        count = contacts.export_contacts(db.sessions, args.format, args.output)
    print(f"Wrote {count} people to {args.output}.")
    return 0


def _export_commitments(args: argparse.Namespace) -> int:
    fmt = args.format or args.output.suffix.lower().lstrip(".")
    if fmt not in commitment_exports.FORMATS:
        return _fail("Choose --format ics, csv or xlsx for the commitments (or name the file "
                     ".ics, .csv or .xlsx).")
    with Database(args.db, exclusive=False) as db:
        count = commitment_exports.export_commitments(
            db.sessions, fmt, args.output, owner_id=args.owner, city_id=args.city)
    print(f"Wrote {count} commitments to {args.output}.")
    return 0


def _export_dossier(args: argparse.Namespace) -> int:
    if args.delegation is None:
        return _fail("Say which delegation's dossier: --delegation ID.")
    if args.member is not None or args.alarm is not None:
        return _fail("--member and --alarm apply to calendars, not to a dossier.")
    emblem = dossier.read_emblem(args.emblem) if args.emblem else None
    with Database(args.db, exclusive=False) as db:
        data = dossier.delegation_dossier(db.sessions, args.delegation,
                                          calendars.Edition(args.edition), args.home_time)
    written = dossier.write_dossier(data, args.output, args.paper, emblem)
    print(f"Wrote the {args.edition} dossier of “{data.title}” to {written}.")
    return 0


def _parts(text: str | None) -> set[Part] | None:
    if text is None:
        return None
    try:
        return {Part(x.strip()) for x in text.split(",") if x.strip()}
    except ValueError:
        raise ValueError(f"--include takes seating, cards and badges separated by commas, "
                         f"not “{text}”.") from None


def _export_badges(args: argparse.Namespace) -> int:
    if args.delegation is None:
        return _fail("Say whose badges: --delegation ID (and --item ID for one meeting).")
    if args.member is not None or args.alarm is not None or args.home_time:
        return _fail("--member, --alarm and --home-time do not apply to badges.")
    try:
        parts = _parts(args.include)
    except ValueError as exc:
        return _fail(str(exc))
    if args.item is None and (args.table or args.host or args.guest_of_honour
                              or (parts and Part.SEATING in parts)):
        return _fail("A seating plan is for one meeting or meal: add --item ID (see "
                     f"`delegate-app list items --delegation {args.delegation}`).")
    emblem = dossier.read_emblem(args.emblem) if args.emblem else None
    with Database(args.db, exclusive=False) as db:
        data = name_cards.name_card_set(
            db.sessions, args.delegation, args.item, parts,
            TableShape(args.table) if args.table else None, args.host, args.guest_of_honour)
    written = name_cards.write_name_cards(data, args.output, args.paper, emblem)
    made = [f"{len(data.badges)} badges" if data.badges else "",
            f"{len(data.place_cards)} place cards" if data.place_cards else "",
            "the seating plan" if data.seating else ""]
    print(f"Wrote {' and '.join(x for x in made if x)} for “{data.occasion.title}” "
          f"to {written}.")
    return 0


def _export_programme(args: argparse.Namespace) -> int:
    given = [option for option, value in (
        ("--delegation", args.delegation), ("--member", args.member),
        ("--alarm", args.alarm), ("--emblem", args.emblem), ("--format", args.format),
        ("--owner", args.owner), ("--city", args.city),
        ("--edition", None if args.edition == "internal" else args.edition),
        ("--home-time", args.home_time or None)) if value is not None]
    if given:
        return _fail(f"{', '.join(given)} do{'es' if len(given) == 1 else ''} not apply to a "
                     "summit's programme; it takes --summit, --paper and -o.")
    if args.summit is None:
        return _fail("Say which summit's programme: --summit ID (see `list summits`).")
    with Database(args.db, exclusive=False) as db:
        data = programme_document.summit_programme_document(db.sessions, args.summit)
    written = programme_document.write_summit_programme(data, args.output, args.paper)
    print(f"Wrote the programme of “{data.title}” to {written}.")
    return 0


def _export(args: argparse.Namespace) -> int:
    if args.what == "contacts":
        return _export_contacts(args)
    if args.what == "commitments":
        return _export_commitments(args)
    if args.what == "dossier":
        return _export_dossier(args)
    if args.what == "badges":
        return _export_badges(args)
    if args.what == "programme":
        return _export_programme(args)
    if args.delegation is None and args.summit is None:
        return _fail("Say which calendar: --delegation ID or --summit ID.")
    if args.alarm is not None and not 0 <= args.alarm <= 7 * 24 * 60:
        return _fail("--alarm takes minutes from 0 to 10080 (a week).")
    if args.summit is not None and (args.member is not None or args.edition != "internal"):
        return _fail("--member and --edition apply to a delegation's calendar, not a summit's.")
    with Database(args.db, exclusive=False) as db:
        if args.summit is not None:
            data = calendars.summit_calendar(db.sessions, args.summit, args.alarm)
        else:
            data = calendars.delegation_calendar(db.sessions, args.delegation, args.member,
                                                 calendars.Edition(args.edition), args.alarm)
    written = calendars.write_calendar(data, args.output)
    print(f"Wrote {len(data.events)} events of “{data.name}” to {written}.")
    return 0


def _import_contacts(args: argparse.Namespace) -> int:
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
    if args.what == "contacts":
        return _import_contacts(args)
    if args.delegation is None:
        return _fail("Say which delegation the calendar goes into: --delegation ID.")
    if args.file.stat().st_size > ics_reader.MAX_BYTES:
        return _fail(f"{args.file} is over {ics_reader.MAX_BYTES // (1024 * 1024)} MB; "
                     "calendars that large are refused.")
    raw = args.file.read_bytes()
    with Database(args.db, exclusive=not args.dry_run) as db:
        preview = ics_import.preview_import(db.sessions, args.delegation, raw)
        for line in preview.lines():
            print(line)
        if args.dry_run:
            print(f"Dry run: {len(preview.added)} to add, {len(preview.updated)} to update, "
                  f"{len(preview.rejected)} rejected; nothing was written.")
            return 0
        count = ics_import.apply_import(db.sessions, preview)
    print(f"Imported into “{preview.delegation}”: {len(preview.added)} added, "
          f"{len(preview.updated)} updated, {len(preview.unchanged)} unchanged, "
          f"{len(preview.rejected)} rejected ({count} written).")
    return 0


def _password(args: argparse.Namespace) -> str | None:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\n")
    stored = publishing.stored_password(args.server, args.user)
    if stored:
        return stored
    if sys.stdin.isatty():
        return getpass.getpass(f"Password for {args.user} on {args.server}: ")
    return None


def _publish(args: argparse.Namespace) -> int:
    password = _password(args)
    if not password:
        return _fail("No password: give it with --password-stdin, or run interactively to be "
                     "asked (passwords are kept only in the system keyring, with --remember).")
    with Database(args.db, exclusive=False) as db:
        data = calendars.delegation_calendar(db.sessions, args.delegation, args.member,
                                             calendars.Edition(args.edition))
    report = publishing.publish(data, args.server, args.user, password)
    if args.remember and not publishing.remember_password(args.server, args.user, password):
        print("No system keyring here: the password was not kept; you will be asked again.")
    print(f"Published “{data.name}” to {report.calendar_url}: {report.created} created, "
          f"{report.updated} updated, {report.unchanged} unchanged.")
    return 0


def _day(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"{option} takes a date as YYYY-MM-DD, e.g. 2026-11-01, "
                         f"not “{text}”.") from None


def _report(args: argparse.Namespace) -> int:
    try:
        start, end = _day(args.start, "--from"), _day(args.end, "--to")
    except ValueError as exc:
        return _fail(str(exc))
    with Database(args.db, exclusive=False) as db:
        data = commitment_report.commitments_report(db.sessions, city_id=args.city,
                                                    start=start, end=end)
    written = commitment_report.write_commitments_report(data, args.output, args.paper)
    print(f"Wrote “{data.title}” ({len(data.lines)} commitments, {data.balance.overdue} "
          f"overdue) to {written}.")
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "list": _list, "demo": _demo, "db": _db, "check": _check, "export": _export,
    "import": _import, "publish": _publish, "report": _report,
}


def run(args: argparse.Namespace) -> int:
    """Run a headless command; every refusal becomes one line on stderr and exit code 2."""
    try:
        return COMMANDS[args.command](args)
    except DelegateAppError as exc:
        return _fail(exc.message)
    except OSError as exc:
        return _fail(f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": "))
