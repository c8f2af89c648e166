"""Lists for the Delegations, Summits and Commitments pages, and the Today summary."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from ..db.models import (
    City,
    Commitment,
    Delegation,
    DelegationMember,
    ItineraryItem,
    Partnership,
    Person,
    Summit,
    SummitSession,
)
from ..db.models.planning import delegation_destination
from ..domain.enums import (
    CommitmentStatus,
    DelegationStatus,
    ItemStatus,
    MemberRole,
    NameOrder,
    PartnershipStatus,
)
from ..domain.follow_up import local_day
from ..domain.names import formal_name
from ..domain.records import (
    AgendaEntry,
    CommitmentRow,
    DelegationRow,
    SummitRow,
    TodaySummary,
)
from ..domain.wording import QT_TRANSLATE_NOOP, Day, Wording
from . import commitments, failures, home

RENEWAL_WINDOW_DAYS = 90
DUE_SOON_DAYS = 14
UPCOMING_DAYS = 42


def _counts(session: Session, column: Any, group: Any, within: Any = None) -> dict[int, int]:
    """How many ``column`` per ``group``; only the groups ``within`` selects, when given
    (Today counts the items of forty delegations, not of two thousand)."""
    query = select(group, func.count(column)).group_by(group)
    if within is not None:
        query = query.where(group.in_(within))
    return {k: int(v) for k, v in session.execute(query).all()}


def _heads(session: Session, ids: Any) -> dict[int, str]:
    """The head of each delegation (by role, else the first in precedence), by name."""
    rank = case((DelegationMember.role == MemberRole.HEAD_OF_DELEGATION, 0), else_=1)
    rows = session.execute(
        select(DelegationMember.delegation_id, Person.honorific, Person.given_name,
               Person.family_name, Person.name_order)
        .join(Person, Person.id == DelegationMember.person_id)
        .where(DelegationMember.delegation_id.in_(ids))
        .order_by(DelegationMember.delegation_id, rank, DelegationMember.precedence))
    heads: dict[int, str] = {}
    for d_id, honorific, given, family, order in rows:
        heads.setdefault(d_id, formal_name(honorific, given, family, NameOrder(order)))
    return heads


def _destinations(session: Session, ids: Any) -> dict[int, list[str]]:
    result: dict[int, list[str]] = {}
    for d_id, name in session.execute(
            select(delegation_destination.c.delegation_id, City.name)
            .join(City, City.id == delegation_destination.c.city_id)
            .where(delegation_destination.c.delegation_id.in_(ids))
            .order_by(delegation_destination.c.delegation_id,
                      delegation_destination.c.position)):
        result.setdefault(d_id, []).append(name)
    return result


def _delegation_rows(session: Session, query: Any) -> list[DelegationRow]:
    """Rows for many delegations in a handful of queries (2,000 delegations stay quick)."""
    ids = query.with_only_columns(Delegation.id).scalar_subquery()
    items = _counts(session, ItineraryItem.id, ItineraryItem.delegation_id, ids)
    members = _counts(session, DelegationMember.id, DelegationMember.delegation_id, ids)
    heads, destinations = _heads(session, ids), _destinations(session, ids)
    home = City.__table__.alias("home")
    summit_title = select(Summit.title).where(Summit.id == Delegation.summit_id)
    rows = session.execute(query.with_only_columns(
        Delegation.id, Delegation.title, Delegation.direction, Delegation.status,
        home.c.name, Delegation.starts_on, Delegation.ends_on,
        summit_title.scalar_subquery(), Delegation.archived)
        .join(home, home.c.id == Delegation.home_city_id))
    return [DelegationRow(
        id=d_id, title=title, direction=direction, status=status, home_city=home_name,
        destinations=tuple(destinations.get(d_id, ())), starts_on=starts, ends_on=ends,
        head=heads.get(d_id, ""), member_count=members.get(d_id, 0),
        item_count=items.get(d_id, 0), summit=summit or "", archived=archived)
        for d_id, title, direction, status, home_name, starts, ends, summit, archived in rows]


def list_delegations(sessions: sessionmaker[Session]) -> list[DelegationRow]:
    with sessions() as session:
        return _delegation_rows(session, select(Delegation).order_by(Delegation.starts_on.desc()))


def _summit_rows(session: Session, query: object) -> list[SummitRow]:
    sessions_count = _counts(session, SummitSession.id, SummitSession.summit_id)
    delegations = _counts(session, Delegation.id, Delegation.summit_id)
    return [
        SummitRow(
            id=s.id, title=s.title, kind=s.kind, host_city=s.host_city.name, venue=s.venue,
            starts_on=s.starts_on, ends_on=s.ends_on,
            organiser=(s.organiser.acronym or s.organiser.name) if s.organiser else "",
            session_count=sessions_count.get(s.id, 0), delegation_count=delegations.get(s.id, 0),
            themes=tuple(t.name for t in s.themes),
        )
        for s in session.scalars(query.options(  # type: ignore[attr-defined]
            selectinload(Summit.host_city), selectinload(Summit.organiser),
            selectinload(Summit.themes),
        ))
    ]


def list_summits(sessions: sessionmaker[Session]) -> list[SummitRow]:
    with sessions() as session:
        return _summit_rows(session, select(Summit).order_by(Summit.starts_on.desc()))


def list_commitments(sessions: sessionmaker[Session], now: datetime | None = None
                     ) -> list[CommitmentRow]:
    return commitments.list_commitments(sessions, now)


def _agenda(session: Session, today: date, home_tz: str) -> list[AgendaEntry]:
    """Items of delegations under way, today and tomorrow (in the home zone's days)."""
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(home_tz)
    start = datetime.combine(today, time.min, zone).astimezone(UTC)
    end = datetime.combine(today + timedelta(days=2), time.min, zone).astimezone(UTC)
    query = (
        select(ItineraryItem, Delegation.title, City.name)
        .join(Delegation, Delegation.id == ItineraryItem.delegation_id)
        .outerjoin(City, City.id == ItineraryItem.city_id)
        .where(ItineraryItem.starts_at < end, ItineraryItem.ends_at > start,
               ItineraryItem.status != ItemStatus.CANCELLED,
               Delegation.status.in_([DelegationStatus.UNDER_WAY, DelegationStatus.CONFIRMED]))
        .order_by(ItineraryItem.starts_at)
    )
    return [
        AgendaEntry(i.id, i.delegation_id, title, i.title, i.kind.label, i.starts_at, i.start_tz,
                    i.ends_at, i.end_tz, i.venue or city or "")
        for i, title, city in session.execute(query)
    ]


def _renewals(session: Session, today: date) -> list[tuple[int, str]]:
    horizon = today + timedelta(days=RENEWAL_WINDOW_DAYS)
    rows = session.scalars(
        select(Partnership).where(
            Partnership.expires_on.is_not(None), Partnership.expires_on <= horizon,
            Partnership.expires_on >= today - timedelta(days=30),
            Partnership.status == PartnershipStatus.ACTIVE,
        ).order_by(Partnership.expires_on).options(selectinload(Partnership.partner_city))
    )
    # Said in the interface's language here: Today shows the sentence as it comes.
    return [(p.partner_city_id, failures.say(Wording(
        QT_TRANSLATE_NOOP("delegate_app", "{kind} with {city} expires {day}"),
        {"kind": Wording(p.kind.label), "city": p.partner_city.name,
         "day": Day(p.expires_on, "date") if p.expires_on else ""})))
            for p in rows]


def today_summary(sessions: sessionmaker[Session], now: datetime | None = None) -> TodaySummary:
    """What needs attention at ``now``; "today" is the office's day, "overdue" each owner's."""
    now = now or datetime.now(UTC)
    with sessions() as session:
        home_tz = home.office_zone(session)
        today = local_day(now, home_tz)
        horizon = today + timedelta(days=UPCOMING_DAYS)
        delegations = _delegation_rows(session, select(Delegation).where(
            Delegation.ends_on >= today, Delegation.starts_on <= horizon,
            Delegation.status != DelegationStatus.CANCELLED,
        ).order_by(Delegation.starts_on))
        summits = _summit_rows(session, select(Summit).where(
            Summit.ends_on >= today, Summit.starts_on <= horizon).order_by(Summit.starts_on))
        open_due = commitments.commitment_rows(session, select(Commitment).where(
            Commitment.status.in_([CommitmentStatus.OPEN, CommitmentStatus.IN_PROGRESS]),
            Commitment.due_on.is_not(None),
            Commitment.due_on <= today + timedelta(days=DUE_SOON_DAYS + 1),
        ).order_by(Commitment.due_on), now, home_tz)
        return TodaySummary(
            today=today,
            home_tz=home_tz,
            upcoming_delegations=tuple(delegations),
            upcoming_summits=tuple(summits),
            agenda=tuple(_agenda(session, today, home_tz)),
            overdue=tuple(c for c in open_due if c.overdue),
            due_soon=tuple(c for c in open_due if not c.overdue and c.days_left is not None
                           and c.days_left <= DUE_SOON_DAYS),
            renewals=tuple(_renewals(session, today)),
        )


def home_time_zone(sessions: sessionmaker[Session]) -> str:
    with sessions() as session:
        return home.office_zone(session)


def office_today(sessions: sessionmaker[Session]) -> date:
    """Today where the office works (Tehran's date, not the computer's, for a Tehran office)."""
    return home.today_at_the_office(sessions)
