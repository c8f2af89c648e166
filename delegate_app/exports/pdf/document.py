"""A book-like document: a cover page, body pages with a running header and "Page N of M",
a table of contents with real page numbers and PDF bookmarks.

Laid out in one pass: the contents are listed from the story's headings before layout
(so they take their final room), and every number known only at the end — "of M", the
contents' page numbers — is marked where it belongs and written into the pages after the
last one. A story whose headings cannot be listed beforehand falls back to passes."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import PageBegin
from reportlab.platypus.flowables import Spacer
from reportlab.platypus.tableofcontents import TableOfContents

from ...domain.collector import collector_paused
from .fonts import SANS, SANS_BOLD, register_fonts, text_width
from .styles import ACCENT, MUTED, RULE, WARNING, BookStyles, Margins, paper_size
from .text import BidiParagraph, KeptParagraph, draw_text, markup, para
from .words import ENGLISH_PRINT, PrintLanguage

COVER, BODY = "cover", "body"


@dataclass(frozen=True, slots=True)
class BookMeta:
    """What every page of a document says about it."""

    title: str  # document metadata and the running header
    marking: str = ""  # "Internal — not for distribution", on every body page
    marking_is_warning: bool = False  # drawn in red when True
    paper: str = "a4"
    author: str = ""
    subject: str = ""
    version: str = ""  # "Version 3 of Tue 1 Dec 2026, 14:00 Tehran" / "Draft of …", in the footer
    printed: PrintLanguage = ENGLISH_PRINT  # the reader: words, digits, right to left


class _PageTotal(Flowable):
    """Zero-size indexing flowable: asks for another pass until the page count is stable,
    so the footer's "of M" is right on the final pass."""

    def __init__(self, doc: BookTemplate) -> None:
        super().__init__()
        self.doc, self.previous, self.current = doc, 0, -1

    def isIndexing(self) -> int:
        return 1

    def isSatisfied(self) -> int:
        return int(self.previous == self.current)

    def beforeBuild(self) -> None:
        self.previous = self.current

    def afterBuild(self) -> None:
        self.current = self.doc.page

    def notify(self, kind: str, stuff: object) -> None:
        pass

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


class _Contents(TableOfContents):
    """The table of contents, laid out once from the headings listed before layout: dots up
    to a column kept for the page number, the number itself filled in at the end."""

    listed: list[tuple[int, str, str]] | None = None  # (level, text, key), once known
    numbers: dict[str, tuple[float, float, Any, str]]  # key -> where its number goes, its
    # style and alignment
    rtl = False  # entries set from the right, their page numbers on the left

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self.listed is None:  # laid out in passes, as ReportLab does
            return super().wrap(avail_width, avail_height)  # type: ignore[no-any-return]
        self.numbers = {}

        def dots_and_number(canv: Canvas, kind: str, label: str) -> None:
            level, key = int(label.split(",")[0]), label.split(",", 1)[1]
            style = self.getLevelStyle(level)
            x, y = canv._curr_tx_info["cur_x"], canv._curr_tx_info["cur_y"]
            room = stringWidth(" 000", style.fontName, style.fontSize)  # up to 999 pages
            dot = stringWidth(" . ", style.fontName, style.fontSize)
            count = max(0, int((avail_width - x - room) / dot))
            text = canv.beginText(avail_width - room - count * dot, y)
            text.setFont(style.fontName, style.fontSize)
            text.setFillColor(style.textColor)
            text.textLine(count * " . ")
            canv.drawText(text)
            _mark(canv, _toc_mark(key))
            canv.linkRect("", key, (avail_width - room, y, avail_width, y + style.leading),
                          relative=1)
            self.numbers[key] = (avail_width, y, style, "right")

        self.canv.setNamedCB("delegate_app_toc", dots_and_number)
        rows: list[list[Flowable]] = []
        for level, text, key in self.listed:
            style = self.getLevelStyle(level)
            if style.spaceBefore:
                rows.append([Spacer(1, style.spaceBefore)])
            if self.rtl:
                rows.append([_RightToLeftEntry(self, text, key, style)])
                continue
            rows.append([KeptParagraph.linked(text, SANS, style, f"#{key}", "delegate_app_toc",
                                              f"{level},{key}")])
        self._table = Table(rows or [[""]], colWidths=(avail_width,), style=self.tableStyle)
        self.width, self.height = self._table.wrapOn(self.canv, avail_width, avail_height)
        return self.width, self.height


class _RightToLeftEntry(Flowable):
    """A contents line of a right-to-left page: the heading set from the right (shaped),
    dots, and its page number on the left, filled in at the end."""

    def __init__(self, contents: _Contents, text: str, key: str, style: Any) -> None:
        super().__init__()
        self.contents, self.text, self.key, self.style = contents, text, key, style

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = avail_width, self.style.leading
        return self.width, self.height

    def draw(self) -> None:
        canv, style = self.canv, self.style
        y = self.height - style.fontSize
        canv.setFillColor(style.textColor)
        right = self.width - style.leftIndent - style.rightIndent
        room = stringWidth(" 000", style.fontName, style.fontSize)
        dot = stringWidth(" . ", style.fontName, style.fontSize)
        wide = text_width(self.text, style.fontName, style.fontSize)
        size = style.fontSize * min(1.0, (right - room - dot) / wide) if wide else 0
        # a heading longer than the line is set smaller rather than over its page number
        drawn = draw_text(canv, right, y, self.text, style.fontName, size, "right")
        count = max(0, int((right - drawn - room) / dot) - 1)  # a dot's room before it
        text = canv.beginText(room, y)
        text.setFont(style.fontName, style.fontSize)
        text.textLine(count * " . ")
        canv.drawText(text)
        _mark(canv, _toc_mark(self.key))
        canv.linkRect("", self.key, (0, y, self.width, y + style.leading), relative=1)
        self.contents.numbers[self.key] = (0, y, style, "left")


# A number known only at the end is marked in the page's content by a comment line of its
# own (a line break never occurs inside a string there: ReportLab escapes it), and the
# marks are replaced by the drawing of the number before the file is written.
_MARKS = re.compile(r"^%DA-[0-9A-Za-z_-]+$", re.MULTILINE)
_PAGE_MARK = "%DA-page-label"


def _mark(canv: Canvas, mark: str) -> None:
    canv._code.append(mark)


def _toc_mark(key: str) -> str:
    return "%DA-toc-" + "".join(c if c.isalnum() else f"_{ord(c):x}" for c in key)


def _headings(story: list[Flowable]) -> Iterator[Flowable]:
    """Every flowable of the story, nested ones (kept together) included, in order."""
    for flowable in story:
        yield flowable
        for inner in ("_content", "_flowables"):
            nested = getattr(flowable, inner, None)
            if isinstance(nested, list | tuple):
                yield from _headings(list(nested))


def _inert(flowable: Flowable) -> bool:
    """True when measuring ``flowable`` cannot act on the frame (text, rules, spaces,
    tables, and blocks of them; a conditional page break or an action can)."""
    if type(flowable) is Spacer or isinstance(flowable, Paragraph | BidiParagraph
                                              | HRFlowable | Table) or getattr(
                                                  flowable, "inert", False):
        return True
    return isinstance(flowable, KeepTogether) and all(_inert(f) for f in flowable._content)


class Together(KeepTogether):
    """ReportLab's "keep together" block (a heading with what follows, a counterpart's
    head). ReportLab measures the block on a deep copy of the frame, so that what acts on
    the frame while measured acts on the copy; a block of inert flowables is measured
    without one (a copy for each of some 300 blocks, a tenth of the dossier's layout)."""

    _plain: bool | None = None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self._plain is None:
            self._plain = all(_inert(f) for f in self._content)
        doc = getattr(self.canv, "_doctemplate", None)
        frame = getattr(doc, "frame", None)
        if frame is None or not self._plain:
            return super().wrap(avail_width, avail_height)  # type: ignore[no-any-return]
        doc.frame = None  # ReportLab's measure copies the frame it finds there
        try:
            return super().wrap(avail_width, avail_height)  # type: ignore[no-any-return]
        finally:
            doc.frame = frame


class BookTemplate(BaseDocTemplate):
    """Page templates ``cover`` and ``body``; headings made by :func:`heading` become TOC
    entries and bookmarks, and set the section named in the running header."""

    def __init__(self, target: io.BytesIO, meta: BookMeta,
                 margins: Margins | None = None, cover: bool = True) -> None:
        register_fonts()
        self.meta, self.margins = meta, margins or Margins()
        self.section = ""
        self.page_total = _PageTotal(self)
        self.toc_pages: dict[str, int] = {}
        self.one_pass = False  # True: page numbers known at the end are filled in then
        self.contents: list[_Contents] = []
        self._drawn: dict[tuple[float, float, str, str, float, str], list[str]] = {}
        self._drawn_on: Canvas | None = None
        self._labels: dict[int, tuple[float, float]] = {}  # body pages: "Page N of M" where
        size = paper_size(meta.paper)
        m = self.margins
        super().__init__(target, pagesize=size, leftMargin=m.left, rightMargin=m.right,
                         topMargin=m.top, bottomMargin=m.bottom, title=meta.title,
                         author=meta.author, subject=meta.subject, creator="delegate_app",
                         initialFontName=SANS, initialFontSize=9,
                         keepTogetherClass=Together)
        body = Frame(m.left, m.bottom, size[0] - m.left - m.right,
                     size[1] - m.top - m.bottom, id="body", leftPadding=0, rightPadding=0,
                     topPadding=0, bottomPadding=0)
        cover_frame = Frame(m.left + 6 * mm, m.bottom + 20 * mm,
                            size[0] - m.left - m.right - 12 * mm,
                            size[1] - m.top - m.bottom - 20 * mm, id="cover")
        pages = [PageTemplate(COVER, [cover_frame], onPage=self._cover_page),
                 PageTemplate(BODY, [body], onPageEnd=self._body_page)]
        # A document without a cover (a report) starts on a body page.
        self.addPageTemplates(pages if cover else pages[::-1])

    def afterFlowable(self, flowable: Flowable) -> None:
        section = getattr(flowable, "_section", None)
        if section is not None:
            self.section = section
        entry = getattr(flowable, "_toc", None)
        if entry is None:
            return
        level, text, key = entry
        self.toc_pages[key] = self.page
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
        self.notify("TOCEntry", (level, markup(text, SANS), self.page, key))

    def _marking(self, canv: Canvas, y: float) -> None:
        if not self.meta.marking:
            return
        canv.setFillColor(WARNING if self.meta.marking_is_warning else MUTED)
        x, align = self._start()
        self._text(canv, x, y, self.meta.marking.upper(), SANS_BOLD, 6.8, align)

    def _text(self, canv: Canvas, x: float, y: float, text: str, font: str, size: float,
              align: str) -> None:
        """``draw_text`` for what every page repeats (title, section, marking, version):
        the content lines drawn once are written again (the glyphs' codes in the font's
        subsets do not change once given; a pass on a new canvas draws them anew)."""
        if self._drawn_on is not canv:
            self._drawn, self._drawn_on = {}, canv
        key = (x, y, text, font, size, align)
        drawn = self._drawn.get(key)
        if drawn is None:
            start = len(canv._code)
            draw_text(canv, x, y, text, font, size, align)
            drawn = self._drawn[key] = canv._code[start:]
        else:
            canv._code.extend(drawn)

    def _start(self) -> tuple[float, str]:
        """Where a line starts (the right margin on a right-to-left page), and its align."""
        if self.meta.printed.rtl:
            return self.pagesize[0] - self.margins.right, "right"
        return self.margins.left, "left"

    def _end(self) -> tuple[float, str]:
        """Where a line ends: the other margin."""
        if self.meta.printed.rtl:
            return self.margins.left, "left"
        return self.pagesize[0] - self.margins.right, "right"

    def page_label(self, page: int, total: int) -> str:
        """"Page 3 of 12" in the reader's words and digits."""
        w = self.meta.printed
        if not total:
            return w.digits(w.translate("delegate_app", "Page {page}").format(page=page))
        return w.digits(w.translate("delegate_app", "Page {page} of {total}").format(
            page=page, total=total))

    def _cover_page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        width, height = self.pagesize
        m = self.margins
        canv.saveState()
        canv.setStrokeColor(ACCENT)
        canv.setLineWidth(1.6)
        canv.line(m.left, height - m.top + 8 * mm, width - m.right, height - m.top + 8 * mm)
        canv.setLineWidth(0.4)
        canv.line(m.left, height - m.top + 7 * mm, width - m.right, height - m.top + 7 * mm)
        canv.line(m.left, m.bottom + 10 * mm, width - m.right, m.bottom + 10 * mm)
        self._marking(canv, m.bottom + 4 * mm)
        if self.meta.version:
            canv.setFillColor(MUTED)
            x, align = self._end()
            draw_text(canv, x, m.bottom + 4 * mm, self.meta.version, SANS, 7.4, align=align)
        canv.restoreState()

    def _body_page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        width, height = self.pagesize
        m = self.margins
        canv.saveState()
        top = height - m.top + 9 * mm
        canv.setFillColor(MUTED)
        (start, first), (end, last) = self._start(), self._end()
        self._text(canv, start, top, self.meta.title, SANS, 7.4, first)
        self._text(canv, end, top, self.section, SANS, 7.4, last)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(m.left, top - 2.6 * mm, width - m.right, top - 2.6 * mm)
        bottom = m.bottom - 10 * mm
        canv.line(m.left, bottom + 4.2 * mm, width - m.right, bottom + 4.2 * mm)
        self._marking(canv, bottom)
        if self.one_pass:  # the total is known after the last page: filled in then
            _mark(canv, _PAGE_MARK)
            self._labels[doc.page] = end, bottom
        else:
            total = self.page_total.current if self.page_total.current > 0 else 0
            canv.setFillColor(MUTED)
            draw_text(canv, end, bottom, self.page_label(doc.page, total), SANS, 7.4,
                      align=last)
        if self.meta.version:
            canv.setFillColor(MUTED)
            self._text(canv, width / 2, bottom, self.meta.version, SANS, 7.4, "centre")
        canv.restoreState()

    def _endBuild(self) -> None:
        """Before the file is written: what only the end knows, into the pages."""
        if self.one_pass:
            if not (self._hanging and self._hanging[-1] is PageBegin):
                self.clean_hanging()  # as ReportLab ends the last page (its footer drawn)
                self.handle_pageBreak()
            self._fill_in_numbers()
        super()._endBuild()

    def _fill_in_numbers(self) -> None:
        """Replace each page's marks by the drawing of "Page N of M" and of the contents'
        page numbers, made as the canvas draws them (each in a graphics state of its own)."""
        canv, total = self.canv, self.page
        _, align = self._end()
        toc = {_toc_mark(key): (key, *place) for table in self.contents
               for key, place in table.numbers.items()}
        for number, page in enumerate(canv._doc.Pages.pages, start=1):
            stream = page.stream
            if "\n%DA-" not in stream:
                continue

            def drawn(found: re.Match[str], number: int = number) -> str:
                mark = found.group(0)
                if mark == _PAGE_MARK:
                    x, y = self._labels[number]
                    return self._drawing(MUTED, lambda: draw_text(
                        canv, x, y, self.page_label(number, total), SANS, 7.4, align=align))
                key, x, y, style, side = toc[mark]
                page_of = self.toc_pages.get(key)
                return self._drawing(style.textColor, lambda: draw_text(
                    canv, x, y, self.meta.printed.number(page_of) if page_of else "",
                    style.fontName, style.fontSize, align=side))

            page.stream = _MARKS.sub(drawn, stream)

    def _drawing(self, color: Any, draw: Any) -> str:
        """The content-stream lines ``draw`` writes, in a graphics state of their own."""
        canv = self.canv
        kept, canv._code = canv._code, []
        try:
            canv.saveState()
            canv.setFillColor(color)
            draw()
            canv.restoreState()
            return "\n".join(canv._code)
        finally:
            canv._code = kept


def heading(text: str, level: int, styles: BookStyles, key: str, toc: bool = True,
            section: bool | None = None, toc_text: str | None = None,
            keep_with_next: bool = True) -> Flowable:
    """A heading (level 0: chapter, 1: section, 2: sub-section). It is a TOC entry and a
    bookmark (unless ``toc`` is False); a chapter also names the running header. It stays
    on the page of what follows, unless ``keep_with_next`` is False (before a long table
    that may split: put a ``CondPageBreak`` before it instead)."""
    style = (styles.h1, styles.h2, styles.h3)[min(level, 2)]
    flowable = para(text, style)
    flowable.keepWithNext = int(keep_with_next)
    if toc:
        flowable._toc = (level, toc_text or text, key)  # type: ignore[attr-defined]
    if section if section is not None else level == 0:
        flowable._section = toc_text or text  # type: ignore[attr-defined]
    return flowable


def contents(styles: BookStyles, title: str = "Contents") -> list[Flowable]:
    """The contents chapter: a heading (not itself listed) and the table of contents."""
    toc = _Contents(dotsMinLevel=0, levelStyles=[styles.toc0, styles.toc1],
                          tableStyle=TableStyle([("FONT", (0, 0), (-1, -1), SANS, 8),
                                                 ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                                 ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                                 ("TOPPADDING", (0, 0), (-1, -1), 0),
                                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return [heading(title, 0, styles, "contents", toc=False, section=True), Spacer(1, 4 * mm),
            toc]


def build_book(story: list[Flowable], meta: BookMeta, margins: Margins | None = None,
               cover: bool = True) -> bytes:
    """Lay out ``story`` (start with the cover's flowables, then
    ``NextPageTemplate("body")`` and a ``PageBreak``; or ``cover=False`` to start on a body
    page) in as many passes as the contents and the page count need; returns the PDF."""
    with collector_paused():
        return _build_book(story, meta, margins, cover)


def _build_book(story: list[Flowable], meta: BookMeta, margins: Margins | None,
                cover: bool) -> bytes:
    target = io.BytesIO()
    doc = BookTemplate(target, meta, margins, cover)
    flowables = list(_headings(story))
    tables = [f for f in flowables if isinstance(f, _Contents)]
    listed = [f._toc for f in flowables if getattr(f, "_toc", None) is not None]
    keys = [key for _, _, key in listed]
    if len(tables) <= 1 and len(set(keys)) == len(keys):
        for table in tables:
            table.listed, table.rtl = list(listed), meta.printed.rtl
        doc.one_pass, doc.contents = True, tables
        doc.build(story)
        if not tables or set(doc.toc_pages) == set(keys):
            return target.getvalue()
    # Headings the story could not list beforehand: lay it out until the numbers settle.
    target = io.BytesIO()
    doc = BookTemplate(target, meta, margins, cover)
    for table in tables:
        table.listed = None
    doc.multiBuild([doc.page_total, *story], maxPasses=8)
    return target.getvalue()
