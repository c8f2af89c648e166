"""Turns what one transaction wrote into rows of the record: one entry per record (merged
across flushes), link lists as before and after, each entry named and placed (the record it
is part of, its delegation), inserted on the transaction's connection."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import Connection, LargeBinary, Table, insert, select

from ..domain.changes import CHANGED, CREATED, REMOVED
from ..domain.enums import NameOrder
from ..domain.history import RESTORED
from ..domain.names import formal_name
from .models import Base
from .models.audit import AuditEntry

INSERTS = (CREATED, RESTORED)
# Rows that are re-made rather than edited (a member list is saved whole): the same person
# in the same delegation is the same member, whatever its row number.
NATURAL_KEYS = {"delegation_member": ("delegation_id", "person_id")}
# The record a row is part of: its history shows the row's changes too.
SCOPES = {"itinerary_item": ("delegation", "delegation_id"),
          "delegation_member": ("delegation", "delegation_id"),
          "summit_session": ("summit", "summit_id"),
          "position_held": ("person", "person_id"),
          "commitment_event": ("commitment", "commitment_id"),
          "meeting_outcome": ("itinerary_item", "item_id"),
          "commitment": ("itinerary_item", "item_id"),
          "network_membership": ("organisation", "network_id"),
          "agreement": ("partnership", "partnership_id")}
# Rows without a name of their own are named after the record they are about.
NAME_VIA = {"delegation_member": ("person", "person_id"),
            "meeting_outcome": ("itinerary_item", "item_id"),
            "commitment_event": ("commitment", "commitment_id"),
            "network_membership": ("city", "city_id")}


@dataclass
class Entry:
    """One record's change in this transaction; ``fields``: column -> [before, after]."""

    action: str
    kind: str
    record_id: int | None
    values: dict[str, Any]  # the row's columns as known (to name and place it)
    fields: dict[str, list[Any]]
    rows: int = 1  # a bulk write of rows not listed one by one


@dataclass(frozen=True)
class LinkSpec:
    """A link table behind a list on a record (item_participant: an item's participants)."""

    table: str
    parent_kind: str
    parent_column: str
    field: str
    child_column: str
    order_column: str | None


@dataclass(frozen=True)
class LinkOp:
    """One link row a bulk statement added, removed or moved (``before``/``after``: its
    place in an ordered list)."""

    spec: LinkSpec
    parent: Any
    child: Any
    op: str
    before: Any
    after: Any


@cache
def link_specs() -> dict[str, LinkSpec]:
    """Every link table of a list relationship, from the mappings."""
    specs: dict[str, LinkSpec] = {}
    for mapper in Base.registry.mappers:
        parent = mapper.local_table
        for rel in mapper.relationships:
            link = rel.secondary
            if not isinstance(link, Table) or not isinstance(parent, Table):
                continue
            keys = list(link.foreign_keys)
            own = next((k.parent.name for k in keys if k.column.table is parent), None)
            other = next((k.parent.name for k in keys if k.column.table is not parent), None)
            if own and other:
                order = "position" if "position" in link.c else None
                specs[link.name] = LinkSpec(link.name, parent.name, own, rel.key, other, order)
    return specs


# Merging ------------------------------------------------------------------------------------
def _key(entry: Entry) -> tuple[Any, ...] | None:
    columns = NATURAL_KEYS.get(entry.kind)
    if columns and all(entry.values.get(c) is not None for c in columns):
        return (entry.kind, *(entry.values[c] for c in columns))
    return (entry.kind, entry.record_id) if entry.record_id is not None else None


def _combine(old: Entry, new: Entry) -> Entry | None:
    """Two entries of one record in one transaction as one (None: nothing is left)."""
    if old.action in INSERTS:
        if new.action == REMOVED:
            return None
        old.fields.update({f: [None, after] for f, (_, after) in new.fields.items()})
        old.values.update(new.values)
        return old
    if old.action == CHANGED and new.action in (CHANGED, REMOVED):
        for name, (before, after) in new.fields.items():
            new.fields[name] = [old.fields.get(name, [before])[0], after]
        for name, (before, _after) in old.fields.items():
            new.fields.setdefault(name, [before, None if new.action == REMOVED else _after])
        new.fields = {f: v for f, v in new.fields.items() if v[0] != v[1]}
        return new if new.fields or new.action == REMOVED else None
    if old.action == REMOVED and new.action in INSERTS:  # re-made: what differs is a change
        names = set(old.fields) | set(new.fields)
        fields = {f: [old.fields.get(f, [None])[0], new.fields.get(f, [None, None])[1]]
                  for f in sorted(names)}
        fields = {f: v for f, v in fields.items() if v[0] != v[1]}
        return Entry(CHANGED, new.kind, new.record_id, new.values, fields) if fields else None
    return new


def merge(entries: Iterable[Entry]) -> list[Entry]:
    merged: dict[tuple[Any, ...], Entry | None] = {}
    for number, entry in enumerate(entries):
        key = _key(entry) or ("#", number)
        old = merged.get(key)
        merged[key] = entry if old is None else _combine(old, entry)
    return [e for e in merged.values() if e is not None]


# Link lists ---------------------------------------------------------------------------------
def _ordered(places: dict[Any, Any]) -> list[Any]:
    return [c for c, _ in sorted(places.items(), key=lambda kv: (kv[1] or 0, kv[0]))]


def _link_lists(conn: Connection, spec: LinkSpec, parent: int,
                ops: list[LinkOp]) -> tuple[list[Any], list[Any]]:
    """The list as it is now, and as it was before these statements (undone in reverse)."""
    link = Base.metadata.tables[spec.table]
    order = link.c[spec.order_column] if spec.order_column else None
    columns = [link.c[spec.child_column], *([order] if order is not None else [])]
    now = {r[0]: (r[1] if order is not None else 0) for r in conn.execute(
        select(*columns).where(link.c[spec.parent_column] == parent))}
    was = dict(now)
    for op in reversed(ops):
        if op.op == "added":
            was.pop(op.child, None)
        else:
            was[op.child] = op.before if order is not None else 0
    return _ordered(was), _ordered(now)


def apply_links(conn: Connection, links: Iterable[LinkOp], entries: list[Entry]) -> None:
    """Link rows written by statements become a list field of the record they belong to."""
    groups: dict[tuple[LinkSpec, int], list[LinkOp]] = {}
    for op in links:
        if isinstance(op.parent, int) and op.child is not None:
            groups.setdefault((op.spec, op.parent), []).append(op)
    index = {(e.kind, e.record_id): e for e in entries if e.record_id is not None}
    for (spec, parent), ops in groups.items():
        before, after = _link_lists(conn, spec, parent, ops)
        if before == after:
            continue
        entry = index.get((spec.parent_kind, parent))
        if entry is None:
            entry = index[(spec.parent_kind, parent)] = Entry(CHANGED, spec.parent_kind,
                                                              parent, {}, {})
            entries.append(entry)
        if entry.action in INSERTS:
            entry.fields[spec.field] = [None, after]
        elif entry.action == CHANGED:
            entry.fields[spec.field] = [entry.fields.get(spec.field, [before])[0], after]


# Naming and placing -------------------------------------------------------------------------
def load_rows(conn: Connection, kind: str, ids: Iterable[Any]) -> dict[int, dict[str, Any]]:
    """Rows of ``kind`` by id, without their documents and photos."""
    table = Base.metadata.tables.get(kind)
    wanted = sorted({i for i in ids if isinstance(i, int)})
    if table is None or "id" not in table.c or not wanted:
        return {}
    columns = [c for c in table.c if not isinstance(c.type, LargeBinary)]
    found: dict[int, dict[str, Any]] = {}
    for start in range(0, len(wanted), 500):
        for row in conn.execute(select(*columns).where(
                table.c.id.in_(wanted[start:start + 500]))).mappings():
            found[int(row["id"])] = dict(row)
    return found


def name_of(kind: str, values: dict[str, Any]) -> str:
    """A record's name as an officer knows it: a person's formal name, else its title,
    name or description."""
    if kind == "person":
        order = values.get("name_order") or NameOrder.GIVEN_FIRST
        return formal_name(values.get("honorific") or "", values.get("given_name") or "",
                           values.get("family_name") or "", NameOrder(order))
    for column in ("title", "name", "description", "summary"):
        if values.get(column):
            return " ".join(str(values[column]).split())[:200]
    return ""


def _fill_values(conn: Connection, entries: list[Entry]) -> None:
    bare: dict[str, list[Entry]] = {}
    for entry in entries:
        if not entry.values and entry.record_id is not None:
            bare.setdefault(entry.kind, []).append(entry)
    for kind, group in bare.items():
        rows = load_rows(conn, kind, (e.record_id for e in group))
        for entry in group:
            entry.values = rows.get(entry.record_id or 0, {})


def _names_and_delegations(conn: Connection, entries: list[Entry]
                           ) -> tuple[list[str], list[int | None]]:
    wanted: dict[str, set[Any]] = {"itinerary_item": set()}
    for entry in entries:
        if entry.kind in NAME_VIA:
            kind, column = NAME_VIA[entry.kind]
            wanted.setdefault(kind, set()).add(entry.values.get(column))
        wanted["itinerary_item"].add(entry.values.get("item_id"))
    rows = {kind: load_rows(conn, kind, ids) for kind, ids in wanted.items()}
    names, delegations = [], []
    for entry in entries:
        name = name_of(entry.kind, entry.values)
        if entry.kind in NAME_VIA:
            kind, column = NAME_VIA[entry.kind]
            name = name_of(kind, rows[kind].get(entry.values.get(column) or 0, {})) or name
        names.append(name)
        delegation = entry.record_id if entry.kind == "delegation" else entry.values.get(
            "delegation_id")
        if delegation is None and entry.values.get("item_id") is not None:
            delegation = rows["itinerary_item"].get(entry.values["item_id"], {}).get(
                "delegation_id")
        delegations.append(delegation if isinstance(delegation, int) else None)
    return names, delegations


def write_entries(conn: Connection, entries: Iterable[Entry], links: Iterable[LinkOp],
                  officer: str, at: datetime) -> int:
    """Insert the record of one transaction; returns how many entries were written."""
    merged = merge(entries)
    apply_links(conn, links, merged)
    merged = [e for e in merged if e.fields or e.action != CHANGED or e.rows != 1]
    if not merged:
        return 0
    _fill_values(conn, merged)
    names, delegations = _names_and_delegations(conn, merged)
    rows = []
    for entry, name, delegation in zip(merged, names, delegations, strict=True):
        scope_kind, scope_column = SCOPES.get(entry.kind, ("", ""))
        scope_id = entry.values.get(scope_column) if scope_column else None
        rows.append({
            "at": at, "officer": officer, "action": entry.action, "kind": entry.kind,
            "record_id": entry.record_id, "rows": entry.rows,
            "scope_kind": scope_kind if isinstance(scope_id, int) else "",
            "scope_id": scope_id if isinstance(scope_id, int) else None,
            "delegation_id": delegation, "summary": name[:500],
            "changes": json.dumps(entry.fields, ensure_ascii=False, sort_keys=True),
            "zone": str(entry.values.get("start_tz") or "")[:64],
            "end_zone": str(entry.values.get("end_tz") or "")[:64],
        })
    conn.execute(insert(AuditEntry), rows)
    return len(rows)
