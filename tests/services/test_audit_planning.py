"""Every write is on record (part two: planning): delegations, their members and items,
summits and their sessions, calendar imports — on SQLite and on PostgreSQL."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from icalendar import Calendar, Event

from delegate_app.domain.enums import (
    Direction,
    ItemKind,
    ItemStatus,
    SessionKind,
    SummitKind,
)
from delegate_app.domain.records import DelegationInput, ItemInput, MemberInput, SessionInput
from delegate_app.services import (
    delegations,
    ics_import,
    itinerary,
    overview,
    programmes,
    summits,
)
from delegate_app.services.database import Database

from .audit_support import (  # noqa: F401 - the fixtures: the office, its PostgreSQL server
    Trail,
    find,
    office_fixture,
)

CREATED, CHANGED, REMOVED, RESTORED = "created", "changed", "removed", "restored"


def _tokyo(db: Database) -> int:
    return next(d.id for d in overview.list_delegations(db.sessions) if "Tokyo" in d.title)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


def test_delegations_and_their_members_are_on_record(office: Database) -> None:
    trail, s = Trail(office), office.sessions
    trip = _tokyo(office)
    version, data = delegations.get_delegation(s, trip)
    made = delegations.create_delegation(s, replace(data, title="Seoul study visit",
                                                    summit_id=None))
    entry = trail.expect("delegation", made.id, CREATED, title=(None, "Seoul study visit"))
    assert entry.fields["destinations"] == [None, list(data.destination_ids)]
    assert entry.delegation_id == made.id
    turned = tuple(reversed(data.destination_ids))
    delegations.update_delegation(s, made.id, made.version, replace(
        data, title="Seoul study visit", summit_id=None, destination_ids=turned,
        objectives="Flood control"))
    trail.expect("delegation", made.id, CHANGED, objectives=(data.objectives, "Flood control"),
                 destinations=(list(data.destination_ids), list(turned)))
    delegations.set_archived(s, made.id, made.version + 1, True)
    trail.expect("delegation", made.id, CHANGED, archived=(False, True))

    members = delegations.members_of(s, trip)
    kept = (members[1], members[0], *members[2:-1])  # swap the first two, drop the last
    _, snapshot = delegations.set_members(s, trip, version, tuple(
        MemberInput(m.person_id, m.role) for m in kept))
    step = trail.take()
    places = {e.fields["precedence"][1]: e for e in step if e.kind == "delegation_member"
              and e.action == CHANGED}
    assert set(places) == {1, 2} and all(e.delegation_id == trip for e in places.values())
    gone = [e for e in step if e.kind == "delegation_member" and e.action == REMOVED]
    assert [e.fields["person_id"][0] for e in gone] == [members[-1].person_id]
    lists = [e for e in step if e.kind == "itinerary_item"]
    assert lists and all(e.fields["participants"][0] != e.fields["participants"][1]
                         and members[-1].person_id not in e.fields["participants"][1]
                         for e in lists)
    version = delegations.get_delegation(s, trip)[0]
    delegations.set_members(s, trip, version, snapshot.members, snapshot.participations)
    step = trail.take()  # the undo puts the member and their items back, on record
    assert any(e.kind == "delegation_member" and e.action == CREATED for e in step)
    assert any(e.kind == "itinerary_item" and members[-1].person_id in
               e.fields["participants"][1] for e in step)

    copy = delegations.duplicate_delegation(s, trip, 364)
    step = trail.take()
    find(step, "delegation", copy.id, CREATED)
    assert sum(e.kind == "itinerary_item" for e in step) > 10


def test_items_are_on_record_from_creation_to_removal(office: Database) -> None:
    trail, s = Trail(office), office.sessions
    trip = _tokyo(office)
    start = datetime(2026, 12, 8, 5, 30, tzinfo=UTC)
    made = itinerary.create_item(s, trip, ItemInput(
        ItemKind.BILATERAL_MEETING, "Courtesy call on the Speaker", start, "Asia/Tokyo",
        start + timedelta(hours=1), "Asia/Tokyo", participants=(1,)))
    entry = trail.expect("itinerary_item", made.id, CREATED,
                         title=(None, "Courtesy call on the Speaker"),
                         starts_at=(None, _iso(start)), participants=(None, [1]))
    assert (entry.delegation_id, entry.scope) == (trip, ("delegation", trip))
    version, data = itinerary.get_item(s, made.id)
    itinerary.update_item(s, made.id, version, replace(data, venue="Diet Building",
                                                       participants=(1, 2)))
    trail.expect("itinerary_item", made.id, CHANGED, venue=("", "Diet Building"),
                 participants=([1], [1, 2]))
    version = itinerary.get_item(s, made.id)[0]
    later = start + timedelta(minutes=30)
    itinerary.move_item(s, made.id, version, later, later + timedelta(hours=1))
    entry = trail.expect("itinerary_item", made.id, CHANGED, starts_at=(
        _iso(start), _iso(later)))
    assert set(entry.fields) == {"starts_at", "ends_at"}  # no bookkeeping on record
    version = itinerary.get_item(s, made.id)[0]
    itinerary.set_item_status(s, made.id, version, ItemStatus.CANCELLED)
    trail.expect("itinerary_item", made.id, CHANGED, status=("tentative", "cancelled"))
    itinerary.discard_item(s, made.id)
    trail.expect("itinerary_item", made.id, REMOVED, title=("Courtesy call on the Speaker",
                                                            None))


def test_summits_and_moved_sessions_are_on_record(office: Database) -> None:
    trail, s = Trail(office), office.sessions
    trip = _tokyo(office)
    linked = next(r for r in itinerary.item_rows(s, trip) if r.data.summit_session_id)
    session_id = linked.data.summit_session_id
    assert session_id is not None
    version, data = summits.get_session(s, session_id)
    summits.update_session(s, session_id, version, replace(
        data, starts_at=data.starts_at + timedelta(hours=1),
        ends_at=data.ends_at + timedelta(hours=1)))
    step = trail.take()
    moved = find(step, "summit_session", session_id, CHANGED, starts_at=(
        _iso(data.starts_at), _iso(data.starts_at + timedelta(hours=1))))
    assert moved.scope[0] == "summit" and moved.summary == data.title
    follows = find(step, "itinerary_item", linked.id, CHANGED, starts_at=(
        _iso(linked.data.starts_at), _iso(linked.data.starts_at + timedelta(hours=1))))
    assert follows.delegation_id == trip  # the delegation's history shows the move

    summit_id = moved.scope[1]
    assert summit_id is not None
    _, summit = summits.get_summit(s, summit_id)
    made = summits.create_summit(s, replace(summit, title="U20 Sherpa meeting",
                                            kind=SummitKind.U20))
    trail.expect("summit", made.id, CREATED, kind=(None, "u20"),
                 themes=(None, list(summit.theme_ids)))
    summits.update_summit(s, made.id, made.version, replace(
        summit, title="U20 Sherpa meeting", kind=SummitKind.U20, venue="Town hall"))
    trail.expect("summit", made.id, CHANGED, venue=(summit.venue, "Town hall"))
    opening = datetime.combine(summit.starts_on, datetime.min.time(), UTC)
    session = summits.create_session(s, made.id, SessionInput(
        SessionKind.PLENARY, "Opening", opening, opening + timedelta(hours=2)))
    trail.expect("summit_session", session.id, CREATED, title=(None, "Opening"))
    added = summits.add_session_to_itinerary(s, trip, session.id, (1,))
    trail.expect("itinerary_item", added.id, CREATED, summit_session_id=(None, session.id))
    itinerary.discard_item(s, added.id)
    summits.discard_session(s, session.id, made.id)
    step = trail.take()
    find(step, "summit_session", session.id, REMOVED)
    snapshot = summits.delete_summit(s, made.id, made.version + 1)
    trail.expect("summit", made.id, REMOVED, title=("U20 Sherpa meeting", None))
    summits.restore_summit(s, snapshot)
    trail.expect("summit", made.id, RESTORED, title=(None, "U20 Sherpa meeting"))


def _calendar(day: date) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", "-//test//audit//EN")
    calendar.add("version", "2.0")
    event = Event()
    event.add("uid", "metro-visit@example.org")
    event.add("summary", "Visit of the Tokyo Metro control centre")
    event.add("dtstart", datetime.combine(day, datetime.min.time(), UTC) + timedelta(hours=2))
    event.add("dtend", datetime.combine(day, datetime.min.time(), UTC) + timedelta(hours=3))
    event.add("dtstamp", datetime(2026, 11, 1, tzinfo=UTC))
    calendar.add_component(event)
    return calendar.to_ical()


def test_a_calendar_import_is_on_record(office: Database) -> None:
    trail, s = Trail(office), office.sessions
    trip = _tokyo(office)
    _, data = delegations.get_delegation(s, trip)
    preview = ics_import.preview_import(s, trip, _calendar(data.starts_on + timedelta(days=2)))
    [added], _ = ics_import.apply_import_ids(s, preview)
    entry = trail.expect("itinerary_item", added, CREATED, title=(
        None, "Visit of the Tokyo Metro control centre"))
    assert entry.delegation_id == trip and entry.fields["participants"][1]
    lines = programmes.delegation_programme(s, trip).lines
    assert any(line.id == added for line in lines)


def test_a_new_delegation_starts_its_own_history(office: Database) -> None:
    trail, s = Trail(office), office.sessions
    made = delegations.create_delegation(s, DelegationInput(
        "Mayor's visit to Nairobi", Direction.OUTGOING, delegations.home_city_id(s),
        date(2027, 5, 3), date(2027, 5, 7)))
    [entry] = trail.take()
    assert (entry.action, entry.kind, entry.record_id, entry.summary) == (
        CREATED, "delegation", made.id, "Mayor's visit to Nairobi")
