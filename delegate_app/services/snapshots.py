"""Whole records with their parts, copied out before a delete so undo can put them back.

A snapshot holds the rows of the record, of every row that cascades from it, and the
links other records had to those rows (which the delete set to NULL), as plain values.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, select, update
from sqlalchemy.orm import Session

from ..db.audit import mark_restoring
from ..db.models import Base


@dataclass(frozen=True)
class RowsSnapshot:
    root_table: str
    root_id: int
    rows: tuple[tuple[str, dict[str, Any]], ...]  # parents before children
    links: tuple[tuple[str, str, int, int], ...]  # (table, column, row id, target id)


def _children(table: Table) -> list[tuple[Table, Any, str]]:
    """Tables whose rows point at ``table``: (child, fk column, ondelete)."""
    found = []
    for child in Base.metadata.sorted_tables:
        for fk in child.foreign_keys:
            if fk.column.table is table:
                found.append((child, fk.parent, (fk.ondelete or "").upper()))
    return found


def _collect(session: Session, table: Table, where: Any, rows: list[tuple[str, dict[str, Any]]],
             links: list[tuple[str, str, int, int]]) -> None:
    found = [dict(r._mapping) for r in session.execute(select(table).where(where))]
    rows.extend((table.name, r) for r in found)
    if "id" not in table.c or not found:
        return
    ids = [r["id"] for r in found]
    for child, column, ondelete in _children(table):
        if ondelete == "CASCADE":
            _collect(session, child, column.in_(ids), rows, links)
        elif ondelete == "SET NULL" and "id" in child.c:
            for row_id, target in session.execute(
                    select(child.c.id, column).where(column.in_(ids))):
                links.append((child.name, column.name, int(row_id), int(target)))


def snapshot_tree(session: Session, table_name: str, record_id: int) -> RowsSnapshot:
    table = Base.metadata.tables[table_name]
    rows: list[tuple[str, dict[str, Any]]] = []
    links: list[tuple[str, str, int, int]] = []
    _collect(session, table, table.c.id == record_id, rows, links)
    return RowsSnapshot(table_name, record_id, tuple(rows), tuple(links))


def restore_tree(session: Session, snapshot: RowsSnapshot) -> None:
    mark_restoring(session)  # the record says "restored", not "created"
    order = {t.name: n for n, t in enumerate(Base.metadata.sorted_tables)}
    for name, values in sorted(snapshot.rows, key=lambda r: order[r[0]]):
        session.execute(Base.metadata.tables[name].insert().values(**values))
    for name, column, row_id, target in snapshot.links:
        table = Base.metadata.tables[name]
        session.execute(update(table).where(table.c.id == row_id, table.c[column].is_(None))
                        .values({column: target}))
