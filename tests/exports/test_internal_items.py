"""Items marked internal (our briefings, preparation meetings, security runs) never leave in
a host edition: calendars, the dossier, the summit programme, badges, commitments."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from icalendar import Calendar
from openpyxl import load_workbook
from pypdf import PdfReader

from delegate_app.domain.enums import CommitmentDirection, ItemStatus
from delegate_app.domain.errors import ValidationError
from delegate_app.domain.follow_up import CommitmentInput
from delegate_app.domain.records import ItemRow
from delegate_app.services import (
    calendars,
    commitment_exports,
    commitment_report,
    commitments,
    delegations,
    dossier,
    itinerary,
    name_cards,
    overview,
    programme_document,
)
from delegate_app.services.calendars import Edition
from delegate_app.services.database import Database
from tests.conftest import SAMPLE_NOW, SAMPLE_TODAY
from tests.exports.pdf_checks import squash

BRIEFING = "Briefing by the Chargé d'affaires of Iran"


def _trip(db: Database) -> int:
    return next(d.id for d in overview.list_delegations(db.sessions) if "Tokyo" in d.title)


def _rows(db: Database) -> list[ItemRow]:
    return itinerary.item_rows(db.sessions, _trip(db))


def _internal(db: Database) -> list[ItemRow]:
    return [r for r in _rows(db) if r.data.internal]


def _texts(rows: list[ItemRow]) -> list[str]:
    """What would betray an internal item: its title, its description, its notes."""
    return [t for r in rows for t in (r.data.title, r.data.description, r.data.briefing,
                                      r.data.talking_points, r.data.booking_reference) if t]


def _calendar(db: Database, tmp_path: Path, **kwargs: object) -> tuple[str, Calendar]:
    data = calendars.delegation_calendar(db.sessions, _trip(db), **kwargs)  # type: ignore[arg-type]
    raw = calendars.write_calendar(data, tmp_path / "cut.ics", SAMPLE_NOW).read_bytes()
    unfolded = raw.decode("utf-8").replace("\r\n ", "").replace("\\,", ",").replace("\\;", ";")
    return unfolded, Calendar.from_ical(raw)


def test_the_sample_marks_its_own_internal_items(sample_db: Database) -> None:
    internal = {r.data.title for r in _internal(sample_db)}
    assert BRIEFING in internal
    assert any("Security" in t for t in internal) and any("Preparation" in t for t in internal)
    assert len(internal) < len(_rows(sample_db)) // 4  # the programme is mostly shared


def test_no_internal_item_in_a_host_calendar_whole_or_cut(sample_db: Database,
                                                          tmp_path: Path) -> None:
    internal = _internal(sample_db)
    uids = {r.uid for r in internal}
    # the security officer attends the briefing and the security run: his cut has them
    security = next(m.person_id for m in delegations.members_of(sample_db.sessions,
                                                                _trip(sample_db))
                    if m.role.value == "security")
    assert all(security in r.data.participants for r in internal if "Security" in r.data.title)
    for kwargs in ({"edition": Edition.HOST},
                   {"edition": Edition.HOST, "member_id": security}):
        text, cal = _calendar(sample_db, tmp_path, **kwargs)
        assert cal.walk("VEVENT")
        assert not uids & {str(e["UID"]) for e in cal.walk("VEVENT")}
        assert not [t for t in _texts(internal) if t[:40] in text], kwargs
    # our own editions keep them, marked confidential
    for kwargs in ({}, {"member_id": security}):
        text, cal = _calendar(sample_db, tmp_path, **kwargs)
        mine = {str(e["UID"]): e for e in cal.walk("VEVENT")}
        expected = uids if not kwargs else {r.uid for r in internal
                                            if security in r.data.participants}
        assert expected and expected <= set(mine)
        assert all(str(mine[u]["CLASS"]) == "CONFIDENTIAL" for u in expected)
        assert BRIEFING in text


def test_no_internal_item_in_the_host_dossier(sample_db: Database, tmp_path: Path) -> None:
    internal = _internal(sample_db)
    pages = {}
    for edition in (Edition.HOST, Edition.INTERNAL):
        book = dossier.delegation_dossier(sample_db.sessions, _trip(sample_db), edition,
                                          today=SAMPLE_TODAY)
        target = dossier.write_dossier(book, tmp_path / f"{edition.value}.pdf")
        pages[edition] = squash("".join(p.extract_text() for p in PdfReader(target).pages))
    heads = [squash(t)[:30] for t in _texts(internal)]
    assert squash(BRIEFING) in pages[Edition.INTERNAL]
    assert not [h for h in heads if h in pages[Edition.HOST]]


def test_the_summit_programme_does_not_count_an_internal_item(sample_db: Database) -> None:
    row = next(r for r in _rows(sample_db) if r.data.summit_session_id and r.participant_names)
    summit = next(s.id for s in overview.list_summits(sample_db.sessions)
                  if "Buenos Aires" in s.title)

    def ours() -> tuple[str, ...]:
        book = programme_document.summit_programme_document(sample_db.sessions, summit)
        return next(e.ours for d in book.days for e in d.sessions
                    if e.id == row.data.summit_session_id)

    assert ours()
    itinerary.update_item(sample_db.sessions, row.id, row.version,
                          replace(row.data, internal=True))
    assert ours() == ()


def test_badges_are_refused_for_an_internal_meeting(sample_db: Database) -> None:
    trip = _trip(sample_db)
    briefing = next(r for r in _internal(sample_db) if r.data.title == BRIEFING)
    assert briefing.id not in {c.id for c in name_cards.occasions(sample_db.sessions, trip)}
    with pytest.raises(ValidationError, match="internal"):
        name_cards.name_card_set(sample_db.sessions, trip, briefing.id)


def test_commitments_never_name_an_internal_meeting(sample_db: Database,
                                                    tmp_path: Path) -> None:
    briefing = next(r for r in _internal(sample_db) if r.data.title == BRIEFING)
    city = next(c for c in commitments.list_commitments(sample_db.sessions, SAMPLE_NOW)
                if c.city == "Buenos Aires")
    promise = "Send the list of community contacts"
    commitments.create_commitment(sample_db.sessions, CommitmentInput(
        promise, CommitmentDirection.THEY_OWE, city_id=city.city_id,
        due_on=SAMPLE_TODAY.replace(day=28), item_id=briefing.id))
    report = commitment_report.commitments_report(sample_db.sessions, city_id=city.city_id,
                                                  now=SAMPLE_NOW)
    line = next(x for x in report.open if x.description == promise)
    assert line.meeting == ""
    for fmt in commitment_exports.FORMATS:
        target = tmp_path / f"c.{fmt}"
        commitment_exports.export_commitments(sample_db.sessions, fmt, target,
                                              city_id=city.city_id, now=SAMPLE_NOW)
        if fmt == "xlsx":
            sheet = load_workbook(target).active
            text = " ".join(str(c.value) for row in sheet.iter_rows() for c in row if c.value)
        else:
            text = target.read_bytes().decode("utf-8-sig").replace("\r\n ", "")
        assert promise in text and "Chargé" not in text, fmt


def test_a_cancelled_internal_item_stays_out_too(sample_db: Database, tmp_path: Path) -> None:
    briefing = next(r for r in _internal(sample_db) if r.data.title == BRIEFING)
    itinerary.set_item_status(sample_db.sessions, briefing.id, briefing.version,
                              ItemStatus.CANCELLED)
    text, _ = _calendar(sample_db, tmp_path, edition=Edition.HOST)
    assert briefing.uid not in text and BRIEFING not in text
