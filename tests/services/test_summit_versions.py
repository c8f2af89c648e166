"""Issued versions of a summit's programme: issue version 1, change the sessions as an
officer would (move one past midnight in the host city, cancel, add, change a room), issue
version 2; then what changed, and the programme and calendar of version 1 made again."""

from __future__ import annotations

import io
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from delegate_app.domain.enums import ItemStatus, SessionKind
from delegate_app.domain.errors import NotFoundError, ValidationError
from delegate_app.domain.records import SessionInput
from delegate_app.domain.timefmt import from_local
from delegate_app.domain.version_changes import ChangeKind
from delegate_app.domain.versions import VersionInfo
from delegate_app.exports.pdf.programme import programme_pdf
from delegate_app.services import calendars, overview, programmes, summits, versions
from delegate_app.services.database import Database

BA = "America/Argentina/Buenos_Aires"


def pdf_text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
                    .split())


def session_id(db: Database, summit: int, title: str) -> int:
    return next(x.id for x in programmes.summit_programme(db.sessions, summit).lines
                if x.title.startswith(title))


def edit(db: Database, sid: int, **changes: object) -> None:
    version, data = summits.get_session(db.sessions, sid)
    summits.update_session(db.sessions, sid, version, replace(data, **changes))  # type: ignore[arg-type]


@dataclass
class Story:
    db: Database
    summit: int
    v1: VersionInfo
    v2: VersionInfo
    v1_programme: str  # version 1's printed programme, made when it was issued
    v1_calendar: bytes
    ids: dict[str, int]


def _change_the_sessions(db: Database, summit: int) -> dict[str, int]:
    reception = session_id(db, summit, "Welcome reception hosted by the Jefe")
    _, data = summits.get_session(db.sessions, reception)
    late = timedelta(hours=5)  # 19:30 Monday -> 00:30 Tuesday, Buenos Aires time
    edit(db, reception, starts_at=data.starts_at + late, ends_at=data.ends_at + late)
    cancelled = session_id(db, summit, "Workshop: early-warning systems")
    edit(db, cancelled, status=ItemStatus.CANCELLED)
    moved_room = session_id(db, summit, "Technical workshop: bus rapid transit")
    edit(db, moved_room, room="Sala 5")
    start = from_local(datetime(2026, 12, 9, 16, 0), BA)
    added = summits.create_session(db.sessions, summit, SessionInput(
        SessionKind.WORKSHOP, "Workshop: cool roofs and street trees", start,
        start + timedelta(hours=1), room="Sala 4"))
    return {"moved": reception, "cancelled": cancelled, "room": moved_room,
            "added": added.id}


@pytest.fixture(scope="module")
def story(sample_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Story]:
    path = tmp_path_factory.mktemp("summit_versions") / "sample.sqlite"
    shutil.copy(sample_template, path)
    db = Database(str(path)).open()
    summit = next(s.id for s in overview.list_summits(db.sessions)
                  if s.title.startswith("Buenos Aires Mayors Summit"))
    v1 = versions.issue_summit_version(db.sessions, summit, "To the city's protocol")
    v1_pdf = programme_pdf(versions.summit_programme_of(db.sessions, summit, 1))
    data, stamp = versions.summit_calendar_of(db.sessions, summit, 1)
    v1_ics = calendars.calendar_bytes(data, stamp)
    ids = _change_the_sessions(db, summit)
    v2 = versions.issue_summit_version(db.sessions, summit, "Reception moved")
    yield Story(db, summit, v1, v2, pdf_text(v1_pdf), v1_ics, ids)
    db.close()


EXPECTED = {(ChangeKind.MOVED, "moved"), (ChangeKind.CANCELLED, "cancelled"),
            (ChangeKind.REPLACED, "room"), (ChangeKind.ADDED, "added")}


def _named(story: Story, changes: tuple) -> set[tuple[ChangeKind, str]]:  # type: ignore[type-arg]
    names = {sid: name for name, sid in story.ids.items()}
    return {(c.kind, names.get(c.item_id, c.title)) for c in changes}


def test_summit_versions_are_numbered_per_summit(story: Story) -> None:
    found = versions.list_summit_versions(story.db.sessions, story.summit)
    assert [(v.number, v.note) for v in found] == [(1, "To the city's protocol"),
                                                   (2, "Reception moved")]
    assert all(v.summit_id == story.summit and v.delegation_id is None for v in found)
    assert story.v1.label.startswith("Version 1 of ")
    # a delegation's numbering is its own
    trip = next(d.id for d in overview.list_delegations(story.db.sessions))
    assert versions.issue_version(story.db.sessions, trip).number == 1


def test_the_summit_diff_lists_exactly_the_changes_made(story: Story) -> None:
    sheet = versions.summit_changes(story.db.sessions, story.summit, 1, 2)
    assert _named(story, sheet.changes) == EXPECTED
    assert sheet.since == story.v1.label and sheet.now == story.v2.label
    moved = next(c for c in sheet.changes if c.kind is ChangeKind.MOVED)
    assert (moved.before, moved.after) == ("Mon 7 Dec, 19:30–22:00 Buenos Aires",
                                           "Tue 8 Dec, 00:30–03:00 Buenos Aires")
    assert moved.day_shift == 1
    room = next(c for c in sheet.changes if c.kind is ChangeKind.REPLACED)
    assert tuple(map(str, room.details)) == ("Sala 4 → Sala 5",)
    # against the draft: nothing since version 2
    assert versions.summit_changes(story.db.sessions, story.summit, 2).days == ()
    assert versions.summit_changes(story.db.sessions, story.summit, 1).now.startswith(
        "Draft of ")


def test_the_programme_of_version_1_is_the_one_issued(story: Story) -> None:
    again = pdf_text(programme_pdf(versions.summit_programme_of(story.db.sessions,
                                                                story.summit, 1)))
    assert again == story.v1_programme
    assert "Version 1 of " in again and story.v1.label in again
    assert "cool roofs" not in again
    draft = pdf_text(programme_pdf(versions.summit_programme_of(story.db.sessions,
                                                                story.summit)))
    assert "Draft of " in draft and "cool roofs" in draft


def test_the_calendar_of_version_1_is_the_one_issued(story: Story) -> None:
    data, stamp = versions.summit_calendar_of(story.db.sessions, story.summit, 1)
    again = Calendar.from_ical(calendars.calendar_bytes(data, stamp))
    issued = Calendar.from_ical(story.v1_calendar)
    assert story.v1.label in str(again["x-wr-calname"])
    summaries = [str(e["summary"]) for e in again.walk("VEVENT")]
    assert summaries == [str(e["summary"]) for e in issued.walk("VEVENT")]
    # phones have seen the moved reception at a higher SEQUENCE: never lower
    moved = {str(e["uid"]): int(e["sequence"]) for e in again.walk("VEVENT")}
    before = {str(e["uid"]): int(e["sequence"]) for e in issued.walk("VEVENT")}
    assert all(moved[uid] >= before[uid] for uid in before)
    assert any(moved[uid] > before[uid] for uid in before)


def test_refusals(story: Story) -> None:
    with pytest.raises(ValidationError, match="Nothing changed since version 2"):
        versions.issue_summit_version(story.db.sessions, story.summit)
    with pytest.raises(NotFoundError, match="has no version 7"):
        versions.summit_changes(story.db.sessions, story.summit, 7)
    with pytest.raises(NotFoundError):
        versions.list_summit_versions(story.db.sessions, 999)


def test_speakers_are_a_text_change(story: Story) -> None:
    # last: the edit and its undo raise the session's SEQUENCE, so the draft is new
    opening = session_id(story.db, story.summit, "Opening ceremony")
    before = summits.get_session(story.db.sessions, opening)[1]
    edit(story.db, opening, speakers="Jorge Macri (Jefe de Gobierno)")
    try:
        (change,) = versions.summit_changes(story.db.sessions, story.summit, 2).changes
        assert change.kind is ChangeKind.TEXT
        (line,) = map(str, change.details)
        assert line.startswith("Speakers: “Santiago Ferreyra (Jefe de Gobierno")
        assert line.endswith("” → “Jorge Macri (Jefe de Gobierno)”")
    finally:
        edit(story.db, opening, speakers=before.speakers)
