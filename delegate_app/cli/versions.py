"""Issued versions from the command line: `version issue|list|diff`, `export changes`, and
`--version N` / `--changes-since N` on the dossier and calendar exports."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ..domain.version_changes import ChangeSheet
from ..domain.versions import to_document
from ..services.database import Database
from .common import Parser, add_command, add_db, fail, table
from .printed import printed_for

EDITIONS = ["internal", "host"]


def add_version_commands(sub: argparse._SubParsersAction[Parser]) -> None:
    version = add_command(sub, "version", "issue a numbered version of a delegation's "
                                       "programme, list the versions, or show what changed")
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
                      help="host: only what the hosts' edition shows (no internal item or note)")
    diff.add_argument("--json", action="store_true", help="print the changes as JSON")
    for action in (issue, lister, diff):
        add_db(action)
        action.add_argument("--delegation", type=int, metavar="ID", required=True)


def add_version_export_options(export: argparse.ArgumentParser) -> None:
    export.add_argument("--version", type=int, metavar="N",
                        help="dossier or ics: as issued in version N (see `version list`)")
    export.add_argument("--changes-since", type=int, metavar="N",
                        help="dossier: a bar in the margin on items changed since version N")
    export.add_argument("--from", dest="since", type=int, metavar="N",
                        help="changes: the version to compare from")
    export.add_argument("--to", dest="until", type=int, metavar="M",
                        help="changes: a later version (default: the current draft)")


def misused_export_options(args: argparse.Namespace) -> str | None:
    """A one-line refusal when a version option is given to an export it does not apply to."""
    allowed = {"changes": {"since", "until"}, "dossier": {"version", "changes_since"},
               "ics": {"version"}}.get(args.what, set())
    if args.what == "ics" and args.summit is not None and args.version is not None:
        return "--version applies to a delegation's calendar; summits are not versioned yet."
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
            lines.append(f"  {c.when:<20} {c.kind.label.upper():<12} {c.title}")
            lines += [f"  {'':<20} {'':<12} {line}" for line in c.details]
    if not sheet.days:
        lines.append("\nNothing changed.")
    return lines


def version_command(args: argparse.Namespace) -> int:
    from ..services import calendars, versions

    if args.action == "issue":
        with Database(args.db) as db:
            info = versions.issue_version(db.sessions, args.delegation, args.note)
        print(f"Issued {info.label} of delegation {args.delegation}.")
        return 0
    with Database(args.db, exclusive=False) as db:
        if args.action == "list":
            found = versions.list_versions(db.sessions, args.delegation)
            if args.json:
                print(json.dumps(to_document(found), ensure_ascii=False, indent=2))
            else:
                print(table([(v.number, v.label, v.issued_by, v.note) for v in found])
                      if found else "No version issued yet: `version issue --delegation "
                                    f"{args.delegation}` issues version 1.")
            return 0
        sheet = versions.programme_changes(db.sessions, args.delegation, args.since,
                                           args.until, calendars.Edition(args.edition))
    if args.json:
        doc = to_document(sheet)
        doc.pop("days")  # one flat list, each change with its day, reads best in a script
        doc["changes"] = to_document(sheet.changes)
        print(json.dumps(doc, ensure_ascii=False, indent=2))
    else:
        print("\n".join(_lines(sheet)))
    return 0


def export_changes(args: argparse.Namespace) -> int:
    from ..services import calendars, versions

    if args.delegation is None or args.since is None:
        return fail("Say which delegation and since which version: --delegation ID --from N "
                    "(see `version list`).")
    if args.member is not None or args.alarm is not None or args.home_time:
        return fail("--member, --alarm and --home-time do not apply to a change sheet.")
    with Database(args.db, exclusive=False) as db:
        sheet = versions.programme_changes(db.sessions, args.delegation, args.since,
                                           args.until, calendars.Edition(args.edition))
    written = versions.write_change_sheet(sheet, Path(args.output), args.paper,
                                          printed_for(args))
    print(f"Wrote “{sheet.title}” ({len(sheet.changes)} changes) to {written}.")
    return 0


def export_version_calendar(args: argparse.Namespace) -> int:
    from ..services import calendars, versions

    """`export ics --delegation ID --version N`: the calendar as version N published it."""
    with Database(args.db, exclusive=False) as db:
        data, stamp = versions.calendar_of(db.sessions, args.delegation, args.version,
                                           args.member, calendars.Edition(args.edition),
                                           args.alarm)
    written = calendars.write_calendar(data, args.output, stamp)
    print(f"Wrote {len(data.events)} events of “{data.full_name}” to {written}.")
    return 0
