"""Commitments: record, edit and follow a promise through its workflow, with its history;
the rows of the Commitments and Today pages, overdue where each owner works."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker, undefer

from ..db.models import (
    Agreement,
    City,
    Commitment,
    CommitmentEvent,
    ItineraryItem,
    Partnership,
    Person,
    Summit,
    ThemeTag,
)
from ..db.stamp import officer_of
from ..domain.enums import AgreementStatus, CommitmentStatus
from ..domain.errors import NotFoundError, ValidationError
from ..domain.follow_up import (
    OPEN_STATUSES,
    CommitmentFilter,
    CommitmentInput,
    StatusChange,
    local_day,
    matches,
    overdue_from,
    validate_commitment,
    validate_status_change,
)
from ..domain.follow_up import (
    CommitmentEvent as EventLine,
)
from ..domain.records import Change, Choice, CommitmentRow
from ..domain.wording import QT_TRANSLATE_NOOP, Wording
from . import crud
from .commitment_rows import narrow_commitment_rows
from .editing import load_for_edit, new_uid, translated_errors
from .home import office_zone
from .people import display_name

_FIELDS = tuple(CommitmentInput.__dataclass_fields__)
_LINKS = (("owner_id", Person), ("counterpart_id", Person), ("city_id", City),
          ("theme_id", ThemeTag), ("item_id", ItineraryItem), ("summit_id", Summit),
          ("agreement_id", Agreement))


def officer(session: Session) -> str:
    """Who is making the change, for the history: the signed-in officer (on one
    workstation, the computer's account)."""
    return officer_of(session)


def _apply(session: Session, row: Commitment, data: CommitmentInput) -> None:
    for field, model in _LINKS:
        value = getattr(data, field)
        if value is not None and session.get(model, value) is None:
            raise ValidationError({field: QT_TRANSLATE_NOOP(
                "delegate_app", "That record no longer exists; choose again.")})
    changed = any(getattr(row, name, None) != getattr(data, name) for name in _FIELDS)
    for name in _FIELDS:
        setattr(row, name, getattr(data, name))
    if not row.uid:
        row.uid, row.sequence, row.status = new_uid(), 0, CommitmentStatus.OPEN
        row.events.append(CommitmentEvent(at=datetime.now(UTC), by=officer(session),
                                          from_status=None, to_status=row.status,
                                          note="Recorded"))
    elif changed:
        row.sequence += 1  # task lists take the new version


def _to_input(row: Commitment) -> CommitmentInput:
    return CommitmentInput(**{name: getattr(row, name) for name in _FIELDS})


COMMITMENT = crud.RecordKind(Commitment, "commitment", validate_commitment, _apply, _to_input,
                             lambda row: row.description[:60])


def create_commitment(sessions: sessionmaker[Session], data: CommitmentInput,
                      record_id: int | None = None) -> Change:
    return crud.create(sessions, COMMITMENT, data, record_id)


def update_commitment(sessions: sessionmaker[Session], commitment_id: int, seen_version: int,
                      data: CommitmentInput) -> Change:
    return crud.update(sessions, COMMITMENT, commitment_id, seen_version, data)


def delete_commitment(sessions: sessionmaker[Session], commitment_id: int,
                      seen_version: int) -> crud.RowsSnapshot:
    """Deletes the promise with its history; undo puts both back."""
    return crud.delete(sessions, COMMITMENT, commitment_id, seen_version, refuse_if_used=False)


def get_commitment(sessions: sessionmaker[Session],
                   commitment_id: int) -> tuple[int, CommitmentInput]:
    return crud.fetch(sessions, COMMITMENT, commitment_id)


# The workflow ------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class StatusState:
    """Everything a status change touches, so undo can put it back."""

    status: CommitmentStatus
    completed_on: date | None
    evidence: str
    document_name: str
    document: bytes | None


def _state(row: Commitment) -> StatusState:
    return StatusState(row.status, row.completed_on, row.evidence, row.evidence_document_name,
                       row.evidence_document)


def _set_state(session: Session, row: Commitment, state: StatusState, note: str,
               event_document: bytes | None, at: datetime) -> None:
    before = row.status
    row.status, row.completed_on, row.evidence = state.status, state.completed_on, state.evidence
    row.evidence_document_name, row.evidence_document = state.document_name, state.document
    row.sequence += 1
    session.add(CommitmentEvent(commitment_id=row.id, at=at, by=officer(session),
                                from_status=before, to_status=state.status, note=note,
                                document_name=state.document_name if event_document else "",
                                document=event_document))


def change_status(sessions: sessionmaker[Session], commitment_id: int, seen_version: int,
                  change: StatusChange, now: datetime | None = None) -> tuple[Change, StatusState]:
    """Move a commitment one step (open → in progress → done / dropped, or reopen); the
    history records who and when. Returns the state before, for undo."""
    now = now or datetime.now(UTC)
    with sessions.begin() as session, translated_errors("commitment"):
        row = load_for_edit(session, Commitment, commitment_id, seen_version, "commitment",
                            saved_by=lambda c: c.events[-1].by if c.events else "")
        zone = _owner_zone(session, row.owner)
        change = validate_status_change(row.status, change, local_day(now, zone))
        before = _state(row)
        done = change.status is CommitmentStatus.DONE
        keeps_document = done and change.document is None and before.document is not None
        after = StatusState(
            change.status, change.on,
            change.note if done else (before.evidence if change.status.is_closed else ""),
            change.document_name if change.document is not None else (
                before.document_name if keeps_document else ""),
            change.document if change.document is not None else (
                before.document if keeps_document else None))
        _set_state(session, row, after, change.note, change.document, now)
        session.flush()
        return Change("commitment", row.id, row.version, "updated"), before


def put_back_status(sessions: sessionmaker[Session], commitment_id: int,
                    state: StatusState) -> Change:
    """Undo of a status change: the earlier state returns, and the history says so."""
    with sessions.begin() as session, translated_errors("commitment"):
        row = session.get(Commitment, commitment_id)
        if row is None:
            raise NotFoundError(QT_TRANSLATE_NOOP(
                "delegate_app", "This commitment no longer exists; someone may have deleted it."))
        _set_state(session, row, state, "Change undone", None, datetime.now(UTC))
        session.flush()
        return Change("commitment", row.id, row.version, "updated")


def history(sessions: sessionmaker[Session], commitment_id: int) -> list[EventLine]:
    with sessions() as session:
        return [EventLine(e.id, e.at, e.by, e.from_status, e.to_status, e.note, e.document_name)
                for e in session.scalars(select(CommitmentEvent).where(
                    CommitmentEvent.commitment_id == commitment_id).order_by(
                    CommitmentEvent.id))]


def evidence_document(sessions: sessionmaker[Session], commitment_id: int,
                      event_id: int | None = None) -> tuple[str, bytes]:
    """The document attached as evidence (the current one, or the one an event carried)."""
    with sessions() as session:
        if event_id is not None:
            event = session.get(CommitmentEvent, event_id, options=[
                undefer(CommitmentEvent.document)])
            if event is None or event.commitment_id != commitment_id or event.document is None:
                raise NotFoundError(QT_TRANSLATE_NOOP(
                    "delegate_app", "That document is no longer on file."))
            return event.document_name, event.document
        row = session.get(Commitment, commitment_id, options=[
            undefer(Commitment.evidence_document)])
        if row is None or row.evidence_document is None:
            raise NotFoundError(QT_TRANSLATE_NOOP(
                "delegate_app", "No document is attached to this commitment."))
        return row.evidence_document_name, row.evidence_document


# Rows for the pages --------------------------------------------------------------------------
def _owner_zone(session: Session, owner: Person | None, default: str | None = None) -> str:
    """Where the owner works decides when "due today" is over: their city's zone, else the
    office's."""
    if owner is not None and owner.city is not None:
        return owner.city.time_zone
    return default or office_zone(session)


def commitment_rows(session: Session, query: Any, now: datetime,
                    default_zone: str | None = None) -> list[CommitmentRow]:
    """Rows of the commitments ``query`` selects; ``default_zone`` (the office's, read when
    not given) counts for owners without a city."""
    return narrow_commitment_rows(session, query, now, default_zone or office_zone(session))


def list_commitments(sessions: sessionmaker[Session], now: datetime | None = None,
                     wanted: CommitmentFilter | None = None) -> list[CommitmentRow]:
    now = now or datetime.now(UTC)
    with sessions() as session:
        query = select(Commitment).order_by(Commitment.due_on.is_(None), Commitment.due_on,
                                            Commitment.id)
        rows = commitment_rows(session, query, now)
    return [r for r in rows if matches(r, wanted)] if wanted else rows


def newly_overdue(sessions: sessionmaker[Session], since: datetime | None,
                  now: datetime) -> list[CommitmentRow]:
    """Open promises that became overdue after ``since`` (all overdue ones, the first time).
    Only open ones due by tomorrow (UTC) are read: no zone is more than a day ahead."""
    with sessions() as session:
        rows = [r for r in commitment_rows(session, select(Commitment).where(
            Commitment.status.in_(OPEN_STATUSES), Commitment.due_on.is_not(None),
            Commitment.due_on <= now.astimezone(UTC).date() + timedelta(days=1),
        ).order_by(Commitment.due_on, Commitment.id), now) if r.overdue]
    if since is None:
        return rows
    return [r for r in rows if r.due_on is not None
            and overdue_from(r.due_on, r.owner_zone) > since]


def choices(sessions: sessionmaker[Session]) -> dict[str, list[Choice]]:
    """The pickers of the commitment dialog and of the page's filters (their columns only:
    an office's twenty thousand people are no ORM objects to build and throw away)."""
    with sessions() as session:
        people = session.execute(select(
            Person.id, Person.honorific, Person.given_name, Person.family_name,
            Person.name_order).order_by(Person.family_name, Person.given_name, Person.id)
            .execution_options(yield_per=crud.ROWS_AT_ONCE))
        return {
            # names interned: the People list's and these are one string per person
            "people": [Choice(p.id, sys.intern(display_name(p))) for p in people],
            "cities": [Choice(*row) for row in session.execute(
                select(City.id, City.name).order_by(City.name))],
            "themes": [Choice(*row) for row in session.execute(
                select(ThemeTag.id, ThemeTag.name).order_by(ThemeTag.name))],
            "agreements": [Choice(*row) for row in session.execute(
                select(Agreement.id, Agreement.title).order_by(Agreement.title))],
            "summits": [Choice(*row) for row in session.execute(
                select(Summit.id, Summit.title).order_by(Summit.starts_on.desc()))],
        }


# Agreements ----------------------------------------------------------------------------------
def agreement_commitments(sessions: sessionmaker[Session], agreement_id: int,
                          now: datetime | None = None) -> list[CommitmentRow]:
    with sessions() as session:
        return commitment_rows(session, select(Commitment).where(
            Commitment.agreement_id == agreement_id).order_by(Commitment.due_on),
            now or datetime.now(UTC))


def can_mark_fulfilled(rows: Sequence[CommitmentRow]) -> bool:
    return bool(rows) and all(r.status is CommitmentStatus.DONE for r in rows)


def set_agreement_status(sessions: sessionmaker[Session], agreement_id: int,
                         status: AgreementStatus) -> tuple[Change, AgreementStatus]:
    """Mark an agreement fulfilled (only when every promise under it is done), or put its
    earlier status back; returns the status before."""
    with sessions.begin() as session, translated_errors("agreement"):
        row = session.get(Agreement, agreement_id)
        if row is None:
            raise NotFoundError(QT_TRANSLATE_NOOP(
                "delegate_app", "This agreement no longer exists."))
        if status is AgreementStatus.FULFILLED:
            linked = session.scalars(select(Commitment.status).where(
                Commitment.agreement_id == agreement_id)).all()
            if not linked or any(s is not CommitmentStatus.DONE for s in linked):
                raise ValidationError({"status": Wording(QT_TRANSLATE_NOOP(
                    "delegate_app", "Only an agreement whose commitments are all done can be "
                    "marked fulfilled ({done} of {count} done)."),
                    {"done": sum(s is CommitmentStatus.DONE for s in linked),
                     "count": len(linked)})})
        before = row.status
        row.status = status
        session.flush()
        return Change("agreement", row.id, row.version, "updated"), before


@dataclass(frozen=True, slots=True)
class AgreementLine:
    """An agreement with a city, with the promises made under it."""

    id: int
    title: str
    status: AgreementStatus
    commitments: tuple[CommitmentRow, ...]

    @property
    def can_mark_fulfilled(self) -> bool:
        return self.status is not AgreementStatus.FULFILLED and can_mark_fulfilled(
            self.commitments)


def city_agreements(sessions: sessionmaker[Session], city_id: int,
                    now: datetime | None = None) -> list[AgreementLine]:
    """Agreements of every partnership with the city, and those signed there."""
    now = now or datetime.now(UTC)
    with sessions() as session:
        partnership_ids = select(Partnership.id).where(
            (Partnership.city_id == city_id) | (Partnership.partner_city_id == city_id))
        agreements = session.scalars(select(Agreement).where(
            Agreement.partnership_id.in_(partnership_ids)
            | (Agreement.signed_in_city_id == city_id)).order_by(
            Agreement.signed_on.desc(), Agreement.title)).all()
        under: dict[int, list[CommitmentRow]] = {}
        for row in commitment_rows(session, select(Commitment).where(
                Commitment.agreement_id.in_([a.id for a in agreements])).order_by(
                Commitment.due_on), now):
            under.setdefault(row.agreement_id or 0, []).append(row)
        return [AgreementLine(a.id, a.title, a.status, tuple(under.get(a.id, ())))
                for a in agreements]
