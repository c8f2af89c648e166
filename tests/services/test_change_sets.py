"""Every committed write announces what it changed; a refused one announces nothing."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import timedelta

import pytest

from delegate_app.domain.changes import CHANGED, CREATED, REMOVED, ChangeSet, RecordChange
from delegate_app.domain.errors import StaleEditError
from delegate_app.domain.records import MemberInput
from delegate_app.services import crud, delegations, itinerary, overview, people, summits
from delegate_app.services.database import Database


@pytest.fixture
def heard(sample_db: Database) -> list[ChangeSet]:
    found: list[ChangeSet] = []
    sample_db.subscribe(found.append)
    return found


def _trip(db: Database) -> int:
    return next(d.id for d in overview.list_delegations(db.sessions) if "Tokyo" in d.title)


def test_an_item_edit_names_the_item_and_its_delegation(sample_db: Database,
                                                        heard: list[ChangeSet]) -> None:
    trip = _trip(sample_db)
    row = next(r for r in itinerary.item_rows(sample_db.sessions, trip)
               if r.data.summit_session_id is None)
    itinerary.update_item(sample_db.sessions, row.id, row.version,
                          replace(row.data, venue="Palacio Municipal"))
    [change] = heard
    assert RecordChange("itinerary_item", row.id, CHANGED) in change.records
    assert change.touches_record("delegation", trip)
    assert not change.touches_record("delegation", trip + 1000)
    assert change.by and change.serial >= 1


def test_moving_a_summit_session_reaches_the_delegation_of_the_linked_item(
        sample_db: Database, heard: list[ChangeSet]) -> None:
    trip = _trip(sample_db)
    linked = next(r for r in itinerary.item_rows(sample_db.sessions, trip)
                  if r.data.summit_session_id is not None)
    session_id = linked.data.summit_session_id
    assert session_id is not None
    version, data = summits.get_session(sample_db.sessions, session_id)
    summits.update_session(sample_db.sessions, session_id, version,
                           replace(data, starts_at=data.starts_at + timedelta(minutes=30),
                                   ends_at=data.ends_at + timedelta(minutes=30)))
    [change] = heard
    assert change.ids("summit_session") == {session_id}
    assert linked.id in (change.ids("itinerary_item") or ())
    assert change.touches_record("delegation", trip)


def test_delete_and_restore_are_announced_with_the_ids(sample_db: Database,
                                                       heard: list[ChangeSet]) -> None:
    someone = people.list_people(sample_db.sessions)[0]
    _, data = people.get_person(sample_db.sessions, someone.id)
    made = people.create_person(sample_db.sessions, replace(data, given_name="Nadia",
                                                            family_name="Karimi"))
    assert heard[-1].ids("person", CREATED) == {made.id}
    snapshot = crud.delete(sample_db.sessions, people.PERSON, made.id, made.version)
    assert RecordChange("person", made.id, REMOVED) in heard[-1].records
    crud.restore(sample_db.sessions, snapshot)
    assert heard[-1].ids("person", CREATED) == {made.id}


def test_a_refused_write_announces_nothing(sample_db: Database, heard: list[ChangeSet]) -> None:
    trip = _trip(sample_db)
    row = itinerary.item_rows(sample_db.sessions, trip)[0]
    with pytest.raises(StaleEditError):
        itinerary.update_item(sample_db.sessions, row.id, row.version - 1,
                              replace(row.data, venue="Nowhere"))
    assert heard == []


def test_a_member_list_saved_by_bulk_statements_touches_the_delegation(
        sample_db: Database, heard: list[ChangeSet]) -> None:
    trip = _trip(sample_db)
    version, _ = delegations.get_delegation(sample_db.sessions, trip)
    members = delegations.members_of(sample_db.sessions, trip)
    kept = tuple(MemberInput(m.person_id, m.role) for m in members[:-1])
    delegations.set_members(sample_db.sessions, trip, version, kept)
    assert heard and heard[-1].touches_record("delegation", trip)
    assert heard[-1].touches("delegation_member")


def test_a_write_in_another_thread_is_heard(sample_db: Database,
                                            heard: list[ChangeSet]) -> None:
    trip = _trip(sample_db)
    row = next(r for r in itinerary.item_rows(sample_db.sessions, trip)
               if r.data.summit_session_id is None)
    worker = threading.Thread(target=lambda: itinerary.update_item(
        sample_db.sessions, row.id, row.version, replace(row.data, dress_code="Lounge suit")))
    worker.start()
    worker.join()
    assert [c.ids("itinerary_item") for c in heard] == [{row.id}]


def test_a_change_set_travels_as_json() -> None:
    change = ChangeSet(frozenset({RecordChange("itinerary_item", 4, CHANGED),
                                  RecordChange("item_participant", None, CHANGED)}),
                       frozenset({("delegation", 2)}), by="sara", origin="ws-2", serial=9)
    again = ChangeSet.from_json(change.to_json())
    assert again == change
    assert again.touches_record("item_participant", 77)  # a bulk write of unknown rows
