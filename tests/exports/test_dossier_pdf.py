"""The delegation dossier, built from the sample plan in both editions and read back with
pypdf (text, fonts, outline, page sizes) and qpdf."""

from __future__ import annotations

import io
import re
import shutil
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, fields, is_dataclass
from pathlib import Path

import pdfplumber
import pytest
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import or_, select

from delegate_app.db.models import (
    Commitment,
    Delegation,
    Gift,
    ItineraryItem,
    MeetingOutcome,
    Partnership,
    Person,
)
from delegate_app.domain.dossier import Dossier
from delegate_app.exports.pdf.dossier import dossier_pdf
from delegate_app.exports.pdf.text import has_rtl, visual_line
from delegate_app.services import dossier, overview, photos
from delegate_app.services.calendars import Edition
from delegate_app.services.database import Database
from tests.exports.pdf_checks import assert_embedded_subsets, assert_qpdf_happy, shown, squash


@dataclass
class Built:
    data: Dossier
    pdf: bytes
    reader: PdfReader
    pages: list[str]


@pytest.fixture(scope="module")
def trip_db(sample_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """The sample plan with a photo for a Persian-speaking counterpart (Ahmad Nouri)."""
    path = tmp_path_factory.mktemp("dossier") / "sample.sqlite"
    shutil.copy(sample_template, path)
    with Database(str(path)) as db:
        with db.sessions() as s:
            nouri = s.scalar(select(Person.id).where(Person.family_name == "Nouri"))
        image = io.BytesIO()
        Image.new("RGB", (300, 400), (120, 140, 170)).save(image, "JPEG")
        photos.set_photo(db.sessions, nouri, image.getvalue())
    database = Database(str(path), exclusive=False).open()
    yield database
    database.close()


def trip_id(db: Database) -> int:
    return next(d.id for d in overview.list_delegations(db.sessions) if "Tokyo" in d.title)


def _build(db: Database, edition: Edition, paper: str = "a4") -> Built:
    data = dossier.delegation_dossier(db.sessions, trip_id(db), edition, home_time=True)
    pdf = dossier_pdf(data, paper)
    reader = PdfReader(io.BytesIO(pdf))
    return Built(data, pdf, reader, [p.extract_text() for p in reader.pages])


@pytest.fixture(scope="module")
def internal(trip_db: Database) -> Built:
    return _build(trip_db, Edition.INTERNAL)


@pytest.fixture(scope="module")
def host(trip_db: Database) -> Built:
    return _build(trip_db, Edition.HOST, "letter")


@pytest.mark.parametrize("edition", ["internal", "host"])
def test_every_member_and_counterpart_is_named_in_their_script(
        edition: str, request: pytest.FixtureRequest) -> None:
    built: Built = request.getfixturevalue(edition)
    text = squash("".join(built.pages))
    people = [m.person for m in built.data.members] + list(built.data.counterparts)
    assert len(people) > 20
    missing = [p.name for p in people if not shown(p.name, text)]
    missing += [p.native_name for p in people if p.native_name and not shown(p.native_name,
                                                                             text)]
    assert not missing
    natives = " ".join(p.native_name for p in people)
    assert has_rtl(natives) and any("\u4e00" <= ch <= "\u9fff" for ch in natives)
    assert not [p for p in people if has_rtl(p.native_name) and p.native_name in text]


def test_persian_is_drawn_right_to_left_in_shaped_forms(internal: Built) -> None:
    """On the page itself (glyph positions, not extraction order): the Mayor's name, read
    from left to right, is the reshaped name in visual order (its glyphs give back the
    letters they shape, so the page can be searched)."""
    mayor = internal.data.members[0].person
    with pdfplumber.open(io.BytesIO(internal.pdf)) as pdf:
        page = next(p for p in pdf.pages if mayor.name in (p.extract_text() or ""))
        arabic = [c for c in page.chars if has_rtl(unicodedata.normalize("NFKC", c["text"]))]
        first_line = min(round(c["top"]) for c in arabic)
        drawn = "".join(c["text"] for c in sorted(arabic, key=lambda c: c["x0"])
                        if round(c["top"]) == first_line)
    assert drawn == unicodedata.normalize("NFKC", squash(visual_line(mayor.native_name,
                                                                     rtl=True)))
    assert drawn[::-1] == squash(mayor.native_name)


def _internal_strings(db: Database) -> list[str]:
    """Every internal text of the trip, from the database itself."""
    with db.sessions() as s:
        d = s.get(Delegation, trip_id(db))
        assert d is not None
        items = list(d.items)
        people = {p.id for i in items for p in (*i.counterparts, *i.participants)}
        people |= {m.person_id for m in d.members}
        texts = [d.internal_notes, d.objectives]
        texts += [x for i in items for x in (i.briefing, i.talking_points, i.booking_reference)]
        texts += list(s.scalars(select(Person.internal_notes).where(Person.id.in_(people))))
        texts += list(s.scalars(select(Gift.description)))
        texts += list(s.scalars(select(Commitment.description).where(or_(
            Commitment.counterpart_id.in_(people), Commitment.owner_id.in_(people)))))
        texts += list(s.scalars(select(Partnership.internal_notes)))
        texts += list(s.scalars(select(MeetingOutcome.internal_notes)))
        texts += list(s.scalars(select(ItineraryItem.briefing)))
    return [t for t in texts if t and t.strip()]


def _strings_in(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif is_dataclass(value):
        for f in fields(value):
            yield from _strings_in(getattr(value, f.name))
    elif isinstance(value, tuple):
        for v in value:
            yield from _strings_in(v)


def test_nothing_internal_in_the_host_edition(trip_db: Database, host: Built,
                                              internal: Built) -> None:
    secrets = _internal_strings(trip_db)
    assert len(secrets) > 30
    assert host.data.internal is None
    assert all(i.internal is None for day in host.data.days for i in day.items)
    carried = set(_strings_in(host.data))
    assert not [t for t in secrets if t in carried]  # the records do not even carry them
    host_text, internal_text = squash("".join(host.pages)), squash("".join(internal.pages))
    heads = {squash(t)[:28] for t in secrets}
    assert not [h for h in heads if h in host_text]
    assert "PNR" not in host_text and "NOTFORDISTRIBUTION" not in host_text.upper()
    # the same check finds them in the internal edition, so it can see them at all
    assert len([h for h in heads if h in internal_text]) > len(heads) // 3


@pytest.mark.parametrize("edition", ["internal", "host"])
def test_every_font_is_embedded_truetype(edition: str, request: pytest.FixtureRequest) -> None:
    built: Built = request.getfixturevalue(edition)
    fonts = assert_embedded_subsets(built.reader)
    families = " ".join(fonts)
    assert "NotoNaskhArabic" in families and "DroidSansFallback" in families
    assert "NotoSans" in families and "Helvetica" not in families


def test_contents_and_bookmarks_point_at_the_pages_of_their_headings(internal: Built) -> None:
    reader, pages = internal.reader, internal.pages
    outline = []
    def walk(entries: list[object]) -> None:
        for e in entries:
            if isinstance(e, list):
                walk(e)
            else:
                outline.append((str(e.title), reader.get_destination_page_number(e) + 1))  # type: ignore[attr-defined]
    walk(reader.outline)  # type: ignore[arg-type]
    assert len(outline) > 30
    with pdfplumber.open(io.BytesIO(internal.pdf)) as pdf:  # lines as laid out
        toc_text = "\n".join(pdf.pages[n].extract_text() for n in (1, 2))
    listed = {squash(title): int(page) for title, page in
              re.findall(r"^(.+?) (?:\. )+\.? ?(\d+)$", toc_text, flags=re.M)}
    for title, page in outline:
        assert squash(title)[:30] in squash(pages[page - 1]), f"{title} not on page {page}"
        assert listed.get(squash(title)) == page, f"contents disagree on {title} (p. {page})"
    assert len(listed) == len(outline)


def test_every_body_page_says_page_n_of_m(host: Built) -> None:
    total = len(host.pages)
    for n, text in enumerate(host.pages[1:], start=2):
        assert f"Page {n} of {total}" in text


def test_paper_sizes(internal: Built, host: Built) -> None:
    a4, letter = internal.reader.pages[0].mediabox, host.reader.pages[0].mediabox
    assert (round(float(a4.width)), round(float(a4.height))) == (595, 842)
    assert (round(float(letter.width)), round(float(letter.height))) == (612, 792)


def test_the_photo_is_printed_in_the_brief(internal: Built) -> None:
    images = [n for n, page in enumerate(internal.reader.pages) if page.images]
    nouri = [n for n, text in enumerate(internal.pages) if "Ahmad Nouri" in text]
    assert images and set(images) <= set(nouri)


@pytest.mark.parametrize("edition", ["internal", "host"])
def test_qpdf_finds_no_problem(edition: str, request: pytest.FixtureRequest,
                               tmp_path: Path) -> None:
    built: Built = request.getfixturevalue(edition)
    target = tmp_path / "dossier.pdf"
    target.write_bytes(built.pdf)
    assert_qpdf_happy(target)
