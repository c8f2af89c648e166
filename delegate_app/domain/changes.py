"""Change sets: what one committed write created, changed or removed, and by whom.

Every write produces one (the database layer records it as the transaction commits), and
every view decides from it whether what it shows is affected. A change made at another
workstation arrives as the same value, so it travels as JSON too.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

CREATED, CHANGED, REMOVED = "created", "changed", "removed"
SCHEMA = 1


@dataclass(frozen=True, slots=True)
class RecordChange:
    """One record (or, with ``id`` None, some records of a kind: a bulk write)."""

    kind: str  # the table: "itinerary_item", "person", "delegation" ...
    id: int | None
    action: str  # CREATED, CHANGED or REMOVED


@dataclass(frozen=True, slots=True)
class ChangeSet:
    """What a transaction (or several, merged) did; ``scopes`` are the records it points at.

    An itinerary item carries the scope ("delegation", 7): a view of delegation 7 learns
    that something inside it changed without knowing every kind of row a delegation holds.
    """

    records: frozenset[RecordChange] = frozenset()
    scopes: frozenset[tuple[str, int]] = frozenset()
    by: str = ""
    at: datetime = field(default_factory=lambda: datetime.now(UTC))
    origin: str = ""  # "" for this workstation; another workstation's name otherwise
    serial: int = 0

    def __bool__(self) -> bool:
        return bool(self.records)

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(r.kind for r in self.records)

    def touches(self, *kinds: str) -> bool:
        """True when any record of these kinds was written."""
        wanted = set(kinds)
        return any(r.kind in wanted for r in self.records)

    def ids(self, kind: str, action: str | None = None) -> frozenset[int] | None:
        """Ids of ``kind`` written (with ``action``, only those); None when a bulk write
        touched rows of that kind without saying which."""
        found = set()
        for r in self.records:
            if r.kind == kind and (action is None or r.action == action):
                if r.id is None:
                    return None
                found.add(r.id)
        return frozenset(found)

    def touches_record(self, kind: str, record_id: int) -> bool:
        """The record itself, or anything that points at it, was written.

        A bulk write of unknown rows counts as touching: better one needless refresh than
        a stale view.
        """
        if (kind, record_id) in self.scopes:
            return True
        return any(r.kind == kind and r.id in (record_id, None) for r in self.records)

    def merged(self, other: ChangeSet) -> ChangeSet:
        return ChangeSet(self.records | other.records, self.scopes | other.scopes,
                         other.by or self.by, max(self.at, other.at),
                         other.origin if other.origin == self.origin else "",
                         max(self.serial, other.serial))

    def to_json(self) -> str:
        return json.dumps({
            "schema": SCHEMA, "by": self.by, "at": self.at.isoformat(), "origin": self.origin,
            "serial": self.serial,
            "records": sorted([r.kind, r.id, r.action] for r in self.records
                              if r.id is not None) + sorted(
                [r.kind, None, r.action] for r in self.records if r.id is None),
            "scopes": sorted([k, i] for k, i in self.scopes)}, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> ChangeSet:
        data: dict[str, Any] = json.loads(text)
        return cls(frozenset(RecordChange(str(k), None if i is None else int(i), str(a))
                             for k, i, a in data.get("records", [])),
                   frozenset((str(k), int(i)) for k, i in data.get("scopes", [])),
                   str(data.get("by", "")), datetime.fromisoformat(data["at"]),
                   str(data.get("origin", "")), int(data.get("serial", 0)))


def merge_all(changes: Iterable[ChangeSet]) -> ChangeSet:
    result = ChangeSet()
    first = True
    for change in changes:
        result = change if first else result.merged(change)
        first = False
    return result
