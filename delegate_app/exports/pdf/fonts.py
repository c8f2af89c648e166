"""The bundled fonts, registered once with ReportLab, and the choice of font per script run.

Latin and Cyrillic use Noto Sans/Serif, Persian and Arabic Noto Naskh Arabic, Chinese,
Japanese and Korean Droid Sans Fallback; DejaVu Sans draws the symbols none of them has
(the minus sign, arrows, triangles). All are TrueType outlines, embedded as subsets.

Persian and Arabic are drawn as presentation forms (shaped letters, see ``text``); each
embedded subset's ToUnicode map gives those forms back as the letters they stand for, so
a reader extracting or searching the PDF finds the words as they were typed.
"""

from __future__ import annotations

import threading
import unicodedata
from pathlib import Path
from typing import Any

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

from ...config import resources_dir

SANS = "DA-Sans"
SANS_BOLD = "DA-Sans-Bold"
SANS_ITALIC = "DA-Sans-Italic"
SERIF = "DA-Serif"
SERIF_BOLD = "DA-Serif-Bold"
NASKH = "DA-Naskh"
NASKH_BOLD = "DA-Naskh-Bold"
CJK = "DA-CJK"
SYMBOLS = "DA-Symbols"
SYMBOLS_BOLD = "DA-Symbols-Bold"

FILES = {
    SANS: "NotoSans-Regular.ttf", SANS_BOLD: "NotoSans-Bold.ttf",
    SANS_ITALIC: "NotoSans-Italic.ttf", SERIF: "NotoSerif-Regular.ttf",
    SERIF_BOLD: "NotoSerif-Bold.ttf", NASKH: "NotoNaskhArabic-Regular.ttf",
    NASKH_BOLD: "NotoNaskhArabic-Bold.ttf", CJK: "DroidSansFallbackFull.ttf",
    SYMBOLS: "DejaVuSans.ttf", SYMBOLS_BOLD: "DejaVuSans-Bold.ttf",
}
# family -> (normal, bold, italic, bold italic), so <b> and <i> in markup find a face
FAMILIES = {
    SANS: (SANS, SANS_BOLD, SANS_ITALIC, SANS_BOLD),
    SERIF: (SERIF, SERIF_BOLD, SERIF, SERIF_BOLD),
    NASKH: (NASKH, NASKH_BOLD, NASKH, NASKH_BOLD),
    CJK: (CJK, CJK, CJK, CJK),
    SYMBOLS: (SYMBOLS, SYMBOLS_BOLD, SYMBOLS, SYMBOLS_BOLD),
}
_BOLD = {SANS_BOLD, SERIF_BOLD, NASKH_BOLD, SYMBOLS_BOLD}
# Naskh letters look small beside Noto Sans at the same size; set them a little larger.
SCALE = {NASKH: 1.12, NASKH_BOLD: 1.12}
_lock = threading.Lock()
_registered: set[str] = set()
_cmaps: dict[str, dict[int, int]] = {}
_choice: dict[tuple[str, str], str] = {}
_plain: dict[str, set[str]] = {}  # face -> letters it draws itself (one run, no fallback)


def is_presentation_form(cp: int) -> bool:
    """Arabic presentation forms A and B: the shaped letters arabic-reshaper draws."""
    return 0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF


def original_letters(ch: str) -> str:
    """What a shaped letter stands for ("ﻓ" -> "ف", the ligature "ﻻ" -> "لا")."""
    return unicodedata.normalize("NFKC", ch) if is_presentation_form(ord(ch)) else ch


def _utf16(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def _to_unicode_cmap(name: str, subset: list[int]) -> str:
    """A ToUnicode CMap (PDF 1.7, 9.10.3) as ReportLab writes it, with presentation forms
    mapped to their letters in logical order."""
    pairs = [f"<{i:02X}> <{_utf16(original_letters(chr(v)))}>" for i, v in enumerate(subset)]
    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        "/CIDSystemInfo", f"<< /Registry ({name})", f"/Ordering ({name})", "/Supplement 0",
        ">> def", f"/CMapName /{name} def", "/CMapType 2 def", "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>", "endcodespacerange", f"{len(subset)} beginbfchar",
        *pairs, "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop",
        "end", "end"])


class SearchableFont(TTFont):
    """A TrueType face whose subsets tell PDF readers which letters a shaped glyph is
    (ReportLab maps a presentation form to itself, which no search for a word finds)."""

    def addObjects(self, doc: Any) -> None:
        state = self.state.get(doc)
        subsets = [list(x) for x in state.subsets] if state is not None else []
        super().addObjects(doc)
        for n, subset in enumerate(subsets):
            if not any(is_presentation_form(v) for v in subset):
                continue
            base = b"".join((SUBSETN(n), b"+", self.face.name,
                             self.face.subfontNameX)).decode("pdfdoc")
            stream = doc.idToObject.get("toUnicodeCMap:" + base)
            if stream is not None:  # ReportLab names the map after the subset
                stream.content = _to_unicode_cmap(base, subset)


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def register_fonts() -> None:
    """Register every bundled face and family (idempotent, thread-safe)."""
    with _lock:
        if _registered:
            return
        folder = fonts_dir()
        for name, file in FILES.items():
            path = folder / file
            if not path.is_file():
                raise FileNotFoundError(f"The bundled font {file} is missing from {folder}.")
            pdfmetrics.registerFont(SearchableFont(name, str(path), shapable=False))
        for family, (normal, bold, italic, bold_italic) in FAMILIES.items():
            for is_bold, is_italic, face in ((0, 0, normal), (1, 0, bold), (0, 1, italic),
                                             (1, 1, bold_italic)):
                addMapping(family, is_bold, is_italic, face)
            for face in {normal, bold, italic, bold_italic}:
                # a face named in markup (<font name=DA-Sans-Bold>) keeps its own family
                addMapping(face, 0, 0, face)
                addMapping(face, 1, 0, bold if face in (normal, bold) else face)
                addMapping(face, 0, 1, italic if face in (normal, italic) else face)
                addMapping(face, 1, 1, bold_italic)
        _registered.update(FILES)


def _cmap(font: str) -> dict[int, int]:
    if font not in _cmaps:
        register_fonts()
        _cmaps[font] = pdfmetrics.getFont(font).face.charToGlyph  # type: ignore[attr-defined]
    return _cmaps[font]


def has_glyph(font: str, ch: str) -> bool:
    return ord(ch) in _cmap(font)


def is_arabic(cp: int) -> bool:
    return 0x0600 <= cp <= 0x08FF or 0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF


def is_cjk(cp: int) -> bool:
    return (0x2E80 <= cp <= 0x9FFF or 0xAC00 <= cp <= 0xD7AF or 0xF900 <= cp <= 0xFAFF
            or 0xFF00 <= cp <= 0xFFEF or 0x20000 <= cp <= 0x2FFFF)


def fallback_fonts(base: str) -> tuple[str, str, str, str]:
    """(base, Arabic-script face, CJK face, symbols face) with the weight of ``base``."""
    bold = base in _BOLD
    return base, NASKH_BOLD if bold else NASKH, CJK, SYMBOLS_BOLD if bold else SYMBOLS


def font_for(ch: str, base: str) -> str:
    """The face that draws ``ch`` in text set in ``base``: its script's face when it has
    the glyph, else the first face of the fallback chain that has it."""
    key = (base, ch)
    found = _choice.get(key)
    if found is None:
        main, arabic, cjk, symbols = fallback_fonts(base)
        cp = ord(ch)
        preferred = [arabic] if is_arabic(cp) else [cjk] if is_cjk(cp) else []
        found = next((f for f in (*preferred, main, arabic, cjk, symbols)
                      if has_glyph(f, ch)), main)
        _choice[key] = found
    return found


def _draws_itself(ch: str, base: str) -> bool:
    return has_glyph(base, ch) and font_for(ch, base) == base


def font_runs(text: str, base: str) -> list[tuple[str, str]]:
    """Split ``text`` into (font, text) runs; spaces stay with the run they are in."""
    plain = _plain.setdefault(base, set())
    unseen = set(text).difference(plain)
    if not unseen or all(_draws_itself(ch, base) for ch in unseen):
        plain.update(unseen)  # every letter in ``base``: one run (most text, in Latin)
        return [(base, text)] if text else []
    runs: list[tuple[str, str]] = []
    current, chunk = "", []
    for ch in text:
        if ch.isspace() and current and has_glyph(current, ch):
            chunk.append(ch)
            continue
        font = font_for(ch, base)
        if font != current and chunk:
            runs.append((current, "".join(chunk)))
            chunk = []
        current = font
        chunk.append(ch)
    if chunk:
        runs.append((current, "".join(chunk)))
    return runs


def text_width(text: str, base: str, size: float) -> float:
    return sum(pdfmetrics.stringWidth(t, f, size * SCALE.get(f, 1))
               for f, t in font_runs(text, base))
