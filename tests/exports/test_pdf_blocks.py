"""Blocks of printed documents that stand in for a ReportLab construct are held to it."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Table, TableStyle

from delegate_app.exports.pdf import BookStyles
from delegate_app.exports.pdf.blocks import Grid, Portrait, callout, facts, mirror
from delegate_app.exports.pdf.fonts import SANS
from delegate_app.exports.pdf.styles import ACCENT, TINT
from delegate_app.exports.pdf.text import para

ROWS = [("When", "Sat 5 Dec 2026, 10:00 – 11:30 America/Argentina/Buenos_Aires"),
        ("Venue", "Palacio Municipal, Avenida de Mayo 525, Buenos Aires " * 3),
        ("Our delegation", "Mayor Ana García, Deputy Mayor Li Wei, Ms Parisa Ahmadi"),
        ("Native name", "پریسا احمدی"),
        ("Dress code", "Business")] * 4


def _table(rows: list[tuple[str, str]], s: BookStyles, label_width: float) -> Table:
    """The grid as it was laid out before: a ReportLab Table of the same cells and style."""
    data = [mirror([para(k.upper(), s.label), para(v, s.cell)], s) for k, v in rows]
    fractions = mirror([label_width, 1 - label_width], s)
    label, value = (1, 0) if s.rtl else (0, 1)
    inner, outer = ("RIGHTPADDING", "LEFTPADDING") if s.rtl else ("LEFTPADDING",
                                                                  "RIGHTPADDING")
    table = Table(data, colWidths=[400 * f for f in fractions])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONT", (0, 0), (-1, -1), SANS, 8),
        (inner, (0, 0), (-1, -1), 0), (outer, (0, 0), (-1, -1), 6),
        ("TOPPADDING", (label, 0), (label, -1), 3.2),
        ("TOPPADDING", (value, 0), (value, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]))
    return table


def _placed(flowable: Flowable) -> list[tuple[str, float, float]]:
    """Where each paragraph of the grid is drawn (its text, x, y)."""
    found: list[tuple[str, float, float]] = []
    canv = Canvas(io.BytesIO())
    original = Flowable.drawOn

    def noted(self: Flowable, canvas: Canvas, x: float, y: float, shift: float = 0) -> None:
        if self is not flowable:
            found.append((getattr(self, "text", ""), round(x, 6), round(y, 6)))
        original(self, canvas, x, y, shift)

    Flowable.drawOn = noted  # type: ignore[method-assign]
    try:
        flowable.wrapOn(canv, 400, 10_000)
        flowable.drawOn(canv, 0, 0)
    finally:
        Flowable.drawOn = original  # type: ignore[method-assign]
    return found


@pytest.mark.parametrize("rtl", [False, True])
def test_a_facts_grid_is_sized_placed_and_split_as_the_table_was(rtl: bool) -> None:
    s = BookStyles.for_language(rtl)
    grid, table = facts(ROWS, s, 0.27), _table(ROWS, s, 0.27)
    assert isinstance(grid, Grid)
    canv = Canvas(io.BytesIO())
    assert grid.wrapOn(canv, 400, 10_000) == pytest.approx(table.wrapOn(canv, 400, 10_000))
    assert _placed(grid) == _placed(table)
    for room in (0, 20, 150, 333.3, 600, 10_000):
        ours = grid.splitOn(canv, 400, room)
        theirs = table.splitOn(canv, 400, room)
        assert len(ours) == len(theirs), room
        for a, b in zip(ours, theirs, strict=True):
            assert a.wrapOn(canv, 400, 10_000) == pytest.approx(b.wrapOn(canv, 400, 10_000))


@pytest.mark.parametrize("rtl", [False, True])
def test_a_grid_with_a_fixed_column_is_placed_as_the_table_was(rtl: bool) -> None:
    """A counterpart's head: the portrait's column of fixed width, the rest of the line
    for the name and the facts, no side paddings."""
    s = BookStyles.for_language(rtl)

    def cells() -> list[object]:
        row: list[object] = [Portrait(None, "AG"),
                             [para("Ana García", s.h3), facts(ROWS[:4], s, 0.27)]]
        return row[::-1] if rtl else row

    fixed = [None, 28 * mm] if rtl else [28 * mm, None]
    grid = Grid([cells()], [(0, 0, 3, 3), (0, 0, 3, 3)], fixed=fixed)  # type: ignore[list-item]
    table = Table([cells()], colWidths=fixed)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("FONT", (0, 0), (-1, -1), SANS, 8),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    canv = Canvas(io.BytesIO())
    assert grid.wrapOn(canv, 400, 10_000) == pytest.approx(table.wrapOn(canv, 400, 10_000))
    assert _placed(grid) == _placed(table)
    assert grid.splitOn(canv, 400, 50) == table.splitOn(canv, 400, 50) == []


def _drawing(flowable: Flowable) -> list[str]:
    """The fills and rules drawn (colours, rectangles, lines, widths, caps and joins),
    text left out."""
    canv = Canvas(io.BytesIO())
    flowable.wrapOn(canv, 400, 10_000)
    flowable.drawOn(canv, 0, 0)
    return [op for op in canv._code if "BT" not in op
            and op.split()[-1] in ("re", "f*", "S", "RG", "w", "J", "j")]


@pytest.mark.parametrize("rtl", [False, True])
def test_a_callout_is_drawn_as_the_table_was(rtl: bool) -> None:
    """The tinted box: its tint, its bar on the side where lines start, its text."""
    s = BookStyles.for_language(rtl)

    def inner() -> list[Flowable]:
        return [para("BRIEFING", s.label), para("Ask about the tram line. " * 12, s.body)]

    box = callout("Briefing", inner()[1:], s)
    table = Table([[inner()]], colWidths=[400])
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), TINT), ("FONT", (0, 0), (-1, -1), SANS, 8),
        ("LINEAFTER" if rtl else "LINEBEFORE", (0, 0), (0, -1), 2, ACCENT),
        ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    canv = Canvas(io.BytesIO())
    assert box.wrapOn(canv, 400, 10_000) == pytest.approx(table.wrapOn(canv, 400, 10_000))
    assert _placed(box) == _placed(table)
    drawn = _drawing(box)
    assert any(op.endswith("re f*") for op in drawn) and any(op.endswith("l S") for op in drawn)
    assert drawn == _drawing(table)
