"""Delegations: create, edit, duplicate, archive and delete; members in order of precedence."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session, selectinload, sessionmaker

from ..db.models import (
    City,
    Delegation,
    DelegationMember,
    ItineraryItem,
    Office,
    Person,
    Summit,
)
from ..db.models.planning import delegation_destination, item_participant
from ..domain.enums import DelegationStatus, ItemStatus
from ..domain.errors import ValidationError
from ..domain.records import Change, Choice, DelegationInput, MemberInput
from ..domain.timefmt import format_date_range, utc_now
from ..domain.validation import validate_delegation
from ..domain.wording import QT_TRANSLATE_NOOP
from . import crud
from .editing import load_for_edit, new_uid, translated_errors
from .snapshots import RowsSnapshot


def _apply(session: Session, row: Delegation, data: DelegationInput) -> None:
    errors: dict[str, str] = {}
    cities = {c.id: c for c in session.scalars(
        select(City).where(City.id.in_([data.home_city_id or 0, *data.destination_ids])))}
    if data.home_city_id not in cities:
        errors["home_city_id"] = QT_TRANSLATE_NOOP(
            "delegate_app", "That city no longer exists; pick another.")
    if any(d not in cities for d in data.destination_ids):
        errors["destination_ids"] = QT_TRANSLATE_NOOP(
            "delegate_app", "A destination no longer exists; pick again.")
    if data.summit_id is not None and session.get(Summit, data.summit_id) is None:
        errors["summit_id"] = QT_TRANSLATE_NOOP("delegate_app", "That summit no longer exists.")
    if errors:
        raise ValidationError(errors)
    for name in ("title", "direction", "status", "home_city_id", "starts_on", "ends_on",
                 "objectives", "summit_id", "internal_notes"):
        setattr(row, name, getattr(data, name))
    row.destinations = [cities[d] for d in data.destination_ids]


def _order_destinations(session: Session, row: Delegation, data: DelegationInput) -> None:
    for position, city_id in enumerate(data.destination_ids):
        session.execute(update(delegation_destination).where(
            delegation_destination.c.delegation_id == row.id,
            delegation_destination.c.city_id == city_id).values(position=position))


def _to_input(row: Delegation) -> DelegationInput:
    return DelegationInput(
        title=row.title, direction=row.direction, home_city_id=row.home_city_id,
        starts_on=row.starts_on, ends_on=row.ends_on,
        destination_ids=tuple(c.id for c in row.destinations), status=row.status,
        objectives=row.objectives, summit_id=row.summit_id, internal_notes=row.internal_notes)


DELEGATION = crud.RecordKind(Delegation, "delegation", validate_delegation, _apply, _to_input,
                             lambda row: row.title, after_flush=_order_destinations)


def create_delegation(sessions: sessionmaker[Session], data: DelegationInput,
                      record_id: int | None = None) -> Change:
    return crud.create(sessions, DELEGATION, data, record_id)


def update_delegation(sessions: sessionmaker[Session], delegation_id: int, seen_version: int,
                      data: DelegationInput) -> Change:
    return crud.update(sessions, DELEGATION, delegation_id, seen_version, data)


def get_delegation(sessions: sessionmaker[Session],
                   delegation_id: int) -> tuple[int, DelegationInput]:
    return crud.fetch(sessions, DELEGATION, delegation_id)


def set_archived(sessions: sessionmaker[Session], delegation_id: int, seen_version: int,
                 archived: bool) -> Change:
    with sessions.begin() as session, translated_errors("delegation"):
        row = load_for_edit(session, Delegation, delegation_id, seen_version, "delegation")
        row.archived = archived
        session.flush()
        return Change("delegation", row.id, row.version, "updated")


@dataclass(frozen=True, slots=True)
class MembersSnapshot:
    """The member list as it was, and who took part in which item: what undo puts back."""

    delegation_id: int
    members: tuple[MemberInput, ...]
    participations: tuple[tuple[int, int], ...]  # (item id, person id)


def members_of(sessions: sessionmaker[Session], delegation_id: int) -> tuple[MemberInput, ...]:
    with sessions() as session:
        rows = session.scalars(select(DelegationMember).where(
            DelegationMember.delegation_id == delegation_id).order_by(
            DelegationMember.precedence))
        return tuple(MemberInput(m.person_id, m.role) for m in rows)


def set_members(sessions: sessionmaker[Session], delegation_id: int, seen_version: int,
                members: tuple[MemberInput, ...],
                participations: tuple[tuple[int, int], ...] | None = None
                ) -> tuple[Change, MembersSnapshot]:
    """Replace the member list (its order is the order of precedence).

    People taken off the list are taken off the delegation's items too; the returned
    snapshot holds the list and participations as they were, for undo. With
    ``participations`` (an undo), those item participations are put back.
    """
    if len({m.person_id for m in members}) != len(members):
        raise ValidationError({"members": QT_TRANSLATE_NOOP(
            "delegate_app", "Each person can be listed once.")})
    with sessions.begin() as session, translated_errors("delegation"):
        row = load_for_edit(session, Delegation, delegation_id, seen_version, "delegation")
        missing = {m.person_id for m in members} - set(session.scalars(
            select(Person.id).where(Person.id.in_([m.person_id for m in members]))))
        if missing:
            raise ValidationError({"members": QT_TRANSLATE_NOOP(
                "delegate_app", "Someone on the list no longer exists.")})
        snapshot = _snapshot(session, row)
        kept = {m.person_id for m in members}
        item_ids = select(ItineraryItem.id).where(ItineraryItem.delegation_id == delegation_id)
        dropped = [p for p in (m.person_id for m in snapshot.members) if p not in kept]
        if dropped:
            session.execute(delete(item_participant).where(
                item_participant.c.item_id.in_(item_ids),
                item_participant.c.person_id.in_(dropped)))
        session.execute(delete(DelegationMember).where(
            DelegationMember.delegation_id == delegation_id))
        session.flush()
        for precedence, member in enumerate(members, start=1):
            session.add(DelegationMember(delegation_id=delegation_id, person_id=member.person_id,
                                         role=member.role, precedence=precedence))
        present = {(int(i), int(p)) for i, p in session.execute(
            select(item_participant.c.item_id, item_participant.c.person_id)
            .where(item_participant.c.item_id.in_(item_ids)))}
        for item_id, person_id in set(participations or ()) - present:
            session.execute(item_participant.insert().values(item_id=item_id,
                                                             person_id=person_id))
        row.updated_at = utc_now()  # the list is part of the delegation: its version rises
        session.flush()
        return Change("delegation", row.id, row.version, "updated"), snapshot


def _snapshot(session: Session, row: Delegation) -> MembersSnapshot:
    members = tuple(MemberInput(m.person_id, m.role)
                    for m in sorted(row.members, key=lambda m: m.precedence))
    item_ids = select(ItineraryItem.id).where(ItineraryItem.delegation_id == row.id)
    pairs = session.execute(select(item_participant.c.item_id, item_participant.c.person_id)
                            .where(item_participant.c.item_id.in_(item_ids))).all()
    return MembersSnapshot(row.id, members, tuple((int(i), int(p)) for i, p in pairs))


def duplicate_delegation(sessions: sessionmaker[Session], delegation_id: int, shift_days: int,
                         title: str | None = None) -> Change:
    """A copy as a template: same members and items, dates moved, everything tentative."""
    with sessions.begin() as session:
        source = session.scalar(select(Delegation).where(Delegation.id == delegation_id)
                                .options(selectinload(Delegation.items),
                                         selectinload(Delegation.members)))
        if source is None:
            raise ValidationError({"": QT_TRANSLATE_NOOP(
                "delegate_app", "This delegation no longer exists.")})
        shift = timedelta(days=shift_days)
        copy = Delegation(
            title=title or f"{source.title} (copy)", direction=source.direction,
            status=DelegationStatus.DRAFT, home_city_id=source.home_city_id,
            starts_on=source.starts_on + shift, ends_on=source.ends_on + shift,
            objectives=source.objectives, internal_notes=source.internal_notes,
            destinations=list(source.destinations))
        session.add(copy)
        session.flush()
        _order_destinations(session, copy, _to_input(source))
        for m in source.members:
            session.add(DelegationMember(delegation_id=copy.id, person_id=m.person_id,
                                         role=m.role, precedence=m.precedence))
        for item in source.items:
            if item.status is ItemStatus.CANCELLED or item.summit_session_id is not None:
                continue
            session.add(_copied_item(item, copy.id, shift))
        session.flush()
        return Change("delegation", copy.id, copy.version, "created")


def _copied_item(item: ItineraryItem, delegation_id: int, shift: timedelta) -> ItineraryItem:
    columns = {c.key: getattr(item, c.key) for c in ItineraryItem.__mapper__.column_attrs
               if c.key not in ("id", "uid", "sequence", "version", "created_at", "updated_at",
                                "delegation_id", "starts_at", "ends_at", "status")}
    return ItineraryItem(**columns, delegation_id=delegation_id, uid=new_uid(), sequence=0,
                         starts_at=item.starts_at + shift, ends_at=item.ends_at + shift,
                         status=ItemStatus.TENTATIVE, participants=list(item.participants),
                         counterparts=list(item.counterparts),
                         interpreters=list(item.interpreters))


def delete_delegation(sessions: sessionmaker[Session], delegation_id: int,
                      seen_version: int) -> RowsSnapshot:
    """Delete a delegation with its members and itinerary; the snapshot lets undo restore it."""
    return crud.delete(sessions, DELEGATION, delegation_id, seen_version, refuse_if_used=False)


restore_delegation = crud.restore


def summit_choices(sessions: sessionmaker[Session]) -> list[Choice]:
    with sessions() as session:
        rows = session.scalars(select(Summit).order_by(Summit.starts_on.desc()))
        return [Choice(s.id, f"{s.title} ({format_date_range(s.starts_on, s.ends_on)})")
                for s in rows]



def home_city_id(sessions: sessionmaker[Session]) -> int | None:
    """Our city, the default home of a new delegation."""
    with sessions() as session:
        return session.scalar(select(Office.home_city_id).order_by(Office.id).limit(1))
