"""The printed summit programme, built from the sample plan and read back with pypdf,
pdfplumber (colours) and qpdf."""

from __future__ import annotations

import io
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader
from sqlalchemy import select

from delegate_app.db.models import ItineraryItem, SummitSession
from delegate_app.domain.errors import NotFoundError, ValidationError
from delegate_app.domain.programme import SummitProgramme
from delegate_app.exports.pdf.programme import programme_pdf
from delegate_app.exports.pdf.styles import WARNING
from delegate_app.services import overview
from delegate_app.services.database import Database
from delegate_app.services.programme_document import (
    summit_programme_document,
    write_summit_programme,
)
from tests.exports.pdf_checks import assert_embedded_subsets, assert_qpdf_happy, shown, squash


@dataclass
class Built:
    data: SummitProgramme
    pdf: bytes
    pages: list[str]

    def page_of(self, text: str, after: int = 2) -> int:
        """The first page (from ``after``, 0-based: past the cover and the contents)
        showing ``text``."""
        return next(n for n, page in enumerate(self.pages) if n >= after
                    and squash(text) in squash(page))


@pytest.fixture(scope="module")
def summit_db(sample_template: Path, tmp_path_factory: pytest.TempPathFactory
              ) -> Iterator[Database]:
    path = tmp_path_factory.mktemp("programme") / "sample.sqlite"
    shutil.copy(sample_template, path)
    database = Database(str(path), exclusive=False).open()
    yield database
    database.close()


def summit_id(db: Database, word: str) -> int:
    return next(s.id for s in overview.list_summits(db.sessions) if word in s.title)


def _build(data: SummitProgramme, paper: str = "a4") -> Built:
    pdf = programme_pdf(data, paper)
    return Built(data, pdf, [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages])


@pytest.fixture(scope="module")
def buenos_aires(summit_db: Database) -> Built:
    return _build(summit_programme_document(summit_db.sessions,
                                            summit_id(summit_db, "Buenos Aires")))


@pytest.fixture(scope="module")
def hiroshima(summit_db: Database) -> Built:
    return _build(summit_programme_document(summit_db.sessions,
                                            summit_id(summit_db, "Peace")), "letter")


def test_every_session_is_on_the_page_of_its_day_in_time_order(
        summit_db: Database, buenos_aires: Built) -> None:
    with summit_db.sessions() as s:
        titles = set(s.scalars(select(SummitSession.title).where(
            SummitSession.summit_id == summit_id(summit_db, "Buenos Aires"))))
    data = buenos_aires.data
    assert {e.title for e in data.sessions} == titles and len(titles) == 15
    assert [d.title for d in data.days] == ["Monday 7 December 2026", "Tuesday 8 December 2026",
                                            "Wednesday 9 December 2026"]
    for n, day in enumerate(data.days, start=1):
        page = buenos_aires.page_of(f"DAY {n} {day.title}")
        text = squash(buenos_aires.pages[page])
        assert squash("Times in Buenos Aires time (UTC-03:00)") in text
        where = [text.find(squash(e.title)) for e in day.sessions]
        assert -1 not in where, f"a session of {day.title} is not on its page"
        assert where == sorted(where)
        assert [e.starts for e in day.sessions] == sorted(e.starts for e in day.sessions)
    assert squash("09:30 – 10:30") in squash(buenos_aires.pages[buenos_aires.page_of("DAY 1")])


def test_speakers_each_printed(buenos_aires: Built) -> None:
    text = squash("".join(buenos_aires.pages))
    speakers = [x for e in buenos_aires.data.sessions for x in e.speakers]
    assert len(speakers) > 30 and "Daniel Whitaker (C40) — moderator" in speakers
    assert [x for x in speakers if squash(x) not in text] == []


def test_a_cancelled_session_is_marked_in_the_warning_colour(buenos_aires: Built) -> None:
    cancelled = [e for e in buenos_aires.data.sessions if e.cancelled]
    assert [e.title for e in cancelled] == ["Inclusive cities: welcoming migrants and refugees"]
    page = buenos_aires.page_of(cancelled[0].title)
    text = squash(buenos_aires.pages[page])
    assert text.index(squash(cancelled[0].title)) < text.index(
        squash("This session is cancelled and will not take place."))
    with pdfplumber.open(io.BytesIO(buenos_aires.pdf)) as pdf:
        chars = pdf.pages[page].chars
    red = "".join(c["text"] for c in chars
                  if c["non_stroking_color"] == pytest.approx(WARNING.rgb(), abs=0.01))
    assert "CANCELLED" in red and "Thissessioniscancelled" in squash(red)


def test_tentative_sessions_say_so(hiroshima: Built) -> None:
    tentative = [e for e in hiroshima.data.sessions if e.tentative]
    assert len(tentative) == 2
    text = squash("".join(hiroshima.pages[2:]))
    for e in tentative:
        assert squash(f"{e.title} (tentative)") in text


def test_the_room_index_lists_every_room_with_its_sessions(buenos_aires: Built) -> None:
    data = buenos_aires.data
    start = buenos_aires.page_of("By room Every session in each room")
    text = squash("".join(buenos_aires.pages[start:]))
    rooms = [r.room for r in data.rooms]
    assert set(rooms) == {e.room for e in data.sessions} and len(rooms) == 6
    assert rooms == sorted(rooms, key=str.casefold)
    where = [text.find(squash(r)) for r in rooms]
    assert -1 not in where and where == sorted(where)
    for r in data.rooms:
        assert [e.title for e in r.sessions if squash(e.title) not in text] == []
        assert [(e.day, e.starts) for e in r.sessions] == sorted((e.day, e.starts)
                                                                 for e in r.sessions)


def test_our_people_are_named_and_nothing_internal(summit_db: Database,
                                                   buenos_aires: Built) -> None:
    opening = next(e for e in buenos_aires.data.sessions if e.title == "Opening ceremony")
    assert len(opening.ours) > 5
    text = squash("".join(buenos_aires.pages))
    assert all(squash(name) in text for name in opening.ours)
    with summit_db.sessions() as s:
        items = s.scalars(select(ItineraryItem).where(
            ItineraryItem.summit_session_id.is_not(None))).all()
        secrets = [x for i in items for x in (i.briefing, i.talking_points,
                                              i.booking_reference) if x.strip()]
        titles = {i.delegation.title for i in items}
    assert secrets and titles
    assert [x for x in secrets if squash(x)[:30] in text] == []
    assert [t for t in titles if squash(t) in text] == []


def test_persian_and_japanese_speakers_are_drawn_in_their_scripts(buenos_aires: Built) -> None:
    names = ("مهدی فراهانی", "松井 一實")
    data = buenos_aires.data
    first = data.days[0]
    changed = replace(first.sessions[0], speakers=(*names, "Laia Ferrer i Puig"))
    day = replace(first, sessions=(changed, *first.sessions[1:]))
    built = _build(replace(data, days=(day, *data.days[1:])))
    page = built.pages[built.page_of("DAY 1")]
    assert all(shown(name, squash(page)) for name in names)
    assert names[0] in page  # drawn shaped and in visual order, extracted as typed


@pytest.mark.parametrize("paper, size", [("a4", (595, 842)), ("letter", (612, 792))])
def test_fonts_pages_and_qpdf(paper: str, size: tuple[int, int], buenos_aires: Built,
                              tmp_path: Path) -> None:
    target = write_summit_programme(buenos_aires.data, tmp_path / "programme.pdf", paper)
    reader = PdfReader(target)
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == size
    families = " ".join(assert_embedded_subsets(reader))
    assert "NotoSans" in families and "Helvetica" not in families
    total = len(reader.pages)
    for n, page in enumerate(reader.pages[1:], start=2):
        assert f"Page {n} of {total}" in page.extract_text()
    assert_qpdf_happy(target)


def test_refusals(summit_db: Database, buenos_aires: Built, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError):
        summit_programme_document(summit_db.sessions, 999)
    with pytest.raises(ValidationError):
        write_summit_programme(buenos_aires.data, tmp_path / "x.pdf", "a3")
    assert not (tmp_path / "x.pdf").exists()


def test_a_summit_without_sessions_is_two_pages(buenos_aires: Built) -> None:
    empty = _build(replace(buenos_aires.data, days=(), rooms=()))
    assert len(empty.pages) == 2
    assert "No sessions announced yet." in empty.pages[1]
    assert "In this programme" not in empty.pages[1]
