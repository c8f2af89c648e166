"""The change sheet: what changed in a programme since an issued version, day by day in
local time, on the dossier's typesetting (no cover: it travels with a covering e-mail)."""

from __future__ import annotations

from itertools import groupby

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from ...domain.version_changes import ChangeDay, ChangeKind, ChangeSheet, ItemChange
from .blocks import data_table, facts, rule
from .document import BookMeta, build_book, heading
from .styles import ACCENT, WARNING, BookStyles
from .text import para

GONE = {ChangeKind.CANCELLED, ChangeKind.REMOVED}


def _count(sheet: ChangeSheet) -> str:
    items = len({c.uid for c in sheet.changes})
    days = len(sheet.days)
    return (f"{items} item{'s' if items != 1 else ''} changed over {days} "
            f"day{'s' if days != 1 else ''}")


def _what(changes: list[ItemChange], s: BookStyles) -> list[Flowable]:
    cell: list[Flowable] = []
    for c in changes:
        colour = WARNING if c.kind in GONE else ACCENT
        cell.append(para(c.kind.label.upper(), ParagraphStyle(
            f"kind-{c.kind.value}", parent=s.label, textColor=colour)))
        cell += [para(line, s.cell) for line in c.details]
    return cell


def _day(day: ChangeDay, s: BookStyles) -> list[Flowable]:
    rows = []
    for _uid, group in groupby(day.changes, key=lambda c: c.uid):
        changes = list(group)
        first = changes[0]
        rows.append([para(first.when, s.cell_bold), para(first.title, s.cell),
                     _what(changes, s)])
    return [heading(day.title, 1, s, f"day-{day.day.isoformat()}"),
            data_table(["Time", "Item", "What changed"], rows, [0.15, 0.33, 0.52], s)]


def change_sheet_pdf(sheet: ChangeSheet, paper: str = "a4") -> bytes:
    """The change sheet's PDF on "a4" or "letter" paper."""
    s = BookStyles()
    story: list[Flowable] = [
        heading(sheet.title, 0, s, "changes", toc_text=sheet.title.split(" of ")[0]),
        para(sheet.delegation, s.body),
        rule(), facts([("Since", sheet.since), ("Note", sheet.since_note),
                       ("Now", sheet.now), ("Note", sheet.now_note),
                       ("Edition", sheet.marking),
                       ("Changes", _count(sheet) if sheet.days else "")], s), rule(),
        para("Times are local, with the zone of where each item happens; each item is "
             "listed on the day it now takes place (a cancelled or removed item on the day "
             "it was to take place).", s.small), Spacer(1, 4 * mm)]
    if not sheet.days:
        story.append(para("Nothing changed: the programme is as it was then.", s.body))
    for day in sheet.days:
        story += _day(day, s)
    meta = BookMeta(sheet.delegation, sheet.marking,
                    sheet.edition == "internal", paper, author=sheet.office,
                    subject=sheet.title, version=sheet.now)
    return build_book(story, meta, cover=False)
