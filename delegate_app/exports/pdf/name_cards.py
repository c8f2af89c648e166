"""Name badges, place cards and the seating plan of a meeting, as one PDF to print.

* The seating plan comes first (it is the officer's sheet), then the place cards, then
  the badges.
* A place card is a tent card: one sheet, landscape, folded along the middle; the upper
  half is printed upside down so the name reads from both sides of the table.
* Badges are 86 × 54 mm (the size of badge-holder inserts), ten to an A4 sheet, eight to
  a Letter sheet, inside the margins a printer can print, with crop marks to cut along.
  The band is burgundy for our delegation's people and dark blue for the hosts.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from ...domain.name_cards import CardHolder, NameCardSet, Side
from .fonts import SANS, SANS_BOLD, SERIF_BOLD, register_fonts
from .seating_plan import seating_page
from .styles import ACCENT, INK, MUTED, RULE, BookStyles, paper_size
from .text import draw_lines, draw_text, fit_lines
from .words import ENGLISH_PRINT, PrintLanguage, label, localise

BADGE_W, BADGE_H = 86 * mm, 54 * mm
PRINTABLE_MARGIN = 9 * mm  # what office printers leave blank at the edges
CROP_GAP, CROP_MARK = 1 * mm, 3.5 * mm  # crop marks start 1 mm off the grid, 3.5 mm long
BAND = {Side.GUESTS: ACCENT, Side.HOSTS: INK}


def _where(holder: CardHolder) -> str:
    return holder.person.city or holder.person.organisation


def _block(canv: Canvas, cx: float, centre_y: float,
           parts: Sequence[tuple[list[str], str, float, float, colors.Color]]) -> None:
    """Stack ``parts`` (lines, font, size, space after, colour) centred on ``centre_y``."""
    parts = [p for p in parts if p[0] and any(p[0])]
    height = sum(len(lines) * size * 1.18 + gap for lines, _, size, gap, _ in parts)
    y = centre_y + height / 2
    for lines, font, size, gap, colour in parts:
        canv.setFillColor(colour)
        draw_lines(canv, cx, y, lines, font, size, size * 1.18)
        y -= len(lines) * size * 1.18 + gap


def _emblem(canv: Canvas, emblem: bytes | None, x: float, y: float, height: float,
            align: str = "left") -> float:
    """Draw the emblem ``height`` tall with its lower-left (or centre) at x; its width."""
    if not emblem:
        return 0.0
    image = ImageReader(io.BytesIO(emblem))
    w, h = image.getSize()
    width = height * w / h
    left = x - width / 2 if align == "centre" else x
    canv.drawImage(image, left, y, width, height, mask="auto")
    return width


def _band(canv: Canvas, x: float, y: float, band_h: float, text: str, emblem: bytes | None,
          rtl: bool) -> None:
    """The coloured band: the emblem at the start of the line, then the occasion."""
    pad = 4 * mm
    icon_h = band_h - 3 * mm
    if rtl and emblem:  # the emblem at the right: measure it, then draw it there
        image = ImageReader(io.BytesIO(emblem))
        iw, ih = image.getSize()
        used = _emblem(canv, emblem, x + BADGE_W - pad - icon_h * iw / ih,
                       y + BADGE_H - band_h + 1.5 * mm, icon_h)
    else:
        used = _emblem(canv, emblem, x + pad, y + BADGE_H - band_h + 1.5 * mm, icon_h)
    band_w = BADGE_W - 2 * pad - (used + 2.5 * mm if used else 0)
    lines, size = fit_lines(text, SANS_BOLD, 7.2, band_w, 2, 6, shrink_first=False)
    canv.setFillColor(colors.white)
    top = y + BADGE_H - band_h / 2 + len(lines) * size * 1.18 / 2
    start = x + BADGE_W - pad - (used + 2.5 * mm if used else 0) if rtl else (
        x + pad + (used + 2.5 * mm if used else 0))
    draw_lines(canv, start, top, lines, SANS_BOLD, size, size * 1.18, "right" if rtl else "left")


def _badge(canv: Canvas, x: float, y: float, holder: CardHolder, band_text: str,
           emblem: bytes | None, w: PrintLanguage) -> None:
    pad = 4 * mm
    band_h = 11 * mm
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.3)
    canv.rect(x, y, BADGE_W, BADGE_H, stroke=1, fill=0)
    canv.setFillColor(BAND[holder.side])
    canv.rect(x, y + BADGE_H - band_h, BADGE_W, band_h, stroke=0, fill=1)
    _band(canv, x, y, band_h, band_text, emblem, w.rtl)
    width = BADGE_W - 2 * pad
    name = fit_lines(holder.person.name, SANS_BOLD, 15, width, 2, 10.5)
    native = holder.person.native_name
    native_lines = fit_lines(native, SANS, 12, width, 1, 8) if native else ([], 0)
    position = fit_lines(holder.person.position, SANS, 7.4, width, 2, 6.2, shrink_first=False)
    _block(canv, x + BADGE_W / 2, y + 8.5 * mm + (BADGE_H - band_h - 8.5 * mm) / 2, [
        (name[0], SANS_BOLD, name[1], 1.2 * mm, INK),
        (native_lines[0], SANS, native_lines[1], 1.4 * mm, INK),
        (position[0], SANS, position[1], 0, MUTED)])
    canv.setStrokeColor(RULE)
    canv.line(x + pad, y + 8 * mm, x + BADGE_W - pad, y + 8 * mm)
    city, csize = fit_lines(_where(holder), SANS_BOLD, 8, width * 0.6, 1, 6)
    start, end = (x + BADGE_W - pad, "right"), (x + pad, "left")  # right to left
    if not w.rtl:
        start, end = (x + pad, "left"), (x + BADGE_W - pad, "right")
    canv.setFillColor(BAND[holder.side])
    if city:
        draw_text(canv, start[0], y + 3.2 * mm, city[0], SANS_BOLD, csize, start[1])
    if holder.role:
        canv.setFillColor(MUTED)
        role, rsize = fit_lines(label(holder.role, w).upper(), SANS_BOLD, 6.2, width * 0.4, 1,
                                5)
        draw_text(canv, end[0], y + 3.3 * mm, role[0], SANS_BOLD, rsize, end[1])


def _crop_marks(canv: Canvas, left: float, bottom: float, cols: int, rows: int) -> None:
    canv.setStrokeColor(colors.black)
    canv.setLineWidth(0.25)
    right, top = left + cols * BADGE_W, bottom + rows * BADGE_H
    for c in range(cols + 1):
        x = left + c * BADGE_W
        canv.line(x, bottom - CROP_GAP - CROP_MARK, x, bottom - CROP_GAP)
        canv.line(x, top + CROP_GAP, x, top + CROP_GAP + CROP_MARK)
    for r in range(rows + 1):
        y = bottom + r * BADGE_H
        canv.line(left - CROP_GAP - CROP_MARK, y, left - CROP_GAP, y)
        canv.line(right + CROP_GAP, y, right + CROP_GAP + CROP_MARK, y)


def _sheet_line(cards: NameCardSet, sheet: int, sheets: int, w: PrintLanguage) -> str:
    """"Name badges · Delegation · Draft of … · sheet 1 of 2" at the foot of a sheet."""
    version = localise(cards.version, w)
    if w.language == "en":
        return (f"Name badges · {cards.delegation} · " + (f"{version} · " if version else "")
                + f"sheet {sheet} of {sheets}")
    said = [w.translate("delegate_app", "Name badges"), cards.delegation, version,
            w.digits(w.translate("delegate_app", "sheet {sheet} of {sheets}").format(
                sheet=sheet, sheets=sheets))]
    return " · ".join(x for x in said if x)


def _badges(canv: Canvas, cards: NameCardSet, page: tuple[float, float],
            emblem: bytes | None, w: PrintLanguage) -> None:
    width, height = page
    room = 2 * (PRINTABLE_MARGIN + CROP_GAP + CROP_MARK)  # crop marks outside the grid
    cols = max(1, int((width - room + 0.01) // BADGE_W))
    rows = max(1, int((height - room + 0.01) // BADGE_H))
    left = (width - cols * BADGE_W) / 2
    bottom = (height - rows * BADGE_H) / 2
    per_sheet = cols * rows
    band = cards.occasion.title if cards.occasion.when else cards.delegation
    holders = cards.badges
    for start in range(0, len(holders), per_sheet):
        sheet = holders[start:start + per_sheet]
        used_rows = (len(sheet) + cols - 1) // cols
        for i, holder in enumerate(sheet):
            r, c = divmod(i, cols)
            column = cols - 1 - c if w.rtl else c  # badges fill rows from the right
            _badge(canv, left + column * BADGE_W, bottom + (rows - 1 - r) * BADGE_H, holder,
                   band, emblem, w)
        _crop_marks(canv, left, bottom + (rows - used_rows) * BADGE_H, cols, used_rows)
        canv.setFillColor(MUTED)
        draws = _sheet_line(cards, start // per_sheet + 1,
                            (len(holders) + per_sheet - 1) // per_sheet, w)
        draw_text(canv, width / 2, PRINTABLE_MARGIN / 2 + 2, draws, SANS, 6.5, "centre")
        canv.showPage()


def _card_face(canv: Canvas, width: float, height: float, holder: CardHolder,
               emblem: bytes | None) -> None:
    """One face of a tent card, drawn in the lower half of the sheet (0 … height)."""
    text_w = width - 40 * mm
    top = height - 12 * mm
    if emblem:
        _emblem(canv, emblem, width / 2, top - 14 * mm, 14 * mm, "centre")
        top -= 16 * mm
    name = fit_lines(holder.person.name, SERIF_BOLD, 40, text_w, 2, 24)
    native = holder.person.native_name
    native_lines = fit_lines(native, SANS, 26, text_w, 1, 14) if native else ([], 0)
    detail = " · ".join(x for x in (holder.person.position, _where(holder)) if x)
    small = fit_lines(detail, SANS, 11, text_w, 2, 8.5, shrink_first=False) if detail else (
        [], 0)
    _block(canv, width / 2, (top + 10 * mm) / 2, [
        (name[0], SERIF_BOLD, name[1], 2.5 * mm, INK),
        (native_lines[0], SANS, native_lines[1], 4 * mm, INK),
        (small[0], SANS, small[1], 0, MUTED)])
    canv.setStrokeColor(BAND[holder.side])
    canv.setLineWidth(1.2)
    canv.line(width / 2 - 15 * mm, 8 * mm, width / 2 + 15 * mm, 8 * mm)


def _place_cards(canv: Canvas, cards: NameCardSet, page: tuple[float, float],
                 emblem: bytes | None, w: PrintLanguage) -> None:
    fold = w.translate("delegate_app", "fold")
    width, height = landscape(page)
    half = height / 2
    for holder in cards.place_cards:
        canv.setPageSize((width, height))
        _card_face(canv, width, half, holder, emblem)
        canv.saveState()  # the upper half, upside down: it faces the other way when folded
        canv.translate(width, height)
        canv.rotate(180)
        _card_face(canv, width, half, holder, emblem)
        canv.restoreState()
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.4)
        canv.setDash(2, 3)
        canv.line(PRINTABLE_MARGIN, half, width - PRINTABLE_MARGIN, half)
        canv.setDash()
        canv.setFillColor(MUTED)
        draw_text(canv, PRINTABLE_MARGIN, half + 2, fold, SANS, 6)
        if cards.version:
            draw_text(canv, width / 2, half + 2, localise(cards.version, w), SANS, 6, "centre")
        draw_text(canv, width - PRINTABLE_MARGIN, half + 2, fold, SANS, 6, "right")
        canv.showPage()


def name_cards_pdf(cards: NameCardSet, paper: str = "a4", emblem: bytes | None = None,
                   printed: PrintLanguage = ENGLISH_PRINT) -> bytes:
    """The set as PDF bytes: seating plan, place cards, badges (whichever it holds), for
    their reader (``printed``)."""
    w = printed
    register_fonts()
    page = paper_size(paper)
    out = io.BytesIO()
    canv = Canvas(out, pagesize=page, pageCompression=1, initialFontName=SANS,
                  initialFontSize=9)
    canv.setTitle(w.translate("delegate_app", "{occasion} — badges and place cards").format(
        occasion=cards.occasion.title))
    canv.setAuthor(cards.office)
    canv.setCreator("delegate_app")
    if cards.seating is not None:
        seating_page(canv, cards, page, BookStyles.for_language(w.rtl), w)
        canv.showPage()
    _place_cards(canv, cards, page, emblem, w)
    canv.setPageSize(page)
    _badges(canv, cards, page, emblem, w)
    canv.save()
    return out.getvalue()
