"""PDF building blocks (ReportLab): bundled fonts for every script, right-to-left text,
styles, a book template with cover, contents, bookmarks and "Page N of M"."""

from .blocks import Portrait, bullets, callout, cover, data_table, facts, keep, rule
from .document import BODY, COVER, BookMeta, BookTemplate, build_book, contents, heading
from .fonts import register_fonts
from .styles import BookStyles, Margins, paper_size
from .text import BidiParagraph, draw_text, has_rtl, markup, para

__all__ = [
    "BODY",
    "COVER",
    "BidiParagraph",
    "BookMeta",
    "BookStyles",
    "BookTemplate",
    "Margins",
    "Portrait",
    "build_book",
    "bullets",
    "callout",
    "contents",
    "cover",
    "data_table",
    "draw_text",
    "facts",
    "has_rtl",
    "heading",
    "keep",
    "markup",
    "paper_size",
    "para",
    "register_fonts",
    "rule",
]
