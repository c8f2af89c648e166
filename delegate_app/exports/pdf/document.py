"""A book-like document: a cover page, body pages with a running header and "Page N of M",
a table of contents with real page numbers (multi-pass build) and PDF bookmarks."""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, TableStyle
from reportlab.platypus.flowables import Spacer
from reportlab.platypus.tableofcontents import TableOfContents

from .fonts import SANS, SANS_BOLD, register_fonts
from .styles import ACCENT, MUTED, RULE, WARNING, BookStyles, Margins, paper_size
from .text import draw_text, markup, para

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


class BookTemplate(BaseDocTemplate):
    """Page templates ``cover`` and ``body``; headings made by :func:`heading` become TOC
    entries and bookmarks, and set the section named in the running header."""

    def __init__(self, target: io.BytesIO, meta: BookMeta,
                 margins: Margins | None = None, cover: bool = True) -> None:
        register_fonts()
        self.meta, self.margins = meta, margins or Margins()
        self.section = ""
        self.page_total = _PageTotal(self)
        size = paper_size(meta.paper)
        m = self.margins
        super().__init__(target, pagesize=size, leftMargin=m.left, rightMargin=m.right,
                         topMargin=m.top, bottomMargin=m.bottom, title=meta.title,
                         author=meta.author, subject=meta.subject, creator="delegate_app",
                         initialFontName=SANS, initialFontSize=9)
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
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
        self.notify("TOCEntry", (level, markup(text, SANS), self.page, key))

    def _marking(self, canv: Canvas, y: float) -> None:
        if not self.meta.marking:
            return
        canv.setFillColor(WARNING if self.meta.marking_is_warning else MUTED)
        draw_text(canv, self.margins.left, y, self.meta.marking.upper(), SANS_BOLD, 6.8)

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
            draw_text(canv, width - m.right, m.bottom + 4 * mm, self.meta.version, SANS, 7.4,
                      align="right")
        canv.restoreState()

    def _body_page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        width, height = self.pagesize
        m = self.margins
        canv.saveState()
        top = height - m.top + 9 * mm
        canv.setFillColor(MUTED)
        draw_text(canv, m.left, top, self.meta.title, SANS, 7.4)
        draw_text(canv, width - m.right, top, self.section, SANS, 7.4, align="right")
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(m.left, top - 2.6 * mm, width - m.right, top - 2.6 * mm)
        bottom = m.bottom - 10 * mm
        canv.line(m.left, bottom + 4.2 * mm, width - m.right, bottom + 4.2 * mm)
        self._marking(canv, bottom)
        total = self.page_total.current if self.page_total.current > 0 else 0
        canv.setFillColor(MUTED)
        label = f"Page {doc.page} of {total}" if total else f"Page {doc.page}"
        draw_text(canv, width - m.right, bottom, label, SANS, 7.4, align="right")
        if self.meta.version:
            draw_text(canv, width / 2, bottom, self.meta.version, SANS, 7.4, align="centre")
        canv.restoreState()


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
    toc = TableOfContents(dotsMinLevel=0, levelStyles=[styles.toc0, styles.toc1],
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
    target = io.BytesIO()
    doc = BookTemplate(target, meta, margins, cover)
    doc.multiBuild([doc.page_total, *story], maxPasses=8)
    return target.getvalue()
