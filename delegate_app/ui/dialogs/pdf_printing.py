"""Print the pages of a PDF on a QPrinter: each page rendered at the printer's resolution."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from ..text import tr

MAX_PRINT_DPI = 300  # a page rendered finer than this only costs memory (A4: 8.7 MP)


def orientation_of(size: QSizeF) -> QPageLayout.Orientation:
    return (QPageLayout.Orientation.Landscape if size.width() > size.height()
            else QPageLayout.Orientation.Portrait)


def printer_for(document: QPdfDocument, title: str) -> QPrinter:
    """A printer set up for ``document``: its first page's paper and orientation."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setFullPage(True)  # the PDF carries its own margins
    printer.setFromTo(0, 0)
    if document.pageCount():
        first = document.pagePointSize(0)
        portrait = QSizeF(min(first.width(), first.height()), max(first.width(), first.height()))
        printer.setPageSize(QPageSize(portrait, QPageSize.Unit.Point, "",
                                      QPageSize.SizeMatchPolicy.FuzzyMatch))
        printer.setPageOrientation(orientation_of(first))
    return printer


def pages_to_print(document: QPdfDocument, printer: QPrinter) -> range:
    """0-based pages asked for: the printer's from/to range (1-based), or every page."""
    count = document.pageCount()
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0 and last <= 0:
        return range(count)
    first, last = max(1, first or 1), min(count, last or count)
    return range(first - 1, last)


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Print ``document`` on ``printer``; returns the number of pages sent.

    Every page gets the orientation of its own PDF page and is scaled to fit the paper,
    centred, its proportions kept. Raises OSError when the printer cannot start.
    """
    pages = pages_to_print(document, printer)
    if not pages:
        return 0
    printer.setFullPage(True)
    printer.setPageOrientation(orientation_of(document.pagePointSize(pages[0])))
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(tr("The printer could not be started. Check that it is on and ready."))
    try:
        for n, index in enumerate(pages):
            if n:
                printer.setPageOrientation(orientation_of(document.pagePointSize(index)))
                printer.newPage()
            _draw_page(document, index, printer, painter)
    finally:
        painter.end()
    return len(pages)


def _draw_page(document: QPdfDocument, index: int, printer: QPrinter,
               painter: QPainter) -> None:
    points = document.pagePointSize(index)
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    image = document.render(index, QSize(round(points.width() / 72 * dpi),
                                         round(points.height() / 72 * dpi)))
    paper = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
    paper.moveTo(0, 0)
    target = QSizeF(points.width(), points.height()).scaled(
        paper.size(), Qt.AspectRatioMode.KeepAspectRatio)
    rect = QRectF(paper.x() + (paper.width() - target.width()) / 2,
                  paper.y() + (paper.height() - target.height()) / 2,
                  target.width(), target.height())
    painter.fillRect(rect, Qt.GlobalColor.white)
    painter.drawImage(rect, image)
