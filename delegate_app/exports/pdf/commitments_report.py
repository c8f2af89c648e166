"""The commitments report as a PDF: a title block, the balance of who owes what, then the
promises overdue, open, kept and dropped — no cover, one page for a typical city."""

from __future__ import annotations

from dataclasses import replace

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from ...domain.report import CommitmentsReport, ReportBalance, ReportLine
from .blocks import data_table, rule
from .document import BookMeta, build_book, heading
from .fonts import SANS, SERIF_BOLD
from .styles import ACCENT, INK, RULE, WARNING, BookStyles
from .text import para
from .words import ENGLISH_PRINT, PrintLanguage, label

MARKING = "Internal — not for distribution"
WIDTHS = [0.135, 0.385, 0.12, 0.2, 0.16]


def _header(w: PrintLanguage) -> list[str]:
    return [w.translate("delegate_app", "Due"),
            w.translate("delegate_app", "What was promised"),
            w.translate("delegate_app", "Who owes"),
            w.translate("delegate_app", "Owner / Counterpart"),
            w.translate("delegate_app", "Status")]


def _days(n: int, w: PrintLanguage, late: bool) -> str:
    if w.language == "en":
        s = "s" if n != 1 else ""
        return f"{n} day{s} late" if late else f"in {n} day{s}"
    said = (w.translate("delegate_app", "%n day(s) late", "", n) if late
            else w.translate("delegate_app", "in %n day(s)", "", n))
    return w.digits(said)


def _styles(rtl: bool) -> tuple[BookStyles, BookStyles, ParagraphStyle, ParagraphStyle]:
    s = BookStyles.for_language(rtl)
    warn = replace(s, h2=ParagraphStyle("h2_warning", parent=s.h2, textColor=WARNING))
    late = ParagraphStyle("late", parent=s.cell_small, textColor=WARNING)
    figure = ParagraphStyle("figure", parent=s.body, fontName=SERIF_BOLD, fontSize=17,
                            leading=20, spaceAfter=0, alignment=TA_RIGHT if rtl else TA_LEFT)
    return s, warn, late, figure


def _when(line: ReportLine, s: BookStyles, late: ParagraphStyle,
          w: PrintLanguage) -> list[Flowable]:
    cell: list[Flowable] = [para(w.date(line.due_on, "medium")
                                 or w.translate("delegate_app", "No date"), s.cell)]
    left = line.days_left
    if line.status in ("Open", "In progress") and left is not None:
        if left < 0:
            cell.append(para(_days(-left, w, late=True), late))
        elif left == 0:
            cell.append(para(w.translate("delegate_app", "due today"), late))
        elif left <= 31:
            cell.append(para(_days(left, w, late=False), s.cell_small))
    return cell


def _what(line: ReportLine, s: BookStyles, late: ParagraphStyle,
          w: PrintLanguage) -> list[Flowable]:
    cell: list[Flowable] = [para(line.description, s.cell)]
    origin = [x for x in (
        line.meeting and w.translate("delegate_app", "Promised at {meeting}").format(
            meeting=line.meeting),
        line.agreement and w.translate("delegate_app", "Under {agreement}").format(
            agreement=line.agreement)) if x]
    if origin:
        cell.append(para(" · ".join(origin), s.cell_small))
    if line.priority and line.status in ("Open", "In progress"):
        cell.append(para(w.translate("delegate_app", "{priority} priority").format(
            priority=label(line.priority, w)), late))
    return cell


def _who(line: ReportLine, s: BookStyles, one_city: bool, w: PrintLanguage) -> list[Flowable]:
    we = w.translate("delegate_app", "We owe")
    if one_city:
        owes = w.translate("delegate_app", "{city} owes").format(city=line.city)
        return [para(we if line.we_owe else owes, s.cell_bold)]
    return [para(we if line.we_owe else w.translate("delegate_app", "They owe"), s.cell_bold),
            para(line.city or w.translate("delegate_app", "No city"), s.cell_small)]


def _people(line: ReportLine, s: BookStyles) -> list[Flowable]:
    return [para(line.owner or "—", s.cell), para(line.counterpart or "—", s.cell_small)]


def _status(line: ReportLine, s: BookStyles, w: PrintLanguage) -> list[Flowable]:
    if line.completed_on is not None and line.status == "Done":
        kept = w.translate("delegate_app", "Kept {date}")
        cell = [para(kept.format(date=w.date(line.completed_on, "medium")), s.cell)]
        if line.evidence:
            cell.append(para(line.evidence, s.cell_small))
        return cell
    cell = [para(label(line.status, w), s.cell)]
    if line.reason:
        cell.append(para(line.reason, s.cell_small))
    return cell


def _balance(b: ReportBalance, s: BookStyles, figure: ParagraphStyle,
             w: PrintLanguage) -> Table:
    """Four figures in a tinted strip: open promises each way, overdue, kept."""
    late = ParagraphStyle("figure_late", parent=figure, textColor=WARNING if b.overdue else INK)
    cells = [[para(w.number(b.we_owe), figure), para(w.number(b.they_owe), figure),
              para(w.number(b.overdue), late), para(w.number(b.kept), figure)],
             [para(w.translate("delegate_app", "WE OWE THEM (OPEN)"), s.label),
              para(w.translate("delegate_app", "THEY OWE US (OPEN)"), s.label),
              para(w.translate("delegate_app", "OVERDUE"), s.label),
              para(w.translate("delegate_app", "KEPT"), s.label)]]
    table = Table([row[::-1] for row in cells] if s.rtl else cells, colWidths=["25%"] * 4)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), SANS, 8), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, INK), ("LINEBELOW", (0, -1), (-1, -1), 0.3, RULE),
        ("LINEBEFORE", (1, 0), (-1, -1), 0.3, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, 0), 6), ("BOTTOMPADDING", (0, 0), (-1, 0), 0),
        ("TOPPADDING", (0, 1), (-1, 1), 1), ("BOTTOMPADDING", (0, 1), (-1, 1), 6),
    ]))
    return table


def _summary(r: CommitmentsReport, w: PrintLanguage) -> str:
    """The balance in one sentence, for whoever reads the text rather than the figures."""
    b = r.balance
    if w.language != "en":
        them = r.city or w.translate("delegate_app", "our partners")
        text = w.translate("delegate_app", "Open promises: we owe {them} {we_owe}, {them} "
                                           "owe(s) us {they_owe}; overdue: {overdue}; kept: "
                                           "{kept}.")
        return w.digits(text.format(them=them, we_owe=b.we_owe, they_owe=b.they_owe,
                                    overdue=b.overdue, kept=b.kept))
    them = r.city or "our partners"
    owes = "owes" if r.city else "owe"
    text = (f"We owe {them} {b.we_owe} open promise{'s' if b.we_owe != 1 else ''} and "
            f"{them} {owes} us {b.they_owe}; ")
    text += f"{b.overdue} overdue" if b.overdue else "none overdue"
    return text + (f", {b.kept} kept." if b.kept else ", none kept.")


def _section(title: str, key: str, lines: tuple[ReportLine, ...], styles: BookStyles,
             s: BookStyles, late: ParagraphStyle, one_city: bool,
             w: PrintLanguage) -> list[Flowable]:
    if not lines:
        return []
    rows = [[_when(x, s, late, w), _what(x, s, late, w), _who(x, s, one_city, w),
             _people(x, s), _status(x, s, w)] for x in lines]
    return [heading(f"{title}  ·  {w.number(len(lines))}", 1, styles, key, toc_text=title,
                    section=False),
            data_table(_header(w), rows, WIDTHS, s)]


def commitments_report_pdf(report: CommitmentsReport, paper: str = "a4",
                           printed: PrintLanguage = ENGLISH_PRINT) -> bytes:
    """The report's PDF on "a4" or "letter" paper, for its reader."""
    w = printed
    s, warn, late, figure = _styles(w.rtl)
    one_city = bool(report.city)
    story: list[Flowable] = []
    if report.office:
        story.append(para(report.office.upper(), s.kicker))
    prepared = w.translate("delegate_app", "Prepared on {date}").format(
        date=w.date(report.prepared_on, "long_date"))
    story += [heading(_report_title(report, w), 0, s, "report", section=False),
              para(f"{_report_scope(report, w)}  ·  {prepared}", s.small),
              Spacer(1, 5 * mm), _balance(report.balance, s, figure, w), Spacer(1, 2.5 * mm),
              para(_summary(report, w), s.small)]
    if not report.lines:
        story += [Spacer(1, 6 * mm), para(w.translate(
            "delegate_app", "No commitments were recorded for this report."), s.body)]
    story += _section(w.translate("delegate_app", "Overdue"), "overdue", report.overdue, warn,
                      s, late, one_city, w)
    story += _section(label("Open", w), "open", report.open, s, s, late, one_city, w)
    story += _section(w.translate("delegate_app", "Kept"), "kept", report.kept, s, s, late,
                      one_city, w)
    story += _section(label("Dropped", w), "dropped", report.dropped, s, s, late, one_city, w)
    story += [Spacer(1, 6 * mm), rule(ACCENT, 0.4), para(w.translate(
        "delegate_app", "Open promises count until they are kept or dropped; a promise is "
                        "overdue from the day after its due date where its owner works."),
        s.small)]
    meta = BookMeta(_report_title(report, w), label(MARKING, w), True, paper,
                    author=report.office,
                    subject=w.translate("delegate_app", "Commitments report"), printed=w)
    return build_book(story, meta, cover=False)


def _period(r: CommitmentsReport, w: PrintLanguage) -> str:
    if r.start and r.end:
        return w.date_range(r.start, r.end)
    if r.start:
        return w.translate("delegate_app", "from {date}").format(date=w.date(r.start, "medium"))
    if r.end:
        return w.translate("delegate_app", "until {date}").format(date=w.date(r.end, "medium"))
    return ""


def _report_title(r: CommitmentsReport, w: PrintLanguage) -> str:
    """The report's title in the reader's words (the record keeps it in English)."""
    if w.plain:
        return r.title
    period = _period(r, w)
    if r.city:
        return w.translate("delegate_app", "Commitments with {city}").format(city=r.city)
    if period:
        return w.translate("delegate_app", "Commitments due {period}").format(period=period)
    return w.translate("delegate_app", "All commitments")


def _report_scope(r: CommitmentsReport, w: PrintLanguage) -> str:
    if w.plain:
        return r.scope
    period = _period(r, w)
    if r.city:
        return (w.translate("delegate_app", "Due {period}").format(period=period) if period
                else w.translate("delegate_app", "Every promise, both ways"))
    if period:
        return w.translate("delegate_app", "All cities")
    return w.translate("delegate_app", "All cities, all dates")
