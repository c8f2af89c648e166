"""Cities: the directory of places, with their networks and relationship to our city."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from ..db.models import City, NetworkMembership, Office, Organisation, Partnership, Person
from ..domain.errors import ValidationError
from ..domain.records import Change, Choice, CityInput, CityRow
from ..domain.validation import validate_city
from ..domain.wording import QT_TRANSLATE_NOOP, Wording
from . import crud

_FIELDS = tuple(CityInput.__dataclass_fields__)


def _apply(session: Session, row: City, data: CityInput) -> None:
    for name in _FIELDS:
        setattr(row, name, getattr(data, name))


def _to_input(row: City) -> CityInput:
    return CityInput(**{name: getattr(row, name) for name in _FIELDS})


def _check_unique(session: Session, data: CityInput, own_id: int | None) -> None:
    clash = session.scalar(
        select(City.id).where(func.lower(City.name) == data.name.lower(),
                              City.country_code == data.country_code)
    )
    if clash is not None and clash != own_id:
        raise ValidationError({"name": Wording(QT_TRANSLATE_NOOP(
            "delegate_app", "There is already a city called {name} in {country}."),
            {"name": data.name, "country": data.country_code})})


CITY = crud.RecordKind(City, "city", validate_city, _apply, _to_input,
                       lambda row: row.name, _check_unique)


def create_city(sessions: sessionmaker[Session], data: CityInput,
                record_id: int | None = None) -> Change:
    return crud.create(sessions, CITY, data, record_id)


def update_city(sessions: sessionmaker[Session], city_id: int, seen_version: int,
                data: CityInput) -> Change:
    return crud.update(sessions, CITY, city_id, seen_version, data)


def delete_city(sessions: sessionmaker[Session], city_id: int,
                seen_version: int) -> crud.RowsSnapshot:
    return crud.delete(sessions, CITY, city_id, seen_version)


def get_city(sessions: sessionmaker[Session], city_id: int) -> tuple[int, CityInput]:
    return crud.fetch(sessions, CITY, city_id)


def _home_city_id(session: Session) -> int | None:
    return session.scalar(select(Office.home_city_id).order_by(Office.id).limit(1))


def _relationships(session: Session, home_id: int | None) -> dict[int, str]:
    if home_id is None:
        return {}
    result: dict[int, str] = {}
    rows = session.scalars(
        select(Partnership).where(
            (Partnership.city_id == home_id) | (Partnership.partner_city_id == home_id)
        ).order_by(Partnership.signed_on)
    )
    for p in rows:
        other = p.partner_city_id if p.city_id == home_id else p.city_id
        since = f" since {p.signed_on.year}" if p.signed_on else ""
        text = f"{p.kind.label}{since} ({p.status.label.lower()})"
        result[other] = f"{result[other]}; {text}" if other in result else text
    return result


def list_cities(sessions: sessionmaker[Session]) -> list[CityRow]:
    with sessions() as session:
        home_id = _home_city_id(session)
        relations = _relationships(session, home_id)
        if home_id is not None:
            relations[home_id] = "Our city"
        networks = _networks_by_city(session)
        people = dict(session.execute(
            select(Person.city_id, func.count()).group_by(Person.city_id)
        ).all())
        return [
            CityRow(c.id, c.version, _to_input(c), relations.get(c.id, ""),
                    tuple(networks.get(c.id, ())), int(people.get(c.id, 0)))
            for c in session.scalars(select(City).order_by(City.name))
        ]


def _networks_by_city(session: Session) -> dict[int, list[str]]:
    result: dict[int, list[str]] = {}
    rows = session.execute(
        select(NetworkMembership.city_id, Organisation.acronym, Organisation.name)
        .join(Organisation, Organisation.id == NetworkMembership.network_id)
        .where(NetworkMembership.city_id.is_not(None), NetworkMembership.until_on.is_(None))
        .order_by(Organisation.acronym, Organisation.name)
    )
    for city_id, acronym, name in rows:
        if city_id is not None:
            result.setdefault(city_id, []).append(acronym or name)
    return result


def city_choices(sessions: sessionmaker[Session]) -> list[Choice]:
    with sessions() as session:
        return [Choice(c.id, f"{c.name} ({c.country_code})")
                for c in session.scalars(select(City).order_by(City.name))]

