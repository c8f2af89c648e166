"""The offices the benchmark measures, made once and kept (keyed by the code that makes them)
under .venv/bench-cache or $DELEGATE_APP_BENCH_CACHE: the synthetic decade, the sample plan,
one delegation of 2,500 / 5,000 / 10,000 items, and ten days of sixty briefed meetings."""

from __future__ import annotations

import hashlib
import os
import random
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from delegate_app.db.models import Delegation, Person
from delegate_app.domain.enums import DelegationStatus, ItemKind
from delegate_app.services import sample, synthetic
from delegate_app.services.database import Database

from .bench import ROOT

BIG_ITEMS = 100_000
ONE_DELEGATION = (2_500, 5_000, 10_000)
BRIEFING = ("Second meeting this year; the counterpart expects a clear answer on the technical "
            "visit and on the 2027 work plan. Keep the exchange municipal. ") * 3


def cache_dir() -> Path:
    folder = Path(os.environ.get("DELEGATE_APP_BENCH_CACHE", Path(sys.prefix) / "bench-cache"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _code_hash() -> str:
    """What the offices depend on: the generators and the schema."""
    digest = hashlib.sha256()
    files = [ROOT / "delegate_app/services/synthetic.py", ROOT / "delegate_app/services/sample.py",
             Path(__file__), *sorted((ROOT / "migrations/versions").glob("*.py")),
             *sorted((ROOT / "resources/sample").glob("*"))]
    for path in files:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def cached(name: str, make: Callable[[Database], None], key: str = "") -> Path:
    """The office file ``name``, made by ``make`` unless an identical one is kept."""
    target = cache_dir() / f"{name}-{_code_hash()}{key}.sqlite"
    if not target.exists():
        partial = target.with_suffix(".partial")
        for leftover in partial.parent.glob(partial.name + "*"):
            leftover.unlink()
        with Database(str(partial)) as db:
            make(db)
        with Database(str(partial)) as db, db.engine.connect() as conn:  # one file, no WAL
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        partial.rename(target)
        partial.with_suffix(".partial.lock").unlink(missing_ok=True)
    return target


def big_office() -> Path:
    return cached("decade", lambda db: synthetic.make_synthetic_office(db.sessions, BIG_ITEMS))


def sample_office() -> Path:
    return cached("sample", lambda db: sample.load_sample_plan(db.sessions),
                  key=f"-{date.today().isoformat()}")


def one_delegation(items: int) -> Path:
    """An office whose only delegation has ``items`` items (and is under way)."""
    def make(db: Database) -> None:
        synthetic.make_synthetic_office(db.sessions, items, items_per_delegation=items)
        with db.sessions.begin() as s:
            s.scalars(select(Delegation)).one().status = DelegationStatus.CONFIRMED

    return cached(f"one-delegation-{items}", make)


def sixty_meetings() -> Path:
    """One delegation turned into ten days of six briefed meetings each."""
    def make(db: Database) -> None:
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

    return cached("sixty-meetings", make)
