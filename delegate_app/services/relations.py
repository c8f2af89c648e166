"""The office's memory: a person's history with us, a city's relationship with us."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from ..db.models import (
    Agreement,
    City,
    Commitment,
    Delegation,
    DelegationMember,
    Gift,
    ItineraryItem,
    NetworkMembership,
    Office,
    Organisation,
    Partnership,
    Person,
)
from ..db.models.places import agreement_signatory
from ..db.models.planning import delegation_destination, item_counterpart
from ..domain.enums import CommitmentDirection, CommitmentStatus, Direction, OrganisationKind
from ..domain.errors import NotFoundError
from ..domain.wording import QT_TRANSLATE_NOOP, Day, Lowered, Span, Wording
from .failures import say
from .people import display_name


@dataclass(frozen=True, slots=True)
class HistoryLine:
    when: date | None
    kind: str  # "delegation", "meeting", "commitment", "gift", "agreement", "position"
    text: str
    link: tuple[str, int] | None = None  # (page, id) to open
    open: bool = False  # an open commitment, shown first


@dataclass(frozen=True, slots=True)
class CityRelations:
    city_id: int
    partnerships: tuple[HistoryLine, ...]
    networks: tuple[str, ...]
    officials: tuple[HistoryLine, ...]
    delegations: tuple[HistoryLine, ...]
    we_owe: tuple[HistoryLine, ...]
    they_owe: tuple[HistoryLine, ...]


def _said(template: str, **values: object) -> str:
    """A line of the record in the interface's language."""
    return say(Wording(template, values))


def _commitment_line(c: Commitment) -> HistoryLine:
    return HistoryLine(c.due_on, "commitment",
                       _said("{direction}: {description} ({status})",
                             direction=Wording(c.direction.label), description=c.description,
                             status=Lowered(c.status.label)),
                       ("commitments", c.id), not c.status.is_closed)


def person_history(sessions: sessionmaker[Session], person_id: int) -> tuple[HistoryLine, ...]:
    """Everything we did with this person, open commitments first, then newest first."""
    with sessions() as session:
        if session.get(Person, person_id) is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("delegate_app", "This person no longer exists."))
        return _histories(session, {person_id})[person_id]


def people_history(sessions: sessionmaker[Session],
                   person_ids: Iterable[int]) -> dict[int, tuple[HistoryLine, ...]]:
    """:func:`person_history` of each of these people (a dossier's counterparts): their
    delegations, meetings and agreements read in one query each."""
    with sessions() as session:
        return _histories(session, set(person_ids))


def _among(ids: set[int], *people: int | None) -> list[int]:
    """Which of ``people`` (a record's two sides, either may be none) are in ``ids``."""
    return sorted({p for p in people if p is not None and p in ids})


def _histories(session: Session, ids: set[int]) -> dict[int, tuple[HistoryLine, ...]]:
    lines: dict[int, list[HistoryLine]] = {i: [] for i in ids}
    if not ids:
        return {}
    for m, d in session.execute(select(DelegationMember, Delegation).join(
            Delegation, Delegation.id == DelegationMember.delegation_id).where(
            DelegationMember.person_id.in_(ids)).order_by(Delegation.id)):
        lines[m.person_id].append(HistoryLine(d.starts_on, "delegation", _said(
            QT_TRANSLATE_NOOP("delegate_app", "{role} in “{title}” ({days})"),
            role=Wording(m.role.label), title=d.title, days=Span(d.starts_on, d.ends_on)),
            ("delegations", d.id)))
    for i, person in session.execute(select(ItineraryItem, item_counterpart.c.person_id).join(
            item_counterpart, item_counterpart.c.item_id == ItineraryItem.id).where(
            item_counterpart.c.person_id.in_(ids)).order_by(ItineraryItem.id)):
        lines[person].append(HistoryLine(i.starts_at.date(), "meeting", _said(
            QT_TRANSLATE_NOOP("delegate_app", "Met at “{title}”"), title=i.title),
            ("delegations", i.delegation_id)))
    for c in session.scalars(select(Commitment).where(
            or_(Commitment.owner_id.in_(ids), Commitment.counterpart_id.in_(ids)))
            .order_by(Commitment.id)):
        line = _commitment_line(c)
        for person in _among(ids, c.owner_id, c.counterpart_id):  # one promise, two sides
            lines[person].append(line)
    for g in session.scalars(select(Gift).where(
            or_(Gift.giver_id.in_(ids), Gift.recipient_id.in_(ids))).order_by(Gift.id)):
        line = HistoryLine(g.given_on, "gift", _said(
            QT_TRANSLATE_NOOP("delegate_app", "Gift given: {description}")
            if g.direction.value == "given" else
            QT_TRANSLATE_NOOP("delegate_app", "Gift received: {description}"),
            description=g.description))
        for person in _among(ids, g.giver_id, g.recipient_id):
            lines[person].append(line)
    for a, person in session.execute(select(Agreement, agreement_signatory.c.person_id).join(
            agreement_signatory, agreement_signatory.c.agreement_id == Agreement.id).where(
            agreement_signatory.c.person_id.in_(ids)).order_by(Agreement.id)):
        lines[person].append(HistoryLine(a.signed_on, "agreement", _said(
            QT_TRANSLATE_NOOP("delegate_app", "Signed “{title}”"), title=a.title)))
    # Every query is in id order, so lines of one day (or none) keep the same order however
    # many people are read together, on any database.
    return {person: tuple(sorted(found, key=lambda h: (not h.open,
                                                       -(h.when or date.min).toordinal())))
            for person, found in lines.items()}


def _documents(session: Session, partnership_ids: set[int]) -> dict[int, str]:
    """The first attached document's name of each partnership that has one."""
    found: dict[int, str] = {}
    if partnership_ids:
        for partnership, name in session.execute(
                select(Agreement.partnership_id, Agreement.document_name).where(
                    Agreement.partnership_id.in_(partnership_ids),
                    Agreement.document_name != "").order_by(Agreement.id)):
            if partnership is not None:
                found.setdefault(partnership, name)
    return found


def _partnership_line(p: Partnership, document: str | None) -> str:
    """"Sister city — active, signed Tue 3 Mar 2015: title — signed agreement attached"."""
    return _said("{kind} — {status}{signed}{expires}{title}{document}",
                 kind=Wording(p.kind.label), status=Lowered(p.status.label),
                 signed=Wording(QT_TRANSLATE_NOOP("delegate_app", ", signed {day}"),
                                {"day": Day(p.signed_on, "date")}) if p.signed_on else "",
                 expires=Wording(QT_TRANSLATE_NOOP("delegate_app", ", expires {day}"),
                                 {"day": Day(p.expires_on, "date")}) if p.expires_on else "",
                 title=f": {p.title}" if p.title else "",
                 document=Wording(QT_TRANSLATE_NOOP(
                     "delegate_app", " — signed agreement attached: {name}"),
                     {"name": document}) if document else Wording(""))


def _our_city(session: Session) -> int | None:
    return session.scalar(select(Office.home_city_id).order_by(Office.id).limit(1))


def city_relations(sessions: sessionmaker[Session], city_id: int) -> CityRelations:
    """What we have with a city: partnerships, networks, its officials, visits both ways,
    and what we owe each other."""
    with sessions() as session:
        if session.get(City, city_id) is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("delegate_app", "This city no longer exists."))
        return _relations(session, {city_id})[city_id]


def cities_relations(sessions: sessionmaker[Session],
                     city_ids: Iterable[int]) -> dict[int, CityRelations]:
    """:func:`city_relations` of each of these cities (a dossier's), read together: one
    query for each kind of record, not one per city."""
    with sessions() as session:
        return _relations(session, set(city_ids))


def _relations(session: Session, ids: set[int]) -> dict[int, CityRelations]:
    # Each query ends in id order, so ties come out alike however many cities are read.
    if not ids:
        return {}
    ours = _our_city(session)
    partnerships: dict[int, list[Partnership]] = {i: [] for i in ids}
    for p in session.scalars(select(Partnership).where(or_(
            Partnership.city_id.in_(ids) & (Partnership.partner_city_id == ours),
            Partnership.partner_city_id.in_(ids) & (Partnership.city_id == ours)))
            .order_by(Partnership.signed_on.desc(), Partnership.id)):
        for city in sorted(ids):
            if ((p.city_id == city and p.partner_city_id == ours)
                    or (p.partner_city_id == city and p.city_id == ours)):
                partnerships[city].append(p)
    documents = _documents(session, {p.id for found in partnerships.values() for p in found})
    networks: dict[int, list[str]] = {i: [] for i in ids}
    for m in session.scalars(select(NetworkMembership).where(
            NetworkMembership.city_id.in_(ids), NetworkMembership.until_on.is_(None))
            .options(selectinload(NetworkMembership.network)).order_by(NetworkMembership.id)):
        if m.city_id is None:
            continue
        networks[m.city_id].append(_said(
            "{network} ({role}{since})", network=m.network.acronym or m.network.name,
            role=Lowered(m.role.label),
            since=Wording(QT_TRANSLATE_NOOP("delegate_app", " since {year}"),
                          {"year": str(m.since_on.year)}) if m.since_on else ""))
    officials: dict[int, list[HistoryLine]] = {i: [] for i in ids}
    for person in session.scalars(select(Person).join(
            Organisation, Organisation.id == Person.organisation_id).where(
            Person.city_id.in_(ids), Organisation.kind == OrganisationKind.CITY_GOVERNMENT)
            .order_by(Person.precedence_rank.is_(None), Person.precedence_rank, Person.id)):
        if person.city_id is not None:
            officials[person.city_id].append(HistoryLine(
                None, "person", f"{display_name(person)} — {person.position}",
                ("people", person.id)))
    visits = _visits(session, ids)
    balance = _balance(session, ids)
    return {city: CityRelations(
        city, tuple(HistoryLine(p.signed_on, "partnership",
                                _partnership_line(p, documents.get(p.id)))
                    for p in partnerships[city]),
        tuple(networks[city]), tuple(officials[city]), visits[city], *balance[city])
        for city in ids}


def _visits(session: Session, ids: set[int]) -> dict[int, tuple[HistoryLine, ...]]:
    rows: dict[int, list[Delegation]] = {i: [] for i in ids}
    for d, city in session.execute(select(Delegation, delegation_destination.c.city_id).join(
            delegation_destination, delegation_destination.c.delegation_id == Delegation.id)
            .where(delegation_destination.c.city_id.in_(ids),
                   Delegation.direction == Direction.OUTGOING).order_by(Delegation.id)):
        rows[city].append(d)
    for d in session.scalars(select(Delegation).where(
            Delegation.home_city_id.in_(ids), Delegation.direction == Direction.INCOMING)
            .order_by(Delegation.id)):
        rows[d.home_city_id].append(d)

    def who(d: Delegation) -> Wording:
        return Wording(QT_TRANSLATE_NOOP("delegate_app", "Ours, to them")
                       if d.direction is Direction.OUTGOING else
                       QT_TRANSLATE_NOOP("delegate_app", "Theirs, to us"))

    return {city: tuple(HistoryLine(d.starts_on, "delegation",
                                    _said("{who}: {title} ({days})", who=who(d), title=d.title,
                                          days=Span(d.starts_on, d.ends_on)),
                                    ("delegations", d.id))
                        for d in sorted(found, key=lambda d: d.starts_on, reverse=True))
            for city, found in rows.items()}


Balance = tuple[tuple[HistoryLine, ...], tuple[HistoryLine, ...]]  # we owe, they owe


def _balance(session: Session, ids: set[int]) -> dict[int, Balance]:
    rows: dict[int, list[Commitment]] = {i: [] for i in ids}
    for c in session.scalars(select(Commitment).where(
            Commitment.city_id.in_(ids),
            Commitment.status.in_([CommitmentStatus.OPEN, CommitmentStatus.IN_PROGRESS]))
            .order_by(Commitment.due_on, Commitment.id)):
        if c.city_id is not None:
            rows[c.city_id].append(c)
    return {city: (tuple(_commitment_line(c) for c in found
                         if c.direction is CommitmentDirection.WE_OWE),
                   tuple(_commitment_line(c) for c in found
                         if c.direction is CommitmentDirection.THEY_OWE))
            for city, found in rows.items()}
