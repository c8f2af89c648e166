"""Text in any script: ReportLab markup with a font per script run, and a paragraph for
right-to-left text that breaks lines on the logical text, then reshapes and reorders each
line (arabic-reshaper, python-bidi) before drawing it.

Searchable: the fonts map shaped letters back to the letters typed (``fonts``), and a
ligature (lam-alef) is also wrapped in a marked-content span whose ``/ActualText`` names
its letters, because pdftotext reverses a many-letter glyph of a right-to-left line."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi.algorithm import get_display
from reportlab.lib.abag import ABag
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.fonts import ps2tt, tt2ps
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaFrag

from .fonts import SCALE, font_runs, is_cjk, original_letters, text_width

# zero-width and directional marks: they steered the reordering and draw nothing
_INVISIBLE = dict.fromkeys([0x200B, 0x200C, 0x200D, 0x200E, 0x200F, *range(0x202A, 0x202F),
                            *range(0x2066, 0x206A), 0xFEFF])
_cjk_styles: dict[str, ParagraphStyle] = {}
_faces: dict[str, tuple[str, int, int]] = {}  # font -> the face ReportLab's parser names
_MARKUP = re.compile("[&<>\n]")  # what the markup parser would read as more than letters
_ATTRIBUTE = re.compile("[&<>\n\"']")  # nor in an attribute's value
_LINKED = re.compile('<a href="(?P<href>[^"]*)">(?P<text>[^<]*)</a>'
                     '<onDraw name="(?P<name>[^"]*)" label="(?P<label>[^"]*)"/>')
# the blocks that hold every right-to-left letter (bidi class R or AL; a test checks them)
_MAYBE_RTL = re.compile("[\u0590-\u08ff\u200f\ufb1d-\ufdff\ufe70-\ufeff"
                        "\U00010800-\U00010fff\U0001e800-\U0001efff]")
# what ReportLab's Paragraph.wrap sets from the width it is given (breakLines included)
_BROKEN = ("width", "height", "blPara", "frags", "_wrapWidths", "_width_max",
           "_splitLongWordCount", "_hyphenations")


def has_rtl(text: str) -> bool:
    """True when ``text`` holds any right-to-left letter (Persian, Arabic, Hebrew)."""
    if _MAYBE_RTL.search(text) is None:  # Latin, Cyrillic, dashes, quotes…: none to look at
        return False
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text
               if ord(ch) >= 0x0590)


def first_strong_is_rtl(text: str) -> bool:
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def markup(text: str, base: str) -> str:
    """Escaped ReportLab markup of plain ``text`` with ``<font>`` around runs that need
    another face than ``base`` (CJK, Arabic script, symbols)."""
    return "".join(escape(t) if f == base else f'<font name="{f}">{escape(t)}</font>'
                   for f, t in font_runs(text, base)).replace("\n", "<br/>")


@lru_cache(maxsize=4096)
def _shaped(text: str) -> str:
    """arabic-reshaper's letters of ``text`` (it reads its settings again on each call; a
    name recurs throughout a dossier)."""
    return arabic_reshaper.reshape(text)  # type: ignore[no-any-return]


@lru_cache(maxsize=4096)
def visual_line(logical: str, rtl: bool) -> str:
    """One line in drawing order: shaped Arabic-script letters, runs reordered."""
    shaped = _shaped(logical) if has_rtl(logical) else logical
    visual = get_display(shaped, base_dir="R" if rtl else "L")
    return visual.translate(_INVISIBLE)


def draw_text(canv: Canvas, x: float, y: float, text: str, font: str, size: float,
              align: str = "left") -> float:
    """Draw one line of any script at baseline ``y``; ``align`` left, right or centre
    around ``x``. Returns the width drawn."""
    line = visual_line(text, first_strong_is_rtl(text)) if has_rtl(text) else text
    return _draw_visual(canv, x, y, line, font, size, align)


def wrap_words(text: str, font: str, size: float, width: float) -> list[str]:
    """Break ``text`` into logical lines no wider than ``width`` (words measured shaped);
    a hard line break starts a new line, a single word too long stays whole."""
    space = text_width(" ", font, size)
    lines: list[str] = []
    for hard in text.split("\n"):
        line: list[str] = []
        used = 0.0
        for word in hard.split():
            shaped = _shaped(word) if has_rtl(word) else word
            w = text_width(shaped, font, size)
            if line and used + space + w > width:
                lines.append(" ".join(line))
                line, used = [], 0.0
            used += (space if line else 0.0) + w
            line.append(word)
        lines.append(" ".join(line))
    return lines


def fit_lines(text: str, font: str, size: float, width: float, max_lines: int = 1,
              min_size: float | None = None,
              shrink_first: bool = True) -> tuple[list[str], float]:
    """``text`` fitted to ``width``: its lines and size. With ``shrink_first`` (names) it
    is set on one line at the largest size down to ``min_size`` before it may wrap onto up
    to ``max_lines``; otherwise (descriptions) it wraps first and shrinks only when it
    needs more lines. Past ``min_size`` it keeps shrinking until its widest line fits."""
    floor = min_size or size
    sizes = [size - 0.5 * i for i in range(int((size - floor) / 0.5) + 1)]
    tries = ([(1, s) for s in sizes] if shrink_first else []) + [(max_lines, s) for s in sizes]
    for allowed, current in tries:
        lines = wrap_words(text, font, current, width)
        if len(lines) <= allowed and max(text_width(x, font, current)
                                         for x in lines) <= width + 0.01:
            return lines, current
    current = sizes[-1]
    while True:  # below the floor: the largest size that wraps into max_lines lines
        lines = wrap_words(text, font, current, width)
        if len(lines) <= max_lines or current <= 2:
            break
        current -= 0.25
    if len(lines) > max_lines:  # join the tail so nothing is dropped
        lines = [*lines[:max_lines - 1], " ".join(lines[max_lines - 1:])]
    widest = max(text_width(x, font, current) for x in lines)
    return lines, current * min(1.0, width / widest) if widest else current


def draw_lines(canv: Canvas, x: float, top: float, lines: list[str], font: str, size: float,
               leading: float, align: str = "centre") -> float:
    """Draw logical ``lines`` from ``top`` (the first line's cap height) downwards;
    returns the y below the last line."""
    y = top - size * 0.75
    for line in lines:
        draw_text(canv, x, y, line, font, size, align)
        y -= leading
    return y + leading - size * 0.28


def _draw_visual(canv: Canvas, x: float, y: float, line: str, font: str, size: float,
                 align: str) -> float:
    runs = [(f, t, size * SCALE.get(f, 1)) for f, t in font_runs(line, font)]
    width = sum(canv.stringWidth(t, f, s) for f, t, s in runs)
    start = x - width if align == "right" else x - width / 2 if align == "centre" else x
    for f, t, s in runs:
        text = canv.beginText(start, y)
        text.setFont(f, s)
        for piece, is_ligature in _ligature_pieces(t):
            if is_ligature:  # its letters, in the order pdftotext reads the line (visual)
                letters = original_letters(piece)[::-1].encode("utf-16-be").hex().upper()
                text._code.append(f"/Span <</ActualText <FEFF{letters}>>> BDC")
            text.textOut(piece)
            if is_ligature:
                text._code.append("EMC")
        canv.drawText(text)
        start += canv.stringWidth(t, f, s)
    return width


def _ligature_pieces(text: str) -> list[tuple[str, bool]]:
    """``text`` cut around each glyph that stands for several letters (lam-alef)."""
    if not text or max(text) < "\ufb50":  # no presentation form, so no ligature
        return [(text, False)] if text else []
    pieces: list[tuple[str, bool]] = []
    for ch in text:
        ligature = len(original_letters(ch)) > 1
        if ligature or not pieces or pieces[-1][1]:
            pieces.append((ch, ligature))
        else:
            pieces[-1] = (pieces[-1][0] + ch, False)
    return pieces


def _cjk_wrapping(style: ParagraphStyle) -> ParagraphStyle:
    if style.name not in _cjk_styles:
        _cjk_styles[style.name] = ParagraphStyle(f"{style.name}-cjk", parent=style,
                                                 wordWrap="CJK")
    return _cjk_styles[style.name]


def para(text: str, style: ParagraphStyle, direction: str | None = None,
         align: str | None = None) -> Flowable:
    """A paragraph of plain text in any script. Text with Persian or Arabic becomes a
    :class:`BidiParagraph` (right-aligned when it starts right-to-left, unless ``align``
    says "left" — for a name under its Latin form); other text a ReportLab ``Paragraph``
    with a font per script run (CJK text may break anywhere). On a right-to-left page
    (a style of ``BookStyles.for_language(rtl=True)``) every line is set from the right
    and mixed lines read right to left."""
    rtl_page = getattr(style, "base_rtl", False)
    if rtl_page:
        direction, align = direction or "rtl", None
    # Persian digits are not letters of a direction: on a right-to-left page, a line of
    # them ("۰۲:۴۰ – ۰۴:۱۵ Doha") still reads from the right.
    if has_rtl(text) or (rtl_page and any("۰" <= ch <= "۹" for ch in text)):
        return BidiParagraph(text, style, direction, align=align)
    if text and max(text) >= "\u2e80" and sum(1 for ch in text if is_cjk(ord(ch))) > 12:
        style = _cjk_wrapping(style)
    return KeptParagraph.of(text, style)


def _frag(style: ParagraphStyle, link: list[tuple[int, str]], tag: str, text: str,
          **more: Any) -> ParaFrag:
    """A fragment of ``text`` in ``style``'s face, its attributes in the order ReportLab's
    markup parser sets them."""
    font = style.fontName
    face = _faces.get(font)
    if face is None:
        family, bold, italic = ps2tt(font)
        face = _faces[font] = tt2ps(family, bold, italic), bold, italic
    frag = ParaFrag()
    frag.__dict__.update(rise=0, greek=0, link=link, fontName=face[0], bold=face[1],
                         italic=face[2], fontSize=style.fontSize, textColor=style.textColor,
                         us_lines=[], __tag__=tag, **more, text=text)
    return frag


class KeptParagraph(Paragraph):
    """A ReportLab ``Paragraph`` that keeps its lines for the width it was last broken at.
    A table breaks each cell's paragraphs to size its rows, again to draw them and again
    in each piece it splits into, always at the same width: the lines are the same."""

    _kept: tuple[float, dict[str, Any]] | None = None

    @classmethod
    def of(cls, text: str, style: ParagraphStyle) -> KeptParagraph:
        """The paragraph of plain ``text``. Text in one face with nothing to escape and no
        line break (most of it) is one fragment: made as ReportLab's parser makes it,
        without the markup parser."""
        font = style.fontName
        if _MARKUP.search(text) is None and not style.textTransform:
            runs = font_runs(text, font)
            cleaned = cleanBlockQuotedText(text)
            if len(runs) == 1 and runs[0][0] == font and cleaned:
                return cls(cleaned, style, frags=[_frag(style, [], "para", cleaned)])
        return cls(markup(text, font), style)

    @classmethod
    def linked(cls, text: str, base: str, style: ParagraphStyle, href: str, callback: str,
               label: str) -> KeptParagraph:
        """A contents line: ``text`` (its runs told from ``base``) linked to ``href``, then
        the ``<onDraw>`` of ``callback`` with ``label``. Plain text in one face is made
        into the parser's fragments without the parser."""
        source = cleanBlockQuotedText(f'<a href="{href}">{markup(text, base)}</a><onDraw '
                                      f'name="{callback}" label="{label}"/>')
        plain = (_MARKUP.search(text) is None and _ATTRIBUTE.search(href + callback + label)
                 is None and not style.textTransform and font_runs(text, base) == [(base, text)])
        parts = _LINKED.fullmatch(source) if plain else None
        if parts is not None and parts["text"].strip():  # as the cleaned source is parsed
            draw = ABag()
            draw.__dict__.update(name=parts["name"], label=parts["label"], kind="onDraw")
            return cls(source, style, frags=[
                _frag(style, [(0, parts["href"].strip())], "a", parts["text"]),
                _frag(style, [], "ondraw", "", cbDefn=draw)])
        return cls(source, style)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        kept = self._kept
        if kept is not None and kept[0] == avail_width:
            self.__dict__.update(kept[1])
            return self.width, self.height
        size: tuple[float, float] = super().wrap(avail_width, avail_height)
        state = self.__dict__  # what wrap set is the paragraph's own
        if "blPara" in state:
            self._kept = avail_width, {name: state[name] for name in _BROKEN if name in state}
        return size


class BidiParagraph(Flowable):
    """A paragraph with right-to-left runs, in one style.

    Lines are broken on the logical text (widths measured on the shaped words), then each
    line is reshaped and put in visual order with python-bidi before drawing, so words,
    digits and Latin runs keep their order. ``direction`` is "rtl", "ltr" or None (from
    the first strong letter); right-to-left paragraphs are right-aligned.
    """

    def __init__(self, text: str, style: ParagraphStyle, direction: str | None = None,
                 lines: list[str] | None = None, align: str | None = None) -> None:
        super().__init__()
        self.align = align
        self.text, self.style = text, style
        self.rtl = direction == "rtl" or (direction is None and first_strong_is_rtl(text))
        self._given = lines
        self._lines: list[str] = lines or []
        self._broken: tuple[float, list[str]] | None = None  # the width last broken at
        self.spaceBefore, self.spaceAfter = style.spaceBefore, style.spaceAfter
        self.keepWithNext = getattr(style, "keepWithNext", 0)

    def _break(self, width: float) -> list[str]:
        if self._broken is not None and self._broken[0] == width:
            return self._broken[1]  # a table wraps its cells again to draw and to split them
        lines = wrap_words(self.text, self.style.fontName, self.style.fontSize, width)
        visual = [visual_line(x, self.rtl) for x in lines]
        self._broken = width, visual
        return visual

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        s = self.style
        self.width = avail_width
        if self._given is None:
            self._lines = self._break(avail_width - s.leftIndent - s.rightIndent)
        self.height = len(self._lines) * s.leading
        return avail_width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        fits = int(avail_height // self.style.leading)
        if fits <= 0 or fits >= len(self._lines):
            return [] if fits <= 0 else [self]
        way = "rtl" if self.rtl else "ltr"
        first = BidiParagraph(self.text, self.style, way, self._lines[:fits], self.align)
        rest = BidiParagraph(self.text, self.style, way, self._lines[fits:], self.align)
        first.spaceAfter, rest.spaceBefore = 0, 0
        return [first, rest]

    def draw(self) -> None:
        s = self.style
        canv = self.canv
        canv.setFillColor(s.textColor)
        left, right = s.leftIndent, self.width - s.rightIndent
        align = self.align or ("centre" if s.alignment == TA_CENTER else
                               "right" if self.rtl or s.alignment == TA_RIGHT else "left")
        x = {"left": left, "right": right, "centre": (left + right) / 2}[align]
        y = self.height - s.fontSize
        for line in self._lines:
            _draw_visual(canv, x, y, line, s.fontName, s.fontSize, align)
            y -= s.leading
