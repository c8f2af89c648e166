"""Every calendar we write, read by parsers that are not ours — libical, ical.js, vobject and
icalendar's own checks — and understood as we meant it: the same UIDs, the same instants.

The exports: each delegation in our edition and the hosts', member cuts of both, the
summits' programmes, with and without reminders, a cancelled item, an all-day item, flights
across the date line; the task list of every commitment and one owner's."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from sqlalchemy import select

from delegate_app.db.models import Commitment
from delegate_app.domain.enums import CommitmentStatus, ItemKind, ItemStatus, MemberRole
from delegate_app.domain.errors import ValidationError
from delegate_app.domain.records import ItemInput
from delegate_app.exports.ics import CalendarData
from delegate_app.services import (
    calendars,
    commitment_exports,
    commitments,
    delegations,
    itinerary,
    overview,
)
from delegate_app.services.calendars import Edition
from delegate_app.services.database import Database
from tests.conftest import SAMPLE_NOW
from tests.exports.readers import (
    Moment,
    Reading,
    build_libical_checker,
    read_icalendar,
    read_icaljs,
    read_libical,
    read_vobject,
)

NOW = SAMPLE_NOW.astimezone(UTC)


@dataclass(frozen=True)
class Export:
    path: Path
    expected: Reading  # what we meant: UIDs and moments


def _expected(data: CalendarData) -> Reading:
    reading = Reading()
    for e in data.events:
        if e.all_day:
            first = e.starts_at.astimezone(ZoneInfo(e.start_tz)).date()
            last = max(e.ends_at.astimezone(ZoneInfo(e.end_tz)).date(), first)
            reading.events[e.uid] = (first.isoformat(),
                                     (last + timedelta(days=1)).isoformat())
        else:
            reading.events[e.uid] = (int(e.starts_at.timestamp()), int(e.ends_at.timestamp()))
    return reading


def _prepare(db: Database, trip: int) -> None:
    """A cancelled meeting and an all-day item besides what the sample has."""
    rows = itinerary.item_rows(db.sessions, trip)
    interview = next(r for r in rows if r.data.kind is ItemKind.PRESS
                     and r.data.status is ItemStatus.TENTATIVE)
    itinerary.set_item_status(db.sessions, interview.id, interview.version,
                              ItemStatus.CANCELLED)
    tokyo = next(r for r in rows if r.city == "Tokyo")
    start = datetime(2026, 12, 13, 0, 0, tzinfo=ZoneInfo("Asia/Tokyo")).astimezone(UTC)
    itinerary.create_item(db.sessions, trip, ItemInput(
        ItemKind.FREE_TIME, "Rest day in Tokyo: no official engagements", start,
        "Asia/Tokyo", start + timedelta(hours=23, minutes=59), "Asia/Tokyo", all_day=True,
        status=ItemStatus.CONFIRMED, city_id=tokyo.data.city_id,
        participants=tokyo.data.participants))


def _calendars(db: Database, folder: Path) -> Iterator[tuple[str, Export]]:
    for d in overview.list_delegations(db.sessions):
        security = [m.person_id for m in delegations.members_of(db.sessions, d.id)
                    if m.role is MemberRole.SECURITY]
        cuts: list[tuple[str, dict[str, object]]] = [
            ("ours", {}), ("hosts", {"edition": Edition.HOST}),
            ("ours-reminders", {"alarm_minutes": 30}),
            ("hosts-reminders", {"edition": Edition.HOST, "alarm_minutes": 15})]
        cuts += [(f"security-{e.value}", {"member_id": security[0], "edition": e})
                 for e in Edition if security]
        for cut, kwargs in cuts:
            data = calendars.delegation_calendar(db.sessions, d.id, **kwargs)  # type: ignore[arg-type]
            name = f"delegation{d.id}-{cut}"
            path = calendars.write_calendar(data, folder / f"{name}.ics", NOW)
            yield name, Export(path, _expected(data))
    for s in overview.list_summits(db.sessions):
        for alarm in (None, 10):
            data = calendars.summit_calendar(db.sessions, s.id, alarm)
            name = f"summit{s.id}" + ("-reminders" if alarm else "")
            yield name, Export(calendars.write_calendar(data, folder / f"{name}.ics", NOW),
                               _expected(data))


def _task_lists(db: Database, folder: Path) -> Iterator[tuple[str, Export]]:
    rows = commitments.list_commitments(db.sessions, NOW)
    owner = next(r.owner_id for r in rows if r.status is CommitmentStatus.DONE)
    for name, kwargs in (("tasks-all", {}), ("tasks-owner", {"owner_id": owner})):
        path = folder / f"{name}.ics"
        commitment_exports.export_commitments(db.sessions, "ics", path, now=NOW, **kwargs)  # type: ignore[arg-type]
        chosen = [r for r in rows if not kwargs or r.owner_id == owner]
        with db.sessions() as s:
            uids = {cid: uid for cid, uid in s.execute(select(Commitment.id, Commitment.uid))}
        expected = Reading(todos={uids[r.id]: (None, r.due_on.isoformat() if r.due_on
                                               else None) for r in chosen})
        yield name, Export(path, expected)


@pytest.fixture(scope="module")
def exports(sample_template: Path,
            tmp_path_factory: pytest.TempPathFactory) -> dict[str, Export]:
    folder = tmp_path_factory.mktemp("readers")
    shutil.copy(sample_template, folder / "office.sqlite")
    with Database(str(folder / "office.sqlite")) as db:
        trip = next(d.id for d in overview.list_delegations(db.sessions) if "Tokyo" in d.title)
        _prepare(db, trip)
        return dict([*_calendars(db, folder), *_task_lists(db, folder)])


@pytest.fixture(scope="module")
def libical(tmp_path_factory: pytest.TempPathFactory) -> Callable[[Path], Reading]:
    checker = build_libical_checker(tmp_path_factory.mktemp("libical"))
    return lambda path: read_libical(checker, path)


READERS = ("libical", "icaljs", "vobject", "icalendar")
NAMES = [f"delegation{i}-{cut}" for i in range(1, 5) for cut in (
    "ours", "hosts", "ours-reminders", "hosts-reminders")] + [
    "delegation2-security-internal", "delegation2-security-host", "summit1", "summit1-reminders",
    "summit2", "summit3-reminders", "tasks-all", "tasks-owner"]


def _read(reader: str, path: Path, request: pytest.FixtureRequest) -> Reading:
    if reader == "libical":
        return request.getfixturevalue("libical")(path)  # type: ignore[no-any-return]
    return {"icaljs": read_icaljs, "vobject": read_vobject,
            "icalendar": read_icalendar}[reader](path)


def _same(theirs: dict[str, tuple[Moment, Moment]], ours: dict[str, tuple[Moment, Moment]],
          check_start: bool = True) -> None:
    assert set(theirs) == set(ours)
    for uid, (start, end) in ours.items():
        seen = theirs[uid]
        assert seen[1] == end, (uid, seen, end)
        if check_start:
            assert seen[0] == start, (uid, seen, start)


def test_the_exports_cover_what_the_readers_must_see(exports: dict[str, Export]) -> None:
    assert set(NAMES) <= set(exports)
    trip = exports["delegation2-ours"]
    raw = trip.path.read_bytes()
    assert b"STATUS:CANCELLED" in raw and b"VALUE=DATE" in raw and b"BEGIN:VALARM" not in raw
    assert b"BEGIN:VALARM" in exports["delegation2-ours-reminders"].path.read_bytes()
    assert b"CLASS:CONFIDENTIAL" in raw and b"Pacific/Auckland" in raw
    assert len(trip.expected.events) > len(exports["delegation2-hosts"].expected.events)
    # a flight that lands on the next calendar day across the date line
    flights = [e for e in Calendar.from_ical(raw).walk("VEVENT")
               if e.get("DTEND") is not None and e["DTEND"].params.get("TZID") ==
               "Pacific/Auckland" and e.decoded("DTEND").date() > e.decoded("DTSTART").date()
               + timedelta(days=1)]
    assert flights


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("name", NAMES)
def test_every_reader_accepts_every_export(exports: dict[str, Export], name: str, reader: str,
                                           request: pytest.FixtureRequest) -> None:
    export = exports[name]
    reading = _read(reader, export.path, request)
    if name.startswith("tasks"):
        assert not reading.events
        _same(reading.todos, export.expected.todos, check_start=False)
        assert all(isinstance(start, str) for start, _ in reading.todos.values())
    else:
        assert not reading.todos
        _same(reading.events, export.expected.events)


def test_task_starts_agree_between_readers(exports: dict[str, Export],
                                           request: pytest.FixtureRequest) -> None:
    path = exports["tasks-all"].path
    starts = {reader: {u: s for u, (s, _) in _read(reader, path, request).todos.items()}
              for reader in READERS}
    assert all(found == starts["icalendar"] for found in starts.values())


def test_an_empty_calendar_is_refused_and_writes_nothing(sample_db: Database,
                                                         tmp_path: Path) -> None:
    """icalendar's validate() refuses a calendar with no component; so do we, before any
    file is written."""
    trip = next(d.id for d in overview.list_delegations(sample_db.sessions)
                if "Tokyo" in d.title)
    empty = replace(calendars.delegation_calendar(sample_db.sessions, trip), events=())
    target = tmp_path / "out" / "empty.ics"
    target.parent.mkdir()
    with pytest.raises(ValidationError, match="no items"):
        calendars.write_calendar(empty, target, NOW)
    assert not list(target.parent.iterdir())
