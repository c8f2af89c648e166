"""The record of every change, collected where the change path collects its change sets.

Hooked on the session factory, so no write can leave it out: ORM rows are read at each
flush (their attribute history gives each field before and after), bulk statements as
they run (the rows an UPDATE or DELETE will touch are read first). At commit the entries
are merged (an item created and then edited is one "created"; a member taken off and put
back is one change of place) and inserted on the transaction's own connection, so the
record and the change commit, or roll back, together. Audit rows are never audited.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Table, event, inspect, select
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker
from sqlalchemy.sql.dml import Delete, Insert, Update

from ..domain.changes import CHANGED, CREATED, REMOVED
from ..domain.history import RESTORED, json_safe
from .audit_writer import Entry, LinkOp, link_specs, write_entries
from .base import Base
from .models.audit import AuditEntry

_PENDING = "delegate_app.audit"
_RESTORING = "delegate_app.audit_restoring"
AUDIT_TABLE = AuditEntry.__tablename__
# Bookkeeping an officer never edits: left out of the fields recorded.
UNTRACKED = frozenset({"id", "version", "created_at", "updated_at", "sequence", "uid",
                       "import_uid", "photo_mime"})
BULK_ROWS = 200  # a statement touching more rows gets one entry that counts them


@dataclass
class Pending:
    """What one transaction has written so far."""

    entries: list[Entry] = field(default_factory=list)
    links: list[LinkOp] = field(default_factory=list)


def pending(session: Session) -> Pending:
    found = session.info.get(_PENDING)
    if found is None:
        found = session.info[_PENDING] = Pending()
    return found  # type: ignore[no-any-return]


def mark_restoring(session: Session) -> None:
    """Rows this transaction inserts put back deleted records: they are "restored"."""
    session.info[_RESTORING] = True


def _inserted(session: Session) -> str:
    return RESTORED if session.info.get(_RESTORING) else CREATED


def _table_of(obj: Any) -> Table | None:
    table = getattr(type(obj), "__table__", None)
    if not isinstance(table, Table) or table.name == AUDIT_TABLE:
        return None
    return table


# ORM rows, at each flush ------------------------------------------------------------------
def _values(state: Any) -> dict[str, Any]:
    """The row's loaded column values (never loads a deferred one)."""
    return {a.key: state.dict[a.key] for a in state.mapper.column_attrs if a.key in state.dict}


def _shown(value: Any) -> bool:
    return value not in (None, "", False, b"")


def _collections(state: Any, modified_only: bool = False
                 ) -> Iterable[tuple[str, list[Any], list[Any], bool]]:
    """Link lists (participants, destinations ...): (field, before ids, after ids, changed)."""
    for rel in state.mapper.relationships:
        if rel.secondary is None or rel.key not in state.dict or (
                modified_only and rel.key not in state.committed_state):
            continue
        history = state.attrs[rel.key].history
        original = state.committed_state.get(rel.key)
        before = ([o for o in original] if isinstance(original, list)
                  else [*history.unchanged, *history.deleted])
        after = list(state.dict[rel.key])
        yield (rel.key, [getattr(o, "id", None) for o in before],
               [getattr(o, "id", None) for o in after], history.has_changes())


def _created(state: Any, action: str) -> Entry:
    values = _values(state)
    fields = {k: [None, json_safe(v)] for k, v in values.items()
              if k not in UNTRACKED and _shown(v)}
    for key, _before, after, _changed in _collections(state):
        if after:
            fields[key] = [None, after]
    return Entry(action, state.mapper.local_table.name, values.get("id"), values, fields)


def _removed(state: Any) -> Entry:
    values = _values(state)
    fields = {k: [json_safe(v), None] for k, v in values.items()
              if k not in UNTRACKED and _shown(v)}
    for key, before, _after, _changed in _collections(state):
        if before:
            fields[key] = [before, None]
    return Entry(REMOVED, state.mapper.local_table.name, values.get("id"), values, fields)


def _changed(state: Any) -> Entry | None:
    fields: dict[str, list[Any]] = {}
    columns = state.mapper.columns
    for key in list(state.committed_state):  # only what was set since the last flush
        if key in UNTRACKED or key not in columns:
            continue
        history = state.attrs[key].history
        if history.has_changes():
            before = history.deleted[0] if history.deleted else None
            after = history.added[0] if history.added else None
            if before != after:
                fields[key] = [json_safe(before), json_safe(after)]
    for key, before, after, changed in _collections(state, modified_only=True):
        if changed and before != after:
            fields[key] = [before, after]
    if not fields:
        return None  # only bookkeeping moved (a version raised with the list of members)
    values = _values(state)
    return Entry(CHANGED, state.mapper.local_table.name, values.get("id"), values, fields)


def _after_flush(session: Session, _context: Any) -> None:
    found = pending(session)
    for obj in session.new:
        if _table_of(obj) is not None:
            found.entries.append(_created(inspect(obj), _inserted(session)))
    for obj in session.dirty:
        if _table_of(obj) is not None:  # _changed reads only what was set: cheaper than
            entry = _changed(inspect(obj))  # asking the session whether it is modified
            if entry is not None:
                found.entries.append(entry)
    for obj in session.deleted:
        if _table_of(obj) is not None:
            found.entries.append(_removed(inspect(obj)))


# Bulk statements, as they run ---------------------------------------------------------------
def _statement_table(statement: Any) -> Table | None:
    table = getattr(statement, "table", None)
    if not isinstance(table, Table) or table.name == AUDIT_TABLE:
        return None
    return table if table.name in Base.metadata.tables else None


def _set_values(statement: Update, table: Table) -> dict[str, Any]:
    """Plain values an UPDATE sets, by column name (expressions are left out)."""
    params = statement.compile().params
    return {c.name: params[c.name] for c in table.c if c.name in params}


def _row_dicts(state: ORMExecuteState, statement: Insert, table: Table) -> list[dict[str, Any]]:
    given = state.parameters
    if isinstance(given, list):
        return [dict(r) for r in given]
    if isinstance(given, Mapping) and given:
        return [dict(given)]
    params = statement.compile().params
    return [{c.name: params[c.name] for c in table.c if c.name in params}]


def _rows_before(state: ORMExecuteState, statement: Update | Delete,
                 table: Table) -> list[dict[str, Any]] | None:
    """The rows the statement is about to touch; None when there are too many to list."""
    query = select(table)
    if statement.whereclause is not None:
        query = query.where(statement.whereclause)
    if isinstance(state.parameters, list) and "id" in table.c:  # bulk update by id
        query = select(table).where(table.c.id.in_([r.get("id") for r in state.parameters]))
    rows = state.session.connection().execute(query.limit(BULK_ROWS + 1)).mappings().all()
    return None if len(rows) > BULK_ROWS else [dict(r) for r in rows]


def _bulk(kind: str, action: str, rows: int) -> Entry:
    return Entry(action, kind, None, {}, {}, rows=rows)


def _on_insert(state: ORMExecuteState, statement: Insert, table: Table, found: Pending) -> None:
    rows = _row_dicts(state, statement, table)
    action = _inserted(state.session)
    spec = link_specs().get(table.name)
    if spec is not None:
        found.links.extend(LinkOp(spec, r.get(spec.parent_column), r.get(spec.child_column),
                                  "added", None, r.get(spec.order_column or ""))
                           for r in rows)
        return
    known = [r for r in rows if isinstance(r.get("id"), int)]
    if len(known) != len(rows) or len(rows) > BULK_ROWS:
        found.entries.append(_bulk(table.name, action, len(rows)))
        return
    for row in known:
        fields = {k: [None, json_safe(v)] for k, v in row.items()
                  if k not in UNTRACKED and _shown(v)}
        found.entries.append(Entry(action, table.name, row["id"], row, fields))


def _on_update(state: ORMExecuteState, statement: Update, table: Table, found: Pending) -> None:
    before = _rows_before(state, statement, table)
    if before is None:
        found.entries.append(_bulk(table.name, CHANGED, BULK_ROWS + 1))
        return
    by_id = {r.get("id"): r for r in state.parameters} if isinstance(
        state.parameters, list) else {}
    values = _set_values(statement, table)
    spec = link_specs().get(table.name)
    for row in before:
        after = {**values, **by_id.get(row.get("id"), {})}
        fields = {k: [json_safe(row.get(k)), json_safe(v)] for k, v in after.items()
                  if k in row and k not in UNTRACKED and row.get(k) != v}
        if not fields:
            continue
        if spec is not None:
            order = spec.order_column or ""
            found.links.append(LinkOp(spec, row.get(spec.parent_column),
                                      row.get(spec.child_column), "moved", row.get(order),
                                      after.get(order)))
        else:
            found.entries.append(Entry(CHANGED, table.name, row.get("id"), row, fields))


def _on_delete(state: ORMExecuteState, statement: Delete, table: Table, found: Pending) -> None:
    before = _rows_before(state, statement, table)
    if before is None:
        found.entries.append(_bulk(table.name, REMOVED, BULK_ROWS + 1))
        return
    spec = link_specs().get(table.name)
    for row in before:
        if spec is not None:
            found.links.append(LinkOp(spec, row.get(spec.parent_column),
                                      row.get(spec.child_column), "removed",
                                      row.get(spec.order_column or ""), None))
            continue
        fields = {k: [json_safe(v), None] for k, v in row.items()
                  if k not in UNTRACKED and _shown(v)}
        found.entries.append(Entry(REMOVED, table.name, row.get("id"), row, fields))


def _on_execute(state: ORMExecuteState) -> None:
    statement = state.statement
    if not isinstance(statement, Insert | Update | Delete):
        return
    table = _statement_table(statement)
    if table is None:
        return
    found = pending(state.session)
    if isinstance(statement, Insert):
        _on_insert(state, statement, table, found)
    elif isinstance(statement, Update):
        _on_update(state, statement, table, found)
    else:
        _on_delete(state, statement, table, found)


# At commit ---------------------------------------------------------------------------------
class AuditTrail:
    """Writes the record of every change, in the transaction that makes it. ``officer`` says
    who is signed in (read at each commit: on PostgreSQL it is the login role)."""

    def __init__(self, officer: Callable[[], str]) -> None:
        self.officer = officer

    def install(self, sessions: sessionmaker[Session]) -> None:
        event.listen(sessions, "after_flush", _after_flush)
        event.listen(sessions, "do_orm_execute", _on_execute)
        event.listen(sessions, "before_commit", self._before_commit)
        event.listen(sessions, "after_commit", _forget)
        event.listen(sessions, "after_rollback", _forget)

    def _before_commit(self, session: Session) -> None:
        if session.new or session.deleted or session.dirty:
            session.flush()  # the commit's own flush would come after this hook
        found: Pending | None = session.info.pop(_PENDING, None)
        if found is None or not (found.entries or found.links):
            return
        write_entries(session.connection(), found.entries, found.links,
                      self.officer()[:120], datetime.now(UTC))


def _forget(session: Session) -> None:
    session.info.pop(_PENDING, None)
    session.info.pop(_RESTORING, None)
