"""Benchmark (run on demand with `make bench`): issuing, opening and comparing versions of
the sample trip, each beside its floor (the dossier data a version captures, a bare
json.loads of the stored document). Timings are printed, not asserted."""

from __future__ import annotations

import json
import shutil
import statistics
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select

from delegate_app.db.models import ProgrammeVersion
from delegate_app.services import dossier, itinerary, overview, versions
from delegate_app.services.calendars import Edition
from delegate_app.services.database import Database

pytestmark = pytest.mark.perf


def _median(job: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        job()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def test_bench_issue_open_and_compare(sample_template: Path, tmp_path: Path) -> None:
    shutil.copy(sample_template, tmp_path / "office.sqlite")
    with Database(str(tmp_path / "office.sqlite")) as db:
        trip = next(d.id for d in overview.list_delegations(db.sessions) if "Tokyo" in d.title)
        issue = _median(lambda: versions.issue_version(db.sessions, trip), runs=1)
        first = itinerary.item_rows(db.sessions, trip)[0]
        itinerary.update_item(db.sessions, first.id, first.version,
                              replace(first.data, title=first.data.title + "!"))
        versions.issue_version(db.sessions, trip)
        with db.sessions() as s:
            text = s.scalar(select(ProgrammeVersion.document).limit(1)) or ""
        rows = [
            ("issue a version (capture + store)", issue,
             "both dossiers' data", _median(lambda: [dossier.delegation_dossier(
                 db.sessions, trip, e, True) for e in Edition], runs=1)),
            ("open a version", _median(lambda: versions.load_version(db.sessions, trip, 1)),
             "json.loads of it", _median(lambda: json.loads(text))),
            ("compare 1 with the draft", _median(lambda: versions.programme_changes(
                db.sessions, trip, 1)), "open a version", _median(
                lambda: versions.load_version(db.sessions, trip, 1))),
        ]
    print(f"\nstored document: {len(text) // 1024} KB")
    for job, took, floor, bare in rows:
        print(f"{job:36} {took * 1000:8.0f} ms   {floor:20} {bare * 1000:8.0f} ms   "
              f"× {took / bare:5.1f}")
