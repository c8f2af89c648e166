"""Conflict checks of delegations: the domain rules fed from the database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from ..db.models import Delegation, DelegationMember, ItineraryItem
from ..domain.conflicts import Conflict, Plan, PlanItem, PlanPerson, PlanRules, find_conflicts
from ..domain.enums import DelegationStatus, MemberRole, NameOrder
from ..domain.errors import NotFoundError
from ..domain.names import formal_name


@dataclass(frozen=True, slots=True)
class DelegationConflicts:
    delegation_id: int
    delegation: str
    item_titles: dict[int, str]
    conflicts: tuple[Conflict, ...]


def _person(p: object) -> PlanPerson:
    return PlanPerson(p.id, formal_name(p.honorific, p.given_name, p.family_name,  # type: ignore[attr-defined]
                                        NameOrder(p.name_order)),  # type: ignore[attr-defined]
                      tuple(c for c in p.languages.split(",") if c))  # type: ignore[attr-defined]


def _plan_item(i: ItineraryItem) -> PlanItem:
    return PlanItem(
        id=i.id, title=i.title, kind=i.kind, starts_at=i.starts_at, ends_at=i.ends_at,
        start_tz=i.start_tz, end_tz=i.end_tz, status=i.status, place=i.venue,
        city_id=i.city_id, origin_city_id=i.origin_city_id,
        participants=frozenset(p.id for p in i.participants),
        counterparts=frozenset(p.id for p in i.counterparts),
        interpreters=frozenset(p.id for p in i.interpreters), all_day=i.all_day)


def _load(session: Session, ids: list[int]) -> list[Delegation]:
    return list(session.scalars(select(Delegation).where(Delegation.id.in_(ids)).options(
        selectinload(Delegation.members).selectinload(DelegationMember.person),
        selectinload(Delegation.items).selectinload(ItineraryItem.participants),
        selectinload(Delegation.items).selectinload(ItineraryItem.counterparts),
        selectinload(Delegation.items).selectinload(ItineraryItem.interpreters),
    ).order_by(Delegation.starts_on, Delegation.id)))


def plan_of(d: Delegation) -> Plan:
    people = {m.person.id: _person(m.person) for m in d.members}
    for item in d.items:
        for p in (*item.counterparts, *item.interpreters, *item.participants):
            people.setdefault(p.id, _person(p))
    heads = [m for m in sorted(d.members, key=lambda m: m.precedence)
             if m.role is MemberRole.HEAD_OF_DELEGATION] or sorted(
                 d.members, key=lambda m: m.precedence)[:1]
    return Plan(tuple(_plan_item(i) for i in d.items), people, d.starts_on, d.ends_on,
                heads[0].person_id if heads else None)


def _result(d: Delegation, rules: PlanRules) -> DelegationConflicts:
    return DelegationConflicts(d.id, d.title, {i.id: i.title for i in d.items},
                               tuple(find_conflicts(plan_of(d), rules)))


def check_delegation(sessions: sessionmaker[Session], delegation_id: int,
                     rules: PlanRules | None = None) -> DelegationConflicts:
    with sessions() as session:
        found = _load(session, [delegation_id])
        if not found:
            raise NotFoundError(f"There is no delegation {delegation_id}.")
        return _result(found[0], rules or PlanRules())


def check_upcoming(sessions: sessionmaker[Session], today: date,
                   rules: PlanRules | None = None) -> list[DelegationConflicts]:
    """Every delegation not yet completed (nor cancelled) whose dates have not all passed."""
    with sessions() as session:
        ids = list(session.scalars(select(Delegation.id).where(
            Delegation.status.not_in([DelegationStatus.COMPLETED, DelegationStatus.CANCELLED]),
            Delegation.ends_on >= today, Delegation.archived.is_(False))))
        return [_result(d, rules or PlanRules()) for d in _load(session, ids)]
