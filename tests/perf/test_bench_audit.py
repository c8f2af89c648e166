"""What the record of every change costs a write (run on demand with `make bench`): 1,000
item edits through the service with the change path alone and with the audit trail too,
beside a bare SQL update of the same row; the sample plan loaded both ways. Printed as a
table of medians and ratios, never asserted."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import update
from sqlalchemy.orm import Session, sessionmaker

from delegate_app.db.audit import AuditTrail
from delegate_app.db.changes import ChangeRecorder
from delegate_app.db.models import ItineraryItem
from delegate_app.services import itinerary, overview, sample
from delegate_app.services.database import Database
from tests.conftest import SAMPLE_TODAY

pytestmark = pytest.mark.perf
EDITS, ROUNDS = 1000, 5


def _factory(db: Database, audited: bool) -> sessionmaker[Session]:
    sessions = sessionmaker(db.engine, expire_on_commit=False)
    ChangeRecorder("bench").install(sessions)
    if audited:
        AuditTrail(lambda: "bench").install(sessions)
    return sessions


def _item_edits(sessions: sessionmaker[Session], item_id: int, count: int) -> float:
    """Seconds per edit of ``count`` venue changes through the item service."""
    started = time.perf_counter()
    for n in range(count):
        version, data = itinerary.get_item(sessions, item_id)
        itinerary.update_item(sessions, item_id, version, replace(data, venue=f"Room {n}"))
    return (time.perf_counter() - started) / count


def _bare_updates(sessions: sessionmaker[Session], item_id: int, count: int) -> float:
    started = time.perf_counter()
    for n in range(count):
        with sessions.begin() as session:
            session.connection().execute(update(ItineraryItem.__table__).where(
                ItineraryItem.__table__.c.id == item_id).values(venue=f"Hall {n}"))
    return (time.perf_counter() - started) / count


def _table(rows: list[tuple[str, float]], floor: float) -> str:
    lines = [f"{'job':58} {'median':>10} {'ratio':>7}"]
    lines += [f"{label:58} {value * 1000:>8.2f}ms {value / floor:>6.2f}x"
              for label, value in rows]
    return "\n".join(lines)


def test_bench_item_edits_with_and_without_the_record(sample_db: Database) -> None:
    trip = next(d.id for d in overview.list_delegations(sample_db.sessions)
                if "Tokyo" in d.title)
    item = next(r.id for r in itinerary.item_rows(sample_db.sessions, trip)
                if r.data.summit_session_id is None)
    plain, audited = _factory(sample_db, False), _factory(sample_db, True)
    per_round = EDITS // ROUNDS
    timings: dict[str, list[float]] = {"bare": [], "plain": [], "audited": []}
    for _ in range(ROUNDS):  # interleaved, so a busy machine weighs on both alike
        timings["bare"].append(_bare_updates(plain, item, per_round))
        timings["plain"].append(_item_edits(plain, item, per_round))
        timings["audited"].append(_item_edits(audited, item, per_round))
    bare, without, with_record = (statistics.median(timings[k])
                                  for k in ("bare", "plain", "audited"))
    print(f"\n{EDITS} item edits in {ROUNDS} rounds (per edit):\n" + _table([
        ("bare SQL UPDATE + commit (floor)", bare),
        ("update_item, change path only", without),
        ("update_item, change path + record of every change", with_record),
    ], bare) + f"\nrecord / no record: {with_record / without:.2f}x")
    assert with_record > 0


def test_bench_sample_plan_with_and_without_the_record(tmp_path: Path) -> None:
    def load(audited: bool) -> Callable[[], float]:
        def run() -> float:
            path = tmp_path / f"b{time.perf_counter_ns()}.sqlite"
            with Database(str(path)) as db:
                sessions = _factory(db, audited)
                started = time.perf_counter()
                sample.load_sample_plan(sessions, today=SAMPLE_TODAY)
                return time.perf_counter() - started
        return run

    timings = {flag: [load(flag)() for _ in range(3)] for flag in (False, True)}
    without, with_record = (statistics.median(timings[f]) for f in (False, True))
    print("\nsample plan, one transaction of ~400 records (median of 3):\n" + _table([
        ("load_sample_plan, change path only", without),
        ("load_sample_plan, change path + record of every change", with_record),
    ], without))
    assert with_record > 0
