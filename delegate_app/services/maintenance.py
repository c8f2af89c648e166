"""Database health: integrity and foreign-key checks, schema at head, and backups."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from ..db import migrate
from ..db.models import Base
from ..domain.errors import DatabaseError
from ..domain.wording import QT_TRANSLATE_NOOP
from .database import Database


@dataclass(frozen=True)
class CheckResult:
    problems: tuple[str, ...]
    notes: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def check(db: Database) -> CheckResult:
    problems: list[str] = []
    notes: list[str] = []
    engine = db.engine
    with engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            integrity = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
            if integrity != ["ok"]:
                problems.extend(f"integrity: {line}" for line in integrity)
            else:
                notes.append("integrity check: ok")
            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            problems.extend(f"record {r[1]} of {r[0]} points at a missing {r[2]}" for r in broken)
            if not broken:
                notes.append("foreign keys: ok")
    current = migrate.current_revision(engine)
    head = migrate.head_revision()
    if current != head:
        problems.append(f"schema is at {current}, this app expects {head}")
    else:
        notes.append(f"schema: at head ({head})")
    differences = migrate.schema_differences(engine)
    problems.extend(f"schema differs from the app's models: {d}" for d in differences)
    with db.sessions() as session:
        counts = []
        for table in Base.metadata.sorted_tables:
            count = session.scalar(select(func.count()).select_from(table))
            if count:
                counts.append(f"{table.name} {count}")
        notes.append("records: " + (", ".join(counts) if counts else "none"))
    return CheckResult(tuple(problems), tuple(notes))


def backup(db: Database, target: Path | None = None) -> Path:
    if db.path is None:
        raise DatabaseError(QT_TRANSLATE_NOOP(
            "delegate_app",
            "Backups of a shared PostgreSQL database are made on the server (pg_dump)."))
    target = target or migrate.default_backup_path(db.path, "manual")
    if target.exists():
        raise DatabaseError(QT_TRANSLATE_NOOP(
            "delegate_app", "{target} already exists; choose another name."), target=str(target))
    return migrate.backup_sqlite(db.path, target)
