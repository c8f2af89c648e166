"""Floor of the dossier: ReportLab lays out the same strings in the same faces (the bundled
Noto Sans, registered as the dossier registers it), a paragraph each, in one pass. With
``--with-stack`` it first imports what any command on an office must (stack.py)."""

import io
import json
import sys
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate
from stack import import_the_stack_if_asked

from delegate_app.exports.pdf.fonts import SANS, register_fonts


def lay_out(texts: list[str]) -> bytes:
    register_fonts()
    style = ParagraphStyle("floor", fontName=SANS, fontSize=8.5, leading=11)
    target = io.BytesIO()
    doc = SimpleDocTemplate(target, pagesize=A4)
    doc.build([Paragraph(escape(t).replace("\n", "<br/>"), style) for t in texts])
    return target.getvalue()


if __name__ == "__main__":
    import_the_stack_if_asked()
    with open(sys.argv[1], encoding="utf-8") as source:
        pdf = lay_out(json.load(source))
    with open(sys.argv[2], "wb") as out:
        out.write(pdf)
