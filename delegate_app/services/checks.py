"""Conflict checks of delegations: the domain rules fed from the database.

The plans are read with narrow Core queries (only the columns the rules use, a handful of
statements for any number of delegations), not full ORM graphs: `check --upcoming` and
Today check every upcoming delegation of a large office."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, sessionmaker

from ..db.models import Delegation, DelegationMember, ItineraryItem, Person
from ..db.models.planning import item_counterpart, item_interpreter, item_participant
from ..domain.collector import collector_paused
from ..domain.conflicts import Conflict, Plan, PlanItem, PlanPerson, PlanRules, find_conflicts
from ..domain.enums import DelegationStatus, MemberRole, NameOrder
from ..domain.errors import NotFoundError
from ..domain.names import formal_name
from ..domain.wording import QT_TRANSLATE_NOOP

CHUNK = 500  # ids per IN (...): well under every database's limit on parameters
# The tables, not the mapped classes: Core statements need no ORM compilation and no mapper
# configuration, which is most of what a command such as `check --upcoming` would spend.
ITEMS = ItineraryItem.__table__
DELEGATIONS = Delegation.__table__
MEMBERS = DelegationMember.__table__
PEOPLE = Person.__table__


@dataclass(frozen=True, slots=True)
class DelegationConflicts:
    delegation_id: int
    delegation: str
    item_titles: dict[int, str]
    conflicts: tuple[Conflict, ...]


@dataclass(slots=True)
class _Draft:
    """One delegation's rows while they are read."""

    id: int
    title: str
    starts_on: date
    ends_on: date
    items: list[PlanItem]
    members: list[Any]


def _links(session: Session, chosen: Select[Any]) -> dict[str, dict[int, set[int]]]:
    """item -> people, for participants, counterparts and interpreters of the chosen."""
    found: dict[str, dict[int, set[int]]] = {}
    for name, link in (("participants", item_participant), ("counterparts", item_counterpart),
                       ("interpreters", item_interpreter)):
        by_item: dict[int, set[int]] = {}
        for item_id, person_id in session.execute(
                select(link.c.item_id, link.c.person_id)
                .join(ITEMS, ITEMS.c.id == link.c.item_id)
                .where(ITEMS.c.delegation_id.in_(chosen))):
            by_item.setdefault(item_id, set()).add(person_id)
        found[name] = by_item
    return found


def _people(session: Session, ids: Iterable[int]) -> dict[int, PlanPerson]:
    wanted, people = sorted(set(ids)), {}
    for start in range(0, len(wanted), CHUNK):
        p = PEOPLE.c
        for pid, honorific, given, family, order, languages in session.execute(
                select(p.id, p.honorific, p.given_name, p.family_name, p.name_order,
                       p.languages).where(p.id.in_(wanted[start:start + CHUNK]))):
            people[pid] = PlanPerson(pid, formal_name(honorific, given, family, NameOrder(order)),
                                     tuple(c for c in languages.split(",") if c))
    return people


def _drafts(session: Session, chosen: Select[Any],
            links: dict[str, dict[int, set[int]]]) -> list[_Draft]:
    """The chosen delegations with their items as the rules see them (rows unpacked by
    position: a Core row's attribute costs as much as building the item)."""
    d = DELEGATIONS.c
    drafts = {row.id: _Draft(row.id, row.title, row.starts_on, row.ends_on, [], []) for row in
              session.execute(select(d.id, d.title, d.starts_on, d.ends_on)
                              .where(d.id.in_(chosen)).order_by(d.starts_on, d.id))}
    participants, counterparts, interpreters = (
        links["participants"], links["counterparts"], links["interpreters"])
    empty: frozenset[int] = frozenset()
    i = ITEMS.c  # the table's columns: Core rows, no ORM row processing
    for (item_id, delegation_id, title, kind, starts_at, ends_at, start_tz, end_tz, status,
         venue, city_id, origin_city_id, all_day) in session.execute(
            select(i.id, i.delegation_id, i.title, i.kind, i.starts_at, i.ends_at, i.start_tz,
                   i.end_tz, i.status, i.venue, i.city_id, i.origin_city_id, i.all_day)
            .where(i.delegation_id.in_(chosen)).order_by(i.starts_at, i.id)):
        drafts[delegation_id].items.append(PlanItem(
            item_id, title, kind, starts_at, ends_at, start_tz, end_tz, status, venue, city_id,
            origin_city_id, frozenset(participants.get(item_id, empty)),
            frozenset(counterparts.get(item_id, empty)),
            frozenset(interpreters.get(item_id, empty)), all_day))
    m = MEMBERS.c
    for member in session.execute(select(m.delegation_id, m.person_id, m.role, m.precedence)
                                  .where(m.delegation_id.in_(chosen))
                                  .order_by(m.delegation_id, m.precedence)):
        drafts[member.delegation_id].members.append(member)
    return list(drafts.values())


def _plan(draft: _Draft, people: dict[int, PlanPerson]) -> Plan:
    items = tuple(draft.items)
    mine = {m.person_id for m in draft.members}
    for item in items:
        mine |= item.participants | item.counterparts | item.interpreters
    heads = [m for m in draft.members if m.role is MemberRole.HEAD_OF_DELEGATION] \
        or draft.members[:1]
    return Plan(items, {p: people[p] for p in mine if p in people}, draft.starts_on,
                draft.ends_on, heads[0].person_id if heads else None)


def _check(session: Session, chosen: Select[Any], rules: PlanRules) -> list[DelegationConflicts]:
    links = _links(session, chosen)
    with collector_paused():  # plans and conflicts by the ten thousand, no lasting cycles
        drafts = _drafts(session, chosen, links)
        everyone = {m.person_id for d in drafts for m in d.members}
        for by_item in links.values():
            for persons in by_item.values():
                everyone |= persons
        people = _people(session, everyone)
        return [DelegationConflicts(d.id, d.title, {r.id: r.title for r in d.items},
                                    tuple(find_conflicts(_plan(d, people), rules)))
                for d in drafts]


def check_delegation(sessions: sessionmaker[Session], delegation_id: int,
                     rules: PlanRules | None = None) -> DelegationConflicts:
    with sessions() as session:
        found = _check(session, select(DELEGATIONS.c.id).where(DELEGATIONS.c.id == delegation_id),
                       rules or PlanRules())
        if not found:
            raise NotFoundError(QT_TRANSLATE_NOOP(
                "delegate_app", "There is no delegation {number}."), number=str(delegation_id))
        return found[0]


def check_upcoming(sessions: sessionmaker[Session], today: date,
                   rules: PlanRules | None = None) -> list[DelegationConflicts]:
    """Every delegation not yet completed (nor cancelled) whose dates have not all passed."""
    with sessions() as session:
        d = DELEGATIONS.c
        return _check(session, select(d.id).where(
            d.status.not_in([DelegationStatus.COMPLETED, DelegationStatus.CANCELLED]),
            d.ends_on >= today, d.archived.is_(False)), rules or PlanRules())
