"""The seating plan page: the table seen from above with every seat, then the legend.

Drawn as :mod:`delegate_app.domain.seating` describes: the hosts' row at the bottom
facing up, the guests' row across the table; a round table with the host at the bottom
and seats counter-clockwise from the host's right; a head table with the room above.
"""

from __future__ import annotations

import math

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Table

from ...domain.name_cards import CardHolder, NameCardSet, Side
from ...domain.seating import Row, Seat, TableShape
from .blocks import data_table
from .fonts import SANS, SANS_BOLD, SERIF_BOLD
from .styles import ACCENT, INK, MUTED, RULE, TINT, BookStyles
from .text import draw_lines, draw_text, fit_lines, para
from .words import ENGLISH_PRINT, QT_TRANSLATE_NOOP, PrintLanguage, localise

SEAT = 4.3 * mm  # radius of a seat
MIN_NAMED_PITCH = 15 * mm  # narrower seats show their mark only; the legend names them
TABLE_FILL = colors.HexColor("#ebe4d8")
SHAPES = {TableShape.FACING: QT_TRANSLATE_NOOP("delegate_app", "Facing sides"),
          TableShape.ROUND: QT_TRANSLATE_NOOP("delegate_app", "Round table"),
          TableShape.HEAD: QT_TRANSLATE_NOOP("delegate_app", "Head table facing the room")}


def _seat(canv: Canvas, x: float, y: float, seat: Seat[int], holder: CardHolder) -> None:
    principal = seat.rank == 0
    canv.setLineWidth(0.9)
    canv.setStrokeColor(ACCENT if holder.side is Side.GUESTS else INK)
    canv.setFillColor((ACCENT if holder.side is Side.GUESTS else INK) if principal
                      else colors.white)
    canv.circle(x, y, SEAT, stroke=1, fill=1)
    canv.setFillColor(colors.white if principal else INK)
    size = 7.2 if len(seat.label) < 3 else 6.2
    draw_text(canv, x, y - size * 0.35, seat.label, SANS_BOLD, size, "centre")


def _name(canv: Canvas, x: float, y: float, width: float, holder: CardHolder,
          place: str = "below", align: str = "centre") -> None:
    """The name (and native name) beside a seat: its block's top at ``y`` ("below"), its
    bottom at ``y`` ("above") or its middle at ``y`` ("beside")."""
    lines, size = fit_lines(holder.person.name, SANS_BOLD, 7, width, 3, 5.6)
    native: list[str] = []
    nsize = size
    if holder.person.native_name:
        native, nsize = fit_lines(holder.person.native_name, SANS, 7, width, 1, 5.6)
    height = len(lines) * size * 1.18 + len(native) * nsize * 1.3
    top = {"below": y, "above": y + height, "beside": y + height / 2}[place]
    canv.setFillColor(INK)
    top = draw_lines(canv, x, top, lines, SANS_BOLD, size, size * 1.18, align)
    if native:
        canv.setFillColor(MUTED)
        draw_lines(canv, x, top - 1, native, SANS, nsize, nsize * 1.3, align)


def _pitch(width: float, columns: int) -> float:
    """The width of one seat along a straight table drawn ``width`` wide."""
    return min(30 * mm, width / columns)


def _facing(canv: Canvas, cards: NameCardSet, left: float, bottom: float, width: float,
            height: float) -> None:
    plan = cards.seating
    assert plan is not None
    pitch = _pitch(width, plan.columns)
    named = pitch >= MIN_NAMED_PITCH  # else the names are only in the legend
    span = pitch * plan.columns
    x0 = left + (width - span) / 2
    rows = [Row.HOST] if plan.shape is TableShape.HEAD else [Row.HOST, Row.GUEST]
    table_h = 14 * mm if plan.shape is TableShape.HEAD else 24 * mm
    mid = bottom + height / 2
    t_bottom = mid - table_h / 2
    canv.setFillColor(TABLE_FILL)
    canv.setStrokeColor(colors.HexColor("#b9ad98"))
    canv.roundRect(x0 + pitch * 0.15, t_bottom, span - pitch * 0.3, table_h, 2.5 * mm,
                   stroke=1, fill=1)
    canv.setFillColor(MUTED)
    if plan.shape is TableShape.HEAD:
        draw_text(canv, left + width / 2, t_bottom + table_h + 22 * mm, "THE ROOM",
                  SANS_BOLD, 7, "centre")
        draw_text(canv, left + width / 2, t_bottom + table_h + 17 * mm, "▲", SANS, 8, "centre")
    else:
        draw_text(canv, left + width / 2, t_bottom + 5 * mm,
                  (cards.occasion.host_side or "Hosts").upper(), SANS_BOLD, 6.4, "centre")
        draw_text(canv, left + width / 2, t_bottom + table_h - 7 * mm,
                  cards.occasion.guest_side.upper(), SANS_BOLD, 6.4, "centre")
    for row in rows:
        for seat in plan.row(row):
            x = x0 + pitch * (seat.column + 0.5)
            holder = cards.holder(seat.person)
            if row is Row.HOST:
                y = t_bottom - SEAT - 2.5 * mm
                _seat(canv, x, y, seat, holder)
                if named:
                    _name(canv, x, y - SEAT - 2 * mm, pitch - 2 * mm, holder)
            else:
                y = t_bottom + table_h + SEAT + 2.5 * mm
                _seat(canv, x, y, seat, holder)
                if named:
                    _name(canv, x, y + SEAT + 2 * mm, pitch - 2 * mm, holder, "above")


def _round(canv: Canvas, cards: NameCardSet, left: float, bottom: float, width: float,
           height: float) -> None:
    plan = cards.seating
    assert plan is not None
    cx, cy = left + width / 2, bottom + height / 2
    radius = min(width / 2 - 48 * mm, height / 2 - 35 * mm)
    canv.setFillColor(TABLE_FILL)
    canv.setStrokeColor(colors.HexColor("#b9ad98"))
    canv.circle(cx, cy, radius, stroke=1, fill=1)
    canv.setFillColor(MUTED)
    if cards.occasion.host_side:
        draw_text(canv, cx, cy - 2, cards.occasion.host_side.upper(), SANS_BOLD, 6.4, "centre")
    n = plan.columns
    gap = SEAT + 2 * mm
    spacing = 2 * math.pi * (radius + gap) / n  # between neighbouring seats
    # at the top and the bottom neighbours sit side by side: their names take turns at
    # two distances from the table when one name is wider than the space between them
    staggered = spacing < 34 * mm
    level_width = min(34 * mm, (2 if staggered else 1) * spacing - 2 * mm)
    for seat in plan.seats:
        angle = math.radians(-90 + 360 * seat.column / n)
        ux, uy = math.cos(angle), math.sin(angle)
        x, y = cx + (radius + gap) * ux, cy + (radius + gap) * uy
        holder = cards.holder(seat.person)
        _seat(canv, x, y, seat, holder)
        if ux > 0.4:
            _name(canv, x + gap, y, 34 * mm, holder, "beside", "left")
        elif ux < -0.4:
            _name(canv, x - gap, y, 34 * mm, holder, "beside", "right")
        else:
            out = gap + (9 * mm if staggered and seat.column % 2 else 0)
            _name(canv, x, y + out if uy > 0 else y - out, level_width, holder,
                  "above" if uy > 0 else "below")


def _legend_rows(cards: NameCardSet, styles: BookStyles,
                 w: PrintLanguage) -> list[list[object]]:
    assert cards.seating is not None
    order = sorted(cards.seating.seats, key=lambda s: (s.rank, s.row is not Row.HOST,
                                                       s.principal.value))
    rows: list[list[object]] = []
    for seat in order:
        h = cards.holder(seat.person)
        name = [para(h.person.name, styles.cell_bold)]
        if h.person.native_name:
            name.append(para(h.person.native_name, styles.cell))
        where = " · ".join(x for x in (h.person.organisation, h.person.city) if x)
        side = (w.translate("delegate_app", "Host") if seat.label == "H"
                else w.translate("delegate_app", "Guest of honour") if seat.label == "G"
                else w.translate("delegate_app", "Hosts") if h.side is Side.HOSTS
                else w.translate("delegate_app", "Guests"))
        rows.append([para(seat.label, styles.cell_bold), name,
                     para(h.person.position, styles.cell), para(where, styles.cell_small),
                     para(side, styles.cell_small)])
    return rows


def seating_page(canv: Canvas, cards: NameCardSet, page: tuple[float, float],
                 styles: BookStyles, w: PrintLanguage = ENGLISH_PRINT) -> None:
    """One page: heading, the table drawn to scale of seats, the legend, the notes. The
    drawing is the room as it is; on a right-to-left page the words start at the right."""
    plan = cards.seating
    assert plan is not None
    width, height = page
    margin = 18 * mm
    inner = width - 2 * margin
    y = height - margin
    (start, first), (end, last) = ((width - margin, "right"), (margin, "left")) if w.rtl \
        else ((margin, "left"), (width - margin, "right"))
    canv.setFillColor(ACCENT)
    kicker = w.translate("delegate_app", "SEATING PLAN · {shape}")
    draw_text(canv, start, y - 8, kicker.format(shape=w.word(SHAPES[plan.shape]).upper()),
              SANS_BOLD, 8, first)
    if cards.version:
        canv.setFillColor(MUTED)
        draw_text(canv, end, y - 8, localise(cards.version, w), SANS, 8, last)
    lines, size = fit_lines(cards.occasion.title, SERIF_BOLD, 18, inner, 2, 18, False)
    canv.setFillColor(INK)
    y = draw_lines(canv, start, y - 14, lines, SERIF_BOLD, size, size * 1.2, first)
    canv.setFillColor(MUTED)
    detail = " · ".join(x for x in (localise(cards.occasion.when, w), cards.occasion.venue)
                        if x)
    y = draw_lines(canv, start, y - 6, fit_lines(detail, SANS, 9, inner, 3, 9, False)[0],
                   SANS, 9, 12, first)
    box_h = (120 if plan.columns <= 12 else 150) * mm if plan.shape is TableShape.ROUND else (
        70 * mm if plan.shape is TableShape.HEAD else 96 * mm)
    box_top = y - 6 * mm
    canv.setFillColor(TINT)
    canv.setStrokeColor(RULE)
    canv.rect(margin, box_top - box_h, inner, box_h, stroke=1, fill=1)
    draw = _round if plan.shape is TableShape.ROUND else _facing
    drawing = inner - 8 * mm
    draw(canv, cards, margin + 4 * mm, box_top - box_h, drawing, box_h)
    notes = [w.translate("delegate_app", "Seats are numbered from each principal in order of "
                                         "precedence: the first on their right, the second "
                                         "on their left, and so on outwards.")]
    if plan.shape is not TableShape.ROUND and _pitch(drawing, plan.columns) < MIN_NAMED_PITCH:
        notes.append(w.translate("delegate_app", "Too many seats in a row to name them on the "
                                                 "drawing: the legend names every seat."))
    if cards.interpreters:
        notes.append(w.translate("delegate_app", "Interpreters sit behind their principals: "
                                                 "{names}.").format(
            names="; ".join(cards.interpreters)))
    table = data_table([w.translate("delegate_app", "Seat"), w.translate("delegate_app", "Name"),
                        w.translate("delegate_app", "Position"),
                        w.translate("delegate_app", "Organisation · city"),
                        w.translate("delegate_app", "Side")],
                       _legend_rows(cards, styles, w), [0.07, 0.3, 0.33, 0.2, 0.1], styles)
    y = _flow(canv, table, margin, box_top - box_h - 6 * mm, inner, page) - 4 * mm
    canv.setFillColor(MUTED)
    for note in notes:
        y = draw_lines(canv, start, y, fit_lines(note, SANS, 7.6, inner, 3, 7.6, False)[0],
                       SANS, 7.6, 10, first) - 3


def _flow(canv: Canvas, table: Table, left: float, top: float, width: float,
          page: tuple[float, float]) -> float:
    """Draw ``table`` from ``top`` down, going on over new pages (header repeated) when
    it is longer than the page; returns the y under its last row."""
    margin = 18 * mm
    while True:
        _, used = table.wrapOn(canv, width, top - margin)
        if used <= top - margin:
            table.drawOn(canv, left, top - used)
            return top - used
        parts = table.split(width, top - margin)
        if len(parts) == 2:  # else not even one row fits here: all of it on the next page
            first, table = parts
            _, used = first.wrapOn(canv, width, top - margin)
            first.drawOn(canv, left, top - used)
        canv.showPage()
        top = page[1] - margin
