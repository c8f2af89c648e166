"""Persian in our PDFs can be searched: drawn shaped and right to left, extracted by
pdftotext and pypdf in logical order with the letters as typed (lam-alef ligatures too)."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate

from delegate_app.exports.pdf import draw_text, para, register_fonts
from delegate_app.exports.pdf.fonts import SANS

# (A zero-width non-joiner, as in "سه‌شنبه", is dropped by both extractors whatever we
# draw: search for such a word without it.)
WORDS = ["مهدی فراهانی", "شورای اسلامی شهر تهران", "علی لاریجانی", "کلاه", "سهشنبه"]
LINE = "دیدار با آقای مهدی فراهانی، شهردار تهران، پرواز IR 712 ساعت ۰۹:۳۰"
PARAGRAPH = ("شورای اسلامی شهر تهران از هیئت بوئنوس آیرس استقبال می‌کند؛ آقای علی لاریجانی "
             "و خانم کلاه دوز در سه‌شنبه ۱۰ آذر ۱۴۰۵ (Tue 1 Dec 2026) حاضر خواهند بود.")


def _pdf() -> bytes:
    register_fonts()
    target = io.BytesIO()
    doc = SimpleDocTemplate(target)
    style = ParagraphStyle("p", fontName=SANS, fontSize=10, leading=14)

    def header(canv: Canvas, _doc: object) -> None:
        draw_text(canv, 500, 800, LINE, SANS, 9, align="right")

    doc.build([para(PARAGRAPH * 3, style)], onFirstPage=header)
    return target.getvalue()


def test_pypdf_finds_every_persian_word_as_typed() -> None:
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(_pdf())).pages)
    assert [w for w in WORDS if w not in text] == []
    assert not any(0xFB50 <= ord(ch) <= 0xFEFF for ch in text)  # no presentation forms


@pytest.mark.parametrize("layout", [[], ["-layout"]])
def test_pdftotext_finds_every_persian_word_as_typed(layout: list[str],
                                                     tmp_path: Path) -> None:
    path = tmp_path / "persian.pdf"
    path.write_bytes(_pdf())
    text = subprocess.run(["pdftotext", *layout, str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert [w for w in WORDS if w not in text] == []
    assert "IR 712" in text


def test_the_page_holds_shaped_forms_and_names_each_ligature() -> None:
    """What is drawn is still the shaped letters (presentation forms, in the font's codes);
    a lam-alef carries its letters as /ActualText."""
    reader = PdfReader(io.BytesIO(_pdf()))
    content = b"".join(page.get_contents().get_data() for page in reader.pages)
    assert content.count(b"/ActualText") >= 3  # three lam-alef in "اسلامی", "لاریجانی", "کلاه"
    maps = b"".join(f["/ToUnicode"].get_object().get_data()
                    for page in reader.pages
                    for f in (x.get_object() for x in page["/Resources"]["/Font"].values())
                    if "Naskh" in str(f["/BaseFont"]))
    assert "لا".encode("utf-16-be").hex().upper().encode() in maps
