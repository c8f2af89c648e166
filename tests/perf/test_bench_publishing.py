"""Benchmark (run on demand with `make bench`): publishing the sample Tokyo delegation to a
real Radicale on loopback, beside the bare floor of one request to the same calendar.
Timings are printed, not asserted (the target: a publish with nothing changed under 1 s)."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

import caldav
import pytest

from delegate_app.services import calendars, overview, publishing
from delegate_app.services.database import Database
from tests.conftest import PASSWORD, USER
from tests.services.caldav_helpers import counting_proxy

pytestmark = pytest.mark.perf
BARE = ('<?xml version="1.0"?><d:propfind xmlns:d="DAV:"><d:prop><d:getetag/></d:prop>'
        "</d:propfind>")


def _median(work: Callable[[], object], repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def test_bench_a_publish_with_nothing_changed(sample_db: Database, radicale: str) -> None:
    trip = next(d.id for d in overview.list_delegations(sample_db.sessions) if "Tokyo" in d.title)
    data = calendars.delegation_calendar(sample_db.sessions, trip)
    started = time.perf_counter()
    publishing.publish(data, radicale, USER, PASSWORD)
    first = time.perf_counter() - started
    client = caldav.DAVClient(radicale, username=USER, password=PASSWORD)
    [calendar] = [c for c in client.principal().calendars() if c.get_display_name() == data.name]
    rows = [
        ("bare floor: one PROPFIND of the calendar", _median(
            lambda: client.request(str(calendar.url), "PROPFIND", BARE, {"Depth": "1"}))),
        ("cut from the database (delegation_calendar)",
         _median(lambda: calendars.delegation_calendar(sample_db.sessions, trip))),
        ("publish, nothing changed", _median(
            lambda: publishing.publish(data, radicale, USER, PASSWORD))),
        ("publish --dry-run (plan only)", _median(
            lambda: publishing.plan_publish(data, radicale, USER, PASSWORD))),
    ]
    with counting_proxy(radicale) as proxy:
        publishing.publish(data, proxy.url, USER, PASSWORD)
        proxy.reset()
        publishing.publish(data, proxy.url, USER, PASSWORD)
        requests = len(proxy.requests)
    floor = rows[0][1]
    print(f"\nfirst publish of {len(data.events)} events: {first:.2f} s")
    print(f"{'job':<46} {'median':>10} {'ratio':>7}")
    for label, seconds in rows:
        print(f"{label:<46} {seconds * 1000:>7.1f} ms {seconds / floor:>6.1f}x")
    print(f"requests made by a publish with nothing changed: {requests}")
    assert requests == 1
