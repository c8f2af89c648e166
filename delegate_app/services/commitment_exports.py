"""Commitments out of the app: tasks (VTODO) for the owners' task lists, CSV and Excel.
Internal notes never leave, nor the name of an internal meeting; the whole file is written
or nothing is, and an empty selection writes nothing."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from ..db.models import City, Commitment, CommitmentEvent, Person
from ..domain.enums import CommitmentStatus, Priority
from ..domain.errors import NotFoundError, ValidationError
from ..domain.follow_up import CommitmentFilter, local_day, overdue_order
from ..domain.records import CommitmentRow
from ..domain.timefmt import format_date
from ..domain.wording import QT_TRANSLATE_NOOP, Wording, joined
from ..exports.atomic import atomic_write
from ..exports.ics import CalendarTask, TaskList, tasks_bytes
from ..exports.tables import table_csv, table_xlsx
from .calendars import organizer
from .commitments import list_commitments
from .people import display_name

FORMATS = ("ics", "csv", "xlsx")
TASK_STATUS = {CommitmentStatus.OPEN: "NEEDS-ACTION", CommitmentStatus.IN_PROGRESS: "IN-PROCESS",
               CommitmentStatus.DONE: "COMPLETED", CommitmentStatus.DROPPED: "CANCELLED"}
TASK_PRIORITY = {Priority.HIGH: 1, Priority.NORMAL: 5, Priority.LOW: 9}
COLUMNS = ("Due", "Overdue", "Status", "Who owes", "Commitment", "Owner (our side)",
           "Counterpart", "City", "Theme", "Priority", "Source", "Promised at", "Agreement",
           "Done on", "Evidence")


def _meeting(r: CommitmentRow) -> str:
    """Where it was promised, unless that was one of our internal meetings."""
    return "" if r.meeting_internal else r.meeting


def _describe(r: CommitmentRow) -> str:
    lines = [r.direction.label + ".",
             *(f"{label}: {value}" for label, value in (
                 ("Owner on our side", r.owner), ("Counterpart", r.counterpart),
                 ("City", r.city), ("Promised at", _meeting(r)), ("Agreement", r.agreement),
                 ("Theme", r.theme)) if value)]
    return "\n".join(lines)


def _promised_on(c: Commitment, r: CommitmentRow, recorded: datetime | None) -> date:
    """The day a task starts: the meeting's day where it took place, else the day it was
    recorded where its owner works; the day before it is due when that comes later,
    because RFC 5545 wants DUE after DTSTART."""
    if c.item is not None:
        day = local_day(c.item.starts_at, c.item.start_tz)
    else:
        day = local_day(recorded or c.created_at, r.owner_zone)
    return min(day, r.due_on - timedelta(days=1)) if r.due_on else day


def _tasks(session: Session, rows: list[CommitmentRow]) -> tuple[CalendarTask, ...]:
    ids = [r.id for r in rows]
    by_id = {c.id: c for c in session.scalars(select(Commitment).where(
        Commitment.id.in_(ids)).options(selectinload(Commitment.item)))}
    recorded = {cid: at for cid, at in session.execute(
        select(CommitmentEvent.commitment_id, func.min(CommitmentEvent.at))
        .where(CommitmentEvent.commitment_id.in_(ids))
        .group_by(CommitmentEvent.commitment_id))}
    tasks = []
    for r in rows:
        c = by_id[r.id]
        completed = (datetime.combine(r.completed_on, datetime.min.time(), UTC)
                     if r.completed_on else None)
        first = recorded.get(r.id)
        tasks.append(CalendarTask(
            uid=c.uid, sequence=c.sequence, summary=r.description,
            last_modified=c.updated_at, created=c.created_at,
            starts_on=_promised_on(c, r, first.replace(tzinfo=UTC) if first else None),
            status=TASK_STATUS[r.status], priority=TASK_PRIORITY[r.priority], due=r.due_on,
            completed=completed, description=_describe(r),
            categories=tuple(x for x in (r.direction.label, r.theme, r.city) if x)))
    return tuple(tasks)


def _table_rows(rows: list[CommitmentRow]) -> list[list[object]]:
    return [[r.due_on.isoformat() if r.due_on else "", "yes" if r.overdue else "",
             r.status.label, r.direction.label, r.description, r.owner, r.counterpart, r.city,
             r.theme, r.priority.label, r.source, _meeting(r), r.agreement,
             r.completed_on.isoformat() if r.completed_on else "", r.evidence] for r in rows]


def _selection(session: Session, owner_id: int | None, city_id: int | None) -> Wording:
    """The selection in words ("owned by Mr Reza Ahmadi with Moscow"), refusing unknown
    ids."""
    words = []
    if owner_id is not None:
        person = session.get(Person, owner_id)
        if person is None:
            raise NotFoundError(QT_TRANSLATE_NOOP(
                "delegate_app", "There is no person number {number}."), number=str(owner_id))
        words.append(Wording(QT_TRANSLATE_NOOP("delegate_app", "owned by {name}"),
                             {"name": display_name(person)}))
    if city_id is not None:
        city = session.get(City, city_id)
        if city is None:
            raise NotFoundError(QT_TRANSLATE_NOOP(
                "delegate_app", "There is no city number {number}."), number=str(city_id))
        words.append(Wording(QT_TRANSLATE_NOOP("delegate_app", "with {city}"),
                             {"city": city.name}))
    return joined(words, " ") if words else Wording(QT_TRANSLATE_NOOP("delegate_app", "on file"))


def export_commitments(sessions: sessionmaker[Session], fmt: str, target: Path, *,
                       owner_id: int | None = None, city_id: int | None = None,
                       now: datetime | None = None) -> int:
    """Write the commitments (an owner's, a city's, or all) as tasks, CSV or Excel, overdue
    first; returns how many."""
    if fmt not in FORMATS:
        raise ValidationError({"format": Wording(QT_TRANSLATE_NOOP(
            "delegate_app", "Choose one of: {formats}."), {"formats": ", ".join(FORMATS)})})
    now = now or datetime.now(UTC)
    with sessions() as session:
        selection = _selection(session, owner_id, city_id)
    rows = overdue_order(list_commitments(sessions, now, CommitmentFilter(
        city_id=city_id, owner_id=owner_id)))
    if not rows:
        raise ValidationError({"selection": Wording(QT_TRANSLATE_NOOP(
            "delegate_app", "No commitments {selection}: nothing to export, and no file was "
            "written."), {"selection": selection})})
    if fmt == "ics":
        with sessions() as session:
            name = "Commitments"
            if owner_id is not None:
                name += f" — {rows[0].owner}"
            if city_id is not None:
                name += f" — {rows[0].city}"
            office, address = organizer(session)
            data = tasks_bytes(TaskList(name, office, address, _tasks(session, rows)), now)
    elif fmt == "csv":
        data = table_csv(COLUMNS, _table_rows(rows))
    else:
        data = table_xlsx(COLUMNS, _table_rows(rows), f"Commitments {format_date(now.date())}")
    atomic_write(target, data)
    return len(rows)
