"""Records what every session writes and hands a change set to listeners when it commits.

Hooked on the session factory, so no write can forget to announce itself: ORM rows are
read at each flush (new, changed, deleted), bulk statements by their table. A rollback
discards what its transaction had collected.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import Table, event, inspect
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker
from sqlalchemy.sql.dml import Delete, Insert, Update

from ..domain.changes import CHANGED, CREATED, REMOVED, ChangeSet, RecordChange
from .base import Base

Listener = Callable[[ChangeSet], None]
_PENDING = "delegate_app.pending_changes"


def _pending(session: Session) -> tuple[set[RecordChange], set[tuple[str, int]]]:
    found = session.info.get(_PENDING)
    if found is None:
        found = session.info[_PENDING] = (set(), set())
    return found  # type: ignore[no-any-return]


def _foreign_keys(table: Table) -> list[tuple[str, str]]:
    """(column, referred table) for each single-column foreign key of ``table``."""
    return [(fk.parent.name, fk.column.table.name) for fk in table.foreign_keys]


def _row_scopes(obj: Any, table: Table) -> Iterable[tuple[str, int]]:
    """The records this row points at, before and after the flush (a move counts twice)."""
    state = inspect(obj)
    for column, target in _foreign_keys(table):
        if column not in state.attrs:
            continue
        history = state.attrs[column].history
        for value in (*history.added, *history.unchanged, *history.deleted):
            if isinstance(value, int):
                yield target, value


def _table_of(obj: Any) -> Table | None:
    table = getattr(type(obj), "__table__", None)
    return table if isinstance(table, Table) else None


def _after_flush(session: Session, _context: Any) -> None:
    records, scopes = _pending(session)
    for objects, action in ((session.new, CREATED), (session.dirty, CHANGED),
                            (session.deleted, REMOVED)):
        for obj in objects:
            table = _table_of(obj)
            if table is None or (action == CHANGED and not session.is_modified(obj)):
                continue
            record_id = getattr(obj, "id", None)
            records.add(RecordChange(table.name, record_id if isinstance(record_id, int)
                                     else None, action))
            scopes.update(_row_scopes(obj, table))


def _statement_table(statement: Any) -> Table | None:
    table = getattr(statement, "table", None)
    return table if isinstance(table, Table) else None


def _on_execute(state: ORMExecuteState) -> None:
    """Bulk INSERT/UPDATE/DELETE through the session: the table, and ids when given."""
    statement = state.statement
    if not isinstance(statement, Insert | Update | Delete):
        return
    table = _statement_table(statement)
    if table is None or table.name not in Base.metadata.tables:
        return
    records, scopes = _pending(state.session)
    action = CREATED if isinstance(statement, Insert) else (
        REMOVED if isinstance(statement, Delete) else CHANGED)
    rows = state.parameters if isinstance(state.parameters, list) else [state.parameters or {}]
    if isinstance(statement, Insert) and not state.parameters:
        rows = [dict(statement.compile().params)]
    keys = [(column, target) for column, target in _foreign_keys(table)]
    for row in rows:
        record_id = row.get("id") if isinstance(row, dict) else None
        records.add(RecordChange(table.name, record_id if isinstance(record_id, int) else None,
                                 action))
        for column, target in keys:
            value = row.get(column) if isinstance(row, dict) else None
            if isinstance(value, int):
                scopes.add((target, value))
    if "id" not in table.c:  # a link table: the rows it links are what changed
        for column, target in keys:
            if not any(isinstance(r, dict) and isinstance(r.get(column), int) for r in rows):
                records.add(RecordChange(target, None, CHANGED))


def pending_change(session: Session, by: str = "", origin: str = "") -> ChangeSet:
    """What the session's transaction has written so far (empty when nothing)."""
    records, scopes = session.info.get(_PENDING, (set(), set()))
    return ChangeSet(frozenset(records), frozenset(scopes), by=by, origin=origin)


class ChangeRecorder:
    """One per open database: numbers each committed change set and tells the listeners."""

    def __init__(self, who: str) -> None:
        self.who = who
        self._listeners: list[Listener] = []
        self._serial = itertools.count(1)
        self._lock = threading.Lock()

    def install(self, sessions: sessionmaker[Session]) -> None:
        event.listen(sessions, "after_flush", _after_flush)
        event.listen(sessions, "do_orm_execute", _on_execute)
        event.listen(sessions, "after_commit", self._after_commit)
        event.listen(sessions, "after_rollback", _forget)

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` with every committed change set; returns the way to stop."""
        with self._lock:
            self._listeners.append(listener)

        def stop() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return stop

    def announce(self, change: ChangeSet) -> None:
        """Hand a change set (ours, or one from another workstation) to every listener."""
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            listener(change)

    def _after_commit(self, session: Session) -> None:
        records, scopes = session.info.pop(_PENDING, (set(), set()))
        if not records:
            return
        with self._lock:
            serial = next(self._serial)
        self.announce(ChangeSet(frozenset(records), frozenset(scopes), by=self.who,
                                serial=serial))


def _forget(session: Session) -> None:
    session.info.pop(_PENDING, None)
