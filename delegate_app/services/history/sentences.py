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
from ...domain.timefmt import to_local, zone_place
from ...domain.wording import QT_TRANSLATE_NOOP, Clock, Day, Lowered, Wording, joined
from ..failures import say

EMPTY = "—"
TIMES = ("starts_at", "ends_at", "start_tz", "end_tz")
# What an officer did to a commitment, by the status it went to.
NAMES_ON_STEP = {
    "open": QT_TRANSLATE_NOOP("delegate_app", "opened {name}"),
    "in_progress": QT_TRANSLATE_NOOP("delegate_app", "started on {name}"),
    "done": QT_TRANSLATE_NOOP("delegate_app", "marked done {name}"),
    "dropped": QT_TRANSLATE_NOOP("delegate_app", "dropped {name}"),
}


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
        return found or say(Wording(QT_TRANSLATE_NOOP(
            "delegate_app", "{kind} #{number} (since deleted)"),
            {"kind": Wording(kind_word(table)), "number": str(record_id)}))


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


def _instant(value: str, zone: str, day: date | None = None) -> Clock:
    """"14:30" on ``day``, else "Tue 8 Dec 14:30", in the record's zone."""
    local = to_local(datetime.fromisoformat(value), zone or "UTC")
    return Clock(local, weekday=False, day=day != local.date())


def _w(template: str, **values: object) -> Wording:
    return Wording(template, values)


def show(facts: Facts, name: str, value: Any, names: Names) -> str:
    """One value of a field, as the app shows it (in the interface's language)."""
    if value is None or value == "" or value == []:
        return EMPTY
    target = target_of(facts.kind, name)
    if target is not None:
        values = value if isinstance(value, list) else [value]
        return ", ".join(names.of(target, v) for v in values)
    if isinstance(value, dict) and "bytes" in value:
        return say(_w(QT_TRANSLATE_NOOP("delegate_app", "a document of {size} KB"),
                      size=max(1, int(value["bytes"]) // 1024)))
    label = _enum_label(facts.kind, name, value)
    if label is not None:
        return say(Wording(label))
    table = _table(facts.kind)
    column = table.c.get(name) if table is not None else None
    kind = type(column.type) if column is not None else None
    if isinstance(value, str) and kind is UTCDateTime:
        zone = facts.end_zone if name == "ends_at" and facts.end_zone else facts.zone
        return say(_w("{when}", when=_instant(value, zone)))
    if isinstance(value, str) and kind is Date:
        return say(_w("{day}", day=Day(date.fromisoformat(value), "date")))
    if isinstance(value, bool) or kind is Boolean:
        return say(Wording(QT_TRANSLATE_NOOP("delegate_app", "yes") if value
                           else QT_TRANSLATE_NOOP("delegate_app", "no")))
    text = " ".join(str(value).split())
    return f"“{text[:77]}…”" if len(text) > 80 else (f"“{text}”" if isinstance(value, str)
                                                      else text)


def _in_order(facts: Facts) -> list[str]:
    """The changed fields in the order of the record's columns."""
    table = _table(facts.kind)
    order = {c.name: n for n, c in enumerate(table.c)} if table is not None else {}
    return sorted(facts.fields, key=lambda f: (order.get(f, 999), f))


def details(facts: Facts, names: Names) -> tuple[FieldChange, ...]:
    """Each field before and after, in the order of the record's columns."""
    result = []
    for name in _in_order(facts):
        before, after = facts.fields[name]
        result.append(FieldChange(name, say(Wording(field_word(name))),
                                  show(facts, name, before, names),
                                  show(facts, name, after, names)))
    return tuple(result)


def _and(parts: list[Wording]) -> Wording:
    """"a, b and c", each part said in turn."""
    if len(parts) == 1:
        return parts[0]
    return _w(QT_TRANSLATE_NOOP("delegate_app", "{list} and {last}"),
              list=joined(parts[:-1], ", "), last=parts[-1])


def _named(facts: Facts) -> Wording:
    if facts.name:
        return _w("“{name}”", name=facts.name)
    return _w(QT_TRANSLATE_NOOP("delegate_app", "a {kind}"), kind=Wording(kind_word(facts.kind)))


def _moved(facts: Facts) -> Wording | None:
    """"moved “Courtesy call” from 14:30 to 15:00 (Tue 8 Dec, Tokyo)"."""
    starts = facts.fields.get("starts_at")
    if not starts or set(facts.fields) - set(TIMES) or None in starts:
        return None
    zone = facts.zone or "UTC"
    before, after = (to_local(datetime.fromisoformat(v), zone) for v in starts)
    if before.date() == after.date():
        return _w(QT_TRANSLATE_NOOP(
            "delegate_app", "moved {name} from {before} to {after} ({day}, {place})"),
            name=_named(facts), before=Clock(before, weekday=False),
            after=Clock(after, weekday=False), day=Day(before.date(), "day"),
            place=zone_place(zone))
    return _w(QT_TRANSLATE_NOOP("delegate_app", "moved {name} from {before} to {after} ({place})"),
              name=_named(facts), before=_instant(starts[0], zone),
              after=_instant(starts[1], zone), place=zone_place(zone))


def _status(facts: Facts) -> Wording | None:
    if set(facts.fields) - {"status", "completed_on", "evidence", "evidence_document",
                            "evidence_document_name"} or "status" not in facts.fields:
        return None
    before, after = facts.fields["status"]
    if facts.kind == "commitment":
        template = (QT_TRANSLATE_NOOP("delegate_app", "reopened {name}")
                    if after == "open" and before in ("done", "dropped") else
                    NAMES_ON_STEP.get(str(after), QT_TRANSLATE_NOOP("delegate_app",
                                                                    "changed {name}")))
        return _w(template, name=_named(facts))
    if after == "cancelled":
        return _w(QT_TRANSLATE_NOOP("delegate_app", "cancelled {name}"), name=_named(facts))
    label = _enum_label(facts.kind, "status", after) or str(after)
    template = (QT_TRANSLATE_NOOP("delegate_app", "reinstated {name} as {status}")
                if before == "cancelled" else
                QT_TRANSLATE_NOOP("delegate_app", "marked {name} as {status}"))
    return _w(template, name=_named(facts), status=Lowered(label))


def _list_change(facts: Facts, names: Names) -> Wording | None:
    if len(facts.fields) != 1:
        return None
    [(name, (before, after))] = facts.fields.items()
    target = target_of(facts.kind, name)
    if target is None or not isinstance(after, list) or not isinstance(before, list):
        return None
    added = ", ".join(names.of(target, v) for v in after if v not in before)
    gone = ", ".join(names.of(target, v) for v in before if v not in after)
    what = _w(QT_TRANSLATE_NOOP("delegate_app", "the {field} of {name}"),
              field=Wording(field_word(name)), name=_named(facts))
    if added and gone:
        return _w(QT_TRANSLATE_NOOP("delegate_app", "added {added} to {what} and took {gone} off"),
                  added=added, what=what, gone=gone)
    if added:
        return _w(QT_TRANSLATE_NOOP("delegate_app", "added {added} to {what}"),
                  added=added, what=what)
    if gone:
        return _w(QT_TRANSLATE_NOOP("delegate_app", "took {gone} off {what}"), gone=gone, what=what)
    return _w(QT_TRANSLATE_NOOP("delegate_app", "changed the order of {what}"), what=what)


def _member(facts: Facts, names: Names) -> Wording:
    where = f"“{names.of('delegation', facts.delegation_id)}”"
    person: str | Wording = facts.name or Wording(QT_TRANSLATE_NOOP("delegate_app", "someone"))
    if facts.action in (CREATED, RESTORED):
        return _w(QT_TRANSLATE_NOOP("delegate_app", "added {person} to {where}"),
                  person=person, where=where)
    if facts.action == REMOVED:
        return _w(QT_TRANSLATE_NOOP("delegate_app", "took {person} off {where}"),
                  person=person, where=where)
    if set(facts.fields) == {"precedence"}:
        before, after = facts.fields["precedence"]
        return _w(QT_TRANSLATE_NOOP(
            "delegate_app", "moved {person} from place {before} to place {after} in {where}"),
            person=person, before=before, after=after, where=where)
    fields = [Wording(field_word(f)) for f in facts.fields]
    return _w(QT_TRANSLATE_NOOP("delegate_app", "changed {fields} of {person} in {where}"),
              fields=_and(fields),
              person=person, where=where)


def _changed(facts: Facts, names: Names) -> Wording:
    for phrase in (_moved(facts), _status(facts), _list_change(facts, names)):
        if phrase:
            return phrase
    if set(facts.fields) == {"archived"}:
        archived = facts.fields["archived"][1]
        return _w(QT_TRANSLATE_NOOP("delegate_app", "archived {name}") if archived
                  else QT_TRANSLATE_NOOP("delegate_app", "brought {name} back from the archive"),
                  name=_named(facts))
    if facts.kind == "meeting_outcome":
        return _w(QT_TRANSLATE_NOOP("delegate_app", "changed the outcome of {name}"),
                  name=_named(facts))
    labels = [Wording(field_word(name)) for name in _in_order(facts)]
    shown = labels[:4] + ([_w(QT_TRANSLATE_NOOP("delegate_app", "{n} more"),
                              n=len(labels) - 4)] if len(labels) > 4 else [])
    return _w(QT_TRANSLATE_NOOP("delegate_app", "changed the {fields} of {name}"),
              fields=_and(shown), name=_named(facts))


# What happened to a record, by action: "added the person “Ana Gómez”".
_ACTIONS = {
    CREATED: QT_TRANSLATE_NOOP("delegate_app", "added the {noun} {name}"),
    RESTORED: QT_TRANSLATE_NOOP("delegate_app", "restored the {noun} {name}"),
    REMOVED: QT_TRANSLATE_NOOP("delegate_app", "deleted the {noun} {name}"),
}
# The same for a change of many records at once: "added 12 people".
_MANY = {
    CREATED: QT_TRANSLATE_NOOP("delegate_app", "added {count} {kinds}"),
    RESTORED: QT_TRANSLATE_NOOP("delegate_app", "restored {count} {kinds}"),
    REMOVED: QT_TRANSLATE_NOOP("delegate_app", "removed {count} {kinds}"),
    CHANGED: QT_TRANSLATE_NOOP("delegate_app", "changed {count} {kinds}"),
}


def what_happened(facts: Facts, names: Names) -> str:
    """The entry as a phrase that follows the officer's name, in the interface's language."""
    return say(_what(facts, names))


def _what(facts: Facts, names: Names) -> Wording:
    if facts.record_id is None:
        count = (_w(QT_TRANSLATE_NOOP("delegate_app", "over {n}"), n=facts.rows - 1)
                 if facts.rows > 200 else _w("{n}", n=facts.rows))
        return _w(_MANY.get(facts.action, _MANY[CHANGED]), count=count,
                  kinds=Wording(kind_word(facts.kind, facts.rows)))
    if facts.kind == "delegation_member":
        return _member(facts, names)
    if facts.kind == "commitment_event":
        step = facts.fields.get("to_status", [None, None])[1]
        label = _enum_label("commitment", "status", step)
        return _w(QT_TRANSLATE_NOOP("delegate_app", "recorded the step “{step}” of {name}"),
                  step=Wording(label or QT_TRANSLATE_NOOP("delegate_app", "a step")),
                  name=_named(facts))
    if facts.kind == "meeting_outcome" and facts.action != CHANGED:
        return _w(QT_TRANSLATE_NOOP("delegate_app", "removed the outcome of {name}")
                  if facts.action == REMOVED
                  else QT_TRANSLATE_NOOP("delegate_app", "recorded the outcome of {name}"),
                  name=_named(facts))
    if facts.action in _ACTIONS:
        return _w(_ACTIONS[facts.action], noun=Wording(kind_word(facts.kind)),
                  name=_named(facts))
    return _changed(facts, names)
