"""Delegations: editing, members in precedence order, duplicate, archive, delete and undo."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from delegate_app.domain.enums import DelegationStatus, Direction, MemberRole
from delegate_app.domain.errors import StaleEditError, ValidationError
from delegate_app.domain.records import DelegationInput, MemberInput
from delegate_app.services import cities as city_service
from delegate_app.services import delegations, maintenance, overview, programmes
from delegate_app.services.database import Database

PARTICIPATIONS = text("SELECT count(*) FROM item_participant JOIN itinerary_item i "
                      "ON i.id = item_id WHERE person_id = :person AND i.delegation_id = :trip")


def _participations(db: Database, person: int, trip: int) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(PARTICIPATIONS, {"person": person, "trip": trip}).scalar_one())


def _trip(db: Database) -> int:
    return next(d.id for d in overview.list_delegations(db.sessions) if "Tokyo" in d.title)


def test_create_and_edit_a_delegation(sample_db: Database) -> None:
    cities = {c.data.name: c.id for c in city_service.list_cities(sample_db.sessions)}
    data = DelegationInput("Mayor of Tehran to Seoul", Direction.OUTGOING, cities["Tehran"],
                           date(2027, 5, 10), date(2027, 5, 14),
                           (cities["Seoul"], cities["Tokyo"]))
    change = delegations.create_delegation(sample_db.sessions, data)
    version, stored = delegations.get_delegation(sample_db.sessions, change.id)
    assert stored.destination_ids == (cities["Seoul"], cities["Tokyo"])
    assert stored.status is DelegationStatus.DRAFT
    swapped = DelegationInput(data.title, data.direction, data.home_city_id, data.starts_on,
                              data.ends_on, (cities["Tokyo"], cities["Seoul"]),
                              DelegationStatus.CONFIRMED)
    delegations.update_delegation(sample_db.sessions, change.id, version, swapped)
    assert delegations.get_delegation(sample_db.sessions, change.id)[1].destination_ids == \
        (cities["Tokyo"], cities["Seoul"])
    with pytest.raises(StaleEditError):
        delegations.update_delegation(sample_db.sessions, change.id, version, data)


def test_bad_dates_and_home_as_destination_are_refused(sample_db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        delegations.create_delegation(sample_db.sessions, DelegationInput(
            "", Direction.OUTGOING, 1, date(2027, 5, 14), date(2027, 5, 10), (1,)))
    assert set(caught.value.field_errors) == {"title", "ends_on", "destination_ids"}


def test_members_keep_their_order_and_removal_is_undoable(sample_db: Database) -> None:
    trip = _trip(sample_db)
    before = delegations.members_of(sample_db.sessions, trip)
    version = delegations.get_delegation(sample_db.sessions, trip)[0]
    reordered = (before[1], before[0], *before[3:])  # swap the first two, drop the third
    change, snapshot = delegations.set_members(sample_db.sessions, trip, version, reordered)
    assert delegations.members_of(sample_db.sessions, trip) == reordered
    dropped = before[2].person_id
    lines = programmes.delegation_programme(sample_db.sessions, trip).members
    assert [m.person_id for m in lines] == [m.person_id for m in reordered]
    assert _participations(sample_db, dropped, trip) == 0
    delegations.set_members(sample_db.sessions, trip, change.version, snapshot.members,
                            snapshot.participations)
    assert delegations.members_of(sample_db.sessions, trip) == before
    assert _participations(sample_db, dropped, trip) > 0


def test_a_person_listed_twice_is_refused(sample_db: Database) -> None:
    trip = _trip(sample_db)
    version = delegations.get_delegation(sample_db.sessions, trip)[0]
    twice = (MemberInput(1, MemberRole.HEAD_OF_DELEGATION), MemberInput(1))
    with pytest.raises(ValidationError):
        delegations.set_members(sample_db.sessions, trip, version, twice)


def test_duplicate_as_next_years_template(sample_db: Database) -> None:
    trip = _trip(sample_db)
    change = delegations.duplicate_delegation(sample_db.sessions, trip, 364,
                                              "Mayor of Tehran to Buenos Aires and Tokyo 2027")
    original = programmes.delegation_programme(sample_db.sessions, trip)
    copy = programmes.delegation_programme(sample_db.sessions, change.id)
    assert [m.person_id for m in copy.members] == [m.person_id for m in original.members]
    assert copy.lines and all(line.status == "Tentative" for line in copy.lines)
    assert copy.lines[0].day.year == original.lines[0].day.year + 1


def test_delete_then_restore_brings_everything_back(sample_db: Database) -> None:
    trip = _trip(sample_db)
    version = delegations.get_delegation(sample_db.sessions, trip)[0]
    before = programmes.delegation_programme(sample_db.sessions, trip)
    snapshot = delegations.delete_delegation(sample_db.sessions, trip, version)
    assert all(d.id != trip for d in overview.list_delegations(sample_db.sessions))
    delegations.restore_delegation(sample_db.sessions, snapshot)
    assert programmes.delegation_programme(sample_db.sessions, trip) == before
    commitments = overview.list_commitments(sample_db.sessions)
    assert commitments  # links from commitments to the trip's meetings came back too
    assert maintenance.check(sample_db).ok  # no record points at a missing one
