"""Benchmarks of the shared office (run with `make bench`; they print, never assert speed):
how long a colleague's change takes to arrive, and what announcing it costs each save."""

from __future__ import annotations

import queue
import statistics
import time
from dataclasses import replace

import pytest

from delegate_app.domain.changes import ChangeSet
from delegate_app.services import itinerary, overview
from delegate_app.services.database import Database
from delegate_app.services.office import officers
from tests.conftest import SAMPLE_TODAY
from tests.postgres import PostgresServer

pytestmark = pytest.mark.perf
EDITS = 40


def _item(db: Database) -> int:
    delegation = overview.list_delegations(db.sessions)[0]
    return itinerary.item_rows(db.sessions, delegation.id)[0].id


def test_bench_a_colleagues_change_arrives(postgres_server: PostgresServer) -> None:
    """Median time from the end of a save to the change set reaching another open
    database through NOTIFY/LISTEN, beside the bare save."""
    from delegate_app.services import sample

    url = postgres_server.fresh_database("bench_office")
    with Database(url) as first:
        sample.load_sample_plan(first.sessions, today=SAMPLE_TODAY)
    officers.init_office(url, "bench.head", lambda: "x")
    with Database(url) as first, Database(url) as second:
        assert second.live is not None
        heard: queue.Queue[ChangeSet] = queue.Queue()
        second.subscribe(heard.put)
        second.live.start()
        assert second.live.wait_until_listening(10)
        item_id = _item(first)
        saves, arrivals = [], []
        for n in range(EDITS):
            version, data = itinerary.get_item(first.sessions, item_id)
            started = time.perf_counter()
            itinerary.update_item(first.sessions, item_id, version,
                                  replace(data, venue=f"Room {n}"))
            saved = time.perf_counter()
            heard.get(timeout=5)
            arrivals.append(time.perf_counter() - saved)
            saves.append(saved - started)
    save, arrive = statistics.median(saves), statistics.median(arrivals)
    print(f"\n{'job':<42}{'median ms':>10}")
    print(f"{'save one itinerary item (with NOTIFY)':<42}{save * 1000:>10.1f}")
    print(f"{'... then its arrival at the colleague':<42}{arrive * 1000:>10.1f}")
    print(f"{'arrival / save':<42}{arrive / save:>10.2f}")
    assert arrive > 0
