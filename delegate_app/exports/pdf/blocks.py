"""Reusable pieces of printed documents: tables, label/value grids, call-out boxes, a
portrait (or a monogram when there is no photo) and a cover page."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import TypeAlias, TypeVar

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    Image,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from .document import BODY, Together
from .fonts import SANS, SERIF_BOLD
from .styles import ACCENT, INK, MUTED, RULE, TINT, BookStyles
from .text import draw_text, para

Cell: TypeAlias = str | Flowable | list[Flowable]  # a list stacks flowables in one cell
Padding: TypeAlias = tuple[float, float, float, float]  # a cell's left, right, top, bottom
T = TypeVar("T")


def rule(color: colors.Color = RULE, width: float = 0.5, space: float = 3) -> HRFlowable:
    return HRFlowable(width="100%", thickness=width, color=color, spaceBefore=space,
                      spaceAfter=space)


def _cell(value: Cell, style: ParagraphStyle) -> Flowable | list[Flowable]:
    return para(value, style) if isinstance(value, str) else value


def mirror(row: Sequence[T], styles: BookStyles) -> list[T]:
    """A row's cells in reading order: right to left on a right-to-left page."""
    return list(row)[::-1] if styles.rtl else list(row)


def first_column(styles: BookStyles) -> int:
    """The index of the column read first (the rightmost on a right-to-left page)."""
    return -1 if styles.rtl else 0


def data_table(header: Sequence[str], rows: Sequence[Sequence[Cell]], widths: Sequence[float],
               styles: BookStyles) -> Table:
    """A ruled table: grey small-caps header repeated on every page, hairlines between
    rows. ``widths`` are fractions of the frame width (they are scaled when drawn); on a
    right-to-left page the first column stands on the right."""
    data = [mirror([para(h.upper(), styles.label) for h in header], styles)]
    data += [mirror([_cell(v, styles.cell) for v in row], styles) for row in rows]
    table = _FractionTable(data, mirror(widths, styles), repeatRows=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONT", (0, 0), (-1, -1), SANS, 8),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table


def facts(rows: Sequence[tuple[str, Cell]], styles: BookStyles,
          label_width: float = 0.24) -> Grid | Spacer:
    """Label/value pairs in two columns ("Form of address — Mr Mayor"); empty values are
    left out, and nothing at all is an empty spacer."""
    kept = [(k, v) for k, v in rows if v]
    if not kept:
        return Spacer(1, 0)
    data = [mirror([para(k.upper(), styles.label), _cell(v, styles.cell)], styles)
            for k, v in kept]
    # (left, right, top, bottom) padding of the label's and the value's cells: none on
    # the side where the line starts, the label set a little lower to share a baseline
    label, value = (0.0, 6.0, 3.2, 2.5), (0.0, 6.0, 1.5, 2.5)
    if styles.rtl:
        label, value = (6.0, 0.0, 3.2, 2.5), (6.0, 0.0, 1.5, 2.5)
    return Grid(data, mirror([label, value], styles),
                fractions=mirror([label_width, 1 - label_width], styles))


class Grid(Flowable):
    """Rows of cells set as a ReportLab ``Table`` of these column widths (``fractions`` of
    the line, or ``fixed`` points with one column of ``None`` taking the rest) and cell
    paddings, top-aligned, left-justified and without rules, sets them (the same sizes and
    places, split between rows the same way), without the Table's machinery: a dossier
    has some 300 label/value grids, most in other tables' cells, each sized and drawn
    several times, and a head beside each counterpart's portrait."""

    def __init__(self, rows: Sequence[Sequence[Flowable | list[Flowable]]],
                 paddings: Sequence[Padding], fractions: Sequence[float] | None = None,
                 fixed: Sequence[float | None] | None = None) -> None:
        super().__init__()
        self.inert = True  # measuring it acts on no frame (document.Together)
        self.rows = [[list(c) if isinstance(c, list | tuple) else [c] for c in row]
                     for row in rows]
        self.paddings = list(paddings)
        self.fractions = list(fractions) if fractions is not None else None
        self.fixed = list(fixed) if fixed is not None else None
        self._sized: float | None = None  # the width the sizes below are for
        self._heights: list[float] = []  # each row's
        self._cells: list[list[list[float]]] = []  # each cell's flowables' heights
        self._rowpositions: list[float] = []
        self._colpositions: list[float] = []

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self._sized == avail_width:
            return self.width, self.height
        canv = getattr(self, "canv", None)
        widths = self._widths(avail_width)
        self._heights, self._cells = [], []
        for row in self.rows:  # as Table._calc_height and _listCellGeom
            tallest: float = 0
            cells = []
            for cell, width, (left, right, top, bottom) in zip(row, widths, self.paddings,
                                                               strict=True):
                heights: list[float] = []
                t: float = 0
                first: float | None = None
                after: float = 0
                for v in cell:
                    _, h = v.wrapOn(canv, width - left - right, 72000 - top - bottom)
                    before, after = v.getSpaceBefore(), v.getSpaceAfter()
                    heights.append(h)
                    t += h + after + before
                    if first is None:
                        first = before
                t = t - (first or 0) - after if cell else 0
                t += bottom + top
                tallest = max(tallest, t)
                cells.append(heights)
            self._heights.append(tallest)
            self._cells.append(cells)
        positions: list[float] = []  # from the bottom, as Table sums them
        height: float = 0
        c: float = 0
        for h in reversed(self._heights):
            positions.append(height)
            y = h - c
            t = height + y
            c = (t - height) - y
            height = t
        positions.append(height)
        positions.reverse()
        self._rowpositions = positions
        width: float = 0
        self._colpositions = [0]
        for w in widths:
            width = width + w
            self._colpositions.append(width)
        self.width, self.height, self._sized = width, height, avail_width
        return self.width, self.height

    def _widths(self, avail_width: float) -> list[float]:
        if self.fractions is not None:
            total = sum(self.fractions)
            return [avail_width * f / total for f in self.fractions]
        fixed = self.fixed or []
        rest = avail_width - sum(w for w in fixed if w is not None)
        return [rest if w is None else w for w in fixed]

    def _part(self, rows: list[list[list[Flowable]]]) -> Grid:
        return Grid(rows, self.paddings, self.fractions, self.fixed)

    def draw(self) -> None:  # as Table._drawCell, top-aligned, left-justified
        canv = self.canv
        for row, cells, rowpos, rowheight in zip(self.rows, self._cells,
                                                 self._rowpositions[1:], self._heights,
                                                 strict=True):
            for cell, heights, colpos, (left, _, top, _) in zip(
                    row, cells, self._colpositions, self.paddings, strict=False):
                y = rowpos + rowheight - top
                if cell:
                    y += cell[0].getSpaceBefore()
                for v, h in zip(cell, heights, strict=True):
                    y -= v.getSpaceBefore()
                    y -= h
                    v.drawOn(canv, colpos + left, y)
                    y -= v.getSpaceAfter()

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """Between the rows that fit and the rest, as Table splits by rows."""
        self.wrap(avail_width, avail_height)
        used: float = 0
        fits = 0
        for h in self._heights:
            if used + h > avail_height:
                break
            used += h
            fits += 1
        if fits == 0:
            return []
        if fits == len(self.rows):
            return [self]
        return [self._part(self.rows[:fits]), self._part(self.rows[fits:])]


def callout(title: str, body: Sequence[Flowable], styles: BookStyles,
            color: colors.Color = ACCENT) -> Grid:
    """A tinted box with a coloured bar on its left (its right on a right-to-left page):
    briefings, warnings, notes."""
    inner: list[Flowable] = [para(title.upper(), styles.label), *body]
    return _Boxed([[inner]], [(8, 8, 5, 5)], fractions=[1.0], tint=TINT, bar=color,
                  bar_right=styles.rtl)


class _Boxed(Grid):
    """A grid on a tint with a bar down its first (or last) edge, drawn as a Table with a
    BACKGROUND and a LINEBEFORE (LINEAFTER) of two points draws them: the tint first, then
    the cells, then the bar with round caps and joins."""

    def __init__(self, rows: Sequence[Sequence[Flowable | list[Flowable]]],
                 paddings: Sequence[Padding], fractions: Sequence[float], tint: colors.Color,
                 bar: colors.Color, bar_right: bool) -> None:
        super().__init__(rows, paddings, fractions)
        self.tint, self.bar, self.bar_right = tint, bar, bar_right

    def _part(self, rows: list[list[list[Flowable]]]) -> Grid:
        return _Boxed(rows, self.paddings, self.fractions or [], self.tint, self.bar,
                      self.bar_right)

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setFillColor(self.tint)
        canv.rect(0, self.height, self.width, -self.height, stroke=0, fill=1)
        super().draw()
        canv.saveState()
        canv.setLineCap(1)
        canv.setLineJoin(1)
        canv.setStrokeColor(self.bar)
        canv.setLineWidth(2)
        x = self.width if self.bar_right else 0
        canv.line(x, 0, x, self.height)
        canv.restoreState()
        canv.restoreState()


def bullets(lines: Sequence[str], styles: BookStyles) -> list[Flowable]:
    """Short lines as a list with a dash; empty input gives nothing."""
    return [para(f"–  {line}", styles.bullet) for line in lines if line.strip()]


# what ReportLab's Table._calc sets from the width (and height) it is given
_SIZED = ("_colWidths", "_colpositions", "_width", "_width_calculated_once", "_rowHeights",
          "_rowpositions", "_height", "_hmax", "availWidth")


class KeptTable(Table):
    """A ReportLab ``Table`` that keeps its rows' sizes for the width it was last sized at
    with every row measured. A table is sized again and again at the same width: inside a
    "keep together" block, then on its own, and a table in a cell each time its outer
    table is sized or drawn. (Sized with room for only some rows, it sizes them anew.)"""

    _sized: tuple[float, dict[str, object]] | None = None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        sized = self._sized
        if sized is not None and sized[0] == avail_width:
            self.__dict__.update(sized[1])
            return self._width, self._height
        size: tuple[float, float] = super().wrap(avail_width, avail_height)
        if self._hmax == len(self._cellvalues) and not self._spanCmds:
            self._sized = avail_width, {name: getattr(self, name) for name in _SIZED}
        else:
            self._sized = None
        return size


class _FractionTable(KeptTable):
    """A table whose column widths are fractions of the width it is given. (ReportLab
    makes the pieces of a split table with absolute ``colWidths``, hence the default.)"""

    def __init__(self, data: list[list[object]], fractions: Sequence[float] | None = None,
                 **kw: object) -> None:
        self._fractions = list(fractions) if fractions else None
        if fractions:
            kw["colWidths"] = [None] * len(fractions)
        super().__init__(data, **kw)  # type: ignore[arg-type]

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self._fractions:
            total = sum(self._fractions)
            self._argW = [avail_width * f / total for f in self._fractions]
            self._colWidths = list(self._argW)
        return super().wrap(avail_width, avail_height)


class Portrait(Flowable):
    """A photo cropped to a 3:4 frame, or a monogram of the initials on a tint."""

    def __init__(self, photo: bytes | None, initials: str, width: float = 24 * mm) -> None:
        super().__init__()
        self.photo, self.initials = photo, initials
        self.width, self.height = width, width * 4 / 3

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canv, w, h = self.canv, self.width, self.height
        if self.photo:
            image = ImageReader(io.BytesIO(self.photo))
            iw, ih = image.getSize()
            scale = max(w / iw, h / ih)
            path = canv.beginPath()
            path.rect(0, 0, w, h)
            canv.saveState()
            canv.clipPath(path, stroke=0)
            canv.drawImage(image, (w - iw * scale) / 2, (h - ih * scale) / 2, iw * scale,
                           ih * scale)
            canv.restoreState()
        else:
            canv.setFillColor(TINT)
            canv.rect(0, 0, w, h, stroke=0, fill=1)
            canv.setFillColor(MUTED)
            draw_text(canv, w / 2, h / 2 - 5, self.initials, SERIF_BOLD, 15, align="centre")
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.rect(0, 0, w, h, stroke=1, fill=0)


def cover(styles: BookStyles, title: str, lines: Sequence[str], office: str = "",
          emblem: bytes | None = None, marking: str = "") -> list[Flowable]:
    """The cover page's flowables, ending with the switch to body pages."""
    story: list[Flowable] = [Spacer(1, 18 * mm)]
    if emblem:
        reader = ImageReader(io.BytesIO(emblem))
        iw, ih = reader.getSize()
        height = 30 * mm
        story += [Image(io.BytesIO(emblem), width=height * iw / ih, height=height),
                  Spacer(1, 8 * mm)]
    else:
        story.append(Spacer(1, 20 * mm))
    if office:
        story += [para(office.upper(), styles.cover_office), Spacer(1, 16 * mm)]
    story += [para(title, styles.cover_title), Spacer(1, 4 * mm),
              HRFlowable(width="18%", thickness=1.2, color=ACCENT, spaceAfter=8 * mm)]
    story += [para(line, styles.cover_line) for line in lines if line]
    if marking:
        story += [Spacer(1, 22 * mm), _Marking(marking)]
    return [*story, NextPageTemplate(BODY), PageBreak()]


class _Marking(Flowable):
    """The edition marking on the cover: small capitals between two rules, centred."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text.upper()

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, 12 * mm

    def draw(self) -> None:
        c = self.canv
        c.setStrokeColor(ACCENT)
        c.setLineWidth(0.6)
        c.line(self.width * 0.2, 12 * mm, self.width * 0.8, 12 * mm)
        c.line(self.width * 0.2, 0, self.width * 0.8, 0)
        c.setFillColor(ACCENT)
        draw_text(c, self.width / 2, 4.6 * mm, self.text, "DA-Sans-Bold", 9.5, align="centre")


def keep(*flowables: Flowable) -> KeepTogether:
    """Keep these on one page when they fit (a day of a programme, a short brief)."""
    return Together(list(flowables))


def new_page_if_less_than(height: float) -> CondPageBreak:
    return CondPageBreak(height)
