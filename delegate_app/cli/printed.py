"""Printed documents from the command line: a delegation's dossier and badges, a summit's
programme, the commitments report."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.seating import TableShape
from ..language.dates import CALENDARS
from ..language.printed import PrintLanguage
from ..services.database import Database
from .common import Parser, add_command, fail

if TYPE_CHECKING:  # the badges' domain loads with a badges command, not to parse one
    from ..domain.name_cards import NameCardSet, Part

PRINTED = ("dossier", "programme", "badges", "changes")  # the exports that are printed


def add_language_options(parser: argparse.ArgumentParser) -> None:
    """--language and --calendar of a printed document."""
    parser.add_argument("--language", choices=["en", "fa", "es"], default="en",
                        help="printed documents: the reader's language (default en; fa runs "
                             "right to left)")
    parser.add_argument("--calendar", choices=list(CALENDARS),
                        help="printed documents: the calendar of their dates (default: "
                             "jalali for fa, gregorian otherwise)")


def printed_for(args: argparse.Namespace) -> PrintLanguage:
    """The reader the command line asked for."""
    return PrintLanguage(args.language, args.calendar or "")


def misused_language(args: argparse.Namespace) -> str | None:
    """A refusal when --language or --calendar is given to a calendar or contacts export."""
    if args.what in PRINTED or (args.language == "en" and args.calendar is None):
        return None
    return (f"--language and --calendar apply to printed documents ({', '.join(PRINTED)}), "
            f"not to `export {args.what}`.")


def add_dossier_options(export: argparse.ArgumentParser) -> None:
    export.add_argument("--paper", choices=["a4", "letter"], default="a4",
                        help="for a dossier or a programme: paper size (default a4)")
    export.add_argument("--home-time", action="store_true",
                        help="for a dossier: show each item's time at home too")
    export.add_argument("--emblem", type=Path, metavar="IMAGE",
                        help="for a dossier: the city's emblem (PNG or JPEG) for the cover")


def add_badge_options(export: argparse.ArgumentParser) -> None:
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


def add_report_commands(sub: argparse._SubParsersAction[Parser]) -> None:
    report = add_command(sub, "report", "write a PDF report: the commitments with a city or due "
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
    add_language_options(report)


def export_dossier(args: argparse.Namespace) -> int:
    from ..services import dossier
    from ..services.calendars import Edition

    if args.delegation is None:
        return fail("Say which delegation's dossier: --delegation ID.")
    if args.member is not None or args.alarm is not None:
        return fail("--member and --alarm apply to calendars, not to a dossier.")
    emblem = dossier.read_emblem(args.emblem) if args.emblem else None
    edition = Edition(args.edition)
    with Database(args.db, exclusive=False) as db:
        if args.version is None and args.changes_since is None:  # the draft, as it stands
            data = dossier.delegation_dossier(db.sessions, args.delegation, edition,
                                              args.home_time)
        else:
            from ..services import versions

            data = versions.dossier_of(db.sessions, args.delegation, edition,
                                       args.home_time, args.version, args.changes_since)
    written = dossier.write_dossier(data, args.output, args.paper, emblem, printed_for(args))
    print(f"Wrote the {args.edition} dossier of “{data.title}” to {written}.")
    return 0


def _parts(text: str | None) -> set[Part] | None:
    from ..domain.name_cards import Part

    if text is None:
        return None
    try:
        return {Part(x.strip()) for x in text.split(",") if x.strip()}
    except ValueError:
        raise ValueError(f"--include takes seating, cards and badges separated by commas, "
                         f"not “{text}”.") from None


def _badge_set(db: Database, args: argparse.Namespace,
               parts: set[Part] | None) -> NameCardSet:
    from ..services import name_cards, versions

    if args.version is not None:
        return versions.badges_of(db.sessions, args.delegation, args.version, parts)
    return name_cards.name_card_set(
        db.sessions, args.delegation, args.item, parts,
        TableShape(args.table) if args.table else None, args.host, args.guest_of_honour)


def export_badges(args: argparse.Namespace) -> int:
    from ..domain.name_cards import Part
    from ..services import dossier, name_cards

    if args.delegation is None:
        return fail("Say whose badges: --delegation ID (and --item ID for one meeting).")
    if args.member is not None or args.alarm is not None or args.home_time:
        return fail("--member, --alarm and --home-time do not apply to badges.")
    try:
        parts = _parts(args.include)
    except ValueError as exc:
        return fail(str(exc))
    if args.version is not None and (args.item or args.table or args.host
                                     or args.guest_of_honour):
        return fail("--version prints the whole delegation's badges as issued; a meeting's "
                    "cards and seating plan come from the current programme (leave out "
                    "--version).")
    if args.item is None and (args.table or args.host or args.guest_of_honour
                              or (parts and Part.SEATING in parts)):
        return fail("A seating plan is for one meeting or meal: add --item ID (see "
                     f"`delegate-app list items --delegation {args.delegation}`).")
    emblem = dossier.read_emblem(args.emblem) if args.emblem else None
    with Database(args.db, exclusive=False) as db:
        data = _badge_set(db, args, parts)
    written = name_cards.write_name_cards(data, args.output, args.paper, emblem,
                                          printed_for(args))
    made = [f"{len(data.badges)} badges" if data.badges else "",
            f"{len(data.place_cards)} place cards" if data.place_cards else "",
            "the seating plan" if data.seating else ""]
    print(f"Wrote {' and '.join(x for x in made if x)} for “{data.occasion.title}” "
          f"to {written}.")
    return 0


def export_programme(args: argparse.Namespace) -> int:
    from ..services import programme_document, versions

    given = [option for option, value in (
        ("--delegation", args.delegation), ("--member", args.member),
        ("--alarm", args.alarm), ("--emblem", args.emblem), ("--format", args.format),
        ("--owner", args.owner), ("--city", args.city),
        ("--edition", None if args.edition == "internal" else args.edition),
        ("--home-time", args.home_time or None)) if value is not None]
    if given:
        return fail(f"{', '.join(given)} do{'es' if len(given) == 1 else ''} not apply to a "
                     "summit's programme; it takes --summit, --version, --paper and -o.")
    if args.summit is None:
        return fail("Say which summit's programme: --summit ID (see `list summits`).")
    with Database(args.db, exclusive=False) as db:
        data = versions.summit_programme_of(db.sessions, args.summit, args.version)
    written = programme_document.write_summit_programme(data, args.output, args.paper,
                                                        printed_for(args))
    print(f"Wrote the programme of “{data.title}” to {written}.")
    return 0


def _day(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"{option} takes a date as YYYY-MM-DD, e.g. 2026-11-01, "
                         f"not “{text}”.") from None


def report(args: argparse.Namespace) -> int:
    from ..services import commitment_report

    try:
        start, end = _day(args.start, "--from"), _day(args.end, "--to")
    except ValueError as exc:
        return fail(str(exc))
    with Database(args.db, exclusive=False) as db:
        data = commitment_report.commitments_report(db.sessions, city_id=args.city,
                                                    start=start, end=end)
    written = commitment_report.write_commitments_report(data, args.output, args.paper,
                                                         printed_for(args))
    print(f"Wrote “{data.title}” ({len(data.lines)} commitments, {data.balance.overdue} "
          f"overdue) to {written}.")
    return 0
