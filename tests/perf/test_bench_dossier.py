"""Benchmark (run on demand with `make bench`): the dossier of a 10-day delegation with 60
meetings, both editions. Timings are printed, not asserted."""

from __future__ import annotations

import random
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from delegate_app.db.models import Delegation, Person
from delegate_app.domain.enums import ItemKind
from delegate_app.exports.pdf.dossier import dossier_pdf
from delegate_app.services import dossier, synthetic
from delegate_app.services.calendars import Edition
from delegate_app.services.database import Database

pytestmark = pytest.mark.perf
BRIEFING = ("Second meeting this year; the counterpart expects a clear answer on the technical "
            "visit and on the 2027 work plan. Keep the exchange municipal. ") * 3


def _sixty_meetings(db: Database) -> int:
    """One synthetic delegation turned into ten days of six briefed meetings each."""
    synthetic.make_synthetic_office(db.sessions, 60, today=date(2026, 11, 23))
    rng = random.Random(7)
    with db.sessions.begin() as s:
        d = s.scalars(select(Delegation)).one()
        people = list(s.scalars(select(Person)))
        d.ends_on = d.starts_on + timedelta(days=9)
        first = datetime.combine(d.starts_on, datetime.min.time(), UTC) + timedelta(hours=6)
        for n, item in enumerate(sorted(d.items, key=lambda i: i.id)):
            item.starts_at = first + timedelta(days=n // 6, minutes=100 * (n % 6))
            item.ends_at = item.starts_at + timedelta(minutes=75)
            item.kind, item.title = ItemKind.BILATERAL_MEETING, f"Bilateral meeting {n + 1}"
            item.venue, item.dress_code = "City Hall, Room 3", "Business attire"
            item.briefing, item.talking_points = BRIEFING, "Point one\nPoint two\nPoint three"
            item.counterparts = rng.sample(people, 2)
        return d.id


def test_bench_dossier_of_ten_days_and_sixty_meetings(tmp_path: Path) -> None:
    with Database(str(tmp_path / "office.sqlite")) as db:
        d_id = _sixty_meetings(db)
        for edition in (Edition.INTERNAL, Edition.HOST):
            started = time.perf_counter()
            data = dossier.delegation_dossier(db.sessions, d_id, edition)
            gathered = time.perf_counter() - started
            pdf = dossier_pdf(data)
            total = time.perf_counter() - started
            briefs = len(data.internal.briefs) if data.internal else 0
            print(f"\ndossier {edition.value}: {sum(len(x.items) for x in data.days)} items "
                  f"over {len(data.days)} days, {briefs} briefs, {len(pdf) // 1024} KB: "
                  f"data {gathered * 1000:.0f} ms, total {total:.2f} s")
            if edition is Edition.INTERNAL:
                assert briefs == 60
