"""A synthetic office for scale tests: ten years of an office that plans 200 visits a year
(people with names in their own scripts, delegations, itineraries, commitments, gifts),
written in bulk Core inserts inside one session."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session, sessionmaker

from ..db.models import (
    City,
    Commitment,
    Delegation,
    DelegationMember,
    Gift,
    ItineraryItem,
    Organisation,
    Person,
    Summit,
)
from ..db.models.planning import delegation_destination, item_counterpart, item_participant
from ..domain import enums as e

ITEMS_PER_DELEGATION = 50
PEOPLE_PER_ITEM = 0.2  # 100,000 items: 20,000 people
COMMITMENTS_PER_DELEGATION = 3
GIFTS_PER_DELEGATION = 2
ZONES = ["Asia/Tehran", "America/Argentina/Buenos_Aires", "Asia/Tokyo", "Europe/Madrid",
         "Europe/Moscow", "America/Montevideo", "Asia/Seoul", "Africa/Nairobi"]
KINDS = [k for k in e.ItemKind if k is not e.ItemKind.HOTEL]
POSITIONS = ["Mayor", "Deputy Mayor", "Councillor", "Adviser on international relations",
             "Head of protocol", "Director of economic promotion", "Interpreter",
             "Press officer", "Chief of staff", "Ambassador", "Consul general"]
VENUES = ["City Hall, Room 3", "Palace of Congresses", "Municipal Library", "Port Authority",
          "Chamber of Commerce", "Museum of the City", "Central Station", "Hotel Plaza"]


@dataclass(frozen=True, slots=True)
class Script:
    """Names of one script: (Latin, native) given and family names, languages spoken."""

    given: tuple[tuple[str, str], ...]
    family: tuple[tuple[str, str], ...]
    languages: tuple[str, ...]
    order: e.NameOrder = e.NameOrder.GIVEN_FIRST


def _pairs(text: str) -> tuple[tuple[str, str], ...]:
    """"Latin=native Latin=native ..." (a Latin name stands for itself when no '=')."""
    return tuple((w.partition("=")[0], w.partition("=")[2]) for w in text.split())


SCRIPTS = (
    Script(_pairs("Mohammad=محمد Ali=علی Zahra=زهرا Fatemeh=فاطمه Reza=رضا Maryam=مریم "
                  "Hossein=حسین Narges=نرگس Mehdi=مهدی Shirin=شیرین Kaveh=کاوه Leila=لیلا"),
           _pairs("Hosseini=حسینی Ahmadi=احمدی Karimi=کریمی Rezaei=رضایی Moradi=مرادی "
                  "Jafari=جعفری Sadeghi=صادقی Rahimi=رحیمی Ghasemi=قاسمی Tehrani=تهرانی"),
           ("fa,en", "fa", "fa,ar")),
    Script(_pairs("Haruto=陽翔 Yui=結衣 Sota=蒼太 Hina=陽菜 Ren=蓮 Aoi=葵 Takumi=拓海 "
                  "Sakura=さくら Kenji=健二 Yuko=裕子 Hiroshi=博 Akiko=明子"),
           _pairs("Sato=佐藤 Suzuki=鈴木 Takahashi=高橋 Tanaka=田中 Watanabe=渡辺 Ito=伊藤 "
                  "Yamamoto=山本 Nakamura=中村 Kobayashi=小林 Kato=加藤"),
           ("ja", "ja,en"), e.NameOrder.FAMILY_FIRST),
    Script(_pairs("Ivan=Иван Olga=Ольга Dmitry=Дмитрий Anna=Анна Sergei=Сергей Elena=Елена "
                  "Alexei=Алексей Natalia=Наталья Mikhail=Михаил Irina=Ирина"),
           _pairs("Ivanov=Иванов Smirnov=Смирнов Kuznetsov=Кузнецов Popov=Попов "
                  "Sokolov=Соколов Lebedev=Лебедев Morozov=Морозов Volkov=Волков"),
           ("ru", "ru,en")),
    Script(_pairs("Ahmed=أحمد Fatima=فاطمة Omar=عمر Layla=ليلى Khalid=خالد Noor=نور "
                  "Youssef=يوسف Amina=أمينة Hassan=حسن Mariam=مريم"),
           _pairs("Al-Sayed=السيد Haddad=حداد Mansour=منصور Khoury=خوري Nasser=ناصر "
                  "Saleh=صالح Hamdan=حمدان Abbas=عباس"),
           ("ar", "ar,en", "ar,fr")),
    Script(_pairs("María José Lucía François Søren Ana Pablo Zoë Jürgen Inés Łucja Camille"),
           _pairs("García Fernández Müller Dubois Ødegaard Silva Rossi Nowak Lindqvist "
                  "Martínez Kowalska O'Brien"),
           ("es", "es,en", "pt", "fr,en", "de,en")),
)


@dataclass
class _Ids:
    """The rows made so far that later rows point at."""

    cities: list[int]
    organisations: list[int]
    people: list[int]
    summits: list[int]


def _table(target: Any) -> Table:
    """Core inserts into the table itself: the ORM's bulk path costs ten times more."""
    return target if isinstance(target, Table) else target.__table__  # type: ignore[no-any-return]


def _bulk(session: Session, target: Any, rows: list[dict[str, Any]]) -> None:
    for start in range(0, len(rows), 5000):
        session.execute(insert(_table(target)), rows[start:start + 5000])


def _ids(session: Session, model: Any, rows: list[dict[str, Any]]) -> list[int]:
    """Insert ``rows``, returning their ids in order. On SQLite the ids are given (inside
    the write lock): RETURNING in parameter order would cost one statement per row."""
    table = _table(model)
    if session.get_bind().dialect.name != "sqlite":
        statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        return [int(r[0]) for r in session.execute(statement, rows)] if rows else []
    first = (session.scalar(select(func.max(table.c.id))) or 0) + 1
    ids = list(range(first, first + len(rows)))
    _bulk(session, table, [{**row, "id": i} for row, i in zip(rows, ids, strict=True)])
    return ids


def make_synthetic_office(sessions: sessionmaker[Session], items: int, seed: int = 20261123,
                          today: date | None = None,
                          items_per_delegation: int = ITEMS_PER_DELEGATION) -> dict[str, int]:
    """Add ``items`` itinerary items spread over delegations of ``items_per_delegation``
    items each, with people (one per five items), cities, organisations, summits,
    commitments and gifts in proportion. Returns how many of each were made."""
    rng = random.Random(seed)
    today = today or date.today()
    stamp = {"version": 1, "created_at": datetime.now(UTC), "updated_at": datetime.now(UTC)}
    n_delegations = max(1, items // max(1, items_per_delegation))
    n_people = max(20, int(items * PEOPLE_PER_ITEM))
    n_cities = max(8, min(400, n_delegations // 5))
    with sessions.begin() as session:
        cities = _ids(session, City, [{**stamp, **_city(n)} for n in range(n_cities)])
        organisations = _ids(session, Organisation, [{**stamp, **_organisation(n, c)}
                                                     for n, c in enumerate(cities)])
        people = _ids(session, Person, [{**stamp, **_person(n, rng, cities, organisations)}
                                        for n in range(n_people)])
        summits = _ids(session, Summit, [{**stamp, **_summit(n, rng, cities, today)}
                                         for n in range(max(1, n_delegations // 40))])
        ids = _Ids(cities, organisations, people, summits)
        made = _delegations(session, stamp, n_delegations, items, rng, ids, today)
        commitments = _bulk_count(session, Commitment, [
            {**stamp, **_commitment(n, rng, ids, today)}
            for n in range(n_delegations * COMMITMENTS_PER_DELEGATION)])
        gifts = _gifts(session, stamp, made["delegation_rows"], rng, ids)
    return {"cities": n_cities, "organisations": len(organisations), "people": n_people,
            "delegations": n_delegations, "items": made["items"], "summits": len(summits),
            "commitments": commitments, "gifts": gifts}


def _bulk_count(session: Session, target: Any, rows: list[dict[str, Any]]) -> int:
    _bulk(session, target, rows)
    return len(rows)


def _city(n: int) -> dict[str, Any]:
    return {"name": f"Synthetic City {n:04d}", "native_name": "", "country_code": "ZZ",
            "time_zone": ZONES[n % len(ZONES)], "notes": ""}


def _organisation(n: int, city_id: int) -> dict[str, Any]:
    return {"name": f"Municipality of Synthetic City {n:04d}", "acronym": "",
            "native_name": "", "kind": e.OrganisationKind.CITY_GOVERNMENT, "city_id": city_id}


def _person(n: int, rng: random.Random, cities: list[int],
            organisations: list[int]) -> dict[str, Any]:
    """A person named in one of the office's scripts: the Latin transliteration in the
    name fields, the script itself as the native name (none for Latin names)."""
    script = SCRIPTS[n % len(SCRIPTS)]
    (given, native_given), (family, native_family) = (rng.choice(script.given),
                                                      rng.choice(script.family))
    if script.order is e.NameOrder.FAMILY_FIRST:
        native = f"{native_family}{native_given}"
    else:
        native = f"{native_given} {native_family}".strip()
    where = rng.randrange(len(cities))
    return {"given_name": given, "family_name": family, "honorific": "", "native_name": native,
            "name_order": script.order, "position": rng.choice(POSITIONS),
            "city_id": cities[where], "organisation_id": organisations[where],
            "languages": rng.choice(script.languages),
            "email": f"{given}.{family}.{n}@example.org".lower().replace("'", ""),
            "precedence_rank": rng.randint(1, 200)}


def _summit(n: int, rng: random.Random, cities: list[int], today: date) -> dict[str, Any]:
    start = today + timedelta(days=rng.randint(-3650, 300))
    return {"title": f"Synthetic Summit {n}", "kind": e.SummitKind.CONFERENCE,
            "host_city_id": rng.choice(cities), "starts_on": start,
            "ends_on": start + timedelta(days=2)}


def _delegation(n: int, rng: random.Random, ids: _Ids, today: date) -> dict[str, Any]:
    """Ten years of visits: most in the past, a year's worth still ahead."""
    start = today + timedelta(days=rng.randint(-3285, 365))
    status = rng.choice(list(e.DelegationStatus)) if start >= today - timedelta(days=30) \
        else e.DelegationStatus.COMPLETED
    return {"title": f"Synthetic delegation {n:05d}", "direction": rng.choice(list(e.Direction)),
            "status": status, "home_city_id": rng.choice(ids.cities), "starts_on": start,
            "ends_on": start + timedelta(days=rng.randint(2, 9)),
            "summit_id": rng.choice(ids.summits) if rng.random() < 0.2 else None,
            "archived": False}


def _delegations(session: Session, stamp: dict[str, Any], count: int, items: int,
                 rng: random.Random, ids: _Ids, today: date) -> dict[str, Any]:
    rows = [_delegation(n, rng, ids, today) for n in range(count)]
    made = _ids(session, Delegation, [{**stamp, **r} for r in rows])
    members, destinations = [], []
    for d_id, d in zip(made, rows, strict=True):
        d["id"], d["members"] = d_id, rng.sample(ids.people, 4)
        members += [{**stamp, "delegation_id": d_id, "person_id": p, "precedence": i + 1,
                     "role": e.MemberRole.HEAD_OF_DELEGATION if i == 0 else e.MemberRole.MEMBER}
                    for i, p in enumerate(d["members"])]
        destinations.append({"delegation_id": d_id, "position": 0, "city_id": rng.choice(
            [c for c in ids.cities[:9] if c != d["home_city_id"]])})
    _bulk(session, DelegationMember, members)
    _bulk(session, delegation_destination, destinations)
    return {"items": _items(session, stamp, rows, items, rng, ids.people),
            "delegation_rows": rows}


def _item_rows(d: dict[str, Any], share: int, rng: random.Random,
               stamp: dict[str, Any]) -> list[dict[str, Any]]:
    zone = ZONES[d["id"] % len(ZONES)]
    start = datetime.combine(d["starts_on"], datetime.min.time(), UTC) + timedelta(hours=7)
    rows = []
    for n in range(share):
        start += timedelta(minutes=rng.choice([60, 90, 120, 180, 600]))
        kind = rng.choice(KINDS)
        rows.append({**stamp, "delegation_id": d["id"], "kind": kind,
                     "title": f"{kind.label} {n + 1}", "venue": rng.choice(VENUES),
                     "status": e.ItemStatus.CONFIRMED, "starts_at": start,
                     "ends_at": start + timedelta(minutes=rng.choice([30, 45, 60, 90, 120])),
                     "start_tz": zone, "end_tz": zone, "uid": f"{uuid.uuid4()}@delegate-app",
                     "sequence": 0, "all_day": False})
    return rows


def _items(session: Session, stamp: dict[str, Any], delegations: list[dict[str, Any]],
           total: int, rng: random.Random, people: list[int]) -> int:
    rows, owners = [], []
    for n, d in enumerate(delegations):
        share = total // len(delegations) + (1 if n < total % len(delegations) else 0)
        rows += _item_rows(d, share, rng, stamp)
        owners += [d["members"]] * share
    item_ids = _ids(session, ItineraryItem, rows)
    _bulk(session, item_participant, [
        {"item_id": i, "person_id": p} for i, members in zip(item_ids, owners, strict=True)
        for p in rng.sample(members, rng.randint(1, 3))])
    _bulk(session, item_counterpart, [{"item_id": i, "person_id": rng.choice(people)}
                                      for i in item_ids if rng.random() < 0.3])
    return len(item_ids)


def _commitment(n: int, rng: random.Random, ids: _Ids, today: date) -> dict[str, Any]:
    status = rng.choice([e.CommitmentStatus.OPEN, e.CommitmentStatus.IN_PROGRESS,
                         e.CommitmentStatus.DONE])
    due = today + timedelta(days=rng.randint(-1000, 200))
    return {"uid": f"{uuid.uuid4()}@delegate-app", "sequence": 0,
            "description": f"Synthetic commitment {n}: send the study on {rng.choice(VENUES)}",
            "direction": rng.choice(list(e.CommitmentDirection)), "status": status,
            "priority": e.Priority.NORMAL, "source": e.CommitmentSource.MEETING,
            "due_on": due, "completed_on": due if status is e.CommitmentStatus.DONE else None,
            "owner_id": rng.choice(ids.people), "counterpart_id": rng.choice(ids.people),
            "city_id": rng.choice(ids.cities)}


def _gifts(session: Session, stamp: dict[str, Any], delegations: list[dict[str, Any]],
           rng: random.Random, ids: _Ids) -> int:
    rows = [{**stamp, "given_on": d["starts_on"], "direction": rng.choice(list(e.GiftDirection)),
             "occasion": d["title"], "delegation_id": d["id"],
             "giver_id": d["members"][0], "recipient_id": rng.choice(ids.people),
             "description": rng.choice(["Porcelain vase", "Book of the city", "Silk scarf",
                                        "Engraved plate", "Tea set"]),
             "estimated_value": Decimal(rng.randint(20, 400)), "currency": "EUR"}
            for d in delegations for _ in range(GIFTS_PER_DELEGATION)]
    return _bulk_count(session, Gift, rows)
