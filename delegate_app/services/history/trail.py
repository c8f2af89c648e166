"""Reading the record: a record's history, the office's activity, and its CSV export."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session, sessionmaker

from ...db.audit_writer import load_rows, name_of
from ...db.models import AuditEntry, Delegation
from ...domain.errors import ValidationError
from ...domain.history import ActivityFilter, HistoryLine, kind_word
from ...domain.records import Choice
from ...domain.timefmt import from_local, to_local
from ...domain.wording import QT_TRANSLATE_NOOP, Clock, Day, Wording
from ...exports.atomic import atomic_write
from ...exports.tables import table_csv
from ..failures import say
from ..home import office_zone
from .sentences import Facts, Names, details, target_of, what_happened

MAX_LINES = 5000
ACTIVITY_COLUMNS = ("When (UTC)", "When (office time)", "Officer", "Action", "Record kind",
                    "Record number", "Record", "Delegation number", "What happened",
                    "Fields before and after")


def _facts(row: AuditEntry) -> Facts:
    try:
        fields = json.loads(row.changes or "{}")
    except ValueError:  # never written so by the app; shown as a change without details
        fields = {}
    return Facts(row.action, row.kind, row.record_id, row.summary, row.rows,
                 fields if isinstance(fields, dict) else {}, row.zone, row.end_zone,
                 row.delegation_id)


def _names(session: Session, facts: Sequence[Facts]) -> Names:
    wanted: dict[str, set[Any]] = {}
    for fact in facts:
        for name, pair in fact.fields.items():
            target = target_of(fact.kind, name)
            if target is None:
                continue
            for value in pair:
                wanted.setdefault(target, set()).update(
                    value if isinstance(value, list) else [value])
        if fact.kind == "delegation_member":
            wanted.setdefault("delegation", set()).add(fact.delegation_id)
    connection = session.connection()
    return Names({table: {i: name_of(table, row) for i, row in
                          load_rows(connection, table, ids).items()}
                  for table, ids in wanted.items()})


def _when(at: datetime, zone: str, now: datetime) -> str:
    """"Tue 8 Dec 22:41" in the office's zone (with the year when it is not this one), in
    the interface's language and calendar."""
    local = to_local(at, zone)
    if local.year == to_local(now, zone).year:
        return say(Wording("{when}", {"when": Clock(local, weekday=False, day=True)}))
    return say(Wording("{day} {time}", {"day": Day(local.date(), "date"),
                                        "time": Clock(local, weekday=False)}))


def _line(r: AuditEntry, f: Facts, names: Names, zone: str, now: datetime) -> HistoryLine:
    what, when = what_happened(f, names), _when(r.at, zone, now)
    return HistoryLine(
        id=r.id, at=r.at, officer=r.officer, action=r.action, kind=r.kind,
        kind_label=say(Wording(kind_word(r.kind))), record_id=r.record_id,
        record_name=r.summary, delegation_id=r.delegation_id, scope=(r.scope_kind, r.scope_id),
        what=what, when=when, changes=details(f, names), raw=f.fields,
        sentence=say(Wording(QT_TRANSLATE_NOOP("delegate_app", "{officer} {what} on {when}"),
                             {"officer": r.officer, "what": what, "when": when})))


def _lines(session: Session, rows: Sequence[AuditEntry]) -> list[HistoryLine]:
    facts = [_facts(r) for r in rows]
    names = _names(session, facts)
    zone, now = office_zone(session), datetime.now(UTC)
    return [_line(r, f, names, zone, now) for r, f in zip(rows, facts, strict=True)]


def record_history(sessions: sessionmaker[Session], kind: str, record_id: int,
                   limit: int = 300) -> list[HistoryLine]:
    """Everything done to one record and to its parts (a delegation's items and members,
    a summit's sessions, a commitment's steps), newest first."""
    whose = or_(and_(AuditEntry.kind == kind, AuditEntry.record_id == record_id),
                and_(AuditEntry.scope_kind == kind, AuditEntry.scope_id == record_id))
    if kind == "delegation":
        whose = or_(whose, AuditEntry.delegation_id == record_id)
    with sessions() as session:
        rows = session.scalars(select(AuditEntry).where(whose)
                               .order_by(AuditEntry.id.desc()).limit(limit)).all()
        return _lines(session, rows)


def day_start(sessions: sessionmaker[Session], day: date) -> datetime:
    """The first instant of ``day`` where the office works (a period starts there)."""
    with sessions() as session:
        zone = office_zone(session)
    return from_local(datetime.combine(day, time()), zone)


def activity(sessions: sessionmaker[Session], wanted: ActivityFilter | None = None
             ) -> list[HistoryLine]:
    """The office's changes, newest first, as the filter narrows them."""
    wanted = wanted or ActivityFilter()
    if not 1 <= wanted.limit <= MAX_LINES:
        raise ValidationError({"limit": Wording(QT_TRANSLATE_NOOP(
            "delegate_app", "Show from 1 to {limit} changes at a time."), {"limit": MAX_LINES})})
    query = select(AuditEntry)
    if wanted.since is not None:
        query = query.where(AuditEntry.at >= wanted.since)
    if wanted.until is not None:
        query = query.where(AuditEntry.at < wanted.until)
    if wanted.officer:
        query = query.where(AuditEntry.officer == wanted.officer)
    if wanted.kind:
        query = query.where(AuditEntry.kind == wanted.kind)
    if wanted.delegation_id is not None:
        query = query.where(AuditEntry.delegation_id == wanted.delegation_id)
    with sessions() as session:
        rows = session.scalars(query.order_by(AuditEntry.id.desc())
                               .limit(wanted.limit)).all()
        return _lines(session, rows)


@dataclass(frozen=True, slots=True)
class ActivityChoices:
    """What the Activity page's filters offer: officers and kinds on record, delegations."""

    officers: tuple[str, ...]
    kinds: tuple[tuple[str, str], ...]  # (table, the officer's word for it)
    delegations: tuple[Choice, ...]


def activity_choices(sessions: sessionmaker[Session]) -> ActivityChoices:
    with sessions() as session:
        officers = session.scalars(select(AuditEntry.officer).distinct()
                                   .order_by(AuditEntry.officer)).all()
        kinds = sorted(session.scalars(select(AuditEntry.kind).distinct()).all(),
                       key=lambda k: kind_word(k))
        delegations = session.scalars(select(Delegation).order_by(
            Delegation.starts_on.desc())).all()
        return ActivityChoices(tuple(officers), tuple((k, kind_word(k)) for k in kinds),
                               tuple(Choice(d.id, d.title) for d in delegations))


def activity_rows(lines: Sequence[HistoryLine]) -> list[list[object]]:
    return [[line.at.astimezone(UTC).isoformat(timespec="seconds"), line.when, line.officer,
             line.action, line.kind_label, line.record_id if line.record_id is not None else "",
             line.record_name, line.delegation_id if line.delegation_id is not None else "",
             line.what, "; ".join(f"{c.label}: {c.before} → {c.after}" for c in line.changes)]
            for line in lines]


def write_activity(lines: Sequence[HistoryLine], target: Path) -> int:
    """Write these changes as CSV (formula-like cells neutralised); returns how many."""
    atomic_write(target, table_csv(ACTIVITY_COLUMNS, activity_rows(lines)))
    return len(lines)


def export_activity(sessions: sessionmaker[Session], target: Path,
                    wanted: ActivityFilter | None = None) -> int:
    """Write the filtered activity as CSV; returns how many changes."""
    return write_activity(activity(sessions, wanted), target)
