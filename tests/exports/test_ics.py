"""iCalendar export, read back with icalendar: every rule a subscribed phone relies on."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from icalendar import Calendar

from delegate_app.domain.enums import ItemKind, ItemStatus
from delegate_app.domain.errors import ValidationError
from delegate_app.exports.ics import CalendarData, CalendarEvent, calendar_bytes
from delegate_app.services import calendars, delegations, itinerary, overview
from delegate_app.services.database import Database

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def _trip(db: Database) -> int:
    return next(d.id for d in overview.list_delegations(db.sessions) if "Tokyo" in d.title)


def export(db: Database, tmp_path: Path, **kwargs: object) -> tuple[bytes, Calendar]:
    data = calendars.delegation_calendar(db.sessions, _trip(db), **kwargs)  # type: ignore[arg-type]
    target = calendars.write_calendar(data, tmp_path / "trip.ics", NOW)
    raw = target.read_bytes()
    return raw, Calendar.from_ical(raw)


def test_calendar_properties_and_line_format(sample_db: Database, tmp_path: Path) -> None:
    raw, cal = export(sample_db, tmp_path)
    assert cal["VERSION"] == "2.0" and cal["METHOD"] == "PUBLISH"
    assert cal["PRODID"].startswith("-//delegate_app//")
    assert cal["NAME"] == cal["X-WR-CALNAME"] and "Tokyo" in str(cal["NAME"])
    lines = raw.split(b"\r\n")
    assert lines[-1] == b"" and b"\n" not in b"".join(lines)  # CRLF everywhere, nothing else
    assert all(len(line) <= 75 for line in lines)
    for line in lines:  # folding never splits a UTF-8 character
        line.decode("utf-8")


def test_folding_keeps_persian_characters_whole(tmp_path: Path) -> None:
    title = "دیدار با شهردار بوئنوس آیرس و امضای یادداشت تفاهم همکاری شهری " * 3
    event = CalendarEvent("x@y", 0, title, NOW, "Asia/Tehran", NOW.replace(hour=10),
                          "Asia/Tehran", NOW, "CONFIRMED")
    raw = calendar_bytes(CalendarData("تقویم", "Office", "o@example.org", (event,)), NOW)
    lines = raw.split(b"\r\n")
    assert max(len(line) for line in lines) <= 75 and any(len(line) > 70 for line in lines)
    assert all(line.decode("utf-8") is not None for line in lines)
    [parsed] = Calendar.from_ical(raw).walk("VEVENT")
    assert str(parsed["SUMMARY"]) == title


def test_every_event_carries_identity_zones_and_organizer(sample_db: Database,
                                                          tmp_path: Path) -> None:
    raw, cal = export(sample_db, tmp_path)
    rows = {r.uid: r for r in itinerary.item_rows(sample_db.sessions, _trip(sample_db))}
    events = cal.walk("VEVENT")
    assert len(events) == len(rows)
    zones = {str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")}
    assert b"ATTENDEE" not in raw
    for event in events:
        row = rows[str(event["UID"])]
        for key in ("DTSTAMP", "SEQUENCE", "LAST-MODIFIED", "ORGANIZER", "STATUS",
                    "CATEGORIES"):
            assert key in event, key
        assert str(event["ORGANIZER"]).startswith("mailto:")
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        if row.data.all_day:
            continue
        assert start.tzinfo is not None and end.tzinfo is not None  # never floating
        assert start == row.data.starts_at and end == row.data.ends_at  # same instants
        assert event["DTSTART"].params["TZID"] == row.data.start_tz
        assert event["DTEND"].params["TZID"] == row.data.end_tz
        assert {row.data.start_tz, row.data.end_tz} <= zones
        assert int(event["SEQUENCE"]) == row.sequence
    flight = next(e for e in events if rows[str(e["UID"])].data.kind is ItemKind.FLIGHT
                  and e["DTSTART"].params["TZID"] == "Asia/Tehran")
    assert flight["DTEND"].params["TZID"] != "Asia/Tehran"


def test_member_cut_and_host_edition(sample_db: Database, tmp_path: Path) -> None:
    trip = _trip(sample_db)
    members = delegations.members_of(sample_db.sessions, trip)
    security = members[-3].person_id
    _, whole = export(sample_db, tmp_path)
    _, cut = export(sample_db, tmp_path, member_id=security)
    rows = {r.uid: r for r in itinerary.item_rows(sample_db.sessions, trip)}
    mine = {uid for uid, r in rows.items()
            if security in r.data.participants or security in r.data.interpreters}
    assert {str(e["UID"]) for e in cut.walk("VEVENT")} == mine
    assert 0 < len(mine) < len(whole.walk("VEVENT"))
    internal_text = [r.data.briefing for r in rows.values() if r.data.briefing] + [
        r.data.talking_points for r in rows.values() if r.data.talking_points] + [
        r.data.booking_reference for r in rows.values() if r.data.booking_reference]
    assert internal_text
    host_raw, host = export(sample_db, tmp_path, edition=calendars.Edition.HOST)
    text = " ".join(str(e.get("DESCRIPTION", "")) for e in host.walk("VEVENT"))
    assert all(snippet[:40] not in text for snippet in internal_text)
    assert b"Briefing (internal)" not in host_raw and b"Booking reference" not in host_raw
    internal = " ".join(str(e.get("DESCRIPTION", "")) for e in whole.walk("VEVENT"))
    assert any(snippet[:40] in internal for snippet in internal_text)


def test_a_non_member_cut_is_refused(sample_db: Database) -> None:
    with pytest.raises(ValidationError):
        calendars.delegation_calendar(sample_db.sessions, _trip(sample_db), member_id=999_999)


def test_edits_raise_sequence_keep_uid_and_cancel_is_published(sample_db: Database,
                                                               tmp_path: Path) -> None:
    trip = _trip(sample_db)
    row = next(r for r in itinerary.item_rows(sample_db.sessions, trip)
               if r.data.kind is ItemKind.BILATERAL_MEETING)
    _, before = export(sample_db, tmp_path)
    itinerary.update_item(sample_db.sessions, row.id, row.version,
                          replace(row.data, venue="Legislatura porteña"))
    version = itinerary.get_item(sample_db.sessions, row.id)[0]
    itinerary.set_item_status(sample_db.sessions, row.id, version, ItemStatus.CANCELLED)
    _, after = export(sample_db, tmp_path)

    def find(cal: Calendar) -> object:
        return next(e for e in cal.walk("VEVENT") if str(e["UID"]) == row.uid)

    old, new = find(before), find(after)
    assert int(new["SEQUENCE"]) == int(old["SEQUENCE"]) + 2  # type: ignore[index]
    assert str(new["STATUS"]) == "CANCELLED"  # type: ignore[index]
    assert new.decoded("LAST-MODIFIED") >= old.decoded("LAST-MODIFIED")  # type: ignore[attr-defined]


def test_all_day_geo_categories_and_alarm(tmp_path: Path) -> None:
    start = datetime(2026, 12, 10, 3, 0, tzinfo=UTC)
    day = CalendarEvent("d@y", 1, "Free day in Tokyo", start, "Asia/Tokyo",
                        start.replace(hour=12), "Asia/Tokyo", NOW, "TENTATIVE", all_day=True)
    meeting = CalendarEvent("m@y", 0, "Meeting", start, "Asia/Tokyo", start.replace(hour=4),
                            "Asia/Tokyo", NOW, "CONFIRMED", latitude=35.6895,
                            longitude=139.6917, categories=("BILATERAL MEETING",))
    raw = calendar_bytes(CalendarData("Test", "Office", "o@example.org", (day, meeting), 30),
                         NOW)
    cal = Calendar.from_ical(raw)
    _, m = cal.walk("VEVENT")
    assert b"DTSTART;VALUE=DATE:20261210" in raw and b"DTEND;VALUE=DATE:20261211" in raw
    assert b"GEO:35.6895;139.6917" in raw
    assert [str(c) for c in m["CATEGORIES"].cats] == ["BILATERAL MEETING"]
    [alarm] = m.walk("VALARM")
    assert str(alarm["ACTION"]) == "DISPLAY" and "Meeting" in str(alarm["DESCRIPTION"])
    assert alarm.decoded("TRIGGER").total_seconds() == -30 * 60


def test_the_same_programme_exports_to_the_same_bytes_in_any_process(sample_db: Database,
                                                                      tmp_path: Path) -> None:
    """Two exports of an unchanged programme differ only in DTSTAMP, whatever order the
    interpreter happens to keep its sets in (an office compares files with diff)."""
    import os
    import subprocess
    import sys

    outputs = []
    for seed in ("1", "2", "3"):
        out = tmp_path / f"d{seed}.ics"
        subprocess.run([sys.executable, "-m", "delegate_app", "--db", sample_db.url, "export",
                        "ics", "--delegation", "2", "-o", str(out)], check=True,
                       capture_output=True, env={**os.environ, "PYTHONHASHSEED": seed})
        outputs.append([line for line in out.read_bytes().splitlines()
                        if not line.startswith(b"DTSTAMP")])
    assert outputs[0] == outputs[1] == outputs[2]
