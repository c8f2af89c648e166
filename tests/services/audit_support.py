"""Reading the record back in tests: the entries each step wrote, checked for who, which
record and each field before and after; the office on SQLite and on PostgreSQL."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from delegate_app.db.models import AuditEntry
from delegate_app.services.database import Database
from tests.conftest import _test_database_name

OFFICER = "sara.k"
BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(params=BACKENDS, name="office")
def office_fixture(request: pytest.FixtureRequest, sample_template: Path,
           tmp_path: Path) -> Iterator[Database]:
    """The sample plan on either database, with a named officer at the keyboard."""
    if request.param == "sqlite":
        target = tmp_path / "sample.sqlite"
        shutil.copy(sample_template, target)
        database = Database(str(target)).open()
    else:
        server = request.getfixturevalue("postgres_server")
        template = request.getfixturevalue("sample_on_postgres")
        database = Database(server.fresh_database(_test_database_name(request, "audit"),
                                                  template=template)).open()
    database.changes.who = OFFICER
    yield database
    database.close()


@dataclass(frozen=True)
class Written:
    id: int
    officer: str
    action: str
    kind: str
    record_id: int | None
    delegation_id: int | None
    scope: tuple[str, int | None]
    summary: str
    rows: int
    fields: dict[str, list[Any]]


def last_id(db: Database) -> int:
    with db.sessions() as session:
        return int(session.scalar(select(func.max(AuditEntry.id))) or 0)


class Trail:
    """The entries written since the last look."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.seen = last_id(db)

    def take(self) -> list[Written]:
        with self.db.sessions() as session:
            rows = session.scalars(select(AuditEntry).where(AuditEntry.id > self.seen)
                                   .order_by(AuditEntry.id)).all()
            found = [Written(r.id, r.officer, r.action, r.kind, r.record_id, r.delegation_id,
                             (r.scope_kind, r.scope_id), r.summary, r.rows,
                             json.loads(r.changes)) for r in rows]
        if found:
            self.seen = found[-1].id
        return found

    def expect(self, kind: str, record_id: int | None, action: str, /,
               **fields: tuple[Any, Any]) -> Written:
        """The step left an entry for the record, by the officer, with these fields."""
        return find(self.take(), kind, record_id, action, **fields)


def find(entries: list[Written], kind: str, record_id: int | None, action: str, /,
         **fields: tuple[Any, Any]) -> Written:
    matching = [e for e in entries if (e.kind, e.record_id, e.action) == (kind, record_id,
                                                                         action)]
    seen = [(e.action, e.kind, e.record_id) for e in entries]
    assert matching, f"no {action} {kind} {record_id} in {seen}"
    [entry] = matching
    assert entry.officer == OFFICER
    for name, (before, after) in fields.items():
        assert entry.fields.get(name) == [before, after], (name, entry.fields)
    return entry
