"""Hand-made hostile contact files and images: small on disk, enormous or broken inside.

Each is built without ever holding its unpacked size in memory, so the tests that use
them stay cheap even when the file claims gigabytes.
"""

from __future__ import annotations

import functools
import io
import struct
import zipfile
import zlib

from openpyxl import Workbook

HEADINGS = ("given_name", "family_name", "email")


@functools.lru_cache(maxsize=16)
def png(width: int, height: int) -> bytes:
    """A black one-bit PNG of any size; the pixels are compressed row by row."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    row = b"\x00" * (1 + (width + 7) // 8)  # filter byte, then the packed bits
    packer = zlib.compressobj(9)
    parts = [packer.compress(row) for _ in range(height)]
    idat = b"".join(parts) + packer.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", idat)
            + chunk(b"IEND", b""))


def workbook(rows: list[list[object]]) -> bytes:
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _rewrite(raw: bytes, change: dict[str, bytes | None],
             compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """The same workbook with some parts replaced (None removes one)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as source, \
            zipfile.ZipFile(out, "w", compression) as target:
        for info in source.infolist():
            data = change.get(info.filename, source.read(info.filename))
            if data is not None:
                target.writestr(info.filename, data)
        for name, data in change.items():
            if data is not None and name not in source.namelist():
                target.writestr(name, data)
    return out.getvalue()


SHEET = "xl/worksheets/sheet1.xml"


def _sheet(dimension: str, rows: str) -> bytes:
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f'<dimension ref="{dimension}"/><sheetData>{rows}</sheetData></worksheet>'
            ).encode()


def _inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def xlsx_claiming_the_whole_sheet() -> bytes:
    """Headings in row 1 and one cell at the far corner: the range claims 17 billion cells."""
    headings = "".join(_inline(f"{c}1", h) for c, h in zip("ABC", HEADINGS, strict=True))
    rows = f'<row r="1">{headings}</row><row r="1048576">{_inline("XFD1048576", "x")}</row>'
    return _rewrite(workbook([["placeholder"]]), {SHEET: _sheet("A1:XFD1048576", rows)})


def xlsx_with_a_wide_row(cells: int) -> bytes:
    headings = "".join(_inline(f"{c}1", h) for c, h in zip("ABC", HEADINGS, strict=True))
    wide = "".join(f'<c r="A2" t="inlineStr"><is><t>{n}</t></is></c>' for n in range(cells))
    return _rewrite(workbook([["placeholder"]]),
                    {SHEET: _sheet("A1:C2", f'<row r="1">{headings}</row><row r="2">{wide}</row>')})


def xlsx_zip_bomb(unpacked: int = 64 * 1024 * 1024) -> bytes:
    """A workbook whose sheet unpacks to ``unpacked`` bytes of padding (a few hundred KB)."""
    good = workbook([list(HEADINGS), ["Ana", "Ruiz", "ana@example.org"]])
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename != SHEET:
                target.writestr(info.filename, source.read(info.filename))
                continue
            with target.open(SHEET, "w", force_zip64=True) as part:
                part.write(source.read(SHEET)[:-len(b"</worksheet>")])
                block = b" " * (1024 * 1024)
                for _ in range(unpacked // len(block)):
                    part.write(block)
                part.write(b"</worksheet>")
    return out.getvalue()


def xlsx_with_many_parts(count: int = 5000) -> bytes:
    return _rewrite(workbook([list(HEADINGS)]), {f"xl/media/pad{n}.bin": b"" for n in range(count)})


def xlsx_with_damaged_deflate() -> bytes:
    """The sheet's compressed bytes are scrambled half way: zlib fails while rows are read."""
    raw = bytearray(workbook([list(HEADINGS)] + [[f"Given{n}", f"Family{n}", f"p{n}@example.org"]
                                                 for n in range(400)]))
    with zipfile.ZipFile(io.BytesIO(bytes(raw))) as book:
        info = book.getinfo(SHEET)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    middle = start + info.compress_size // 2
    raw[middle:middle + 64] = bytes(range(64))
    return bytes(raw)


def xlsx_with_broken_xml() -> bytes:
    return _rewrite(workbook([list(HEADINGS)]),
                    {SHEET: _sheet("A1:C2", '<row r="1"><c r="A1" t="inlineStr"><is><t>given')})


def xlsx_with_a_bad_number() -> bytes:
    headings = "".join(_inline(f"{c}1", h) for c, h in zip("ABC", HEADINGS, strict=True))
    rows = f'<row r="1">{headings}</row><row r="2"><c r="A2" t="n"><v>not a number</v></c></row>'
    return _rewrite(workbook([["placeholder"]]), {SHEET: _sheet("A1:C2", rows)})


def xlsx_with_a_doctype() -> bytes:
    laughs = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
              + "".join(f'<!ENTITY lol{n} "{"&lol;" * 10 if n == 1 else f"&lol{n - 1};" * 10}">'
                        for n in range(1, 9))
              + ']><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol8;</t></is></c></row>'
              '</sheetData></worksheet>')
    return _rewrite(workbook([list(HEADINGS)]), {SHEET: laughs.encode()})


def csv_rows(count: int) -> bytes:
    lines = [",".join(HEADINGS)] + [f"Given{n},Family{n},p{n}@example.org" for n in range(count)]
    return ("\n".join(lines) + "\n").encode()


def csv_with_a_long_field(chars: int) -> bytes:
    return (",".join(HEADINGS) + "\n" + f"Ana,{'R' * chars},ana@example.org\n").encode()


def csv_with_a_lone_cr() -> bytes:
    return (",".join(HEADINGS) + "\nAna,Ru\riz,ana@example.org\nLuis,Paz,luis@example.org\n"
            ).encode()


def vcard(count: int = 1, extra: str = "") -> bytes:
    cards = [f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Family{n};Given{n};;;\r\nFN:Given{n} Family{n}\r\n"
             f"{extra}END:VCARD\r\n" for n in range(count)]
    return "".join(cards).encode()


def vcard_nested(depth: int) -> bytes:
    opening = "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Deep;Ana;;;\r\n" * depth
    return (opening + "END:VCARD\r\n" * depth).encode()


def vcard_with_a_long_line(chars: int) -> bytes:
    folded = "\r\n ".join("x" * 74 for _ in range(chars // 74))
    return vcard(1, f"NOTE:{folded}\r\n")


def vcard_with_a_photo(size: int) -> bytes:
    folded = "\r\n ".join("A" * 74 for _ in range(size * 4 // 3 // 74))
    return vcard(1, f"PHOTO;ENCODING=b;TYPE=JPEG:{folded}\r\n")
