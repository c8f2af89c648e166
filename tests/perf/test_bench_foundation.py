"""Benchmarks (run on demand with `make bench`): they print timings and assert no speed."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from delegate_app.services import cities, overview, people, sample
from delegate_app.services.database import Database
from tests.conftest import SAMPLE_NOW, SAMPLE_TODAY

pytestmark = pytest.mark.perf


def _timed(label: str, work: Callable[[], object], repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    print(f"{label}: best of {repeat} = {best * 1000:.1f} ms")
    return best


def test_bench_open_and_load_sample(tmp_path: Path) -> None:
    def fresh() -> None:
        path = tmp_path / f"b{time.perf_counter_ns()}.sqlite"
        with Database(str(path)) as db:
            sample.load_sample_plan(db.sessions, today=SAMPLE_TODAY)

    assert _timed("create database and load the sample plan", fresh, repeat=3) > 0


def test_bench_page_queries(sample_db: Database) -> None:
    s = sample_db.sessions
    for label, work in (
        ("people page", lambda: people.list_people(s)),
        ("cities page", lambda: cities.list_cities(s)),
        ("delegations page", lambda: overview.list_delegations(s)),
        ("commitments page", lambda: overview.list_commitments(s, SAMPLE_NOW)),
        ("today page", lambda: overview.today_summary(s, SAMPLE_NOW)),
    ):
        assert _timed(label, work) > 0
