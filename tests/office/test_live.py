"""Live between workstations: a change committed by one officer reaches another's open
database as a change set, through real LISTEN/NOTIFY (and a periodic check as fallback)."""

from __future__ import annotations

import queue
import time
from dataclasses import replace

from delegate_app.db.live import MAX_PAYLOAD, payload
from delegate_app.db.models import City
from delegate_app.domain.changes import ChangeSet, RecordChange
from delegate_app.domain.office import Role
from delegate_app.services import itinerary, overview
from delegate_app.services.database import Database

from .conftest import Office


def _first_item(db: Database) -> int:
    delegation = overview.list_delegations(db.sessions)[0]
    return itinerary.item_rows(db.sessions, delegation.id)[0].id


def _listening(*databases: Database, check_every: float = 30.0) -> None:
    for db in databases:
        assert db.live is not None
        db.live.start(check_every)
        assert db.live.wait_until_listening(10)


def test_a_colleagues_change_arrives_within_two_seconds_with_their_name(
        office: Office) -> None:
    sara, sara_address = office.add("sara", Role.OFFICER)
    reza, reza_address = office.add("reza", Role.OFFICER)
    with Database(sara_address) as first, Database(reza_address) as second:
        heard_by_first: queue.Queue[ChangeSet] = queue.Queue()
        heard_by_second: queue.Queue[ChangeSet] = queue.Queue()
        first.subscribe(heard_by_first.put)
        second.subscribe(heard_by_second.put)
        _listening(first, second)
        item_id = _first_item(first)
        version, data = itinerary.get_item(first.sessions, item_id)
        started = time.monotonic()
        itinerary.update_item(first.sessions, item_id, version,
                              replace(data, title="Courtesy call (moved)"))
        change = heard_by_second.get(timeout=2)
        assert time.monotonic() - started < 2
        assert change.by == sara and change.origin.startswith(f"{sara}@")
        assert change.touches_record("itinerary_item", item_id)
        assert change.touches_record("delegation", _delegation_of(first, item_id))
        own = heard_by_first.get(timeout=1)  # announced here at commit, not from the server
        assert own.origin == "" and own.by == sara
        version, data = itinerary.get_item(second.sessions, item_id)
        itinerary.update_item(second.sessions, item_id, version, replace(data, venue="Hall"))
        back = heard_by_first.get(timeout=2)
        # Sara's own notification came first on the server and was skipped by backend pid.
        assert back.by == reza and back.origin.startswith(f"{reza}@")
        assert heard_by_first.empty()


def _delegation_of(db: Database, item_id: int) -> int:
    for delegation in overview.list_delegations(db.sessions):
        if any(r.id == item_id for r in itinerary.item_rows(db.sessions, delegation.id)):
            return delegation.id
    raise AssertionError(item_id)


def test_a_change_too_large_for_one_notification_arrives_as_its_kinds(office: Office) -> None:
    changed = ChangeSet(frozenset(RecordChange("city", n, "created") for n in range(2000)),
                        frozenset(("delegation", n) for n in range(500)), by="sara")
    small = payload(changed)
    assert len(small.encode()) <= MAX_PAYLOAD
    read = ChangeSet.from_json(small)
    assert read.kinds == {"city"} and read.ids("city") is None  # "refresh the cities"
    assert read.touches_record("city", 1999) and read.by == "sara"
    _, reza_address = office.add("reza", Role.OFFICER)
    with Database(office.url) as first, Database(reza_address) as second:
        heard: queue.Queue[ChangeSet] = queue.Queue()
        second.subscribe(heard.put)
        _listening(second)
        with first.sessions.begin() as session:
            session.add_all(City(name=f"Town {n}", country_code="UY",
                                 time_zone="America/Montevideo") for n in range(400))
        change = heard.get(timeout=2)
        assert change.kinds == {"city"} and change.ids("city") is None


def test_a_write_that_sent_no_notification_is_found_by_the_periodic_check(
        office: Office) -> None:
    _, reza_address = office.add("reza", Role.OFFICER)
    with Database(reza_address) as second:
        heard: queue.Queue[ChangeSet] = queue.Queue()
        second.subscribe(heard.put)
        _listening(second, check_every=0.3)
        time.sleep(0.7)  # the first checks take the counters as they are
        office.sql("UPDATE person SET phone = '+598 2 000' WHERE id = (SELECT min(id) "
                   "FROM person)")  # psql, not the app: no NOTIFY
        change = heard.get(timeout=15)
        assert change.origin == "periodic check" and change.touches("person")
