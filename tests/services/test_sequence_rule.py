"""The SEQUENCE rule (``itinerary.sequence_rises``) held against what the calendars show:
an edit raises SEQUENCE exactly when some edition (ours or the hosts') shows it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from delegate_app.domain.enums import ItemKind, ItemStatus
from delegate_app.domain.records import ItemInput, ItemRow
from delegate_app.domain.timefmt import from_local, to_local
from delegate_app.exports.ics import calendar_bytes
from delegate_app.services import calendars, cities, itinerary, overview, programmes
from delegate_app.services.calendars import Edition
from delegate_app.services.database import Database

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
ARRIVAL = "Arrival at Ezeiza and transfer to the hotel"  # people, interpreters, a place
UNSTAMPED = ("DTSTAMP", "SEQUENCE", "LAST-MODIFIED")


def _city(db: Database, name: str) -> int:
    return next(c.id for c in cities.list_cities(db.sessions) if c.data.name == name)


def _session(db: Database) -> int:
    summit = next(s.id for s in overview.list_summits(db.sessions) if "Buenos" in s.title)
    return programmes.summit_programme(db.sessions, summit).lines[0].id


CHANGES: dict[str, Callable[[ItemInput, Database], Any]] = {
    "kind": lambda d, db: ItemKind.SITE_VISIT,
    "title": lambda d, db: d.title + " (VIP terminal)",
    "starts_at": lambda d, db: d.starts_at - timedelta(minutes=30),
    "ends_at": lambda d, db: d.ends_at + timedelta(minutes=30),
    "start_tz": lambda d, db: "America/Montevideo",  # the same offset: only the zone shows
    "end_tz": lambda d, db: "America/Montevideo",
    "status": lambda d, db: ItemStatus.TENTATIVE,
    "all_day": lambda d, db: True,
    "city_id": lambda d, db: _city(db, "Montevideo"),
    "origin_city_id": lambda d, db: _city(db, "Doha"),
    "carrier": lambda d, db: "Embassy car pool",
    "service_number": lambda d, db: "EZE-2",
    "venue": lambda d, db: d.venue + ", gate 3",
    "address": lambda d, db: d.address + " (arrivals level)",
    "latitude": lambda d, db: d.latitude + 0.01,
    "longitude": lambda d, db: d.longitude + 0.01,
    "participants": lambda d, db: d.participants[:-1],
    "counterparts": lambda d, db: d.counterparts[:1],
    "interpreters": lambda d, db: (),
    "language_pair": lambda d, db: "fa-en",
    "dress_code": lambda d, db: "Business attire",
    "description": lambda d, db: d.description + " Cars wait at door 5.",
    "briefing": lambda d, db: d.briefing + " Escort confirmed.",
    "talking_points": lambda d, db: "Thank the Ceremonial department.",
    "booking_reference": lambda d, db: "CAR-5531",
    "summit_session_id": lambda d, db: _session(db),
    "internal": lambda d, db: True,
}


def test_every_field_of_an_item_is_covered() -> None:
    assert set(CHANGES) == set(ItemInput.__dataclass_fields__)


def _arrival(db: Database, item_id: int | None = None) -> ItemRow:
    trip = next(d.id for d in overview.list_delegations(db.sessions) if "Tokyo" in d.title)
    return next(r for r in itinerary.item_rows(db.sessions, trip)
                if r.id == item_id or (item_id is None and r.data.title == ARRIVAL))


def _whole_day(db: Database, row: ItemRow) -> ItemRow:
    """The arrival made to run from its day's midnight to the next (not yet all-day)."""
    local = to_local(row.data.starts_at, row.data.start_tz)
    start = from_local(datetime(local.year, local.month, local.day), row.data.start_tz)
    itinerary.update_item(db.sessions, row.id, row.version, replace(
        row.data, starts_at=start, ends_at=start + timedelta(days=1),
        end_tz=row.data.start_tz))
    return _arrival(db, row.id)


def test_all_day_on_a_timed_item_changes_nothing(sample_db: Database) -> None:
    """A timed item marked all-day keeps its hours (validate_item): nothing any calendar
    shows changes, and SEQUENCE stays."""
    row = _arrival(sample_db)
    before = _shown(sample_db, row)
    itinerary.update_item(sample_db.sessions, row.id, row.version,
                          replace(row.data, all_day=True))
    after = _arrival(sample_db, row.id)
    assert not after.data.all_day and after.sequence == row.sequence
    assert _shown(sample_db, after) == before


def _shown(db: Database, row: ItemRow) -> dict[Edition, list[str] | None]:
    """The event's lines in each edition (None when the edition leaves it out), without the
    stamps that move on every export."""
    shown: dict[Edition, list[str] | None] = {}
    for edition in Edition:
        data = calendars.delegation_calendar(db.sessions, row.delegation_id, edition=edition)
        text = calendar_bytes(data, NOW).decode("utf-8").replace("\r\n ", "")
        events = [e for e in text.split("BEGIN:VEVENT")[1:] if f"UID:{row.uid}\r\n" in e]
        shown[edition] = None if not events else [
            line for line in events[0].split("END:VEVENT")[0].split("\r\n")
            if line and not line.startswith(UNSTAMPED)]
    return shown


@pytest.mark.parametrize("field", sorted(CHANGES))
def test_sequence_rises_exactly_when_an_edition_shows_the_change(sample_db: Database,
                                                                 field: str) -> None:
    row = _arrival(sample_db)
    if field == "all_day":  # all-day only over whole days (a timed item stays timed)
        row = _whole_day(sample_db, row)
    before = _shown(sample_db, row)
    changed = replace(row.data, **{field: CHANGES[field](row.data, sample_db)})
    assert changed != row.data
    itinerary.update_item(sample_db.sessions, row.id, row.version, changed)
    after_row = _arrival(sample_db, row.id)
    visible = _shown(sample_db, after_row) != before
    assert itinerary.sequence_rises(row.data, changed) is visible, field
    assert after_row.sequence == row.sequence + visible


def test_no_change_raises_nothing(sample_db: Database) -> None:
    row = _arrival(sample_db)
    itinerary.update_item(sample_db.sessions, row.id, row.version, row.data)
    assert _arrival(sample_db).sequence == row.sequence
    assert not itinerary.sequence_rises(row.data, row.data)
