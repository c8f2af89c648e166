"""The record on the command line: `history KIND ID` (what was done to one record) and
`activity` (the office's changes), as lines, JSON or CSV."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from ..domain.history import KIND_NAMES, ActivityFilter, HistoryLine, kind_of_word, kind_word
from ..services.database import Database
from .common import Parser, add_command, fail

KINDS_HELP = ", ".join(sorted(KIND_NAMES))


def add_history_commands(sub: argparse._SubParsersAction[Parser]) -> None:
    record = add_command(sub, "history", "print what was done to one record and its parts, "
                                      "newest first: who, when, each field before and after")
    record.add_argument("kind", metavar="KIND", help=f"the kind of record: {KINDS_HELP}")
    record.add_argument("id", type=int, metavar="ID", help="its number (see `list`)")
    record.add_argument("--json", action="store_true", help="print a JSON array of entries")
    office = add_command(sub, "activity", "print the office's changes, newest first")
    office.add_argument("--since", metavar="YYYY-MM-DD",
                        help="only changes on or after this day (the office's day)")
    office.add_argument("--until", metavar="YYYY-MM-DD",
                        help="only changes on or before this day")
    office.add_argument("--officer", metavar="NAME", help="only this officer's changes")
    office.add_argument("--kind", metavar="KIND", help=f"only this kind of record: {KINDS_HELP}")
    office.add_argument("--delegation", type=int, metavar="ID",
                        help="only changes inside this delegation")
    office.add_argument("--limit", type=int, default=200, metavar="N",
                        help="at most N changes (default 200)")
    office.add_argument("--json", action="store_true", help="print a JSON array of entries")
    office.add_argument("-o", "--output", type=Path, metavar="FILE.csv",
                        help="write the changes to a CSV file instead of printing them")


def _entry(line: HistoryLine) -> dict[str, Any]:
    return {"id": line.id, "at": line.at.isoformat(), "officer": line.officer,
            "action": line.action, "kind": line.kind, "record_id": line.record_id,
            "record": line.record_name, "delegation_id": line.delegation_id,
            "sentence": line.sentence, "changes": line.raw,
            "shown": [{"field": c.field, "label": c.label, "before": c.before,
                       "after": c.after} for c in line.changes]}


def _print(lines: Sequence[HistoryLine], as_json: bool, nothing: str) -> int:
    if as_json:
        print(json.dumps([_entry(line) for line in lines], ensure_ascii=False, indent=2))
        return 0
    if not lines:
        print(nothing)
    for line in lines:
        print(f"{line.when}  {line.officer}  {line.what}")
        for change in line.changes:
            if line.action == "changed":
                print(f"    {change.label}: {change.before} → {change.after}")
    return 0


def _history(args: argparse.Namespace) -> int:
    from ..services import history  # with its CSV writer, only when asked

    kind = kind_of_word(args.kind)
    if kind is None:
        return fail(f"'{args.kind}' is not a kind of record; use one of: {KINDS_HELP}.")
    with Database(args.db, exclusive=False) as db:
        lines = history.record_history(db.sessions, kind, args.id)
    return _print(lines, args.json, f"Nothing on record for {kind_word(kind)} {args.id}.")


def _day(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{option} takes a day as YYYY-MM-DD, such as 2026-12-01; "
                         f"'{text}' is not one.") from None


def _activity(args: argparse.Namespace) -> int:
    from ..services import history  # with its CSV writer, only when asked

    try:
        since, until = _day(args.since, "--since"), _day(args.until, "--until")
    except ValueError as exc:
        return fail(str(exc))
    kind = kind_of_word(args.kind) if args.kind else None
    if args.kind and kind is None:
        return fail(f"'{args.kind}' is not a kind of record; use one of: {KINDS_HELP}.")
    if since and until and until < since:
        return fail("--until is before --since: nothing can be in that period.")
    with Database(args.db, exclusive=False) as db:
        s = db.sessions
        wanted = ActivityFilter(
            since=history.day_start(s, since) if since else None,
            until=history.day_start(s, date.fromordinal(until.toordinal() + 1))
            if until else None,
            officer=args.officer, kind=kind, delegation_id=args.delegation, limit=args.limit)
        if args.output is not None:
            count = history.export_activity(s, args.output, wanted)
            print(f"Wrote {count} changes to {args.output}.")
            return 0
        lines = history.activity(s, wanted)
    return _print(lines, args.json, "No changes on record for that choice.")


HISTORY_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "history": _history, "activity": _activity}
