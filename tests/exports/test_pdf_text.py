"""Right-to-left text: lines are broken on the logical text, then each line is shaped and
reordered; fonts are chosen per script run."""

from __future__ import annotations

import arabic_reshaper
from bidi.algorithm import get_display
from reportlab.platypus import Paragraph

from delegate_app.exports.pdf import BookStyles
from delegate_app.exports.pdf.fonts import (
    CJK,
    NASKH,
    SANS,
    SANS_BOLD,
    SERIF,
    SYMBOLS,
    font_for,
    font_runs,
    has_glyph,
    text_width,
)
from delegate_app.exports.pdf.text import (
    BidiParagraph,
    KeptParagraph,
    fit_lines,
    markup,
    para,
    visual_line,
)

PERSIAN = ("شهردار تهران در ساعت 10:30 با Tokyo Metropolitan Government دیدار می‌کند و "
           "سپس در ۲۰۲۶ از مترو بازدید خواهد کرد و این جمله برای شکستن چند خط کافی است")


def test_lines_break_on_the_logical_text_then_each_is_reordered() -> None:
    paragraph = BidiParagraph(PERSIAN, BookStyles().body)
    paragraph.wrap(160, 1000)
    assert paragraph.rtl and len(paragraph._lines) >= 3
    words = PERSIAN.split()
    used = 0
    for line in paragraph._lines:  # each line is the next run of logical words, reordered
        count = len(line.split())
        logical = " ".join(words[used:used + count])
        assert line == get_display(arabic_reshaper.reshape(logical), base_dir="R").replace(
            "\u200c", "")
        used += count
    assert used == len(words)
    # the first logical word is at the right end of the first line
    assert paragraph._lines[0].endswith(arabic_reshaper.reshape(words[0])[::-1])


def test_numbers_and_latin_keep_their_order_inside_persian() -> None:
    line = visual_line("جلسه در ساعت 10:30 با Tokyo Metro", rtl=True)
    assert "10:30" in line and "Tokyo Metro" in line
    assert line.index("Tokyo") < line.index("10:30")  # later in reading order = further left


def test_each_script_gets_its_face() -> None:
    runs = font_runs("Mayor 渡辺 浩 and Москва", SANS)
    assert [f for f, _ in runs] == [SANS, CJK, SANS]
    assert font_runs(arabic_reshaper.reshape("تهران"), SANS)[0][0] == NASKH
    assert markup("a < b 渡辺", SANS) == f'a &lt; b <font name="{CJK}">渡辺</font>'


def test_paragraph_choice() -> None:
    style = BookStyles().body
    assert isinstance(para("مهدی فراهانی", style), BidiParagraph)
    assert not isinstance(para("Mehdi Farahani 渡辺", style), BidiParagraph)


def test_symbols_no_text_face_has_are_drawn_by_the_symbols_face() -> None:
    # arrows in routes, the minus of a UTC offset, the triangle pointing at the room
    for base in (SANS, SANS_BOLD, SERIF):
        for ch in "→−▲–—·…":
            assert has_glyph(font_for(ch, base), ch), (base, ch)
    assert font_runs("Tehran → Doha", SANS) == [(SANS, "Tehran "), (SYMBOLS, "→ "),
                                                (SANS, "Doha")]


def test_a_name_shrinks_to_its_box_before_it_wraps() -> None:
    name = "Sr. Joaquín Rodríguez Berro"
    lines, size = fit_lines(name, SANS_BOLD, 15, text_width(name, SANS_BOLD, 12) + 0.5, 2, 10)
    assert lines == [name] and size == 12
    lines, size = fit_lines(name, SANS_BOLD, 15, text_width(name, SANS_BOLD, 8), 2, 10)
    assert len(lines) == 2 and size >= 10 and " ".join(lines) == name
    assert all(text_width(x, SANS_BOLD, size) <= text_width(name, SANS_BOLD, 8) + 0.01
               for x in lines)


PLAIN = ["Bilateral meeting with the Mayor", "  spaced \t out  ", "no\u00a0break space",
         "Zoë, Łódź — “quoted”", "Page 3 of 12", "a & b < c", "two\nlines", "Tokyo 東京",
         "minus − sign", " ", ""]


def test_a_plain_paragraph_has_the_fragments_the_markup_parser_makes() -> None:
    """The paragraph made without the parser (one face, nothing to escape) is the parser's,
    attribute for attribute: a ReportLab that makes fragments otherwise fails here."""
    styles = BookStyles()
    for style in (styles.cell, styles.label, styles.h1, BookStyles.for_language(True).cell):
        for text in PLAIN:
            ours = KeptParagraph.of(text, style)
            parsed = Paragraph(markup(text, style.fontName), style)
            assert [list(f.__dict__.items()) for f in ours.frags] == [
                list(f.__dict__.items()) for f in parsed.frags], text
            assert (ours.text, ours.style, ours.bulletText) == (
                parsed.text, parsed.style, parsed.bulletText)


def test_a_contents_line_has_the_fragments_the_markup_parser_makes() -> None:
    """A contents line (its heading linked to the heading's place, then the callback that
    draws its dots and number) made without the parser is the parser's."""
    styles = BookStyles()
    for style in (styles.toc0, styles.toc1):
        for text in [*PLAIN, "Saturday 5 December 2026 — Buenos Aires", "Tehran ‹تهران›"]:
            for key in ("day-2026-12-05", "city-Buenos Aires", "brief-17"):
                label = f"1,{key}"
                ours = KeptParagraph.linked(text, SANS, style, f"#{key}", "delegate_app_toc",
                                            label)
                parsed = Paragraph(f'<a href="#{key}">{markup(text, SANS)}</a><onDraw '
                                   f'name="delegate_app_toc" label="{label}"/>', style)

                def attributes(p: Paragraph) -> list[list[tuple[str, object]]]:
                    return [[(k, v.__dict__ if k == "cbDefn" else v)
                             for k, v in f.__dict__.items()] for f in p.frags]

                assert attributes(ours) == attributes(parsed), text
                assert (ours.text, ours.style, ours.bulletText) == (
                    parsed.text, parsed.style, parsed.bulletText)


def test_a_paragraph_wrapped_again_at_its_width_keeps_its_lines() -> None:
    text = "A paragraph long enough to need three or four lines in a narrow table cell. " * 3
    kept = KeptParagraph.of(text, BookStyles().cell)
    plain = Paragraph(text, BookStyles().cell)
    for width in (120, 120, 300, 120):
        assert kept.wrap(width, 1000) == plain.wrap(width, 1000)
        assert [line[1] for line in kept.blPara.lines] == [
            line[1] for line in plain.blPara.lines]
    first, rest = kept.split(120, 30)
    assert first.wrap(120, 1000)[1] + rest.wrap(120, 1000)[1] == kept.wrap(120, 1000)[1]


def test_every_right_to_left_letter_is_in_the_blocks_looked_at() -> None:
    """has_rtl looks closer only at text with a character of these blocks."""
    import unicodedata

    from delegate_app.exports.pdf.text import _MAYBE_RTL, has_rtl

    letters = [chr(c) for c in range(0x110000)
               if unicodedata.bidirectional(chr(c)) in ("R", "AL")]
    assert letters and all(_MAYBE_RTL.match(ch) for ch in letters)
    assert has_rtl("Meeting — “فراهانی”") and not has_rtl("Meeting — “Buenos Aires” → 10:30")
