"""The commitments report as a PDF: a title block, the balance of who owes what, then the
promises overdue, open, kept and dropped — no cover, one page for a typical city."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from ...domain.report import CommitmentsReport, ReportBalance, ReportLine
from .blocks import data_table, rule
from .document import BookMeta, build_book, heading
from .fonts import SANS, SERIF_BOLD
from .styles import ACCENT, INK, RULE, WARNING, BookStyles
from .text import para

MARKING = "Internal — not for distribution"
HEADER = ["Due", "What was promised", "Who owes", "Owner / Counterpart", "Status"]
WIDTHS = [0.135, 0.385, 0.12, 0.2, 0.16]


def _day(d: date | None) -> str:
    return f"{d.day} {d:%b %Y}" if d else ""


def _styles() -> tuple[BookStyles, BookStyles, ParagraphStyle, ParagraphStyle]:
    s = BookStyles()
    warn = replace(s, h2=ParagraphStyle("h2_warning", parent=s.h2, textColor=WARNING))
    late = ParagraphStyle("late", parent=s.cell_small, textColor=WARNING)
    figure = ParagraphStyle("figure", parent=s.body, fontName=SERIF_BOLD, fontSize=17,
                            leading=20, spaceAfter=0, alignment=TA_LEFT)
    return s, warn, late, figure


def _when(line: ReportLine, s: BookStyles, late: ParagraphStyle) -> list[Flowable]:
    cell: list[Flowable] = [para(_day(line.due_on) or "No date", s.cell)]
    left = line.days_left
    if line.status in ("Open", "In progress") and left is not None:
        if left < 0:
            cell.append(para(f"{-left} day{'s' if left != -1 else ''} late", late))
        elif left == 0:
            cell.append(para("due today", late))
        elif left <= 31:
            cell.append(para(f"in {left} day{'s' if left != 1 else ''}", s.cell_small))
    return cell


def _what(line: ReportLine, s: BookStyles, late: ParagraphStyle) -> list[Flowable]:
    cell: list[Flowable] = [para(line.description, s.cell)]
    origin = [x for x in (line.meeting and f"Promised at {line.meeting}",
                          line.agreement and f"Under {line.agreement}") if x]
    if origin:
        cell.append(para(" · ".join(origin), s.cell_small))
    if line.priority and line.status in ("Open", "In progress"):
        cell.append(para(f"{line.priority} priority", late))
    return cell


def _who(line: ReportLine, s: BookStyles, one_city: bool) -> list[Flowable]:
    if one_city:
        return [para("We owe" if line.we_owe else f"{line.city} owes", s.cell_bold)]
    return [para("We owe" if line.we_owe else "They owe", s.cell_bold),
            para(line.city or "No city", s.cell_small)]


def _people(line: ReportLine, s: BookStyles) -> list[Flowable]:
    return [para(line.owner or "—", s.cell), para(line.counterpart or "—", s.cell_small)]


def _status(line: ReportLine, s: BookStyles) -> list[Flowable]:
    if line.completed_on is not None and line.status == "Done":
        cell = [para(f"Kept {_day(line.completed_on)}", s.cell)]
        if line.evidence:
            cell.append(para(line.evidence, s.cell_small))
        return cell
    cell = [para(line.status, s.cell)]
    if line.reason:
        cell.append(para(line.reason, s.cell_small))
    return cell


def _balance(b: ReportBalance, s: BookStyles, figure: ParagraphStyle) -> Table:
    """Four figures in a tinted strip: open promises each way, overdue, kept."""
    late = ParagraphStyle("figure_late", parent=figure, textColor=WARNING if b.overdue else INK)
    cells = [[para(str(b.we_owe), figure), para(str(b.they_owe), figure),
              para(str(b.overdue), late), para(str(b.kept), figure)],
             [para("WE OWE THEM (OPEN)", s.label), para("THEY OWE US (OPEN)", s.label),
              para("OVERDUE", s.label), para("KEPT", s.label)]]
    table = Table(cells, colWidths=["25%"] * 4)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), SANS, 8), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, INK), ("LINEBELOW", (0, -1), (-1, -1), 0.3, RULE),
        ("LINEBEFORE", (1, 0), (-1, -1), 0.3, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, 0), 6), ("BOTTOMPADDING", (0, 0), (-1, 0), 0),
        ("TOPPADDING", (0, 1), (-1, 1), 1), ("BOTTOMPADDING", (0, 1), (-1, 1), 6),
    ]))
    return table


def _summary(r: CommitmentsReport) -> str:
    """The balance in one sentence, for whoever reads the text rather than the figures."""
    b = r.balance
    them = r.city or "our partners"
    owes = "owes" if r.city else "owe"
    text = (f"We owe {them} {b.we_owe} open promise{'s' if b.we_owe != 1 else ''} and "
            f"{them} {owes} us {b.they_owe}; ")
    text += f"{b.overdue} overdue" if b.overdue else "none overdue"
    return text + (f", {b.kept} kept." if b.kept else ", none kept.")


def _section(title: str, key: str, lines: tuple[ReportLine, ...], styles: BookStyles,
             s: BookStyles, late: ParagraphStyle, one_city: bool) -> list[Flowable]:
    if not lines:
        return []
    rows = [[_when(x, s, late), _what(x, s, late), _who(x, s, one_city), _people(x, s),
             _status(x, s)] for x in lines]
    return [heading(f"{title}  ·  {len(lines)}", 1, styles, key, toc_text=title,
                    section=False),
            data_table(HEADER, rows, WIDTHS, s)]


def commitments_report_pdf(report: CommitmentsReport, paper: str = "a4") -> bytes:
    """The report's PDF on "a4" or "letter" paper."""
    s, warn, late, figure = _styles()
    one_city = bool(report.city)
    story: list[Flowable] = []
    if report.office:
        story.append(para(report.office.upper(), s.kicker))
    story += [heading(report.title, 0, s, "report", section=False),
              para(f"{report.scope}  ·  Prepared on {report.prepared_on.day} "
                   f"{report.prepared_on:%B %Y}", s.small),
              Spacer(1, 5 * mm), _balance(report.balance, s, figure), Spacer(1, 2.5 * mm),
              para(_summary(report), s.small)]
    if not report.lines:
        story += [Spacer(1, 6 * mm),
                  para("No commitments were recorded for this report.", s.body)]
    story += _section("Overdue", "overdue", report.overdue, warn, s, late, one_city)
    story += _section("Open", "open", report.open, s, s, late, one_city)
    story += _section("Kept", "kept", report.kept, s, s, late, one_city)
    story += _section("Dropped", "dropped", report.dropped, s, s, late, one_city)
    story += [Spacer(1, 6 * mm), rule(ACCENT, 0.4),
              para("Open promises count until they are kept or dropped; a promise is overdue "
                   "from the day after its due date where its owner works.", s.small)]
    meta = BookMeta(report.title, MARKING, True, paper, author=report.office,
                    subject="Commitments report")
    return build_book(story, meta, cover=False)

