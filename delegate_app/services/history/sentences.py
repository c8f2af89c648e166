"""Entries of the record told in the officer's words: "moved “Courtesy call” from 14:30 to
15:00", values shown as the app shows them (names for linked records, labels for choices,
times in the record's own zone)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import Boolean, Date, Table
from sqlalchemy import Enum as SAEnum

from ...db.audit_writer import link_specs
from ...db.base import UTCDateTime
from ...db.models import Base
from ...domain.changes import CHANGED, CREATED, REMOVED
from ...domain.history import RESTORED, FieldChange, field_word, kind_word
from ...domain.timefmt import format_date, format_day, to_local, zone_place

EMPTY = "—"
TIMES = ("starts_at", "ends_at", "start_tz", "end_tz")
NAMES_ON_STEP = {"open": "opened", "in_progress": "started on", "done": "marked done",
                 "dropped": "dropped"}


@dataclass(frozen=True)
class Facts:
    """What an entry says, as read from its row."""

    action: str
    kind: str
    record_id: int | None
    name: str
    rows: int
    fields: dict[str, list[Any]]
    zone: str
    end_zone: str
    delegation_id: int | None


@dataclass
class Names:
    """Names of the records entries point at, loaded once for a page of entries."""

    by_table: dict[str, dict[int, str]] = field(default_factory=dict)

    def of(self, table: str, record_id: Any) -> str:
        if not isinstance(record_id, int):
            return EMPTY
        found = self.by_table.get(table, {}).get(record_id)
        return found or f"{kind_word(table)} #{record_id} (since deleted)"


def _table(kind: str) -> Table | None:
    return Base.metadata.tables.get(kind)


def target_of(kind: str, name: str) -> str | None:
    """The table a field's ids point at: a foreign key, or the members of a link list."""
    for spec in link_specs().values():
        if spec.parent_kind == kind and spec.field == name:
            link = Base.metadata.tables[spec.table]
            return next(iter(link.c[spec.child_column].foreign_keys)).column.table.name
    table = _table(kind)
    if table is None or name not in table.c:
        return None
    keys = list(table.c[name].foreign_keys)
    return keys[0].column.table.name if keys else None


def _enum_label(kind: str, name: str, value: Any) -> str | None:
    table = _table(kind)
    column_type = table.c[name].type if table is not None and name in table.c else None
    if not isinstance(column_type, SAEnum):
        return None
    enum_class = column_type.enum_class
    if enum_class is None or not issubclass(enum_class, Enum):
        return None
    try:
        member = enum_class(value)
    except ValueError:
        return str(value)
    return str(getattr(member, "label", member.value))


def _instant(value: str, zone: str, day: date | None = None) -> str:
    """"14:30" on ``day``, else "Tue 8 Dec 14:30", in the record's zone."""
    local = to_local(datetime.fromisoformat(value), zone or "UTC")
    return f"{local:%H:%M}" if day == local.date() else f"{format_day(local.date())} {local:%H:%M}"


def show(facts: Facts, name: str, value: Any, names: Names) -> str:
    """One value of a field, as the app shows it."""
    if value is None or value == "" or value == []:
        return EMPTY
    target = target_of(facts.kind, name)
    if target is not None:
        values = value if isinstance(value, list) else [value]
        return ", ".join(names.of(target, v) for v in values)
    if isinstance(value, dict) and "bytes" in value:
        return f"a document of {max(1, int(value['bytes']) // 1024)} KB"
    label = _enum_label(facts.kind, name, value)
    if label is not None:
        return label
    table = _table(facts.kind)
    column = table.c.get(name) if table is not None else None
    kind = type(column.type) if column is not None else None
    if isinstance(value, str) and kind is UTCDateTime:
        zone = facts.end_zone if name == "ends_at" and facts.end_zone else facts.zone
        return _instant(value, zone)
    if isinstance(value, str) and kind is Date:
        return format_date(date.fromisoformat(value))
    if isinstance(value, bool) or kind is Boolean:
        return "yes" if value else "no"
    text = " ".join(str(value).split())
    return f"“{text[:77]}…”" if len(text) > 80 else (f"“{text}”" if isinstance(value, str)
                                                      else text)


def details(facts: Facts, names: Names) -> tuple[FieldChange, ...]:
    """Each field before and after, in the order of the record's columns."""
    table = _table(facts.kind)
    order = {c.name: n for n, c in enumerate(table.c)} if table is not None else {}
    result = []
    for name in sorted(facts.fields, key=lambda f: (order.get(f, 999), f)):
        before, after = facts.fields[name]
        result.append(FieldChange(name, field_word(name), show(facts, name, before, names),
                                  show(facts, name, after, names)))
    return tuple(result)


def _named(facts: Facts) -> str:
    return f"“{facts.name}”" if facts.name else f"a {kind_word(facts.kind)}"


def _moved(facts: Facts) -> str | None:
    """"moved “Courtesy call” from 14:30 to 15:00 (Tue 8 Dec, Tokyo)"."""
    starts = facts.fields.get("starts_at")
    if not starts or set(facts.fields) - set(TIMES) or None in starts:
        return None
    zone = facts.zone or "UTC"
    before, after = (to_local(datetime.fromisoformat(v), zone) for v in starts)
    if before.date() == after.date():
        return (f"moved {_named(facts)} from {before:%H:%M} to {after:%H:%M} "
                f"({format_day(before.date())}, {zone_place(zone)})")
    return (f"moved {_named(facts)} from {_instant(starts[0], zone)} to "
            f"{_instant(starts[1], zone)} ({zone_place(zone)})")


def _status(facts: Facts) -> str | None:
    if set(facts.fields) - {"status", "completed_on", "evidence", "evidence_document",
                            "evidence_document_name"} or "status" not in facts.fields:
        return None
    before, after = facts.fields["status"]
    if facts.kind == "commitment":
        verb = "reopened" if after == "open" and before in ("done", "dropped") else \
            NAMES_ON_STEP.get(str(after), "changed")
        return f"{verb} {_named(facts)}"
    if after == "cancelled":
        return f"cancelled {_named(facts)}"
    label = _enum_label(facts.kind, "status", after) or str(after)
    verb = "reinstated" if before == "cancelled" else "marked"
    return f"{verb} {_named(facts)} as {label.lower()}"


def _list_change(facts: Facts, names: Names) -> str | None:
    if len(facts.fields) != 1:
        return None
    [(name, (before, after))] = facts.fields.items()
    target = target_of(facts.kind, name)
    if target is None or not isinstance(after, list) or not isinstance(before, list):
        return None
    added = [v for v in after if v not in before]
    gone = [v for v in before if v not in after]
    what = f"the {field_word(name)} of {_named(facts)}"
    parts = []
    if added:
        parts.append(f"added {', '.join(names.of(target, v) for v in added)} to {what}")
    if gone:
        joined = ", ".join(names.of(target, v) for v in gone)
        parts.append(f"took {joined} off {what}" if not added else f"took {joined} off")
    return " and ".join(parts) if parts else f"changed the order of {what}"


def _member(facts: Facts, names: Names) -> str:
    where = f"“{names.of('delegation', facts.delegation_id)}”"
    person = facts.name or "someone"
    if facts.action in (CREATED, RESTORED):
        return f"added {person} to {where}"
    if facts.action == REMOVED:
        return f"took {person} off {where}"
    if set(facts.fields) == {"precedence"}:
        before, after = facts.fields["precedence"]
        return f"moved {person} from place {before} to place {after} in {where}"
    return f"changed {' and '.join(field_word(f) for f in facts.fields)} of {person} in {where}"


def _changed(facts: Facts, names: Names) -> str:
    for phrase in (_moved(facts), _status(facts), _list_change(facts, names)):
        if phrase:
            return phrase
    if set(facts.fields) == {"archived"}:
        archived = facts.fields["archived"][1]
        return (f"archived {_named(facts)}" if archived
                else f"brought {_named(facts)} back from the archive")
    if facts.kind == "meeting_outcome":
        return f"changed the outcome of {_named(facts)}"
    labels = [d.label for d in details(facts, names)]
    shown = labels[:4] + ([f"{len(labels) - 4} more"] if len(labels) > 4 else [])
    joined = shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]
    return f"changed the {joined} of {_named(facts)}"


def what_happened(facts: Facts, names: Names) -> str:
    """The entry as a phrase that follows the officer's name."""
    if facts.record_id is None:
        count = f"over {facts.rows - 1}" if facts.rows > 200 else str(facts.rows)
        verb = {CREATED: "added", RESTORED: "restored", REMOVED: "removed"}.get(
            facts.action, "changed")
        return f"{verb} {count} {kind_word(facts.kind, facts.rows)}"
    if facts.kind == "delegation_member":
        return _member(facts, names)
    if facts.kind == "commitment_event":
        step = facts.fields.get("to_status", [None, None])[1]
        label = _enum_label("commitment", "status", step) or "a step"
        return f"recorded the step “{label}” of {_named(facts)}"
    if facts.kind == "meeting_outcome" and facts.action != CHANGED:
        verb = "removed" if facts.action == REMOVED else "recorded"
        return f"{verb} the outcome of {_named(facts)}"
    noun = kind_word(facts.kind)
    if facts.action == CREATED:
        return f"added the {noun} {_named(facts)}"
    if facts.action == RESTORED:
        return f"restored the {noun} {_named(facts)}"
    if facts.action == REMOVED:
        return f"deleted the {noun} {_named(facts)}"
    return _changed(facts, names)
