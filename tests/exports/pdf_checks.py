"""Checks shared by the tests that read printed documents back: text without spaces, the
fonts a PDF uses, and qpdf's verdict."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path

from pypdf import PdfReader


def squash(text: str) -> str:
    """Text without any whitespace: PDF extraction breaks and joins lines freely."""
    return re.sub(r"\s+", "", text)


def shown(name: str, text: str) -> bool:
    """Latin and CJK names as written. Persian names are drawn as shaped presentation
    forms in visual order; pypdf puts right-to-left runs back in logical order, and NFKC
    maps the shaped forms to the letters they shape, so the name must come back as typed."""
    return squash(name) in unicodedata.normalize("NFKC", text)


def pdf_fonts(reader: PdfReader) -> dict[str, object]:
    """Every font the pages use, by its base name ("/ABCDEF+NotoSans-Regular")."""
    found = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():  # type: ignore[index]
            font = font.get_object()
            found[str(font["/BaseFont"])] = font
    return found


def assert_embedded_subsets(reader: PdfReader) -> dict[str, object]:
    """Every font is an embedded TrueType subset; returns the fonts."""
    fonts = pdf_fonts(reader)
    for name, font in fonts.items():
        descriptor = font["/FontDescriptor"].get_object()  # type: ignore[index]
        assert "/FontFile2" in descriptor, f"{name} is not embedded as TrueType"
        assert re.match(r"/[A-Z]{6}\+", name), f"{name} is not a subset"
    return fonts


def assert_qpdf_happy(path: Path) -> None:
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors" in result.stdout
