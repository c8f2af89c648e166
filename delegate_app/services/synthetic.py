"""A synthetic office for scale tests: many delegations of ~50 items each, made in bulk."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session, sessionmaker

from ..db.models import (
    City,
    Commitment,
    Delegation,
    DelegationMember,
    ItineraryItem,
    Person,
    Summit,
)
from ..db.models.planning import delegation_destination, item_counterpart, item_participant
from ..domain import enums as e
from .editing import new_uid

ITEMS_PER_DELEGATION = 50
ZONES = ["Asia/Tehran", "America/Argentina/Buenos_Aires", "Asia/Tokyo", "Europe/Madrid",
         "Europe/Moscow", "America/Montevideo", "Asia/Seoul", "Africa/Nairobi"]
KINDS = [k for k in e.ItemKind if k is not e.ItemKind.HOTEL]


def _now() -> datetime:
    return datetime.now(UTC)


def _bulk(session: Session, target: Any, rows: list[dict[str, Any]]) -> None:
    for start in range(0, len(rows), 5000):
        session.execute(insert(target), rows[start:start + 5000])


def _stamp(row: dict[str, Any]) -> dict[str, Any]:
    now = _now()
    return {**row, "version": 1, "created_at": now, "updated_at": now}


def make_synthetic_office(sessions: sessionmaker[Session], items: int, seed: int = 20261123,
                          today: date | None = None) -> dict[str, int]:
    """Add ``items`` itinerary items spread over delegations of ~50 items each, with people,
    cities, summits and commitments in proportion. Returns how many of each were made."""
    rng = random.Random(seed)
    today = today or date.today()
    n_delegations = max(1, items // ITEMS_PER_DELEGATION)
    n_people = max(20, n_delegations * 3)
    n_cities = max(8, min(400, n_delegations // 5))
    with sessions.begin() as session:
        city_ids = _cities(session, n_cities)
        person_ids = _people(session, n_people, rng, city_ids)
        summit_ids = _summits(session, max(1, n_delegations // 40), rng, city_ids, today)
        made = _delegations(session, n_delegations, items, rng, city_ids, person_ids,
                            summit_ids, today)
        _commitments(session, n_delegations, rng, city_ids, person_ids, today)
    return {"cities": n_cities, "people": n_people, "delegations": n_delegations,
            "items": made, "summits": len(summit_ids)}


def _ids(session: Session, model: Any, rows: list[dict[str, Any]]) -> list[int]:
    result = session.execute(insert(model).returning(model.id), rows)
    return [int(r[0]) for r in result]


def _cities(session: Session, count: int) -> list[int]:
    return _ids(session, City, [_stamp({
        "name": f"Synthetic City {n:04d}", "native_name": "", "country_code": "ZZ",
        "time_zone": ZONES[n % len(ZONES)], "notes": ""}) for n in range(count)])


def _people(session: Session, count: int, rng: random.Random, cities: list[int]) -> list[int]:
    return _ids(session, Person, [_stamp({
        "given_name": f"Given{n}", "family_name": f"Family{n:05d}", "honorific": "",
        "native_name": "", "name_order": e.NameOrder.GIVEN_FIRST, "position": "Official",
        "city_id": rng.choice(cities), "languages": rng.choice(["fa,en", "es", "ja,en", "ru"]),
        "precedence_rank": rng.randint(1, 200)}) for n in range(count)])


def _summits(session: Session, count: int, rng: random.Random, cities: list[int],
             today: date) -> list[int]:
    rows = []
    for n in range(count):
        start = today + timedelta(days=rng.randint(-300, 300))
        rows.append(_stamp({"title": f"Synthetic Summit {n}", "kind": e.SummitKind.CONFERENCE,
                            "host_city_id": rng.choice(cities), "starts_on": start,
                            "ends_on": start + timedelta(days=2)}))
    return _ids(session, Summit, rows)


def _delegations(session: Session, count: int, items: int, rng: random.Random,
                 cities: list[int], people: list[int], summits: list[int], today: date) -> int:
    rows = []
    for n in range(count):
        start = today + timedelta(days=rng.randint(-700, 700))
        rows.append(_stamp({
            "title": f"Synthetic delegation {n:05d}", "direction": rng.choice(list(e.Direction)),
            "status": rng.choice(list(e.DelegationStatus)), "home_city_id": rng.choice(cities),
            "starts_on": start, "ends_on": start + timedelta(days=rng.randint(2, 9)),
            "summit_id": rng.choice(summits) if rng.random() < 0.2 else None,
            "archived": False}))
    ids = _ids(session, Delegation, rows)
    members, destinations = [], []
    for d_id, d in zip(ids, rows, strict=True):
        chosen = rng.sample(people, 4)
        d["members"] = chosen
        members += [_stamp({"delegation_id": d_id, "person_id": p, "precedence": i + 1,
                            "role": e.MemberRole.HEAD_OF_DELEGATION if i == 0
                            else e.MemberRole.MEMBER}) for i, p in enumerate(chosen)]
        destinations.append({"delegation_id": d_id, "city_id": rng.choice(
            [c for c in cities if c != d["home_city_id"]]), "position": 0})
    _bulk(session, DelegationMember, members)
    _bulk(session, delegation_destination, destinations)
    return _items(session, ids, rows, items, rng, people)


def _items(session: Session, ids: list[int], delegations: list[dict[str, Any]], total: int,
           rng: random.Random, people: list[int]) -> int:
    made = 0
    for n, (d_id, d) in enumerate(zip(ids, delegations, strict=True)):
        share = total // len(ids) + (1 if n < total % len(ids) else 0)
        rows, zone = [], ZONES[d_id % len(ZONES)]
        start = datetime.combine(d["starts_on"], datetime.min.time(), UTC) + timedelta(hours=7)
        for _ in range(share):
            start += timedelta(minutes=rng.choice([60, 90, 120, 180, 600]))
            length = timedelta(minutes=rng.choice([30, 45, 60, 90, 120]))
            rows.append(_stamp({
                "delegation_id": d_id, "kind": rng.choice(KINDS), "title": "Synthetic item",
                "status": e.ItemStatus.CONFIRMED, "starts_at": start, "ends_at": start + length,
                "start_tz": zone, "end_tz": zone, "uid": new_uid(), "sequence": 0,
                "all_day": False}))
        item_ids = _ids(session, ItineraryItem, rows) if rows else []
        links = [{"item_id": i, "person_id": p} for i in item_ids
                 for p in rng.sample(d["members"], rng.randint(1, 3))]
        _bulk(session, item_participant, links)
        _bulk(session, item_counterpart, [{"item_id": i, "person_id": rng.choice(people)}
                                          for i in item_ids if rng.random() < 0.3])
        made += len(item_ids)
    return made


def _commitments(session: Session, count: int, rng: random.Random, cities: list[int],
                 people: list[int], today: date) -> None:
    _bulk(session, Commitment, [_stamp({
        "uid": new_uid(), "sequence": 0, "description": f"Synthetic commitment {n}",
        "direction": rng.choice(list(e.CommitmentDirection)),
        "status": rng.choice([e.CommitmentStatus.OPEN, e.CommitmentStatus.IN_PROGRESS]),
        "priority": e.Priority.NORMAL, "source": e.CommitmentSource.MEETING,
        "due_on": today + timedelta(days=rng.randint(-100, 200)),
        "owner_id": rng.choice(people), "city_id": rng.choice(cities)}) for n in range(count)])
