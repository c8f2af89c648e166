"""Outcomes of a meeting, and the commitments made there, recorded together in one step."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from ..db.models import Commitment, Delegation, ItineraryItem, MeetingOutcome, Person
from ..domain.enums import CommitmentDirection, CommitmentSource, Direction, MemberRole
from ..domain.errors import NotFoundError, StaleEditError
from ..domain.follow_up import (
    CommitmentInput,
    MeetingFollowUp,
    OutcomeInput,
    validate_commitment,
    validate_outcome,
)
from ..domain.records import Change
from ..domain.timefmt import format_instant
from ..domain.wording import QT_TRANSLATE_NOOP
from .commitments import COMMITMENT, commitment_rows
from .editing import saved_at, translated_errors
from .people import display_name


@dataclass(frozen=True, slots=True)
class OutcomeReceipt:
    """What recording an outcome changed, so undo can take it back."""

    before: OutcomeInput | None
    created: tuple[int, ...]


def _item(session: Session, item_id: int) -> ItineraryItem:
    item = session.get(ItineraryItem, item_id, options=[
        selectinload(ItineraryItem.participants), selectinload(ItineraryItem.counterparts),
        selectinload(ItineraryItem.summit_session),
        selectinload(ItineraryItem.delegation).selectinload(Delegation.members)])
    if item is None:
        raise NotFoundError(QT_TRANSLATE_NOOP(
            "delegate_app", "This meeting no longer exists; someone may have deleted it."))
    return item


def _sides(item: ItineraryItem) -> tuple[list[Person], list[Person], int | None]:
    """(our side, their side, their city) — a visit to us turns the meeting round."""
    d = item.delegation
    if d.direction is Direction.INCOMING:
        return list(item.counterparts), list(item.participants), d.home_city_id
    return list(item.participants), list(item.counterparts), item.city_id


def _owner(item: ItineraryItem, ours: list[Person]) -> int | None:
    """Who usually follows up: the first of our people after the head of the delegation
    (the mayor does not send the study), else the head."""
    heads = {m.person_id for m in item.delegation.members
             if m.role is MemberRole.HEAD_OF_DELEGATION}
    rest = [p.id for p in ours if p.id not in heads]
    return rest[0] if rest else (ours[0].id if ours else None)


def follow_up(sessions: sessionmaker[Session], item_id: int,
              now: datetime | None = None) -> MeetingFollowUp:
    with sessions() as session:
        item = _item(session, item_id)
        ours, theirs, city_id = _sides(item)
        outcome = session.scalar(select(MeetingOutcome).where(MeetingOutcome.item_id == item_id))
        summit_id = item.summit_session.summit_id if item.summit_session else None
        template = CommitmentInput(
            description="", direction=CommitmentDirection.WE_OWE, owner_id=_owner(item, ours),
            counterpart_id=theirs[0].id if theirs else None, city_id=city_id,
            source=CommitmentSource.SUMMIT if summit_id else CommitmentSource.MEETING,
            item_id=item_id, summit_id=summit_id)
        made = commitment_rows(session, select(Commitment).where(
            Commitment.item_id == item_id).order_by(Commitment.id), now or datetime.now(UTC))
        return MeetingFollowUp(
            item_id, item.title, format_instant(item.starts_at, item.start_tz, with_offset=True),
            OutcomeInput(outcome.summary, outcome.decisions, outcome.internal_notes)
            if outcome else None, template,
            tuple((p.id, display_name(p)) for p in theirs),
            tuple((p.id, display_name(p)) for p in ours), tuple(made),
            outcome.version if outcome else 0)


def _put_outcome(session: Session, item_id: int, data: OutcomeInput | None) -> None:
    row = session.scalar(select(MeetingOutcome).where(MeetingOutcome.item_id == item_id))
    if data is None or data.empty:
        if row is not None:
            session.delete(row)
        return
    if row is None:
        row = MeetingOutcome(item_id=item_id)
        session.add(row)
    row.summary, row.decisions, row.internal_notes = (data.summary, data.decisions,
                                                      data.internal_notes)


def _outcome_as_seen(session: Session, item_id: int, seen_version: int) -> MeetingOutcome | None:
    """The outcome on file, provided it is still the one the officer saw (version 0: none).

    The meeting's row is locked first, so two officers recording the same meeting's outcome
    take turns even when neither found an outcome to lock."""
    item = session.get(ItineraryItem, item_id, with_for_update=True)
    if item is None:
        raise NotFoundError(QT_TRANSLATE_NOOP(
            "delegate_app", "This meeting no longer exists; someone may have deleted it."))
    row = session.scalar(select(MeetingOutcome).where(MeetingOutcome.item_id == item_id)
                         .execution_options(populate_existing=True))
    if (row.version if row else 0) != seen_version:
        if row is None:
            raise StaleEditError(QT_TRANSLATE_NOOP(
                "delegate_app", "The outcome of “{title}” was cleared by someone else after you "
                "opened it. Your outcome was not saved: reopen the meeting to see it."),
                title=item.title)
        raise StaleEditError(QT_TRANSLATE_NOOP(
            "delegate_app", "The outcome of “{title}” was recorded by someone else at {when}, "
            "after you opened it. Your outcome was not saved: reopen the meeting to see "
            "theirs."), title=item.title, when=saved_at(row.updated_at))
    return row


def record_outcome(sessions: sessionmaker[Session], item_id: int, outcome: OutcomeInput,
                   new: tuple[CommitmentInput, ...] = (), *,
                   seen_version: int) -> tuple[Change, OutcomeReceipt]:
    """Save the outcome and add the commitments made at the meeting, all or nothing.

    ``seen_version`` is the outcome's version when the officer opened it
    (``MeetingFollowUp.outcome_version``, 0 when there was none): a save over someone
    else's newer outcome is refused."""
    outcome = validate_outcome(outcome)
    new = tuple(validate_commitment(replace(c, item_id=item_id)) for c in new)
    with sessions.begin() as session, translated_errors("meeting outcome"):
        before = _outcome_as_seen(session, item_id, seen_version)
        previous = (OutcomeInput(before.summary, before.decisions, before.internal_notes)
                    if before else None)
        _put_outcome(session, item_id, outcome)
        created = []
        for data in new:
            row = Commitment()
            COMMITMENT.apply(session, row, data)
            session.add(row)
            session.flush()
            created.append(row.id)
        session.flush()
        return Change("item", item_id, 0, "updated"), OutcomeReceipt(previous, tuple(created))


def undo_outcome(sessions: sessionmaker[Session], item_id: int,
                 receipt: OutcomeReceipt) -> Change:
    with sessions.begin() as session, translated_errors("meeting outcome"):
        for commitment_id in receipt.created:
            row = session.get(Commitment, commitment_id)
            if row is not None:
                session.delete(row)
        _put_outcome(session, item_id, receipt.before)
        return Change("item", item_id, 0, "updated")
