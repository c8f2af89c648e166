"""Issued versions from the command line: `version issue|list|diff` (of a delegation or a
summit), `export changes`, and `--version N` / `--changes-since N` on the dossier, badges,
programme and calendar exports."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from ..services.database import Database
from .common import Parser, add_command, add_db, fail, table
from .printed import printed_for

if TYPE_CHECKING:  # the versions' domain loads with a versions command, not to parse one
    from ..domain.version_changes import ChangeSheet

EDITIONS = ["internal", "host"]


def add_version_commands(sub: argparse._SubParsersAction[Parser]) -> None:
    version = add_command(sub, "version", "issue a numbered version of a delegation's or a "
                                       "summit's programme, list the versions, or show what "
                                       "changed")
    actions = version.add_subparsers(dest="action", parser_class=Parser, metavar="ACTION",
                                     required=True)
    issue = actions.add_parser("issue", help="freeze the programme as it stands as the next "
                                             "version (kept for good)")
    issue.add_argument("--note", default="", help="why it is issued, e.g. “after the "
                                                  "Governor's office moved the courtesy call”")
    lister = actions.add_parser("list", help="the versions issued, with who, when and why")
    lister.add_argument("--json", action="store_true", help="print a JSON array")
    diff = actions.add_parser("diff", help="what changed since a version, per day in local "
                                           "time")
    diff.add_argument("--from", dest="since", type=int, required=True, metavar="N",
                      help="the version to compare from")
    diff.add_argument("--to", dest="until", type=int, metavar="M",
                      help="a later version (default: the current draft)")
    diff.add_argument("--edition", choices=EDITIONS, default="internal",
                      help="host: only what the hosts' edition shows (no internal item or "
                           "note); a delegation's only")
    diff.add_argument("--json", action="store_true", help="print the changes as JSON")
    for action in (issue, lister, diff):
        add_db(action)
        whose = action.add_mutually_exclusive_group(required=True)
        whose.add_argument("--delegation", type=int, metavar="ID")
        whose.add_argument("--summit", type=int, metavar="ID")


def add_version_export_options(export: argparse.ArgumentParser) -> None:
    export.add_argument("--version", type=int, metavar="N",
                        help="dossier, badges, programme or ics: as issued in version N (see "
                             "`version list`)")
    export.add_argument("--changes-since", type=int, metavar="N",
                        help="dossier: a bar in the margin on items changed since version N")
    export.add_argument("--from", dest="since", type=int, metavar="N",
                        help="changes: the version to compare from")
    export.add_argument("--to", dest="until", type=int, metavar="M",
                        help="changes: a later version (default: the current draft)")


def misused_export_options(args: argparse.Namespace) -> str | None:
    """A one-line refusal when a version option is given to an export it does not apply to."""
    allowed = {"changes": {"since", "until"}, "dossier": {"version", "changes_since"},
               "ics": {"version"}, "programme": {"version"},
               "badges": {"version"}}.get(args.what, set())
    given = [name for name in ("version", "changes_since", "since", "until")
             if getattr(args, name) is not None and name not in allowed]
    if not given:
        return None
    flags = ", ".join("--" + {"since": "from", "until": "to"}.get(n, n).replace("_", "-")
                      for n in given)
    return f"{flags} do{'es' if len(given) == 1 else ''} not apply to `export {args.what}`."


def _lines(sheet: ChangeSheet) -> list[str]:
    lines = [sheet.title, f"  since: {sheet.since}" + (f" — {sheet.since_note}"
                                                        if sheet.since_note else ""),
             f"  now:   {sheet.now}" + (f" — {sheet.now_note}" if sheet.now_note else ""),
             f"  edition: {sheet.edition}"]
    for day in sheet.days:
        lines.append(f"\n{day.title}")
        for c in day.changes:
            lines.append(f"  {c.when!s:<20} {c.kind.label.upper():<12} {c.title}")
            lines += [f"  {'':<20} {'':<12} {line}" for line in c.details]
    if not sheet.days:
        lines.append("\nNothing changed.")
    return lines


def _whose(args: argparse.Namespace) -> str:
    return (f"--delegation {args.delegation}" if args.delegation is not None
            else f"--summit {args.summit}")


def _issue(args: argparse.Namespace) -> int:
    from ..services import versions

    with Database(args.db) as db:
        if args.summit is not None:
            info = versions.issue_summit_version(db.sessions, args.summit, args.note)
        else:
            info = versions.issue_version(db.sessions, args.delegation, args.note)
    whose = (f"summit {args.summit}" if args.summit is not None
             else f"delegation {args.delegation}")
    print(f"Issued {info.label} of {whose}.")
    return 0


def _sheet(db: Database, args: argparse.Namespace) -> ChangeSheet:
    from ..services import calendars, versions

    if args.summit is not None:
        return versions.summit_changes(db.sessions, args.summit, args.since, args.until)
    return versions.programme_changes(db.sessions, args.delegation, args.since, args.until,
                                      calendars.Edition(args.edition))


def version_command(args: argparse.Namespace) -> int:
    from ..domain.versions import to_document
    from ..services import versions

    if args.summit is not None and getattr(args, "edition", "internal") != "internal":
        return fail("--edition applies to a delegation's programme; a summit's is public.")
    if args.action == "issue":
        return _issue(args)
    with Database(args.db, exclusive=False) as db:
        if args.action == "list":
            found = (versions.list_summit_versions(db.sessions, args.summit)
                     if args.summit is not None
                     else versions.list_versions(db.sessions, args.delegation))
            if args.json:
                print(json.dumps(to_document(found), ensure_ascii=False, indent=2))
            else:
                print(table([(v.number, v.label, v.issued_by, v.note) for v in found])
                      if found else f"No version issued yet: `version issue {_whose(args)}` "
                                    "issues version 1.")
            return 0
        sheet = _sheet(db, args)
    if args.json:
        doc = to_document(sheet)
        doc.pop("days")  # one flat list, each change with its day, reads best in a script
        # A change's sentences are Wordings: a script reads them in English.
        doc["changes"] = [{**to_document(c), "when": str(c.when),
                           "details": [str(x) for x in c.details]} for c in sheet.changes]
        print(json.dumps(doc, ensure_ascii=False, indent=2))
    else:
        print("\n".join(_lines(sheet)))
    return 0


def export_changes(args: argparse.Namespace) -> int:
    from ..services import versions

    if (args.delegation is None and args.summit is None) or args.since is None:
        return fail("Say whose programme and since which version: --delegation ID (or "
                    "--summit ID) --from N (see `version list`).")
    if args.member is not None or args.alarm is not None or args.home_time:
        return fail("--member, --alarm and --home-time do not apply to a change sheet.")
    if args.summit is not None and args.edition != "internal":
        return fail("--edition applies to a delegation's programme; a summit's is public.")
    with Database(args.db, exclusive=False) as db:
        sheet = _sheet(db, args)
    written = versions.write_change_sheet(sheet, Path(args.output), args.paper,
                                          printed_for(args))
    print(f"Wrote “{sheet.title}” ({len(sheet.changes)} changes) to {written}.")
    return 0


def export_version_calendar(args: argparse.Namespace) -> int:
    """`export ics --delegation ID --version N` (or --summit ID): the calendar as version N
    published it."""
    from ..services import calendars, versions

    with Database(args.db, exclusive=False) as db:
        if args.summit is not None:
            data, stamp = versions.summit_calendar_of(db.sessions, args.summit, args.version,
                                                      args.alarm)
        else:
            data, stamp = versions.calendar_of(db.sessions, args.delegation, args.version,
                                               args.member, calendars.Edition(args.edition),
                                               args.alarm)
    written = calendars.write_calendar(data, args.output, stamp)
    print(f"Wrote {len(data.events)} events of “{data.full_name}” to {written}.")
    return 0
