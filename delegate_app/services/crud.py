"""Create, change, delete and restore one kind of record, the same way for every kind."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from sqlalchemy.orm import Session, sessionmaker

from ..db.audit import mark_restoring
from ..db.models import Base
from ..domain.errors import NotFoundError, StaleEditError
from ..domain.records import Change
from ..domain.wording import QT_TRANSLATE_NOOP, Wording
from .editing import load_for_edit, refuse_if_referenced, translated_errors
from .snapshots import RowsSnapshot, restore_tree, snapshot_tree

# A long list's query is read this many rows at a time (``yield_per``): the rows the driver
# and SQLAlchemy hold at once stay few while the list's own records are built from them.
ROWS_AT_ONCE = 1000

M = TypeVar("M", bound=Base)
I = TypeVar("I")  # noqa: E741 - the input record type


@dataclass(frozen=True)
class RecordKind(Generic[M, I]):
    model: type[M]
    label: str  # "city", "person"
    validate: Callable[[I], I]
    apply: Callable[[Session, M, I], None]  # copies input onto the row, checks links
    to_input: Callable[[M], I]
    name_of: Callable[[M], str]
    check_unique: Callable[[Session, I, int | None], None] = lambda s, d, i: None
    after_flush: Callable[[Session, M, I], None] = lambda s, r, d: None  # links needing an id

    @property
    def table(self) -> str:
        return self.model.__tablename__  # type: ignore[no-any-return]


def create(sessions: sessionmaker[Session], kind: RecordKind[M, I], data: I,
           record_id: int | None = None) -> Change:
    """Insert a record; ``record_id`` puts a deleted record back under its old id."""
    data = kind.validate(data)
    with sessions.begin() as session, translated_errors(kind.label):
        kind.check_unique(session, data, None)
        row = kind.model()
        if record_id is not None:
            if session.get(kind.model, record_id) is not None:
                raise StaleEditError(QT_TRANSLATE_NOOP(
                    "delegate_app", "Another {label} now has the number {number}; cannot "
                    "restore."), label=Wording(kind.label), number=str(record_id))
            row.id = record_id  # type: ignore[attr-defined]
            mark_restoring(session)
        kind.apply(session, row, data)
        session.add(row)
        session.flush()
        kind.after_flush(session, row, data)
        action = "restored" if record_id is not None else "created"
        return Change(kind.label, row.id, row.version, action)  # type: ignore[attr-defined]


def update(sessions: sessionmaker[Session], kind: RecordKind[M, I], record_id: int,
           seen_version: int, data: I) -> Change:
    data = kind.validate(data)
    with sessions.begin() as session, translated_errors(kind.label):
        row = load_for_edit(session, kind.model, record_id, seen_version, kind.label)
        kind.check_unique(session, data, record_id)
        kind.apply(session, row, data)
        session.flush()
        kind.after_flush(session, row, data)
        return Change(kind.label, record_id, row.version, "updated")  # type: ignore[attr-defined]


def delete(sessions: sessionmaker[Session], kind: RecordKind[M, I], record_id: int,
           seen_version: int, refuse_if_used: bool = True) -> RowsSnapshot:
    """Delete a record; the snapshot (every column, photos and dates included, with the rows
    that go with it and the links set to NULL) lets undo put it back exactly.

    A record other records still use is refused, unless ``refuse_if_used`` is off for a
    record whose parts go with it (a delegation, a summit) after the officer confirmed.
    """
    with sessions.begin() as session, translated_errors(kind.label):
        row = load_for_edit(session, kind.model, record_id, seen_version, kind.label)
        if refuse_if_used:
            refuse_if_referenced(session, kind.table, record_id, kind.name_of(row))
        snapshot = snapshot_tree(session, kind.table, record_id)
        session.delete(row)
        return snapshot


def restore(sessions: sessionmaker[Session], snapshot: RowsSnapshot) -> Change:
    """Put a deleted record back exactly as it was (undo of a delete)."""
    with sessions.begin() as session, translated_errors(snapshot.root_table.replace("_", " ")):
        restore_tree(session, snapshot)
        version = dict(snapshot.rows[0][1]).get("version", 1)
        return Change(snapshot.root_table, snapshot.root_id, int(version), "restored")


def fetch(sessions: sessionmaker[Session], kind: RecordKind[M, I],
          record_id: int) -> tuple[int, I]:
    """The record's current version and its editable fields."""
    with sessions() as session:
        row = session.get(kind.model, record_id)
        if row is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("delegate_app", "This {label} no longer exists."),
                                label=Wording(kind.label))
        return row.version, kind.to_input(row)  # type: ignore[attr-defined]
