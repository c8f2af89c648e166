"""Books (dossier, programme, reports) are laid out once: the contents and "Page N of M" are
filled in after the last page instead of laying the whole book out again."""

from __future__ import annotations

import gc
import io
import re

import pdfplumber
import pytest
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer

from delegate_app.exports.pdf.document import (
    BODY,
    BookMeta,
    build_book,
    collector_paused,
    contents,
    heading,
)
from delegate_app.exports.pdf.styles import BookStyles
from delegate_app.exports.pdf.text import para


class _Counted(Flowable):
    """Counts how often the layout draws it."""

    drawn = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return avail_width, 20

    def draw(self) -> None:
        type(self).drawn += 1


def test_the_book_is_laid_out_once_with_right_contents_and_page_totals() -> None:
    s = BookStyles()
    story: list[Flowable] = [para("Cover", s.body), NextPageTemplate(BODY), PageBreak(),
                             *contents(s), _Counted()]
    for n in range(1, 13):
        story += [PageBreak(), heading(f"Chapter {n}", 0, s, f"ch-{n}")]
        story += [para(f"Text of chapter {n}. " * 40, s.body), Spacer(1, 12)] * (n % 3 + 1)
    pdf = build_book(story, BookMeta("A test book"))
    assert _Counted.drawn == 1
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        pages = [p.extract_text() or "" for p in doc.pages]
    total = len(pages)
    for n, text in enumerate(pages[1:], start=2):
        assert f"Page {n} of {total}" in text
    listed = dict(re.findall(r"^(Chapter \d+) (?:\. )+\.? ?(\d+)$", pages[1], flags=re.M))
    assert len(listed) == 12
    for title, page in listed.items():
        assert title in pages[int(page) - 1].splitlines()[1], f"{title} is not on page {page}"


def test_reportlab_runs_with_its_c_accelerator() -> None:
    """rl-accel is a dependency: ReportLab measures and formats with C, not Python."""
    from reportlab.lib import rl_accel

    assert {"instanceStringWidthTTF", "fp_str", "unicode2T1"} <= set(rl_accel._c_funcs)


class _Checked(Flowable):
    """Notes whether the garbage collector was running when the layout drew it."""

    collecting: list[bool] = []

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return avail_width, 20

    def draw(self) -> None:
        type(self).collecting.append(gc.isenabled())


class _Broken(Flowable):
    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        raise RuntimeError("cannot be laid out")


def test_the_collector_waits_during_layout_and_runs_again_after() -> None:
    s = BookStyles()
    assert gc.isenabled()
    build_book([para("Cover", s.body), _Checked()], BookMeta("A book"), cover=False)
    assert _Checked.collecting == [False] and gc.isenabled()
    with collector_paused():  # a layout inside another (or on another thread) shares it
        build_book([para("Cover", s.body)], BookMeta("A book"), cover=False)
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(RuntimeError, match="cannot be laid out"):
        build_book([_Broken()], BookMeta("A book"), cover=False)
    assert gc.isenabled()
    gc.disable()  # a caller that had it off keeps it off
    try:
        build_book([para("Cover", s.body)], BookMeta("A book"), cover=False)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_book_laid_out_in_passes_repeats_its_header_on_every_page() -> None:
    """Headings that cannot be listed beforehand (a key used twice) fall back to passes,
    each on a new canvas: the running header and the marking are drawn on each pass's
    own pages."""
    s = BookStyles()
    story: list[Flowable] = [para("Cover", s.body), NextPageTemplate(BODY), PageBreak(),
                             *contents(s)]
    for n in range(1, 5):
        story += [PageBreak(), heading(f"Chapter {n}", 0, s, "same-key")]
        story += [para(f"Text of chapter {n}. " * 40, s.body)] * 3
    pdf = build_book(story, BookMeta("A book in passes", marking="Internal"))
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        pages = [p.extract_text() or "" for p in doc.pages]
        marking_faces = [{c["fontname"].split("+")[-1] for c in p.chars if c["size"] < 7}
                         for p in doc.pages[1:]]
    total = len(pages)
    for n, text in enumerate(pages[1:], start=2):
        assert text.startswith("A book in passes"), text[:80]
        assert "INTERNAL" in text and f"Page {n} of {total}" in text
    # the marking's face (bold, used nowhere else) is in the file the last pass wrote
    assert all(faces == {"NotoSans-Bold"} for faces in marking_faces), marking_faces
