"""Itinerary items keep their calendar identity; checks find what an officer must fix."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from delegate_app.domain.enums import ItemKind, ItemStatus
from delegate_app.domain.errors import StaleEditError, ValidationError
from delegate_app.domain.records import ItemInput, ItemRow
from delegate_app.domain.timefmt import from_local
from delegate_app.services import checks, delegations, itinerary, overview
from delegate_app.services.database import Database
from tests.conftest import SAMPLE_TODAY


def _trip(db: Database) -> int:
    return next(d.id for d in overview.list_delegations(db.sessions) if "Tokyo" in d.title)


def _landing(db: Database, trip: int) -> ItemRow:
    return next(r for r in itinerary.item_rows(db.sessions, trip)
                if r.data.kind is ItemKind.FLIGHT and r.data.end_tz.endswith("Buenos_Aires"))


def test_meeting_right_after_a_long_haul_arrival_is_flagged(sample_db: Database) -> None:
    trip = _trip(sample_db)
    landing = _landing(sample_db, trip)
    rows = itinerary.item_rows(sample_db.sessions, trip)
    transfer = rows[[r.id for r in rows].index(landing.id) + 1]  # the planned airport transfer
    itinerary.set_item_status(sample_db.sessions, transfer.id, transfer.version,
                              ItemStatus.CANCELLED)
    head = delegations.members_of(sample_db.sessions, trip)[0].person_id
    meeting = ItemInput(
        ItemKind.BILATERAL_MEETING, "Courtesy call at the Legislature", landing.data.ends_at
        + timedelta(minutes=30), landing.data.end_tz, landing.data.ends_at
        + timedelta(minutes=90), landing.data.end_tz, participants=(head,),
        venue="Legislatura porteña", city_id=landing.data.city_id)
    change = itinerary.create_item(sample_db.sessions, trip, meeting)
    found = checks.check_delegation(sample_db.sessions, trip).conflicts
    mine = [c for c in found if change.id in c.item_ids and c.rule == "tight_connection"]
    assert len(mine) == 1 and "after landing" in mine[0].message
    itinerary.move_item(sample_db.sessions, change.id, change.version,
                        meeting.starts_at + timedelta(hours=3),
                        meeting.ends_at + timedelta(hours=3))
    found = checks.check_delegation(sample_db.sessions, trip).conflicts
    assert not [c for c in found if change.id in c.item_ids and c.rule == "tight_connection"]


def test_sequence_rises_on_changes_an_edition_shows(sample_db: Database) -> None:
    trip = _trip(sample_db)
    row = _landing(sample_db, trip)
    # the booking system's service number is printed, never in a calendar
    itinerary.update_item(sample_db.sessions, row.id, row.version,
                          replace(row.data, service_number="QR 0779"))
    unseen = _landing(sample_db, trip)
    assert unseen.sequence == row.sequence and unseen.uid == row.uid
    # our own edition shows the briefing: phones on it must learn of the change
    itinerary.update_item(sample_db.sessions, row.id, unseen.version,
                          replace(row.data, briefing="Gate change: arrives at terminal B"))
    after_internal = _landing(sample_db, trip)
    assert after_internal.sequence == row.sequence + 1 and after_internal.uid == row.uid
    itinerary.update_item(sample_db.sessions, row.id, after_internal.version,
                          replace(row.data, title="Flight Doha – Buenos Aires (QR 779, delayed)"))
    after_title = _landing(sample_db, trip)
    assert after_title.sequence == row.sequence + 2 and after_title.uid == row.uid
    with pytest.raises(StaleEditError):
        itinerary.update_item(sample_db.sessions, row.id, row.version, row.data)


def test_cancelling_keeps_the_item_with_a_higher_sequence(sample_db: Database) -> None:
    trip = _trip(sample_db)
    row = _landing(sample_db, trip)
    _, previous = itinerary.set_item_status(sample_db.sessions, row.id, row.version,
                                            ItemStatus.CANCELLED)
    cancelled = next(r for r in itinerary.item_rows(sample_db.sessions, trip) if r.id == row.id)
    assert cancelled.data.status is ItemStatus.CANCELLED and cancelled.sequence == row.sequence + 1
    assert previous is row.data.status


def test_end_before_start_and_nobody_are_refused(sample_db: Database) -> None:
    trip = _trip(sample_db)
    start = from_local(datetime(2026, 12, 8, 10), "Asia/Tokyo")
    bad = ItemInput(ItemKind.MEAL, "Lunch", start, "Asia/Tokyo", start - timedelta(hours=1),
                    "Asia/Tokyo")
    with pytest.raises(ValidationError) as caught:
        itinerary.create_item(sample_db.sessions, trip, bad)
    assert set(caught.value.field_errors) == {"ends_at", "participants"}


def test_a_flight_may_land_earlier_on_the_clock_than_it_left(sample_db: Database) -> None:
    trip = _trip(sample_db)
    head = delegations.members_of(sample_db.sessions, trip)[0].person_id
    leave = from_local(datetime(2026, 12, 16, 18, 0), "Asia/Tokyo")
    land = from_local(datetime(2026, 12, 16, 10, 0),
                      "America/Argentina/Buenos_Aires") + timedelta(days=0)
    flight = ItemInput(ItemKind.FLIGHT, "Tokyo – Buenos Aires", leave, "Asia/Tokyo",
                       land + timedelta(hours=24), "America/Argentina/Buenos_Aires",
                       participants=(head,))
    change = itinerary.create_item(sample_db.sessions, trip, flight)
    assert change.action == "created"


def test_check_upcoming_covers_unfinished_delegations(sample_db: Database) -> None:
    results = checks.check_upcoming(sample_db.sessions, SAMPLE_TODAY)
    titles = {r.delegation for r in results}
    assert any("Tokyo" in t for t in titles) and not any("Moscow" in t for t in titles)
    assert any(c.rule == "double_booking" for r in results for c in r.conflicts)
