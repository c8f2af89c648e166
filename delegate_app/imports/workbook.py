"""Excel workbooks read within bounds: the zip is measured before openpyxl opens it, the
sheet is walked once to find its real extent (never trusting the size it claims), and
only then are its rows read, cut to that extent."""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Iterator
from typing import IO
from xml.etree.ElementTree import iterparse

from ..domain import limits
from ..domain.errors import DelegateAppError
from ..domain.wording import QT_TRANSLATE_NOOP

MIB = 1024 * 1024
NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
FORBIDDEN_MARKUP = (b"<!DOCTYPE", b"<!ENTITY")


class WorkbookRefusedError(DelegateAppError):
    """The workbook is over a limit or damaged; nothing was read from it."""


DAMAGED = "The Excel file is damaged and cannot be read; open it in Excel and save it again."


def _mb(size: int) -> str:
    return f"{size // MIB:,} MB"


def check_zip(book: zipfile.ZipFile) -> None:
    """Refuse a workbook whose parts are too many or unpack too large, before any is read."""
    parts = book.infolist()
    if len(parts) > limits.XLSX_MAX_PARTS:
        raise WorkbookRefusedError(QT_TRANSLATE_NOOP(
            "delegate_app", "The Excel file holds {parts:,} parts; workbooks over {limit:,} parts "
            "are refused."), parts=len(parts), limit=limits.XLSX_MAX_PARTS)
    total = 0
    for part in parts:
        total += part.file_size
        if part.file_size > limits.XLSX_MAX_PART_BYTES or (
                part.file_size > MIB
                and part.file_size > limits.XLSX_MAX_RATIO * max(part.compress_size, 1)):
            raise WorkbookRefusedError(QT_TRANSLATE_NOOP(
                "delegate_app", "A part of the Excel file ({part}) unpacks to {size}; parts over "
                "{limit} unpacked, or packed more than {ratio} times, are refused."),
                part=part.filename, size=_mb(part.file_size),
                limit=_mb(limits.XLSX_MAX_PART_BYTES), ratio=limits.XLSX_MAX_RATIO)
    if total > limits.XLSX_MAX_UNPACKED_BYTES:
        raise WorkbookRefusedError(QT_TRANSLATE_NOOP(
            "delegate_app", "The Excel file unpacks to {size}; workbooks over {limit} unpacked "
            "are refused."), size=_mb(total), limit=_mb(limits.XLSX_MAX_UNPACKED_BYTES))


def check_markup(book: zipfile.ZipFile) -> None:
    """No part of a workbook needs a document type; one that declares entities is hostile."""
    for part in book.infolist():
        if not part.filename.endswith((".xml", ".rels")):
            continue
        tail = b""
        with book.open(part) as stream:
            while chunk := stream.read(MIB):
                if any(mark in tail + chunk for mark in FORBIDDEN_MARKUP):
                    raise WorkbookRefusedError(QT_TRANSLATE_NOOP(
                        "delegate_app", "The Excel file carries an XML document type "
                        "declaration, which workbooks never need; it is refused."))
                tail = chunk[-16:]


def _column(reference: str) -> int:
    number = 0
    for char in reference:
        if not char.isalpha():
            break
        number = number * 26 + ord(char.upper()) - 64
    return number


def sheet_extent(stream: IO[bytes]) -> int:
    """The last row that holds a value; refuses a sheet past the limits on the way."""
    last_valued = row_number = 0
    sheet_data = None
    cells = column = 0
    valued = False
    for event, element in iterparse(stream, events=("start", "end")):
        tag = element.tag
        if event == "start":
            if tag == f"{NS}sheetData":
                sheet_data = element
            elif tag == f"{NS}row":
                row_number = int(element.get("r") or row_number + 1)
                cells, column, valued = 0, 0, False
            continue
        if tag == f"{NS}c":
            cells += 1
            column = _column(element.get("r", "")) or column + 1
            has_value = any(child.tag in (f"{NS}v", f"{NS}is") for child in element)
            if has_value:
                _check_cell(row_number, column, cells)
            valued = valued or has_value
            element.clear()
        elif tag == f"{NS}row":
            if valued:
                last_valued = row_number
            if cells > limits.XLSX_MAX_CELLS_PER_ROW:
                raise WorkbookRefusedError(QT_TRANSLATE_NOOP(
                    "delegate_app", "Row {row:,} of the Excel file has {cells:,} cells; rows "
                    "over {limit:,} cells are refused."),
                    row=row_number, cells=cells, limit=limits.XLSX_MAX_CELLS_PER_ROW)
            if sheet_data is not None:
                sheet_data.clear()  # keeps a long sheet from piling up in memory
    return last_valued


def _check_cell(row: int, column: int, cells: int) -> None:
    if row > limits.CONTACTS_MAX_PEOPLE + 1:
        raise WorkbookRefusedError(QT_TRANSLATE_NOOP(
            "delegate_app", "The Excel file has more than {limit:,} rows (one reaches row "
            "{row:,}); split it and import the parts."),
            limit=limits.CONTACTS_MAX_PEOPLE, row=row)
    if column > limits.CONTACTS_MAX_COLUMNS:
        raise WorkbookRefusedError(QT_TRANSLATE_NOOP(
            "delegate_app", "The Excel file has values beyond its first {limit:,} columns (row "
            "{row:,}); contacts tables that wide are refused."),
            limit=limits.CONTACTS_MAX_COLUMNS, row=row)
    if cells > limits.XLSX_MAX_CELLS_PER_ROW:
        raise WorkbookRefusedError(QT_TRANSLATE_NOOP(
            "delegate_app", "Row {row:,} of the Excel file has more than {limit:,} cells; it is "
            "refused."), row=row, limit=limits.XLSX_MAX_CELLS_PER_ROW)


def workbook_rows(raw: bytes) -> Iterator[tuple[object, ...]]:
    """The active sheet's rows as values, up to its last row with a value."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise WorkbookRefusedError(QT_TRANSLATE_NOOP(
            "delegate_app", "This is not an Excel workbook (.xlsx) that can be read.")) from exc
    with archive:
        yield from _rows(archive, raw)


def _rows(archive: zipfile.ZipFile, raw: bytes) -> Iterator[tuple[object, ...]]:
    check_zip(archive)
    try:
        check_markup(archive)  # unpacks every part once: a damaged one fails here
    except (zipfile.BadZipFile, EOFError, OSError, zlib.error, ValueError) as exc:
        raise WorkbookRefusedError(DAMAGED) from exc
    from openpyxl import load_workbook  # loaded for a workbook to read, not before

    try:
        book = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except (WorkbookRefusedError, MemoryError):
        raise
    except Exception as exc:  # zip, XML or openpyxl's own errors: not a workbook we can read
        raise WorkbookRefusedError(QT_TRANSLATE_NOOP(
            "delegate_app", "This is not an Excel workbook (.xlsx) that can be read.")) from exc
    try:
        sheet = book.active
        path = getattr(sheet, "_worksheet_path", None)
        if sheet is None or path is None:
            raise WorkbookRefusedError(QT_TRANSLATE_NOOP(
                "delegate_app", "The Excel file has no sheet to read."))
        with archive.open(path) as stream:
            last = sheet_extent(stream)
        if last == 0:
            return
        sheet.reset_dimensions()  # type: ignore[union-attr]
        yield from sheet.iter_rows(min_row=1, max_row=last, max_col=limits.CONTACTS_MAX_COLUMNS,
                                   values_only=True)
    except (WorkbookRefusedError, MemoryError):
        raise
    except Exception as exc:  # ParseError, zlib.error, ValueError...: met while rows are read
        raise WorkbookRefusedError(DAMAGED) from exc
    finally:
        book.close()
