"""A summit's programme as a printed booklet: cover, the summit at a glance, one chapter per
day with its sessions in time order, and an index of the sessions by room."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer, Table

from ...domain.programme import ProgrammeDate, SessionEntry, SummitProgramme
from ...domain.timefmt import format_day
from .blocks import cover, data_table, facts, keep, rule
from .document import BookMeta, build_book, contents, heading
from .styles import ACCENT, MUTED, WARNING, BookStyles
from .text import para

NO_ROOM = "Room to be announced"


@dataclass(frozen=True)
class _Looks:
    """The book's styles plus the few this document adds."""

    s: BookStyles
    cancelled: ParagraphStyle  # a cancelled session's title: muted
    alarm: ParagraphStyle  # "CANCELLED": small capitals in the warning colour
    ours: ParagraphStyle  # our people attending: in the accent colour


def _looks() -> _Looks:
    s = BookStyles()
    return _Looks(
        s, ParagraphStyle("cancelled", parent=s.cell_bold, textColor=MUTED),
        ParagraphStyle("alarm", parent=s.label, textColor=WARNING),
        ParagraphStyle("ours", parent=s.cell, textColor=ACCENT))


def _short_day(day: date) -> str:
    return format_day(day)


def _title(e: SessionEntry) -> str:
    return e.title + (" (tentative)" if e.tentative else "")


def _cover_lines(p: SummitProgramme) -> list[str]:
    return [" · ".join(x for x in (p.kind, p.host_city) if x), p.venue, p.dates, "",
            p.office, p.version or f"Prepared on {p.prepared_on.day} {p.prepared_on:%B %Y}"]


def _capitalised(word: str) -> str:
    return word[:1].upper() + word[1:]


def _counts(p: SummitProgramme) -> str:
    sessions = p.sessions
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
    story: list[Flowable] = [heading("The summit", 0, s, "summit"), Spacer(1, 2 * mm)]
    if p.description:
        story += [para(p.description, s.body), Spacer(1, 3 * mm)]
    story += [rule(), facts([
        ("Kind", p.kind), ("Host city", p.host_city), ("Venue", p.venue), ("Dates", p.dates),
        ("Organiser", p.organiser), ("Website", p.website),
        ("Themes", " · ".join(_capitalised(t) for t in p.themes)),
        ("Programme", _counts(p) if p.sessions else "No sessions announced yet."),
        ("Rooms", rooms)], s), rule()]
    if not p.days:
        return story
    # The contents, under a quieter heading than a chapter's: the booklet is short.
    story += [Spacer(1, 6 * mm), CondPageBreak(45 * mm),
              heading("In this programme", 2, s, "in-this-programme", toc=False),
              contents(s)[-1]]
    return story


def _time_cell(e: SessionEntry, x: _Looks) -> list[Flowable]:
    """When, and where: the room under the time keeps each session one row shorter."""
    s = x.s
    cell = [para(f"{e.starts} – {e.ends}", x.cancelled if e.cancelled else s.cell_bold)]
    if e.cancelled:
        cell.append(para("CANCELLED", x.alarm))
    cell.append(para(e.room or NO_ROOM, s.cell_small))
    return cell


def _session_cell(e: SessionEntry, x: _Looks) -> list[Flowable]:
    s = x.s
    cell: list[Flowable] = [para(e.kind.upper(), s.label)]
    if e.cancelled:
        cell += [para(e.title, x.cancelled),
                 para("This session is cancelled and will not take place.", x.alarm)]
    else:
        cell.append(para(_title(e), s.cell_bold))
    # a list reads down one edge: names in right-to-left scripts too
    speakers = [para(name, s.cell, align="left") for name in e.speakers]
    ours = [para(", ".join(e.ours), x.ours, align="left")] if e.ours else ""
    cell.append(facts([("Speakers", speakers), ("Our delegation", ours)], s,
                      label_width=0.19))
    if e.description:
        cell.append(para(e.description, s.cell_small))
    return cell


def _mark_cancelled(table: Table, sessions: Sequence[SessionEntry]) -> None:
    """A warning-coloured bar on the left of each cancelled session: seen at a glance."""
    for row, e in enumerate(sessions, start=1):
        if e.cancelled:
            table.setStyle([("LINEBEFORE", (0, row), (0, row), 2, WARNING)])


def _day(n: int, d: ProgrammeDate, x: _Looks) -> list[Flowable]:
    """A day kept on one page when it fits, else from the top of the next one."""
    s = x.s
    rows = [[_time_cell(e, x), _session_cell(e, x)] for e in d.sessions]
    table = data_table(["Time and room", "Session"], rows, [0.19, 0.81], s)
    _mark_cancelled(table, d.sessions)
    return [Spacer(1, 10 * mm) if n > 1 else Spacer(1, 0),
            keep(para(f"DAY {n}", s.kicker),
                 heading(d.title, 0, s, f"day-{d.day.isoformat()}", section=False),
                 para(d.zone_note, s.small), Spacer(1, 3 * mm), table)]


def _by_room(p: SummitProgramme, x: _Looks) -> list[Flowable]:
    """One table: each room with its sessions by day and time, a rule between rooms."""
    s = x.s
    rows: list[list[object]] = []
    starts: list[int] = []
    listed: list[SessionEntry] = []
    for r in p.rooms:
        starts.append(len(rows) + 1)
        for n, e in enumerate(r.sessions):
            what = [para(e.title, x.cancelled) if e.cancelled else para(_title(e), s.cell),
                    para("CANCELLED", x.alarm) if e.cancelled else para(e.kind, s.cell_small)]
            rows.append([para(r.room or NO_ROOM, s.cell_bold) if n == 0 else "",
                         para(_short_day(e.day), s.cell),
                         para(f"{e.starts} – {e.ends}", s.cell), what])
            listed.append(e)
    table = data_table(["Room", "Day", "Time", "Session"], rows, [0.27, 0.12, 0.15, 0.46], s)
    for row in starts[1:]:
        table.setStyle([("LINEABOVE", (0, row), (-1, row), 0.8, MUTED)])
    _mark_cancelled(table, listed)
    return [PageBreak(), heading("By room", 0, s, "rooms"),
            para("Every session in each room, by day and time.", s.small), Spacer(1, 3 * mm),
            table]


def _running_header(text: str) -> Flowable:
    """Nothing to see: sets the section the running header names from here on."""
    marker = Spacer(1, 0)
    marker._section = text  # type: ignore[attr-defined]
    return marker


def programme_pdf(programme: SummitProgramme, paper: str = "a4") -> bytes:
    """The programme's PDF on "a4" or "letter" paper."""
    x = _looks()
    p = programme
    story = cover(x.s, p.title, _cover_lines(p), p.organiser)
    story += _overview(p, x)
    # Short days share a page, so the running header names the part, not one day.
    if p.days:
        story += [PageBreak(), _running_header("Programme")]
    for n, day in enumerate(p.days, start=1):
        story += _day(n, day, x)
    if p.rooms:
        story += _by_room(p, x)
    meta = BookMeta(p.title, paper=paper, author=p.office, subject="Summit programme",
                    version=p.version)
    return build_book(story, meta)
