"""Importing calendars: round trips, re-imports, the mess real files contain, and fuzzing."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from delegate_app.domain.enums import Direction, ItemKind
from delegate_app.domain.errors import DelegateAppError
from delegate_app.domain.records import DelegationInput, MemberInput
from delegate_app.imports.ics_reader import ImportRefusedError, read_calendar
from delegate_app.services import calendars, delegations, ics_import, itinerary, overview
from delegate_app.services.database import Database
from tests import rows

WINDOW = (date(2026, 11, 20), date(2026, 11, 30))


def _trip(db: Database) -> int:
    return next(d.id for d in overview.list_delegations(db.sessions) if "Tokyo" in d.title)


def _empty_copy(db: Database, source: int) -> int:
    _, data = delegations.get_delegation(db.sessions, source)
    change = delegations.create_delegation(db.sessions, DelegationInput(
        "Imported programme", Direction.OUTGOING, data.home_city_id, data.starts_on,
        data.ends_on, data.destination_ids))
    members = delegations.members_of(db.sessions, source)[:2]
    delegations.set_members(db.sessions, change.id, change.version, members)
    return change.id


def _exported(db: Database, tmp_path: Path) -> bytes:
    data = calendars.delegation_calendar(db.sessions, _trip(db))
    return calendars.write_calendar(data, tmp_path / "trip.ics").read_bytes()


def test_export_then_import_keeps_every_instant(sample_db: Database, tmp_path: Path) -> None:
    raw = _exported(sample_db, tmp_path)
    target = _empty_copy(sample_db, _trip(sample_db))
    preview = ics_import.preview_import(sample_db.sessions, target, raw)
    assert preview.rejected == [] and len(preview.added) > 30
    ics_import.apply_import(sample_db.sessions, preview)
    source = {(r.data.title, r.data.starts_at, r.data.ends_at, r.data.start_tz, r.data.end_tz)
              for r in itinerary.item_rows(sample_db.sessions, _trip(sample_db))}
    copied = {(r.data.title, r.data.starts_at, r.data.ends_at, r.data.start_tz, r.data.end_tz)
              for r in itinerary.item_rows(sample_db.sessions, target)}
    assert copied == source
    flights = [r for r in itinerary.item_rows(sample_db.sessions, target)
               if r.data.kind is ItemKind.FLIGHT]
    assert flights and all(len(r.participant_names) == 2 for r in flights)


def test_reimporting_the_same_file_changes_nothing(sample_db: Database, tmp_path: Path) -> None:
    raw = _exported(sample_db, tmp_path)
    target = _empty_copy(sample_db, _trip(sample_db))
    ics_import.apply_import(sample_db.sessions,
                            ics_import.preview_import(sample_db.sessions, target, raw))
    before = itinerary.item_rows(sample_db.sessions, target)
    again = ics_import.preview_import(sample_db.sessions, target, raw)
    assert again.added == [] and again.updated == [] and len(again.unchanged) == len(before)
    assert ics_import.apply_import(sample_db.sessions, again) == 0
    assert itinerary.item_rows(sample_db.sessions, target) == before


def test_a_higher_sequence_updates_the_item(sample_db: Database, tmp_path: Path) -> None:
    raw = _exported(sample_db, tmp_path)
    target = _empty_copy(sample_db, _trip(sample_db))
    ics_import.apply_import(sample_db.sessions,
                            ics_import.preview_import(sample_db.sessions, target, raw))
    first = raw.index(b"BEGIN:VEVENT")
    head, rest = raw[:first], raw[first:]
    rest = rest.replace(b"SEQUENCE:0", b"SEQUENCE:5", 1).replace(
        b"SUMMARY:Flight Tehran", b"SUMMARY:Delayed flight Tehran", 1)
    preview = ics_import.preview_import(sample_db.sessions, target, head + rest)
    assert [e.summary for _, e in preview.updated] == ["Delayed flight Tehran – Doha (QR 491)"]
    ics_import.apply_import(sample_db.sessions, preview)
    titles = {r.data.title for r in itinerary.item_rows(sample_db.sessions, target)}
    assert "Delayed flight Tehran – Doha (QR 491)" in titles


def ics(*events: str, extra: str = "") -> bytes:
    body = "".join(f"BEGIN:VEVENT\r\n{e.strip()}\r\nEND:VEVENT\r\n" for e in events)
    return (f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n{extra}{body}"
            "END:VCALENDAR\r\n").replace("\n\r\n", "\r\n").encode()


def test_google_names_the_zone_only_in_x_wr_timezone() -> None:
    raw = ics("UID:g1\r\nSUMMARY:Cena\r\nDTSTART:20261123T230000Z\r\nDTEND:20261124T010000Z",
              extra="X-WR-TIMEZONE:America/Argentina/Buenos_Aires\r\n")
    [event] = read_calendar(raw, WINDOW, "Asia/Tehran").events
    assert event.start_tz == "America/Argentina/Buenos_Aires"
    assert event.starts_at == datetime(2026, 11, 23, 23, 0, tzinfo=UTC)


def test_outlook_windows_zone_names() -> None:
    zone = ("BEGIN:VTIMEZONE\r\nTZID:Iran Standard Time\r\nBEGIN:STANDARD\r\n"
            "DTSTART:16010101T000000\r\nTZOFFSETFROM:+0330\r\nTZOFFSETTO:+0330\r\n"
            "END:STANDARD\r\nEND:VTIMEZONE\r\n")
    raw = ics("UID:o1\r\nSUMMARY:Courtesy call\r\nDTSTART;TZID=Iran Standard Time:"
              "20261124T090000\r\nDTEND;TZID=Iran Standard Time:20261124T100000", extra=zone)
    [event] = read_calendar(raw, WINDOW, "UTC").events
    assert event.start_tz == "Asia/Tehran"
    assert event.starts_at == datetime(2026, 11, 24, 5, 30, tzinfo=UTC)


def test_floating_all_day_recurring_missing_end_and_duplicates() -> None:
    raw = ics(
        "UID:f1\r\nSUMMARY:Floating lunch\r\nDTSTART:20261124T130000\r\nDTEND:20261124T140000",
        "UID:a1\r\nSUMMARY:Free day\r\nDTSTART;VALUE=DATE:20261125\r\nDTEND;VALUE=DATE:20261126",
        "UID:r1\r\nSUMMARY:Morning briefing\r\nDTSTART:20261122T080000\r\nDURATION:PT30M\r\n"
        "RRULE:FREQ=DAILY;COUNT=30",
        "UID:n1\r\nSUMMARY:Press point\r\nDTSTART:20261123T120000Z",
        "UID:d1\r\nSEQUENCE:1\r\nSUMMARY:Old title\r\nDTSTART:20261123T150000Z\r\n"
        "DTEND:20261123T160000Z",
        "UID:d1\r\nSEQUENCE:2\r\nSUMMARY:New title\r\nDTSTART:20261123T150000Z\r\n"
        "DTEND:20261123T160000Z")
    result = read_calendar(raw, WINDOW, "Asia/Tehran")
    by_uid = {e.uid: e for e in result.events}
    assert by_uid["f1"].start_tz == "Asia/Tehran"
    assert by_uid["f1"].starts_at == datetime(2026, 11, 24, 9, 30, tzinfo=UTC)
    assert by_uid["a1"].all_day
    series = [e for u, e in by_uid.items() if u.startswith("r1/")]
    assert len(series) == 30  # every occurrence is read, single and repeating events alike
    assert len([e for e in series if not e.outside]) == 9  # 22–30 Nov, inside the window
    assert by_uid["n1"].ends_at - by_uid["n1"].starts_at == timedelta(hours=1)
    assert by_uid["d1"].summary == "New title"
    notices = " ".join(result.notices)
    assert "no end time" in notices and "appears 2 times" in notices
    assert "no time zone" in notices and "recurring" in notices


def test_bad_events_are_rejected_with_a_reason() -> None:
    raw = ics("UID:x1\r\nSUMMARY:Backwards\r\nDTSTART:20261124T130000Z\r\nDTEND:20261124T120000Z",
              "UID:x2\r\nSUMMARY:No start\r\nDTEND:20261124T120000Z",
              "UID:x3\r\nSUMMARY:Fine\r\nDTSTART:20261124T130000Z\r\nDTEND:20261124T140000Z")
    result = read_calendar(raw, WINDOW, "UTC")
    assert [e.uid for e in result.events] == ["x3"]
    assert any("Backwards" in r and "ends before it starts" in r for r in result.rejected)
    assert any("No start" in r and "no start time" in r for r in result.rejected)


def test_broken_encoding_is_read_with_a_notice() -> None:
    raw = ics("UID:e1\r\nSUMMARY:Reuni\xf3n\r\nDTSTART:20261124T130000Z\r\n"
              "DTEND:20261124T140000Z").decode().encode("cp1252")
    result = read_calendar(raw, WINDOW, "UTC")
    assert result.events[0].summary == "Reunión"
    assert any("not valid UTF-8" in n for n in result.notices)


@pytest.mark.parametrize(("raw", "message"), [
    (b"Hello, this is a shopping list", "not an iCalendar file"),
    (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:garbage\r\n", "damaged"),
    (b"BEGIN:VCALENDAR\r\n" + b"X" * (6 * 1024 * 1024), "refused"),
])
def test_unreadable_files_are_refused(raw: bytes, message: str) -> None:
    with pytest.raises(ImportRefusedError, match=message):
        read_calendar(raw, WINDOW, "UTC")


def _digest(db: Database) -> str:
    return rows.digest(db, "SELECT id, uid, sequence, starts_at FROM itinerary_item ORDER BY id")


SAMPLE = ics(
    "UID:s1\r\nSUMMARY:Meeting\r\nDTSTART:20261124T090000Z\r\nDTEND:20261124T100000Z",
    "UID:s2\r\nSUMMARY:Dinner\r\nDTSTART;TZID=Asia/Tehran:20261124T200000\r\n"
    "DTEND;TZID=Asia/Tehran:20261124T220000\r\nRRULE:FREQ=DAILY;COUNT=3",
    extra="X-WR-TIMEZONE:Asia/Tehran\r\n")


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    data = bytearray(SAMPLE)
    for _ in range(draw(st.integers(1, 6))):
        where = draw(st.integers(0, max(0, len(data) - 1)))
        action = draw(st.sampled_from(["flip", "delete", "insert", "truncate"]))
        if action == "flip" and data:
            data[where] = draw(st.integers(0, 255))
        elif action == "delete" and data:
            del data[where:where + draw(st.integers(1, 20))]
        elif action == "insert":
            data[where:where] = draw(st.binary(min_size=1, max_size=12))
        else:
            del data[where:]
    return bytes(data)


@given(mutated())
@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_fuzzed_files_fail_clearly_and_leave_the_database_alone(sample_db: Database,
                                                                 raw: bytes) -> None:
    trip = _trip(sample_db)
    before = _digest(sample_db)
    try:
        preview = ics_import.preview_import(sample_db.sessions, trip, raw)
    except DelegateAppError as exc:
        assert exc.message and "\n" not in exc.message.strip()
        assert _digest(sample_db) == before
        return
    assert all(isinstance(line, str) and line for line in preview.lines())
    assert _digest(sample_db) == before  # a preview never writes


def test_members_are_needed_before_importing(sample_db: Database, tmp_path: Path) -> None:
    raw = _exported(sample_db, tmp_path)
    _, data = delegations.get_delegation(sample_db.sessions, _trip(sample_db))
    empty = delegations.create_delegation(sample_db.sessions, DelegationInput(
        "Nobody yet", Direction.OUTGOING, data.home_city_id, data.starts_on, data.ends_on))
    preview = ics_import.preview_import(sample_db.sessions, empty.id, raw)
    with pytest.raises(DelegateAppError, match="members first"):
        ics_import.apply_import(sample_db.sessions, preview)
    assert itinerary.item_rows(sample_db.sessions, empty.id) == []
    assert MemberInput  # the remedy: delegations.set_members, then import again
