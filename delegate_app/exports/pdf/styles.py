"""The look of printed documents: one palette, one type scale, paper sizes and margins."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from .fonts import SANS, SANS_BOLD, SANS_ITALIC, SERIF, SERIF_BOLD

INK = colors.HexColor("#1c2333")
MUTED = colors.HexColor("#5f6673")
RULE = colors.HexColor("#c8ccd4")
ACCENT = colors.HexColor("#7b2432")  # a restrained burgundy for rules and markings
TINT = colors.HexColor("#f5f1ea")  # warm paper tint behind call-out boxes
WARNING = colors.HexColor("#a11d2b")

PAPER = {"a4": A4, "letter": LETTER}


def paper_size(name: str) -> tuple[float, float]:
    """Width and height in points of "a4" or "letter"."""
    try:
        return PAPER[name.lower()]
    except KeyError:
        raise ValueError(f"Paper size must be a4 or letter, not {name!r}.") from None


@dataclass(frozen=True, slots=True)
class Margins:
    left: float = 22 * mm
    right: float = 22 * mm
    top: float = 26 * mm
    bottom: float = 22 * mm


def _style(name: str, font: str, size: float, leading: float, **kw: object) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading,
                          textColor=kw.pop("textColor", INK), **kw)


@dataclass(frozen=True)
class BookStyles:
    """Paragraph styles of a briefing book; every document shares them."""

    body: ParagraphStyle = field(default_factory=lambda: _style(
        "body", SANS, 9.2, 13.2, spaceAfter=4))
    bullet: ParagraphStyle = field(default_factory=lambda: _style(
        "bullet", SANS, 9.2, 12.6, leftIndent=9, firstLineIndent=-9, spaceAfter=1.5))
    small: ParagraphStyle = field(default_factory=lambda: _style(
        "small", SANS, 8, 10.6, textColor=MUTED))
    italic: ParagraphStyle = field(default_factory=lambda: _style(
        "italic", SANS_ITALIC, 8.6, 12, textColor=MUTED))
    label: ParagraphStyle = field(default_factory=lambda: _style(
        "label", SANS_BOLD, 6.8, 9, textColor=MUTED))
    cell: ParagraphStyle = field(default_factory=lambda: _style("cell", SANS, 8.4, 11))
    cell_bold: ParagraphStyle = field(default_factory=lambda: _style(
        "cell_bold", SANS_BOLD, 8.4, 11))
    cell_small: ParagraphStyle = field(default_factory=lambda: _style(
        "cell_small", SANS, 7.4, 9.6, textColor=MUTED))
    native: ParagraphStyle = field(default_factory=lambda: _style(
        "native", SANS, 10.5, 15))
    h1: ParagraphStyle = field(default_factory=lambda: _style(
        "h1", SERIF_BOLD, 19, 23, spaceAfter=3, keepWithNext=1))
    h2: ParagraphStyle = field(default_factory=lambda: _style(
        "h2", SERIF_BOLD, 13, 16.5, spaceBefore=14, spaceAfter=5, keepWithNext=1))
    h3: ParagraphStyle = field(default_factory=lambda: _style(
        "h3", SANS_BOLD, 9.6, 12.5, spaceBefore=8, spaceAfter=3, keepWithNext=1))
    kicker: ParagraphStyle = field(default_factory=lambda: _style(
        "kicker", SANS_BOLD, 8, 11, textColor=ACCENT, spaceAfter=2, keepWithNext=1))
    cover_office: ParagraphStyle = field(default_factory=lambda: _style(
        "cover_office", SANS_BOLD, 9, 12, textColor=MUTED, alignment=TA_CENTER))
    cover_title: ParagraphStyle = field(default_factory=lambda: _style(
        "cover_title", SERIF_BOLD, 27, 33, alignment=TA_CENTER, spaceAfter=10))
    cover_line: ParagraphStyle = field(default_factory=lambda: _style(
        "cover_line", SERIF, 13, 18, textColor=MUTED, alignment=TA_CENTER))
    toc0: ParagraphStyle = field(default_factory=lambda: _style(
        "toc0", SERIF_BOLD, 10.5, 14, spaceBefore=7, alignment=TA_LEFT))
    toc1: ParagraphStyle = field(default_factory=lambda: _style(
        "toc1", SANS, 8.8, 12, leftIndent=14, firstLineIndent=0))
    rtl: bool = False  # the page runs right to left: text set right, tables mirrored

    @classmethod
    def for_language(cls, rtl: bool) -> BookStyles:
        """The styles of a page that runs left to right, or mirrored for right to left."""
        plain = cls()
        if not rtl:
            return plain
        mirrored = {f.name: _mirrored(getattr(plain, f.name)) for f in fields(cls)
                    if f.name != "rtl"}
        return replace(plain, rtl=True, **mirrored)


def _mirrored(style: ParagraphStyle) -> ParagraphStyle:
    """``style`` for a right-to-left page: set from the right, indents on the right."""
    twin = ParagraphStyle(f"{style.name}-rtl", parent=style,
                          alignment=style.alignment if style.alignment == TA_CENTER
                          else TA_RIGHT,
                          leftIndent=style.rightIndent, rightIndent=style.leftIndent)
    twin.base_rtl = True  # read by text.para: mixed lines are ordered right to left
    return twin
