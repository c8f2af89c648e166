"""The commitments report, built from the sample plan and read back with pypdf and qpdf."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from delegate_app.db.models import City, Commitment
from delegate_app.domain.enums import CommitmentStatus
from delegate_app.domain.errors import NotFoundError, ValidationError
from delegate_app.domain.report import CommitmentsReport, ReportLine
from delegate_app.exports.pdf.commitments_report import commitments_report_pdf
from delegate_app.services.commitment_report import (
    commitments_report,
    write_commitments_report,
)
from delegate_app.services.database import Database
from tests.conftest import SAMPLE_NOW
from tests.exports.pdf_checks import assert_embedded_subsets, assert_qpdf_happy


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text).casefold()


def _city(db: Database, name: str) -> int:
    with db.sessions() as s:
        found = s.scalar(select(City.id).where(City.name == name))
        assert found is not None
        return found


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.fixture
def moscow(sample_db: Database, tmp_path: Path) -> tuple[CommitmentsReport, Path]:
    report = commitments_report(sample_db.sessions, city_id=_city(sample_db, "Moscow"),
                                now=SAMPLE_NOW)
    return report, write_commitments_report(report, tmp_path / "moscow.pdf")


def test_moscow_report_has_every_promise_overdue_first(
        sample_db: Database, moscow: tuple[CommitmentsReport, Path]) -> None:
    report, path = moscow
    with sample_db.sessions() as s:
        rows = s.scalars(select(Commitment).join(City).where(City.name == "Moscow")).all()
        descriptions = [c.description for c in rows]
        notes = [c.internal_notes for c in rows if c.internal_notes]
    assert len(descriptions) == len(report.lines) == 3 and notes
    text = _squash(_text(path))
    for description in descriptions:
        assert _squash(description[:60]) in text, description
    assert "commitmentswithmoscow" in text
    assert text.index(_squash("Overdue")) < text.index(_squash("Open ·"))
    late = [x.days_left for x in report.overdue]
    assert late == [-84, -23]  # longest late first
    b = report.balance
    assert (b.we_owe, b.they_owe, b.overdue, b.kept) == (2, 1, 2, 0)
    assert _squash("We owe Moscow 2 open promises and Moscow owes us 1; 2 overdue") in text
    assert "page1of1" in text


def test_no_internal_notes_reach_the_report(sample_db: Database,
                                            moscow: tuple[CommitmentsReport, Path]) -> None:
    _, path = moscow
    assert "internal_notes" not in ReportLine.__dataclass_fields__
    with sample_db.sessions() as s:
        notes = [n for n in s.scalars(select(Commitment.internal_notes)) if n]
    assert notes
    text = _squash(_text(path))
    for note in notes:
        assert _squash(note[:40]) not in text, note


def test_fonts_embedded_and_qpdf_is_happy(moscow: tuple[CommitmentsReport, Path]) -> None:
    _, path = moscow
    reader = PdfReader(path)
    assert round(float(reader.pages[0].mediabox.height)) == 842
    assert_embedded_subsets(reader)
    assert_qpdf_happy(path)
    top, sections = reader.outline
    assert top.title == "Commitments with Moscow"  # type: ignore[union-attr]
    assert [o.title for o in sections] == ["Overdue", "Open"]  # type: ignore[union-attr]


def test_period_report_takes_what_is_due_or_kept_in_it(sample_db: Database,
                                                       tmp_path: Path) -> None:
    start, end = date(2026, 11, 1), date(2026, 12, 31)
    report = commitments_report(sample_db.sessions, start=start, end=end, now=SAMPLE_NOW)
    assert report.title == "Commitments due 1 Nov – 31 Dec 2026"
    with sample_db.sessions() as s:
        expected = {c.description for c in s.scalars(select(Commitment))
                    if any(d is not None and start <= d <= end
                           for d in (c.due_on, c.completed_on))}
    assert {x.description for x in report.lines} == expected and len(expected) >= 5
    assert report.kept and all(x.completed_on and x.evidence for x in report.kept)
    assert all(x.days_left is not None and x.days_left < 0 for x in report.overdue)
    path = write_commitments_report(report, tmp_path / "period.pdf", paper="letter")
    reader = PdfReader(path)
    assert round(float(reader.pages[0].mediabox.height)) == 792
    text = _squash(_text(path))
    for x in report.lines:
        assert _squash(x.description[:50]) in text
    assert text.index("overdue·") < text.index("open·") < text.index("kept·")


def test_city_and_period_together(sample_db: Database) -> None:
    report = commitments_report(sample_db.sessions, city_id=_city(sample_db, "Moscow"),
                                start=date(2026, 12, 1), now=SAMPLE_NOW)
    assert [x.due_on for x in report.lines] == [date(2026, 12, 15)]
    assert report.title == "Commitments with Moscow" and report.scope == "Due from 1 Dec 2026"


def test_dropped_promises_give_their_reason(sample_db: Database, tmp_path: Path) -> None:
    report = commitments_report(sample_db.sessions, city_id=_city(sample_db, "Havana"),
                                now=SAMPLE_NOW)
    assert len(report.dropped) == 1 and report.dropped[0].reason
    with sample_db.sessions() as s:
        row = s.scalar(select(Commitment).join(City).where(City.name == "Havana"))
        assert row is not None and row.status is CommitmentStatus.DROPPED
        assert report.dropped[0].reason != row.internal_notes
    path = tmp_path / "havana.pdf"
    path.write_bytes(commitments_report_pdf(report))
    text = _squash(_text(path))
    assert "dropped·1" in text and _squash(report.dropped[0].reason) in text


def test_refusals_write_nothing(sample_db: Database, tmp_path: Path) -> None:
    target = tmp_path / "refused.pdf"
    with pytest.raises(NotFoundError):
        commitments_report(sample_db.sessions, city_id=99_999, now=SAMPLE_NOW)
    with pytest.raises(ValidationError) as refused:
        commitments_report(sample_db.sessions, start=date(2026, 12, 31),
                           end=date(2026, 11, 1), now=SAMPLE_NOW)
    assert set(refused.value.field_errors) == {"end"}
    report = commitments_report(sample_db.sessions, now=SAMPLE_NOW)
    with pytest.raises(ValidationError):
        write_commitments_report(report, target, paper="a3")
    assert not target.exists() and not list(tmp_path.glob("refused*"))


def test_empty_report_says_so(sample_db: Database) -> None:
    report = commitments_report(sample_db.sessions, start=date(2030, 1, 1),
                                end=date(2030, 12, 31), now=SAMPLE_NOW)
    assert not report.lines
    assert report.balance.we_owe == report.balance.overdue == 0
    pdf = commitments_report_pdf(report)
    assert pdf.startswith(b"%PDF")
