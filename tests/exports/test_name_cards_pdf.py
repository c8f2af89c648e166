"""Badges, place cards and seating plans read back from the PDF: names in their scripts,
cards readable from both sides, badges inside the printable area, seats where the rule
puts them, fonts embedded, qpdf content."""

from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm
from sqlalchemy import select

from delegate_app.db.models import ItineraryItem
from delegate_app.domain.dossier import DossierPerson
from delegate_app.domain.name_cards import CardHolder, NameCardSet, Occasion, Side
from delegate_app.domain.seating import TableShape, seating_plan
from delegate_app.exports.pdf.name_cards import PRINTABLE_MARGIN, name_cards_pdf
from delegate_app.services import name_cards
from delegate_app.services.database import Database
from tests.exports.pdf_checks import assert_embedded_subsets, assert_qpdf_happy, shown, squash


def _cards(db: Database, title: str, **options: object) -> NameCardSet:
    with db.sessions() as s:
        row = s.scalars(select(ItineraryItem).where(ItineraryItem.title.startswith(title))).one()
        return name_cards.name_card_set(db.sessions, row.delegation_id, row.id,
                                        **options)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def governor(sample_template: Path) -> tuple[NameCardSet, bytes]:
    with Database(str(sample_template), exclusive=False) as db:
        cards = _cards(db, "Courtesy call on the Governor of Tokyo")
    return cards, name_cards_pdf(cards, "a4")


def test_one_page_per_part_in_order(governor: tuple[NameCardSet, bytes]) -> None:
    cards, pdf = governor
    pages = [squash(p.extract_text()) for p in PdfReader(io.BytesIO(pdf)).pages]
    assert len(pages) == 1 + len(cards.place_cards) + 1
    assert "SEATINGPLAN" in pages[0] and "Namebadges" in pages[-1]
    for holder, page in zip(cards.place_cards, pages[1:-1], strict=True):
        assert shown(holder.person.name, page)


def test_every_name_is_printed_in_its_script(governor: tuple[NameCardSet, bytes]) -> None:
    cards, pdf = governor
    pages = [squash(p.extract_text()) for p in PdfReader(io.BytesIO(pdf)).pages]
    natives = [h.person.native_name for h in cards.badges if h.person.native_name]
    assert "森本 健" in natives and "مهدی فراهانی" in natives
    for holder in cards.seated:
        assert shown(holder.person.name, pages[0])
        assert shown(holder.person.native_name, pages[0])
    for holder in cards.badges:
        assert shown(holder.person.name, pages[-1])
        assert shown(holder.person.native_name, pages[-1])
    assert "Interpreterssitbehindtheirprincipals:MrKavehAmini" in pages[0]


def test_a_place_card_reads_from_both_sides(governor: tuple[NameCardSet, bytes]) -> None:
    _, pdf = governor
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        card = doc.pages[1]
        assert card.width > card.height  # landscape, folded along the middle
        upright = [c for c in card.chars if c["matrix"][0] > 0]
        turned = [c for c in card.chars if c["matrix"][0] < 0]
        name = "MrMorimotoTakeshi"
        assert name in "".join(c["text"] for c in upright).replace(" ", "")
        assert name in "".join(c["text"] for c in turned).replace(" ", "")
        assert all(c["top"] > card.height / 2 for c in upright if c["size"] > 7)
        assert all(c["bottom"] < card.height / 2 for c in turned if c["size"] > 7)


def test_the_host_faces_the_guest_of_honour(governor: tuple[NameCardSet, bytes]) -> None:
    _, pdf = governor
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        marks = {w["text"]: w for w in doc.pages[0].extract_words()
                 if w["text"] in {"H", "G", "H1", "G1"} and w["top"] < 150 * mm}
    host, guest = marks["H"], marks["G"]
    assert abs((host["x0"] + host["x1"]) / 2 - (guest["x0"] + guest["x1"]) / 2) < 1
    assert host["top"] > guest["top"]  # our hosts' side at the bottom of the drawing
    assert marks["H1"]["x0"] > host["x1"]  # the host's right, seen from above
    assert marks["G1"]["x1"] < guest["x0"]  # the guest of honour's right, facing the host


@pytest.mark.parametrize(("paper", "per_sheet"), [("a4", 10), ("letter", 8)])
def test_badges_fit_the_printable_area(sample_template: Path, paper: str,
                                       per_sheet: int) -> None:
    with Database(str(sample_template), exclusive=False) as db:
        cards = _cards(db, "Signing of the Tehran–Buenos Aires Letter of Intent",
                       parts={name_cards.Part.BADGES})
    assert len(cards.badges) == 13
    pdf = name_cards_pdf(cards, paper)
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        assert len(doc.pages) == 2
        for page in doc.pages:
            inside = (PRINTABLE_MARGIN - 0.5, page.width - PRINTABLE_MARGIN + 0.5,
                      page.height - PRINTABLE_MARGIN + 0.5)
            for line in page.lines:  # badge edges and crop marks
                assert inside[0] <= min(line["x0"], line["top"])
                assert line["x1"] <= inside[1] and line["bottom"] <= inside[2]
        first = squash(doc.pages[0].extract_text())
    printed = sum(shown(h.person.name, first) for h in cards.badges)
    assert printed == per_sheet


def test_fonts_are_embedded_and_qpdf_is_content(governor: tuple[NameCardSet, bytes],
                                                tmp_path: Path) -> None:
    _, pdf = governor
    fonts = " ".join(assert_embedded_subsets(PdfReader(io.BytesIO(pdf))))
    assert "NotoNaskhArabic" in fonts and "DroidSansFallback" in fonts
    target = tmp_path / "cards.pdf"
    target.write_bytes(pdf)
    assert_qpdf_happy(target)


def _crowd(shape: TableShape, per_side: int) -> NameCardSet:
    names = ["Dr Mehdi Farahani", "Sr. Joaquín Rodríguez Berro de la Fuente", "Ms Sato Haruka",
             "Prof. Ana Laura Fernández", "H.E. Ambassador Martín Echeverría"]
    people = [CardHolder(DossierPerson(i, names[i % 5], "", "Director-General", "", "City"),
                         Side.HOSTS if i < per_side else Side.GUESTS)
              for i in range(2 * per_side)]
    ids = [h.person.id for h in people]
    plan = seating_plan(shape, ids[0], ids[per_side], ids[1:per_side], ids[per_side + 1:])
    occasion = Occasion("State dinner", "Monday", "Hall", "Hosts", "Guests")
    return NameCardSet("Visit", "Office", occasion, (), (), plan, tuple(people))


@pytest.mark.parametrize(("shape", "per_side"), [(TableShape.ROUND, 10),
                                                 (TableShape.FACING, 7)])
def test_names_on_a_crowded_table_stay_legible_and_apart(shape: TableShape,
                                                         per_side: int) -> None:
    pdf = name_cards_pdf(_crowd(shape, per_side), "a4")
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        page = doc.pages[0]
        drawing = page.crop((0, 0, page.width, 200 * mm))
        names = [c for c in drawing.chars if c["fontname"].endswith("Sans-Bold")
                 and c["size"] < 7.5 and c["text"].strip()]
    assert len(names) > 20 * per_side  # every seat is named on the drawing
    assert min(c["size"] for c in names) >= 5.5
    boxes = [(c["x0"], c["top"], c["x1"], c["bottom"]) for c in names]
    for i, a in enumerate(boxes):  # no letter is printed over another
        for b in boxes[i + 1:]:
            overlap_x = min(a[2], b[2]) - max(a[0], b[0])
            overlap_y = min(a[3], b[3]) - max(a[1], b[1])
            assert overlap_x <= 0.3 or overlap_y <= 0.3, (a, b)
