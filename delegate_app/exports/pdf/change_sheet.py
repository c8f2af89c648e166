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
from .words import ENGLISH_PRINT, PrintLanguage, label, localise

GONE = {ChangeKind.CANCELLED, ChangeKind.REMOVED}


def _count(sheet: ChangeSheet, w: PrintLanguage) -> str:
    items = len({c.uid for c in sheet.changes})
    days = len(sheet.days)
    if w.language == "en":
        return (f"{items} item{'s' if items != 1 else ''} changed over {days} "
                f"day{'s' if days != 1 else ''}")
    return w.digits(w.translate("delegate_app", "%n item(s) changed", "", items) + " " +
                    w.translate("delegate_app", "over %n day(s)", "", days))


def _what(changes: list[ItemChange], s: BookStyles, w: PrintLanguage) -> list[Flowable]:
    cell: list[Flowable] = []
    for c in changes:
        colour = WARNING if c.kind in GONE else ACCENT
        cell.append(para(label(c.kind.label, w).upper(), ParagraphStyle(
            f"kind-{c.kind.value}", parent=s.label, textColor=colour)))
        cell += [para(w.say(line), s.cell) for line in c.details]
    return cell


def _day(day: ChangeDay, s: BookStyles, w: PrintLanguage) -> list[Flowable]:
    rows = []
    for _uid, group in groupby(day.changes, key=lambda c: c.uid):
        changes = list(group)
        first = changes[0]
        rows.append([para(w.say(first.when), s.cell_bold),
                     para(first.title, s.cell), _what(changes, s, w)])
    return [heading(w.date(day.day, "long"), 1, s, f"day-{day.day.isoformat()}"),
            data_table([w.translate("delegate_app", "Time"), w.translate("delegate_app", "Item"),
                        w.translate("delegate_app", "What changed")], rows,
                       [0.15, 0.33, 0.52], s)]


def title_of(sheet: ChangeSheet, w: PrintLanguage) -> tuple[str, str]:
    """The sheet's title and its short form for the contents, in the reader's words."""
    since = sheet.title.removeprefix("Changes to the programme since ")
    title = w.translate("delegate_app", "Changes to the programme since {version}")
    short = w.translate("delegate_app", "Changes to the programme since version {number}")
    number = since.split(" of ")[0].removeprefix("version ")
    return (title.format(version=localise(since, w)),
            short.format(number=w.digits(number)))


def change_sheet_pdf(sheet: ChangeSheet, paper: str = "a4",
                     printed: PrintLanguage = ENGLISH_PRINT) -> bytes:
    """The change sheet's PDF on "a4" or "letter" paper, for its reader."""
    w = printed
    s = BookStyles.for_language(w.rtl)
    title, short = title_of(sheet, w) if not w.plain else (sheet.title,
                                                          sheet.title.split(" of ")[0])
    marking = label(sheet.marking, w)
    story: list[Flowable] = [
        heading(title, 0, s, "changes", toc_text=short),
        para(sheet.delegation, s.body),
        rule(), facts([(w.translate("delegate_app", "Since"), localise(sheet.since, w)),
                       (w.translate("delegate_app", "Note"), sheet.since_note),
                       (w.translate("delegate_app", "Now"), localise(sheet.now, w)),
                       (w.translate("delegate_app", "Note"), sheet.now_note),
                       (w.translate("delegate_app", "Edition"), marking),
                       (w.translate("delegate_app", "Changes"),
                        _count(sheet, w) if sheet.days else "")], s), rule(),
        para(w.translate("delegate_app", "Times are local, with the zone of where each item "
                         "happens; each item is listed on the day it now takes place (a "
                         "cancelled or removed item on the day it was to take place)."),
             s.small), Spacer(1, 4 * mm)]
    if not sheet.days:
        story.append(para(w.translate("delegate_app", "Nothing changed: the programme is as "
                                                      "it was then."), s.body))
    for day in sheet.days:
        story += _day(day, s, w)
    meta = BookMeta(sheet.delegation, marking,
                    sheet.edition == "internal", paper, author=sheet.office,
                    subject=title, version=localise(sheet.now, w), printed=w)
    return build_book(story, meta, cover=False)
