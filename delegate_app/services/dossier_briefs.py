"""The internal parts of a dossier: a brief per meeting, city profiles, practical annex."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from ..db.models import City, Delegation, ItineraryItem, MeetingOutcome, Person
from ..domain.dossier import (
    CityProfile,
    CounterpartBrief,
    DossierItem,
    DossierMember,
    DossierPerson,
    MeetingBrief,
    PracticalAnnex,
)
from ..domain.enums import ItemKind, MemberRole, OrganisationKind
from ..domain.timefmt import format_date, format_date_range, to_local, utc_offset_label
from .people import display_name
from .relations import (
    CityRelations,
    HistoryLine,
    cities_relations,
    city_relations,
    people_history,
)

BRIEFED_KINDS = {ItemKind.BILATERAL_MEETING, ItemKind.MEAL, ItemKind.RECEPTION,
                 ItemKind.CEREMONY, ItemKind.SITE_VISIT, ItemKind.SUMMIT_SESSION}
# Numbers to call in an emergency, by country (ISO 3166 code).
EMERGENCY = {
    "AR": "Police 911 · Ambulance 107 · Fire 100", "JP": "Police 110 · Fire and ambulance 119",
    "IR": "Police 110 · Ambulance 115 · Fire 125", "UY": "All services 911",
    "RU": "All services 112", "QA": "All services 999", "KR": "Police 112 · Fire and ambulance 119",
    "CN": "Police 110 · Ambulance 120 · Fire 119", "US": "All services 911",
    "TR": "All services 112", "AE": "Police 999 · Ambulance 998",
}
EU_WIDE = "All services 112"
_PAST = ("meeting", "agreement", "delegation")


def _dated(line: HistoryLine) -> str:
    return f"{format_date(line.when)} — {line.text}" if line.when else line.text


def _commitment(line: HistoryLine) -> str:
    return f"{line.text}, due {format_date(line.when)}" if line.when else line.text


class CityMemory:
    """city_relations, asked once per city (a meeting's city is often a destination), of
    the cities named beforehand read together."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions
        self._cities: dict[int, CityRelations] = {}

    def read(self, city_ids: Iterable[int]) -> None:
        """Read these cities' relations together (the ones not read yet)."""
        wanted = set(city_ids).difference(self._cities)
        if wanted:
            self._cities.update(cities_relations(self.sessions, wanted))

    def city(self, city_id: int) -> CityRelations:
        return _cached(self._cities, city_id, lambda: city_relations(self.sessions, city_id))


def meeting_city(r: ItineraryItem) -> City | None:
    """The city a meeting's brief gives the background of: its counterparts' (the first
    who has one), else where it takes place."""
    return next((p.city for p in r.counterparts if p.city), None) or r.city


K = TypeVar("K")
V = TypeVar("V")


def _cached(cache: dict[K, V], key: K, make: Callable[[], V]) -> V:
    if key not in cache:
        cache[key] = make()
    return cache[key]


def _counterpart(p: Person, photo: bytes | None, history: tuple[HistoryLine, ...],
                 before: datetime) -> CounterpartBrief:
    day = before.date()
    return CounterpartBrief(
        person=person_record(p), photo=photo, address_spoken=p.form_of_address_spoken,
        address_letter=p.form_of_address_letter, biography=p.biography,
        interpretation=p.interpretation_needs,
        previous_meetings=tuple(_dated(h) for h in history
                                if h.kind in _PAST and h.when and h.when < day),
        open_commitments=tuple(_commitment(h) for h in history
                               if h.kind == "commitment" and h.open),
        gifts=tuple(_dated(h) for h in history if h.kind == "gift" and h.when
                    and h.when <= day),
        internal_notes=p.internal_notes)


def person_record(p: Person) -> DossierPerson:
    """A person as the dossier prints them."""
    return DossierPerson(p.id, display_name(p), p.native_name, p.position,
                         p.organisation.name if p.organisation else "",
                         p.city.name if p.city else "",
                         ", ".join(x.strip() for x in p.languages.split(",") if x.strip()),
                         p.email, p.phone)


def meeting_briefs(sessions: sessionmaker[Session], session: Session,
                   rows: list[ItineraryItem], items: dict[int, DossierItem],
                   keys: dict[int, str], memory: CityMemory | None = None,
                   ) -> tuple[MeetingBrief, ...]:
    """A brief for each of ``rows``: who, how to address them, what we share with them."""
    memory = memory or CityMemory(sessions)
    ids = {p.id for r in rows for p in r.counterparts}
    histories = people_history(sessions, ids)  # everyone's at once, not a person at a time
    photos = {i: b for i, b in session.execute(
        select(Person.id, Person.photo).where(Person.id.in_(ids)))}
    outcomes = {i: text for i, text in session.execute(
        select(MeetingOutcome.item_id, MeetingOutcome.summary)
        .where(MeetingOutcome.item_id.in_([r.id for r in rows])))}
    briefs = []
    for r in rows:
        people = tuple(_counterpart(p, photos.get(p.id), histories[p.id], r.starts_at)
                       for p in r.counterparts)
        city = meeting_city(r)
        relations = memory.city(city.id) if city else None
        background: tuple[str, ...] = ()
        shared: tuple[str, ...] = ()
        if relations is not None:
            background = tuple(h.text for h in relations.partnerships)
            if relations.networks:
                background += ("Networks: " + ", ".join(relations.networks),)
            personal = {c for person in people for c in person.open_commitments}
            shared = tuple(c for c in map(_commitment, relations.we_owe + relations.they_owe)
                           if c not in personal)
        briefs.append(MeetingBrief(keys[r.id], items[r.id], city.name if city else "", people,
                                   background, shared, outcomes.get(r.id, "")))
    return tuple(briefs)


def city_profiles(sessions: sessionmaker[Session], cities: list[City],
                  memory: CityMemory | None = None) -> tuple[CityProfile, ...]:
    memory = memory or CityMemory(sessions)
    now = datetime.now(UTC)
    profiles = []
    for c in cities:
        rel = memory.city(c.id)
        profiles.append(CityProfile(
            name=c.name, native_name=c.native_name, country_code=c.country_code,
            zone=f"{c.time_zone} ({utc_offset_label(now, c.time_zone)})",
            population=f"{c.population:,}" if c.population else "", notes=c.notes,
            partnerships=tuple(h.text for h in rel.partnerships), networks=rel.networks,
            visits=tuple(h.text for h in rel.delegations[:8]),
            we_owe=tuple(map(_commitment, rel.we_owe)),
            they_owe=tuple(map(_commitment, rel.they_owe))))
    return tuple(profiles)


def _hotels(rows: list[ItineraryItem]) -> tuple[tuple[str, str, str], ...]:
    hotels = []
    for r in rows:
        if r.kind is not ItemKind.HOTEL:
            continue
        days = format_date_range(to_local(r.starts_at, r.start_tz).date(),
                                 to_local(r.ends_at, r.end_tz).date())
        where = f"{r.city.name}, {days}" if r.city else days
        booking = f" — booking {r.booking_reference}" if r.booking_reference else ""
        hotels.append((where, r.venue or r.title, r.address + booking))
    return tuple(hotels)


def annex(session: Session, d: Delegation, rows: list[ItineraryItem]) -> PracticalAnnex:
    """Hotels, emergency numbers, embassy contacts, interpreters, our own contacts."""
    countries = dict.fromkeys(c.country_code for c in [*d.destinations, *(
        r.city for r in rows if r.city)])
    emergency = tuple((code, EMERGENCY.get(code, EU_WIDE)) for code in countries)
    met = {p.id: p for r in rows for p in r.counterparts}
    embassy = tuple(person_record(p) for p in met.values()
                    if p.organisation and p.organisation.kind is OrganisationKind.EMBASSY)
    interpreters = {m.person.id: m.person for m in d.members
                    if m.role is MemberRole.INTERPRETER}
    interpreters.update({p.id: p for r in rows for p in r.interpreters})
    contacts = tuple(DossierMember(person_record(m.person), m.role.label) for m in d.members
                     if m.role in (MemberRole.PROTOCOL_OFFICER, MemberRole.SECURITY,
                                   MemberRole.HEAD_OF_DELEGATION))
    return PracticalAnnex(_hotels(rows), emergency, embassy,
                          tuple(person_record(p) for p in interpreters.values()), contacts)
