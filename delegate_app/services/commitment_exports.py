"""Commitments out of the app: tasks (VTODO) for the owners' task lists, CSV and Excel.
Internal notes never leave; the whole file is written or nothing is."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from ..db.models import City, Commitment, Person
from ..domain.enums import CommitmentStatus, Priority
from ..domain.errors import NotFoundError, ValidationError
from ..domain.follow_up import CommitmentFilter, overdue_order
from ..domain.records import CommitmentRow
from ..domain.timefmt import format_date
from ..exports.atomic import atomic_write
from ..exports.ics import CalendarTask, tasks_bytes
from ..exports.tables import table_csv, table_xlsx
from .commitments import list_commitments

FORMATS = ("ics", "csv", "xlsx")
TASK_STATUS = {CommitmentStatus.OPEN: "NEEDS-ACTION", CommitmentStatus.IN_PROGRESS: "IN-PROCESS",
               CommitmentStatus.DONE: "COMPLETED", CommitmentStatus.DROPPED: "CANCELLED"}
TASK_PRIORITY = {Priority.HIGH: 1, Priority.NORMAL: 5, Priority.LOW: 9}
COLUMNS = ("Due", "Overdue", "Status", "Who owes", "Commitment", "Owner (our side)",
           "Counterpart", "City", "Theme", "Priority", "Source", "Promised at", "Agreement",
           "Done on", "Evidence")


def _describe(r: CommitmentRow) -> str:
    lines = [r.direction.label + ".",
             *(f"{label}: {value}" for label, value in (
                 ("Owner on our side", r.owner), ("Counterpart", r.counterpart),
                 ("City", r.city), ("Promised at", r.meeting), ("Agreement", r.agreement),
                 ("Theme", r.theme)) if value)]
    return "\n".join(lines)


def _tasks(session: Session, rows: list[CommitmentRow]) -> tuple[CalendarTask, ...]:
    by_id = {c.id: c for c in session.scalars(select(Commitment).where(
        Commitment.id.in_([r.id for r in rows])))}
    tasks = []
    for r in rows:
        c = by_id[r.id]
        completed = (datetime.combine(r.completed_on, datetime.min.time(), UTC)
                     if r.completed_on else None)
        tasks.append(CalendarTask(
            uid=c.uid, sequence=c.sequence, summary=r.description,
            last_modified=c.updated_at, created=c.created_at, status=TASK_STATUS[r.status],
            priority=TASK_PRIORITY[r.priority], due=r.due_on, completed=completed,
            description=_describe(r),
            categories=tuple(x for x in (r.direction.label, r.theme, r.city) if x)))
    return tuple(tasks)


def _table_rows(rows: list[CommitmentRow]) -> list[list[object]]:
    return [[r.due_on.isoformat() if r.due_on else "", "yes" if r.overdue else "",
             r.status.label, r.direction.label, r.description, r.owner, r.counterpart, r.city,
             r.theme, r.priority.label, r.source, r.meeting, r.agreement,
             r.completed_on.isoformat() if r.completed_on else "", r.evidence] for r in rows]


def _check_links(session: Session, owner_id: int | None, city_id: int | None) -> None:
    if owner_id is not None and session.get(Person, owner_id) is None:
        raise NotFoundError(f"There is no person number {owner_id}.")
    if city_id is not None and session.get(City, city_id) is None:
        raise NotFoundError(f"There is no city number {city_id}.")


def export_commitments(sessions: sessionmaker[Session], fmt: str, target: Path, *,
                       owner_id: int | None = None, city_id: int | None = None,
                       now: datetime | None = None) -> int:
    """Write the commitments (an owner's, a city's, or all) as tasks, CSV or Excel, overdue
    first; returns how many."""
    if fmt not in FORMATS:
        raise ValidationError({"format": f"Choose one of: {', '.join(FORMATS)}."})
    now = now or datetime.now(UTC)
    with sessions() as session:
        _check_links(session, owner_id, city_id)
    rows = overdue_order(list_commitments(sessions, now, CommitmentFilter(
        city_id=city_id, owner_id=owner_id)))
    if fmt == "ics":
        with sessions() as session:
            name = "Commitments"
            if owner_id is not None:
                name += f" — {rows[0].owner}" if rows else ""
            if city_id is not None and rows:
                name += f" — {rows[0].city}"
            data = tasks_bytes(name, _tasks(session, rows), now)
    elif fmt == "csv":
        data = table_csv(COLUMNS, _table_rows(rows))
    else:
        data = table_xlsx(COLUMNS, _table_rows(rows), f"Commitments {format_date(now.date())}")
    atomic_write(target, data)
    return len(rows)
