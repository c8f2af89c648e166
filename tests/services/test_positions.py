"""A change of office: the mayor stays on file with an end date, the successor takes over,
and past meetings still point at who was really there."""

from __future__ import annotations

from datetime import date

import pytest

from delegate_app.domain.errors import ValidationError
from delegate_app.domain.records import PersonInput
from delegate_app.services import people, positions, relations
from delegate_app.services.database import Database


def _person(db: Database, person_id: int) -> object:
    return next(p for p in people.list_people(db.sessions) if p.id == person_id)


def test_change_of_office_and_undo(sample_db: Database) -> None:
    jefe = next(p for p in people.list_people(sample_db.sessions)
                if p.data.position.startswith("Jefe de Gobierno"))
    met_before = relations.person_history(sample_db.sessions, jefe.id)
    successor = people.create_person(sample_db.sessions, PersonInput("Martina", "Ríos")).id
    _, change = positions.change_of_office(sample_db.sessions, jefe.id, date(2027, 12, 10),
                                           successor, seen_version=jefe.version)
    old, new = _person(sample_db, jefe.id), _person(sample_db, successor)
    assert old.data.position.startswith("Former Jefe de Gobierno")  # type: ignore[attr-defined]
    assert new.data.position == jefe.data.position  # type: ignore[attr-defined]
    assert new.organisation_name == jefe.organisation_name  # type: ignore[attr-defined]
    assert positions.positions_of(sample_db.sessions, jefe.id)[0].endswith(
        "(until Fri 10 Dec 2027)")
    assert positions.positions_of(sample_db.sessions, successor)[0].startswith(
        jefe.data.position)
    assert relations.person_history(sample_db.sessions, jefe.id) == met_before
    positions.undo_change_of_office(sample_db.sessions, change)
    assert _person(sample_db, jefe.id).data == jefe.data  # type: ignore[attr-defined]
    assert positions.positions_of(sample_db.sessions, jefe.id) == []


def test_nobody_leaves_a_position_they_do_not_hold(db: Database) -> None:
    person = people.create_person(db.sessions, PersonInput("Ana", "Gómez")).id
    with pytest.raises(ValidationError):
        positions.change_of_office(db.sessions, person, date(2027, 1, 1), seen_version=1)


def test_everyones_history_read_at_once_is_each_ones_history(sample_db: Database) -> None:
    """A dossier reads its counterparts' histories together: the same lines, in the same
    order, as each person's own."""
    everyone = [p.id for p in people.list_people(sample_db.sessions)]
    together = relations.people_history(sample_db.sessions, everyone)
    assert sum(len(lines) for lines in together.values()) > 50
    for person in everyone:
        assert together[person] == relations.person_history(sample_db.sessions, person)
