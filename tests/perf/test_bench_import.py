"""Benchmark (make bench): the largest calendar an import accepts, beside bare icalendar."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from icalendar import Calendar

from delegate_app.domain import limits
from delegate_app.services import ics_import, overview
from delegate_app.services.database import Database

pytestmark = pytest.mark.perf


def _largest() -> bytes:
    """As many events as one file may hold, each with a zone, a place and some text."""
    events = "".join(
        f"BEGIN:VEVENT\r\nUID:bench-{i}@example.org\r\nSUMMARY:Meeting number {i}\r\n"
        f"DTSTART;TZID=America/Argentina/Buenos_Aires:202612{5 + i % 12:02d}T{8 + i % 10:02d}"
        f"0000\r\nDURATION:PT45M\r\nLOCATION:Room {i % 40}\r\nDESCRIPTION:Agenda item {i}: "
        "water\\, transport\\, culture.\r\nEND:VEVENT\r\n"
        for i in range(limits.ICS_MAX_EVENTS))
    return (f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//EN\r\n{events}"
            "END:VCALENDAR\r\n").encode()


def _median(work: Callable[[], object], repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return sorted(times)[len(times) // 2]


def test_bench_preview_of_the_largest_accepted_calendar(sample_db: Database) -> None:
    raw = _largest()
    trip = next(d.id for d in overview.list_delegations(sample_db.sessions)
                if "Tokyo" in d.title)
    bare = _median(lambda: Calendar.from_ical(raw.decode()))
    ours = _median(lambda: ics_import.preview_import(sample_db.sessions, trip, raw))
    print(f"\n{'job':48} {'median':>9} {'ratio':>6}")
    print(f"{'bare icalendar parse, 2,000 events':48} {bare * 1000:7.0f} ms {1:6.1f}")
    print(f"{'import preview (read, match, validate)':48} {ours * 1000:7.0f} ms "
          f"{ours / bare:6.1f}")
    assert ours > 0
