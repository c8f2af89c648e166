"""Summits: their programme, and sessions that move every itinerary that includes them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from delegate_app.domain.enums import ItemStatus, SessionKind, SummitKind
from delegate_app.domain.errors import ValidationError
from delegate_app.domain.records import SessionInput, SummitInput
from delegate_app.services import cities, delegations, itinerary, overview, programmes, summits
from delegate_app.services.database import Database


def _summit(db: Database) -> int:
    return next(s.id for s in overview.list_summits(db.sessions) if s.session_count > 10)


def test_moving_a_session_moves_it_in_every_itinerary(sample_db: Database) -> None:
    summit_id = _summit(sample_db)
    trip = next(d.id for d in overview.list_delegations(sample_db.sessions) if "Tokyo" in d.title)
    linked = [r for r in itinerary.item_rows(sample_db.sessions, trip)
              if r.data.summit_session_id is not None]
    assert linked
    target = linked[0]
    version, data = summits.get_session(sample_db.sessions, target.data.summit_session_id)
    later = replace(data, starts_at=data.starts_at + timedelta(hours=1),
                    ends_at=data.ends_at + timedelta(hours=1))
    summits.update_session(sample_db.sessions, target.data.summit_session_id, version, later)
    moved = next(r for r in itinerary.item_rows(sample_db.sessions, trip) if r.id == target.id)
    assert moved.data.starts_at == later.starts_at and moved.data.ends_at == later.ends_at
    assert moved.sequence == target.sequence + 1 and moved.uid == target.uid
    assert summit_id


def test_a_linked_item_cannot_be_moved_on_its_own(sample_db: Database) -> None:
    trip = next(d.id for d in overview.list_delegations(sample_db.sessions) if "Tokyo" in d.title)
    row = next(r for r in itinerary.item_rows(sample_db.sessions, trip)
               if r.data.summit_session_id is not None)
    with pytest.raises(ValidationError, match="summit's programme"):
        itinerary.move_item(sample_db.sessions, row.id, row.version,
                            row.data.starts_at + timedelta(hours=2),
                            row.data.ends_at + timedelta(hours=2))


def test_add_a_session_to_a_delegation(sample_db: Database) -> None:
    summit_id = _summit(sample_db)
    trip = next(d.id for d in overview.list_delegations(sample_db.sessions) if "Tokyo" in d.title)
    linked = {r.data.summit_session_id for r in itinerary.item_rows(sample_db.sessions, trip)}
    programme = programmes.summit_programme(sample_db.sessions, summit_id)
    free = next(line for line in programme.lines if line.id not in linked)
    head = delegations.members_of(sample_db.sessions, trip)[0].person_id
    change = summits.add_session_to_itinerary(sample_db.sessions, trip, free.id, (head,))
    row = next(r for r in itinerary.item_rows(sample_db.sessions, trip) if r.id == change.id)
    assert row.data.summit_session_id == free.id and row.data.title == free.title
    version, data = summits.get_session(sample_db.sessions, free.id)
    summits.update_session(sample_db.sessions, free.id, version,
                           replace(data, status=ItemStatus.CANCELLED))
    row = next(r for r in itinerary.item_rows(sample_db.sessions, trip) if r.id == change.id)
    assert row.data.status is ItemStatus.CANCELLED


def test_new_summit_with_sessions_in_the_host_zone(sample_db: Database) -> None:
    tokyo = next(c.id for c in cities.list_cities(sample_db.sessions) if c.data.name == "Tokyo")
    change = summits.create_summit(sample_db.sessions, SummitInput(
        "U20 Mayors Summit 2027", SummitKind.U20, tokyo, date(2027, 9, 6), date(2027, 9, 7),
        venue="Tokyo International Forum"))
    from datetime import datetime

    from delegate_app.domain.timefmt import from_local
    start = from_local(datetime(2027, 9, 6, 9, 30), "Asia/Tokyo")
    summits.create_session(sample_db.sessions, change.id, SessionInput(
        SessionKind.PLENARY, "Opening plenary", start, start + timedelta(hours=2), "Hall A"))
    [line] = programmes.summit_programme(sample_db.sessions, change.id).lines
    assert line.starts == "09:30" and "Tokyo (UTC+9)" in line.zone
    with pytest.raises(ValidationError):
        summits.create_session(sample_db.sessions, change.id, SessionInput(
            SessionKind.PANEL, "Backwards", start, start - timedelta(hours=1)))
