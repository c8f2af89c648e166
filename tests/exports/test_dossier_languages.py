"""A Persian dossier for the mayor and a Spanish host edition for Buenos Aires, from the
same data (the sample plan's Buenos Aires–Tokyo mission), read back with pypdf and
pdftotext: headings in the reader's language, Persian names found by a plain search,
dates in the chosen calendar, a mirrored page under Persian, nothing internal for hosts."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader

from delegate_app.domain.dossier import Dossier
from delegate_app.exports.pdf.dossier import dossier_pdf
from delegate_app.exports.pdf.text import has_rtl
from delegate_app.language.dates import format_date
from delegate_app.language.printed import PrintLanguage
from delegate_app.services import dossier
from delegate_app.services.calendars import Edition
from delegate_app.services.database import Database
from tests.exports.test_dossier_pdf import _internal_strings, trip_id

# Headings and labels every dossier prints, in English: none may be left in another language.
COMMON = ["Contents", "The delegation", "Delegation list in order of precedence",
          "Programme", "ROLE AND POSITION", "DRESS CODE", "Draft of", "Page ",
          "BILATERAL MEETING", "Head of delegation"]
INTERNAL = [*COMMON, "Meeting briefs", "City profiles", "Practical annex", "Emergency numbers",
            "TIME ZONE", "Counterparts", "INTERNAL — NOT FOR DISTRIBUTION"]
HOST = [*COMMON, "Our hosts and counterparts", "PROGRAMME FOR OUR HOSTS"]
# (A zero-width non-joiner, as in "پیش‌نویس", is dropped by both extractors: a search for
# such a word leaves it out. Persian digits are not searched in running text: pypdf counts
# them as right-to-left letters and reverses them, see test_persian_dates_...)
PERSIAN = ["فهرست مطالب", "هیئت", "فهرست اعضای هیئت به ترتیب تقدم", "برنامه",
           "خلاصه دیدارها", "معرفی شهرها", "پیوست کاربردی", "شمارههای اضطراری",
           "داخلی؛ انتشار ممنوع", "رئیس هیئت", "پیشنویس", "صفحه"]
SPANISH = ["Índice", "La delegación", "Lista de la delegación por orden de precedencia",
           "Programa", "Nuestros anfitriones y contrapartes", "PROGRAMA PARA NUESTROS "
           "ANFITRIONES", "Jefe de la delegación", "Borrador del", "Página 3 de"]
GREGORIAN_MONTHS = ["Dec", "December", "Nov", "دسامبر", "نوامبر", "2026"]
_BIDI_MARKS = re.compile("[\u202a-\u202e\u2066-\u2069]")


@dataclass
class Printed:
    data: Dossier
    pdf: bytes
    pypdf_text: str
    poppler_text: str
    outline: list[str]


def _plain(text: str) -> str:
    """What a reader's search sees: no bidi marks, one space for any run of white space."""
    return re.sub(r"\s+", " ", _BIDI_MARKS.sub("", text))


def _outline(reader: PdfReader) -> list[str]:
    def walk(items: list[object]) -> list[str]:
        found: list[str] = []
        for item in items:
            found += walk(item) if isinstance(item, list) else [item.title]  # type: ignore[attr-defined]
        return found
    return walk(reader.outline)


def _print(db: Database, edition: Edition, printed: PrintLanguage, tmp: Path) -> Printed:
    data = dossier.delegation_dossier(db.sessions, trip_id(db), edition, home_time=True)
    pdf = dossier_pdf(data, "a4", None, printed)
    path = tmp / f"{edition.value}-{printed.language}.pdf"
    path.write_bytes(pdf)
    poppler = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                             check=True).stdout
    reader = PdfReader(io.BytesIO(pdf))
    return Printed(data, pdf, _plain(" ".join(p.extract_text() for p in reader.pages)),
                   _plain(poppler), _outline(reader))


@pytest.fixture(scope="module")
def trip(sample_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Database:
    path = tmp_path_factory.mktemp("languages") / "sample.sqlite"
    shutil.copy(sample_template, path)
    database = Database(str(path), exclusive=False).open()
    yield database  # type: ignore[misc]
    database.close()


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("printed")


@pytest.fixture(scope="module")
def english(trip: Database, folder: Path) -> Printed:
    return _print(trip, Edition.INTERNAL, PrintLanguage("en"), folder)


@pytest.fixture(scope="module")
def english_host(trip: Database, folder: Path) -> Printed:
    return _print(trip, Edition.HOST, PrintLanguage("en"), folder)


@pytest.fixture(scope="module")
def persian(trip: Database, folder: Path) -> Printed:
    return _print(trip, Edition.INTERNAL, PrintLanguage("fa"), folder)


@pytest.fixture(scope="module")
def spanish_host(trip: Database, folder: Path) -> Printed:
    return _print(trip, Edition.HOST, PrintLanguage("es"), folder)


def test_the_english_dossiers_have_the_headings_the_others_must_translate(
        english: Printed, english_host: Printed) -> None:
    assert [h for h in INTERNAL if h not in english.pypdf_text] == []
    assert [h for h in HOST if h not in english_host.pypdf_text] == []


@pytest.mark.parametrize("which", ["pypdf_text", "poppler_text"])
def test_persian_dossier_has_every_heading_in_persian(persian: Printed, which: str) -> None:
    text = getattr(persian, which)
    assert [h for h in PERSIAN if h not in text] == []
    assert [h for h in INTERNAL if h in text] == []


@pytest.mark.parametrize("which", ["pypdf_text", "poppler_text"])
def test_spanish_host_dossier_has_every_heading_in_spanish(spanish_host: Printed,
                                                           which: str) -> None:
    text = getattr(spanish_host, which)
    assert [h for h in SPANISH if h not in text] == []
    assert [h for h in HOST if h in text] == []


@pytest.mark.parametrize("which", ["pypdf_text", "poppler_text"])
def test_every_persian_name_is_found_by_a_plain_search(persian: Printed, which: str) -> None:
    people = [m.person for m in persian.data.members] + list(persian.data.counterparts)
    names = [p.native_name for p in people if has_rtl(p.native_name)]
    assert len(names) >= 10 and "مهدی فراهانی" in names
    text = getattr(persian, which)
    assert [n for n in names if n not in text] == []


def test_persian_dates_are_solar_hijri_in_persian_digits(persian: Printed) -> None:
    days = [format_date(d.day, "fa", "jalali", "long") for d in persian.data.days]
    assert days and all(any(t.startswith(day) for t in persian.outline) for day in days)
    headings = " ".join(persian.outline)
    assert [m for m in GREGORIAN_MONTHS if re.search(rf"\b{m}\b", headings)] == []
    # The running text: the words of each date (poppler keeps Persian digits in order but
    # may put a line's words in drawing order; pypdf reverses Persian digits).
    prepared = format_date(persian.data.prepared_on, "fa", "jalali", "date").split()
    assert all(word.replace("\u200c", "") in persian.poppler_text for word in prepared)


def test_spanish_dates_are_gregorian_in_spanish(spanish_host: Printed) -> None:
    days = [format_date(d.day, "es", "gregorian", "long") for d in spanish_host.data.days]
    assert days and all(any(t.startswith(day) for t in spanish_host.outline) for day in days)
    assert "de diciembre de 2026" in spanish_host.pypdf_text
    headings = " ".join(spanish_host.outline)
    assert not re.search(r"\b(Dec|December|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b", headings)
    draft = f"Borrador del {format_date(spanish_host.data.prepared_on, 'es', 'gregorian')}"
    assert draft in spanish_host.pypdf_text


def test_the_spanish_host_edition_carries_nothing_internal(trip: Database,
                                                           spanish_host: Printed) -> None:
    squashed = re.sub(r"\s+", "", spanish_host.pypdf_text)
    secrets = _internal_strings(trip)
    assert secrets
    assert [s for s in secrets if re.sub(r"\s+", "", s)[:30] in squashed] == []
    assert "Interno" not in spanish_host.pypdf_text
    assert "Notas de reuniones" not in spanish_host.pypdf_text


def _words(page: pdfplumber.page.Page) -> list[dict[str, object]]:
    """The page's words as read (pdfplumber gives right-to-left words in drawing order)."""
    words = page.extract_words(extra_attrs=["size"])
    for w in words:
        if has_rtl(str(w["text"])):
            w["text"] = str(w["text"])[::-1]
    return words


def test_the_persian_page_runs_right_to_left(persian: Printed) -> None:
    """Headings set from the right, the first column (No.) on the right of the name, the
    page number on the left, the contents' numbers on the left of their headings."""
    with pdfplumber.open(io.BytesIO(persian.pdf)) as pdf:
        page = pdf.pages[2]  # the delegation
        width, height = float(page.width), float(page.height)
        words = _words(page)
        heading = [w for w in words if w["text"] == "هیئت" and float(w["size"]) > 15]
        assert heading and float(heading[0]["x1"]) > width - 80
        footer = [w for w in words if float(w["top"]) > height - 60]
        label = next(w for w in footer if w["text"] == "صفحه")
        assert float(label["x1"]) < width / 3
        first_name = next(w for w in words if w["text"] == "Farahani")
        number_one = next(w for w in words if w["text"] == "۱" and
                          abs(float(w["top"]) - float(first_name["top"])) < 4)
        assert float(number_one["x0"]) > float(first_name["x1"])
        contents = _words(pdf.pages[1])
        line = next(w for w in contents if w["text"] == "برنامه" and float(w["top"]) > 100)
        numbers = [w for w in contents if re.fullmatch("[۰-۹]+", str(w["text"]))
                   and abs(float(w["top"]) - float(line["top"])) < 4]
        assert numbers and float(numbers[0]["x1"]) < float(line["x0"])


def test_a_persian_dossier_in_the_hijri_calendar(trip: Database, folder: Path) -> None:
    printed = _print(trip, Edition.HOST, PrintLanguage("fa", "hijri"), folder)
    days = [format_date(d.day, "fa", "hijri", "long") for d in printed.data.days]
    assert all(any(t.startswith(day) for t in printed.outline) for day in days)
    assert "۱۴۴۸" in printed.pypdf_text and "آذر" not in printed.pypdf_text
