"""The server goes away mid-save and comes back: the app recovers by itself, and the save
is either in the database once or reported as not saved — never made twice."""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import psycopg
import pytest

from delegate_app.domain.changes import ChangeSet
from delegate_app.domain.errors import (
    ConnectionLostError,
    SaveUnknownError,
    StaleEditError,
)
from delegate_app.domain.office import Role
from delegate_app.services import itinerary, overview
from delegate_app.services.database import Database

from .conftest import Office, crash_and_restart


def _item(db: Database) -> int:
    delegation = overview.list_delegations(db.sessions)[0]
    return itinerary.item_rows(db.sessions, delegation.id)[0].id


def _in_thread(work: Callable[[], Any]) -> tuple[threading.Thread, queue.Queue[Any]]:
    outcome: queue.Queue[Any] = queue.Queue()

    def run() -> None:
        try:
            outcome.put(work())
        except Exception as exc:  # handed to the test
            outcome.put(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, outcome


def _wait_for(office: Office, condition: str, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if office.sql(f"SELECT count(*) FROM pg_stat_activity WHERE {condition}") != "0":
            return
        time.sleep(0.05)
    raise AssertionError(f"never saw {condition}")


def _recovered(db: Database, states: queue.Queue[bool]) -> None:
    """The window's view of it: offline, then online again by itself."""
    assert states.get(timeout=10) is False
    assert states.get(timeout=30) is True


def test_killed_before_commit_the_save_is_reported_not_saved_and_the_app_recovers(
        office: Office) -> None:
    _, address = office.add("sara", Role.OFFICER)
    with Database(address) as db:
        assert db.live is not None
        states: queue.Queue[bool] = queue.Queue()
        db.live.watch(states.put)
        heard: queue.Queue[ChangeSet] = queue.Queue()
        db.subscribe(heard.put)
        db.live.start(check_every=60)
        assert db.live.wait_until_listening(10) and states.get(timeout=5) is True
        item_id = _item(db)
        version, data = itinerary.get_item(db.sessions, item_id)
        with crash_and_restart(office.server) as crash:
            # A colleague's open transaction holds the row: our save waits on it.
            holder = psycopg.connect(office.url.rsplit("/", 1)[0] + "/" + office.name)
            holder.execute(f"SELECT 1 FROM itinerary_item WHERE id = {item_id} FOR UPDATE")
            _, outcome = _in_thread(lambda: itinerary.update_item(
                db.sessions, item_id, version, replace(data, title="Moved by Sara")))
            _wait_for(office, "wait_event_type = 'Lock'")
            crash()
            refused = outcome.get(timeout=20)
            holder.close()
            assert type(refused) is ConnectionLostError, refused
            assert "nothing was saved" in refused.message
            with pytest.raises(ConnectionLostError):  # new writes are refused clearly
                itinerary.update_item(db.sessions, item_id, version, data)
        _recovered(db, states)
        assert heard.get(timeout=5).origin == "reconnected"  # every view reloads
        assert itinerary.get_item(db.sessions, item_id) == (version, data)  # not saved
        saved = itinerary.update_item(db.sessions, item_id, version,
                                      replace(data, title="Moved by Sara"))
        assert itinerary.get_item(db.sessions, item_id)[0] == saved.version > version


def test_killed_while_committing_the_server_says_whether_it_was_saved_once(
        office: Office) -> None:
    _, address = office.add("sara", Role.OFFICER)
    with Database(address) as db:
        assert db.live is not None
        item_id = _item(db)
        version, data = itinerary.get_item(db.sessions, item_id)
        mine = replace(data, title="Moved by Sara")
        with crash_and_restart(office.server) as crash:
            # A synchronous standby that never answers: COMMIT is written on the server
            # and then waits, so the answer is lost when the server dies.
            office.server.psql("postgres",
                               "ALTER SYSTEM SET synchronous_standby_names = 'nobody'",
                               "SELECT pg_reload_conf()")
            _, outcome = _in_thread(lambda: itinerary.update_item(
                db.sessions, item_id, version, mine))
            _wait_for(office, "wait_event = 'SyncRep'")
            crash()
            unknown = outcome.get(timeout=20)
            assert isinstance(unknown, SaveUnknownError), unknown
            assert unknown.transaction is not None
            assert db.live.settle(unknown) is None  # nobody to ask yet
        answers: queue.Queue[bool] = queue.Queue()
        db.live.settle_later(unknown, answers.put)  # the server is back: asked at once
        assert answers.get(timeout=30) is True
        now, saved = itinerary.get_item(db.sessions, item_id)
        assert saved == mine and now > version
        with pytest.raises(StaleEditError):  # saving it again is refused, not doubled
            itinerary.update_item(db.sessions, item_id, version, mine)
