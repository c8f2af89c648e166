"""People: our officials and counterparts, with how to write and address their names."""

from __future__ import annotations

import sys
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from ..db.models import City, Organisation, Person
from ..domain.enums import NameOrder
from ..domain.errors import ValidationError
from ..domain.names import formal_name, sort_name
from ..domain.records import Change, Choice, PersonInput, PersonListRow, PersonRow
from ..domain.validation import validate_person
from ..domain.wording import QT_TRANSLATE_NOOP
from . import crud

_FIELDS = tuple(f for f in PersonInput.__dataclass_fields__ if f != "languages")


def _apply(session: Session, row: Person, data: PersonInput) -> None:
    errors = {}
    if data.organisation_id is not None and session.get(Organisation, data.organisation_id) is None:
        errors["organisation_id"] = QT_TRANSLATE_NOOP(
            "delegate_app", "That organisation no longer exists; pick another.")
    if data.city_id is not None and session.get(City, data.city_id) is None:
        errors["city_id"] = QT_TRANSLATE_NOOP(
            "delegate_app", "That city no longer exists; pick another.")
    if errors:
        raise ValidationError(errors)
    for name in _FIELDS:
        setattr(row, name, getattr(data, name))
    row.languages = ",".join(data.languages)


def _to_input(row: Any) -> PersonInput:
    values = {name: getattr(row, name) for name in _FIELDS}
    languages = tuple(code for code in row.languages.split(",") if code)
    return PersonInput(languages=languages, **values)


def person_input(row: Person) -> PersonInput:
    """The editable fields of a stored person."""
    return _to_input(row)


def display_name(row: Any) -> str:
    return formal_name(row.honorific, row.given_name, row.family_name, NameOrder(row.name_order))


PERSON = crud.RecordKind(Person, "person", validate_person, _apply, _to_input, display_name)


def create_person(sessions: sessionmaker[Session], data: PersonInput,
                  record_id: int | None = None) -> Change:
    return crud.create(sessions, PERSON, data, record_id)


def update_person(sessions: sessionmaker[Session], person_id: int, seen_version: int,
                  data: PersonInput) -> Change:
    return crud.update(sessions, PERSON, person_id, seen_version, data)


def delete_person(sessions: sessionmaker[Session], person_id: int,
                  seen_version: int) -> crud.RowsSnapshot:
    return crud.delete(sessions, PERSON, person_id, seen_version)


def get_person(sessions: sessionmaker[Session], person_id: int) -> tuple[int, PersonInput]:
    return crud.fetch(sessions, PERSON, person_id)


def list_people(sessions: sessionmaker[Session]) -> list[PersonRow]:
    with sessions() as session:
        organisations = dict(session.execute(select(Organisation.id, Organisation.name)).all())
        cities = dict(session.execute(select(City.id, City.name)).all())
        # Their columns, not ORM objects: twenty thousand people load in a fraction of the
        # time and memory (no identity map to fill and throw away); each input is built
        # from its columns in order, with no attribute lookup per field.
        people = session.execute(select(
            Person.id, Person.version, Person.languages, *(getattr(Person, f) for f in _FIELDS))
            .order_by(Person.family_name, Person.given_name, Person.id))
        rows = []
        for person_id, version, languages, *values in people:
            data = PersonInput(languages=tuple(code for code in languages.split(",") if code),
                               **dict(zip(_FIELDS, values, strict=True)))
            rows.append(PersonRow(
                id=person_id, version=version, data=data,
                display_name=formal_name(data.honorific, data.given_name, data.family_name,
                                         NameOrder(data.name_order)),
                sort_name=sort_name(data.given_name, data.family_name),
                organisation_name=organisations.get(data.organisation_id or 0, ""),
                city_name=cities.get(data.city_id or 0, "")))
        return rows


def list_rows(sessions: sessionmaker[Session]) -> list[PersonListRow]:
    """The People list: its columns of every person, in the order of ``list_people``; a
    value many share (a position, a script's name, languages) is one object for all."""
    with sessions() as session:
        organisations = dict(session.execute(select(Organisation.id, Organisation.name)).all())
        cities = dict(session.execute(select(City.id, City.name)).all())
        people = session.execute(select(
            Person.id, Person.version, Person.honorific, Person.given_name, Person.family_name,
            Person.name_order, Person.native_name, Person.position, Person.organisation_id,
            Person.city_id, Person.precedence_rank, Person.languages)
            .order_by(Person.family_name, Person.given_name, Person.id)
            .execution_options(yield_per=crud.ROWS_AT_ONCE))
        texts: dict[str, str] = {}
        spoken: dict[str, tuple[str, ...]] = {}
        rows = []
        for (person_id, version, honorific, given, family, order, native, position,
             organisation_id, city_id, rank, languages) in people:
            codes = spoken.get(languages)
            if codes is None:
                codes = spoken[languages] = tuple(c for c in languages.split(",") if c)
            rows.append(PersonListRow(  # the name interned: shared with other lists' names
                person_id, version,
                sys.intern(formal_name(honorific, given, family, NameOrder(order))),
                sort_name(given, family), texts.setdefault(native, native),
                texts.setdefault(position, position),
                organisations.get(organisation_id or 0, ""), cities.get(city_id or 0, ""),
                rank, codes))
        return rows


def organisation_choices(sessions: sessionmaker[Session]) -> list[Choice]:
    with sessions() as session:
        rows = session.scalars(select(Organisation).order_by(Organisation.name))
        return [Choice(o.id, f"{o.name} ({o.acronym})" if o.acronym else o.name) for o in rows]
