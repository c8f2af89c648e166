"""The commitments report: what was promised to and by a city (or due in a period), by
whom, and where each promise stands, overdue first — the page a mayor reads before meeting
that city again. Gathers the records here; the layout is in ``exports.pdf``."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from ..db.models import City, CommitmentEvent
from ..domain.enums import CommitmentDirection, CommitmentStatus, Priority
from ..domain.errors import NotFoundError, ValidationError
from ..domain.follow_up import OPEN_STATUSES, CommitmentFilter, balances, local_day, overdue_order
from ..domain.records import CommitmentRow
from ..domain.report import CommitmentsReport, ReportBalance, ReportLine
from ..domain.timefmt import format_date_range
from ..domain.wording import QT_TRANSLATE_NOOP, Day, Wording
from ..language.printed import ENGLISH_PRINT, PrintLanguage
from .commitments import list_commitments
from .documents import office_name, write_pdf
from .home import office_zone


def _period_text(start: date | None, end: date | None) -> str:
    if start and end:
        return format_date_range(start, end)
    if start:
        return f"from {start.day} {start:%b %Y}"
    return f"until {end.day} {end:%b %Y}" if end else ""


def _in_period(row: CommitmentRow, start: date | None, end: date | None) -> bool:
    """Due in the period, or kept (or dropped) in it."""
    if start is None and end is None:
        return True
    for day in (row.due_on, row.completed_on):
        if day is not None and (start is None or day >= start) and (end is None or day <= end):
            return True
    return False


def _drop_reasons(session: Session, ids: Sequence[int]) -> dict[int, str]:
    """The note of each promise's latest step to "dropped" (the workflow asks for one)."""
    if not ids:
        return {}
    reasons: dict[int, str] = {}
    for commitment_id, note in session.execute(
            select(CommitmentEvent.commitment_id, CommitmentEvent.note).where(
                CommitmentEvent.commitment_id.in_(ids),
                CommitmentEvent.to_status == CommitmentStatus.DROPPED).order_by(
                CommitmentEvent.id)):
        reasons[commitment_id] = note  # the latest wins
    return reasons


def _line(r: CommitmentRow, reason: str = "") -> ReportLine:
    # internal_notes is deliberately not copied: the report never carries them.
    return ReportLine(
        description=r.description, we_owe=r.direction is CommitmentDirection.WE_OWE,
        city=r.city, status=r.status.label, due_on=r.due_on, days_left=r.days_left,
        owner=r.owner, counterpart=r.counterpart,
        priority=r.priority.label if r.priority is Priority.HIGH else "",
        meeting="" if r.meeting_internal else r.meeting,  # our internal meetings stay ours
        agreement=r.agreement, completed_on=r.completed_on,
        evidence=r.evidence if r.status is CommitmentStatus.DONE else "", reason=reason)


def _balance(rows: Iterable[CommitmentRow]) -> ReportBalance:
    total = ReportBalance()
    for b in balances(rows):
        total = ReportBalance(total.we_owe + b.we_owe, total.they_owe + b.they_owe,
                              total.overdue + b.overdue_we_owe + b.overdue_they_owe,
                              total.kept + b.kept)
    return total


def _titles(city: str, period: str) -> tuple[str, str]:
    """The title and the line under it."""
    if city:
        return f"Commitments with {city}", f"Due {period}" if period else "Every promise, " \
            "both ways"
    if period:
        return f"Commitments due {period}", "All cities"
    return "All commitments", "All cities, all dates"


def commitments_report(sessions: sessionmaker[Session], *, city_id: int | None = None,
                       start: date | None = None, end: date | None = None,
                       now: datetime | None = None) -> CommitmentsReport:
    """The promises with a city and/or due (or kept) between ``start`` and ``end``
    (inclusive; either may be open), grouped overdue, open, kept and dropped. Overdue is
    counted at ``now`` where each owner works."""
    if start is not None and end is not None and end < start:
        raise ValidationError({"end": Wording(QT_TRANSLATE_NOOP(
            "delegate_app", "The period ends ({end}) before it starts ({start})."),
            {"end": Day(end), "start": Day(start)})})
    now = now or datetime.now(UTC)
    with sessions() as session:
        city = ""
        if city_id is not None:
            found = session.get(City, city_id)
            if found is None:
                raise NotFoundError(QT_TRANSLATE_NOOP(
                    "delegate_app", "There is no city {number}."), number=str(city_id))
            city = found.name
        office = office_name(session)
        today = local_day(now, office_zone(session))
    rows = [r for r in list_commitments(sessions, now, CommitmentFilter(city_id=city_id))
            if _in_period(r, start, end)]
    with sessions() as session:
        reasons = _drop_reasons(session, [r.id for r in rows
                                          if r.status is CommitmentStatus.DROPPED])
    ordered = overdue_order(rows)
    kept = sorted((r for r in rows if r.status is CommitmentStatus.DONE),
                  key=lambda r: (r.completed_on or date.min, r.id), reverse=True)
    title, scope = _titles(city, _period_text(start, end))
    return CommitmentsReport(
        title=title, scope=scope, office=office, city=city, start=start, end=end,
        prepared_on=today, balance=_balance(rows),
        overdue=tuple(_line(r) for r in ordered if r.overdue),
        open=tuple(_line(r) for r in ordered if r.status in OPEN_STATUSES and not r.overdue),
        kept=tuple(_line(r) for r in kept),
        dropped=tuple(_line(r, reasons.get(r.id, "")) for r in ordered
                      if r.status is CommitmentStatus.DROPPED))


def write_commitments_report(report: CommitmentsReport, target: Path,
                             paper: str = "a4", printed: PrintLanguage = ENGLISH_PRINT) -> Path:
    """Render the report for its reader (language, calendar) and write it atomically
    (temporary file, then replace)."""
    from ..exports.pdf.commitments_report import (
        commitments_report_pdf,  # ReportLab: loaded to print
    )

    return write_pdf(target, paper, lambda size: commitments_report_pdf(report, size, printed))
