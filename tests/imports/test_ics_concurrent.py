"""Two officers importing the same calendar at the same moment (issue 13): one copy of
each item, and no raw database error for the second — on SQLite and on PostgreSQL."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session, sessionmaker

from delegate_app.db.models import ItineraryItem
from delegate_app.services import ics_import, overview, sample
from delegate_app.services.database import Database
from tests.conftest import SAMPLE_TODAY

CALENDAR = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//host//EN\r\n" + "".join(
    f"BEGIN:VEVENT\r\nUID:visit-{i}@host.example\r\nSUMMARY:Programme point {i}\r\n"
    f"DTSTART:202612{6 + i % 9:02d}T{8 + i % 10:02d}0000Z\r\nDURATION:PT45M\r\nEND:VEVENT\r\n"
    for i in range(25)) + "END:VCALENDAR\r\n").encode()


def _trip(sessions: sessionmaker[Session]) -> int:
    return next(d.id for d in overview.list_delegations(sessions) if "Tokyo" in d.title)


def _count(sessions: sessionmaker[Session], trip: int) -> tuple[int, int]:
    """Items of the delegation, and distinct file UIDs among them."""
    with sessions() as s:
        items = s.scalar(select(func.count()).select_from(ItineraryItem).where(
            ItineraryItem.delegation_id == trip)) or 0
        uids = s.scalar(select(func.count(func.distinct(ItineraryItem.import_uid))).where(
            ItineraryItem.delegation_id == trip)) or 0
        return items, uids


def _race(first: sessionmaker[Session], second: sessionmaker[Session],
          trip: int) -> dict[str, Any]:
    """Both preview the file; the first writes and, its rows flushed but not committed,
    holds its transaction open while the second writes."""
    previews = {name: ics_import.preview_import(s, trip, CALENDAR)
                for name, s in (("first", first), ("second", second))}
    assert all(len(p.added) == 25 for p in previews.values())
    flushed, second_started = threading.Event(), threading.Event()

    def hold(_session: Session, _context: Any) -> None:
        if threading.current_thread().name == "first" and not flushed.is_set():
            flushed.set()
            second_started.wait(10)
            time.sleep(1.0)  # the second is now blocked on the first's rows or lock

    event.listen(first, "after_flush", hold)
    outcome: dict[str, Any] = {}

    def officer(name: str, sessions: sessionmaker[Session], before: Callable[[], None]) -> None:
        before()
        try:
            outcome[name] = ics_import.write_import(sessions, previews[name])
        except Exception as exc:  # what the officer would see
            outcome[name] = exc

    def wait_for_first() -> None:
        flushed.wait(20)
        second_started.set()

    threads = [threading.Thread(target=officer, name="first", args=("first", first,
                                                                     lambda: None)),
               threading.Thread(target=officer, name="second", args=("second", second,
                                                                      wait_for_first))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    event.remove(first, "after_flush", hold)
    return outcome


def _check(outcome: dict[str, Any], sessions: sessionmaker[Session], trip: int,
           before: int) -> None:
    first, second = outcome["first"], outcome["second"]
    assert not isinstance(first, Exception), first
    assert not isinstance(second, Exception), repr(second.__cause__)  # a silent success
    assert len(first.added) == 25
    assert second.added == () and second.already_there == 25
    assert _count(sessions, trip) == (before + 25, 25)  # one copy of each


@pytest.mark.timeout(180)
def test_two_officers_import_the_same_file_on_sqlite(sample_db: Database) -> None:
    trip = _trip(sample_db.sessions)
    before = _count(sample_db.sessions, trip)[0]
    # One app, two imports at once (two tabs, two worker threads, two connections).
    outcome = _race(sample_db.sessions, sessionmaker(sample_db.engine,
                                                     expire_on_commit=False), trip)
    _check(outcome, sample_db.sessions, trip, before)


@pytest.mark.timeout(300)
def test_two_workstations_import_the_same_file_on_postgres(pg_url: str) -> None:
    with Database(pg_url) as first, Database(pg_url) as second:
        sample.load_sample_plan(first.sessions, today=SAMPLE_TODAY)
        trip = _trip(first.sessions)
        before = _count(first.sessions, trip)[0]
        outcome = _race(first.sessions, second.sessions, trip)
        _check(outcome, first.sessions, trip, before)


@pytest.mark.timeout(300)
def test_both_databases_refuse_and_store_the_same(pg_url: str,
                                                  sample_db: Database) -> None:
    """Lengths and numbers are checked before the database sees them: PostgreSQL's
    stricter columns (a 120-character uid, a 32-bit sequence) refuse nothing more."""
    raw = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//probe//EN\r\n"
           f"BEGIN:VEVENT\r\nUID:{'u' * 200}\r\nSUMMARY:Long identifier\r\n"
           "SEQUENCE:99999999999999999999\r\nDTSTART:20261210T100000Z\r\n"
           "DTEND:20261210T110000Z\r\nEND:VEVENT\r\n"
           f"BEGIN:VEVENT\r\nUID:t@probe\r\nSUMMARY:{'T' * 301}\r\n"
           "DTSTART:20261210T120000Z\r\nDTEND:20261210T130000Z\r\nEND:VEVENT\r\n"
           f"BEGIN:VEVENT\r\nUID:v@probe\r\nSUMMARY:Visit\r\nLOCATION:{'V' * 301}\r\n"
           "DTSTART:20261210T140000Z\r\nDTEND:20261210T150000Z\r\nEND:VEVENT\r\n"
           "END:VCALENDAR\r\n").encode()
    with Database(pg_url) as pg:
        sample.load_sample_plan(pg.sessions, today=SAMPLE_TODAY)
        said = []
        for sessions in (sample_db.sessions, pg.sessions):
            preview = ics_import.preview_import(sessions, _trip(sessions), raw)
            result = ics_import.write_import(sessions, preview)
            said.append((preview.lines()[:3], len(result.added)))
        assert said[0] == said[1]
        assert said[0][1] == 1 and len(said[0][0]) == 3  # one added, two rejected
