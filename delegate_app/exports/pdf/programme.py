"""A summit's programme as a printed booklet: cover, the summit at a glance, one chapter per
day with its sessions in time order, and an index of the sessions by room."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer, Table

from ...domain.programme import ProgrammeDate, SessionEntry, SummitProgramme
from ...domain.timefmt import format_day, time_span
from .blocks import cover, data_table, facts, keep, rule
from .document import BookMeta, build_book, contents, heading
from .styles import ACCENT, MUTED, WARNING, BookStyles
from .text import para
from .words import ENGLISH_PRINT, QT_TRANSLATE_NOOP, PrintLanguage, label, localise

NO_ROOM = QT_TRANSLATE_NOOP("delegate_app", "Room to be announced")


@dataclass(frozen=True)
class _Looks:
    """The book's styles plus the few this document adds."""

    s: BookStyles
    cancelled: ParagraphStyle  # a cancelled session's title: muted
    alarm: ParagraphStyle  # "CANCELLED": small capitals in the warning colour
    ours: ParagraphStyle  # our people attending: in the accent colour
    w: PrintLanguage  # the reader


def _looks(w: PrintLanguage) -> _Looks:
    s = BookStyles.for_language(w.rtl)
    return _Looks(
        s, ParagraphStyle("cancelled", parent=s.cell_bold, textColor=MUTED),
        ParagraphStyle("alarm", parent=s.label, textColor=WARNING),
        ParagraphStyle("ours", parent=s.cell, textColor=ACCENT), w)


def _short_day(day: date, w: PrintLanguage) -> str:
    return w.date(day, "day") if not w.plain else format_day(day)


def _title(e: SessionEntry, w: PrintLanguage) -> str:
    if not e.tentative:
        return e.title
    return w.translate("delegate_app", "{title} (tentative)").format(title=e.title)


def _cover_lines(p: SummitProgramme, w: PrintLanguage) -> list[str]:
    prepared = w.translate("delegate_app", "Prepared on {date}").format(
        date=w.date(p.prepared_on, "long_date"))
    return [" · ".join(x for x in (label(p.kind, w), p.host_city) if x), p.venue,
            localise(p.dates, w, p.prepared_on), "", p.office,
            localise(p.version, w, p.prepared_on) or prepared]


def _capitalised(word: str) -> str:
    return word[:1].upper() + word[1:]


def _counts(p: SummitProgramme, w: PrintLanguage) -> str:
    sessions = p.sessions
    if w.language != "en":
        tentative = sum(1 for e in sessions if e.tentative)
        cancelled = sum(1 for e in sessions if e.cancelled)
        said = [w.translate("delegate_app", "%n session(s)", "", len(sessions)),
                w.translate("delegate_app", "over %n day(s)", "", len(p.days))]
        if tentative:
            said.append("· " + w.translate("delegate_app", "%n tentative", "", tentative))
        if cancelled:
            said.append("· " + w.translate("delegate_app", "%n cancelled", "", cancelled))
        return w.digits(" ".join(said))
    text = f"{len(sessions)} session{'s' if len(sessions) != 1 else ''} over " \
           f"{len(p.days)} day{'s' if len(p.days) != 1 else ''}"
    tentative = sum(1 for e in sessions if e.tentative)
    cancelled = sum(1 for e in sessions if e.cancelled)
    if tentative:
        text += f" · {tentative} tentative"
    if cancelled:
        text += f" · {cancelled} cancelled"
    return text


def _overview(p: SummitProgramme, x: _Looks) -> list[Flowable]:
    s = x.s
    rooms = [para(r.room, s.cell) for r in p.rooms if r.room]
    w = x.w
    story: list[Flowable] = [heading(w.translate("delegate_app", "The summit"), 0, s, "summit"),
                             Spacer(1, 2 * mm)]
    if p.description:
        story += [para(p.description, s.body), Spacer(1, 3 * mm)]
    story += [rule(), facts([
        (w.translate("delegate_app", "Kind"), label(p.kind, w)),
        (w.translate("delegate_app", "Host city"), p.host_city),
        (w.translate("delegate_app", "Venue"), p.venue),
        (w.translate("delegate_app", "Dates"), localise(p.dates, w, p.prepared_on)),
        (w.translate("delegate_app", "Organiser"), p.organiser),
        (w.translate("delegate_app", "Website"), p.website),
        (w.translate("delegate_app", "Themes"), " · ".join(_capitalised(t) for t in p.themes)),
        (w.translate("delegate_app", "Programme"), _counts(p, w) if p.sessions
         else w.translate("delegate_app", "No sessions announced yet.")),
        (w.translate("delegate_app", "Rooms"), rooms)], s), rule()]
    if not p.days:
        return story
    # The contents, under a quieter heading than a chapter's: the booklet is short.
    story += [Spacer(1, 6 * mm), CondPageBreak(45 * mm),
              heading(w.translate("delegate_app", "In this programme"), 2, s,
                      "in-this-programme", toc=False),
              contents(s)[-1]]
    return story


def _time_cell(e: SessionEntry, x: _Looks) -> list[Flowable]:
    """When, and where: the room under the time keeps each session one row shorter."""
    s, w = x.s, x.w
    cell = [para(localise(time_span(e.starts, e.ends), w, e.day),
                 x.cancelled if e.cancelled else s.cell_bold)]
    if e.cancelled:
        cell.append(para(w.translate("delegate_app", "CANCELLED"), x.alarm))
    cell.append(para(e.room or w.translate("delegate_app", NO_ROOM), s.cell_small))
    return cell


def _session_cell(e: SessionEntry, x: _Looks) -> list[Flowable]:
    s, w = x.s, x.w
    cell: list[Flowable] = [para(label(e.kind, w).upper(), s.label)]
    if e.cancelled:
        cell += [para(e.title, x.cancelled),
                 para(w.translate("delegate_app",
                                  "This session is cancelled and will not take place."),
                      x.alarm)]
    else:
        cell.append(para(_title(e, w), s.cell_bold))
    # a list reads down one edge: names in right-to-left scripts too
    speakers = [para(name, s.cell, align="left") for name in e.speakers]
    ours = [para(", ".join(e.ours), x.ours, align="left")] if e.ours else ""
    cell.append(facts([(w.translate("delegate_app", "Speakers"), speakers),
                       (w.translate("delegate_app", "Our delegation"), ours)], s,
                      label_width=0.19))
    if e.description:
        cell.append(para(e.description, s.cell_small))
    return cell


def _mark_cancelled(table: Table, sessions: Sequence[SessionEntry], s: BookStyles) -> None:
    """A warning-coloured bar before each cancelled session (on its left, or its right on
    a right-to-left page): seen at a glance."""
    side, edge = ("LINEAFTER", -1) if s.rtl else ("LINEBEFORE", 0)
    for row, e in enumerate(sessions, start=1):
        if e.cancelled:
            table.setStyle([(side, (edge, row), (edge, row), 2, WARNING)])


def _day(n: int, d: ProgrammeDate, x: _Looks) -> list[Flowable]:
    """A day kept on one page when it fits, else from the top of the next one."""
    s, w = x.s, x.w
    rows = [[_time_cell(e, x), _session_cell(e, x)] for e in d.sessions]
    table = data_table([w.translate("delegate_app", "Time and room"),
                        w.translate("delegate_app", "Session")], rows, [0.19, 0.81], s)
    _mark_cancelled(table, d.sessions, s)
    title = d.title if w.plain else w.date(d.day, "long")
    return [Spacer(1, 10 * mm) if n > 1 else Spacer(1, 0),
            keep(para(w.digits(w.translate("delegate_app", "DAY {n}").format(n=n)), s.kicker),
                 heading(title, 0, s, f"day-{d.day.isoformat()}", section=False),
                 para(_zone_note(d.zone_note, w), s.small), Spacer(1, 3 * mm), table)]


def _zone_note(note: str, w: PrintLanguage) -> str:
    """"Times in Buenos Aires time (UTC-03:00)" in the reader's words."""
    found = re.match(r"^Times in (?P<place>.+) time \((?P<offsets>.+)\)$", note)
    if w.plain or found is None:
        return note
    said = w.translate("delegate_app", "Times in {place} time ({offsets})")
    return said.format(**found.groupdict())


def _by_room(p: SummitProgramme, x: _Looks) -> list[Flowable]:
    """One table: each room with its sessions by day and time, a rule between rooms."""
    s, w = x.s, x.w
    rows: list[list[object]] = []
    starts: list[int] = []
    listed: list[SessionEntry] = []
    for r in p.rooms:
        starts.append(len(rows) + 1)
        for n, e in enumerate(r.sessions):
            what = [para(e.title, x.cancelled) if e.cancelled else para(_title(e, w), s.cell),
                    para(w.translate("delegate_app", "CANCELLED"), x.alarm) if e.cancelled
                    else para(label(e.kind, w), s.cell_small)]
            room = r.room or w.translate("delegate_app", NO_ROOM)
            rows.append([para(room, s.cell_bold) if n == 0 else "",
                         para(_short_day(e.day, w), s.cell),
                         para(localise(time_span(e.starts, e.ends), w, e.day), s.cell), what])
            listed.append(e)
    table = data_table([w.translate("delegate_app", "Room"), w.translate("delegate_app", "Day"),
                        w.translate("delegate_app", "Time"),
                        w.translate("delegate_app", "Session")],
                       rows, [0.27, 0.12, 0.15, 0.46], s)
    for row in starts[1:]:
        table.setStyle([("LINEABOVE", (0, row), (-1, row), 0.8, MUTED)])
    _mark_cancelled(table, listed, s)
    return [PageBreak(), heading(w.translate("delegate_app", "By room"), 0, s, "rooms"),
            para(w.translate("delegate_app", "Every session in each room, by day and time."),
                 s.small), Spacer(1, 3 * mm), table]


def _running_header(text: str) -> Flowable:
    """Nothing to see: sets the section the running header names from here on."""
    marker = Spacer(1, 0)
    marker._section = text  # type: ignore[attr-defined]
    return marker


def programme_pdf(programme: SummitProgramme, paper: str = "a4",
                  printed: PrintLanguage = ENGLISH_PRINT) -> bytes:
    """The programme's PDF on "a4" or "letter" paper, for its reader."""
    w = printed
    x = _looks(w)
    p = programme
    story = cover(x.s, p.title, _cover_lines(p, w), p.organiser)
    story += _overview(p, x)
    # Short days share a page, so the running header names the part, not one day.
    if p.days:
        story += [PageBreak(), _running_header(w.translate("delegate_app", "Programme"))]
    for n, day in enumerate(p.days, start=1):
        story += _day(n, day, x)
    if p.rooms:
        story += _by_room(p, x)
    meta = BookMeta(p.title, paper=paper, author=p.office,
                    subject=w.translate("delegate_app", "Summit programme"),
                    version=localise(p.version, w, p.prepared_on), printed=w)
    return build_book(story, meta)
