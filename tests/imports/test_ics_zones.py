"""Time zones a calendar file defines itself (Outlook's custom and Windows names, fixed
offsets): the right instants, and an IANA zone that says the same on those dates."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from delegate_app.imports.ics_reader import read_calendar
from delegate_app.services import ics_import, itinerary, overview
from delegate_app.services.database import Database

WINDOW = (date(2026, 12, 11), date(2026, 12, 24))


def _zone(tzid: str, standard: str, daylight: str | None = None) -> str:
    """A VTIMEZONE as Outlook writes it: one offset, or winter and summer rules."""
    if daylight is None:
        return (f"BEGIN:VTIMEZONE\r\nTZID:{tzid}\r\nBEGIN:STANDARD\r\nDTSTART:16010101T000000"
                f"\r\nTZOFFSETFROM:{standard}\r\nTZOFFSETTO:{standard}\r\nEND:STANDARD\r\n"
                "END:VTIMEZONE\r\n")
    return (f"BEGIN:VTIMEZONE\r\nTZID:{tzid}\r\nBEGIN:STANDARD\r\nDTSTART:16011104T020000\r\n"
            f"RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11\r\nTZOFFSETFROM:{daylight}\r\n"
            f"TZOFFSETTO:{standard}\r\nEND:STANDARD\r\nBEGIN:DAYLIGHT\r\n"
            f"DTSTART:16010311T020000\r\nRRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3\r\n"
            f"TZOFFSETFROM:{standard}\r\nTZOFFSETTO:{daylight}\r\nEND:DAYLIGHT\r\n"
            "END:VTIMEZONE\r\n")


def _calendar(tzid: str, zone: str, start: str = "20261214T090000",
              end: str = "20261214T103000") -> bytes:
    quoted = f'"{tzid}"' if any(c in tzid for c in ":;,") else tzid
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Microsoft Corporation//Outlook 16.0"
            f"//EN\r\n{zone}BEGIN:VEVENT\r\nUID:tz-1@example.org\r\nSUMMARY:Working lunch\r\n"
            f"DTSTART;TZID={quoted}:{start}\r\nDTEND;TZID={quoted}:{end}\r\nEND:VEVENT\r\n"
            "END:VCALENDAR\r\n").encode()


@pytest.mark.parametrize(("tzid", "standard", "daylight", "start", "instant"), [
    ("(UTC-03:00) Brasília", "-0300", None, "20261214T090000", datetime(2026, 12, 14, 12, 0)),
    ("UTC+11", "+1100", None, "20261214T090000", datetime(2026, 12, 13, 22, 0)),
    ("Pacific Standard Time", "-0800", "-0700", "20260714T090000",
     datetime(2026, 7, 14, 16, 0)),
    ("Our own Pacific zone", "-0800", "-0700", "20260714T090000",
     datetime(2026, 7, 14, 16, 0)),
    ("(UTC+03:30) Tehran", "+0330", None, "20261214T090000", datetime(2026, 12, 14, 5, 30)),
    ("Kathmandu-ish", "+0545", None, "20261214T090000", datetime(2026, 12, 14, 3, 15)),
])
def test_a_zone_the_file_defines_reads_the_right_instant(
        tzid: str, standard: str, daylight: str | None, start: str, instant: datetime) -> None:
    end = start[:9] + "103000"
    result = read_calendar(_calendar(tzid, _zone(tzid, standard, daylight), start, end),
                           WINDOW, "Asia/Tehran")
    assert result.rejected == []
    [event] = result.events
    assert event.starts_at == instant.replace(tzinfo=UTC)
    assert event.ends_at - event.starts_at == timedelta(minutes=90)
    # The stored zone says the same as the file on that day: the local time does not move.
    local = event.starts_at.astimezone(ZoneInfo(event.start_tz))
    assert (local.hour, local.minute) == (9, 0)


def test_how_each_kind_of_zone_is_named() -> None:
    custom = read_calendar(_calendar("Our own Pacific zone", _zone(
        "Our own Pacific zone", "-0800", "-0700"), "20260714T090000", "20260714T103000"),
        WINDOW, "Asia/Tehran")
    assert custom.events[0].start_tz == "America/Los_Angeles"  # same rules all year
    fixed = read_calendar(_calendar("UTC+11", _zone("UTC+11", "+1100")), WINDOW, "Asia/Tehran")
    assert fixed.events[0].start_tz == "Etc/GMT-11"  # an offset names no place
    assert "fixed offset of UTC+11" in " ".join(fixed.notices)
    odd = read_calendar(_calendar("Odd", _zone("Odd", "+0517")), WINDOW, "Asia/Tehran")
    assert odd.events[0].start_tz == "Asia/Tehran"  # no zone has it: the instant is kept
    assert odd.events[0].starts_at == datetime(2026, 12, 14, 3, 43, tzinfo=UTC)
    assert "matches no known time zone" in " ".join(odd.notices)


def test_the_delegations_own_zone_is_preferred_when_it_says_the_same() -> None:
    raw = _calendar("(UTC-03:00) Brasília", _zone("(UTC-03:00) Brasília", "-0300"))
    result = read_calendar(raw, WINDOW, "Asia/Tehran", ("America/Argentina/Buenos_Aires",))
    assert result.events[0].start_tz == "America/Argentina/Buenos_Aires"
    assert "read as America/Argentina/Buenos_Aires" in " ".join(result.notices)


def test_an_undefined_unknown_zone_is_rejected_with_a_sentence() -> None:
    raw = _calendar("Mars/Olympus Mons", "")
    result = read_calendar(raw, WINDOW, "Asia/Tehran")
    assert result.events == []
    assert result.rejected == ["“Working lunch” was not imported: its time zone “Mars/Olympus "
                               "Mons” is neither defined in the file nor a known zone."]


def test_imported_through_the_service_into_the_trip(sample_db: Database) -> None:
    trip = next(d.id for d in overview.list_delegations(sample_db.sessions)
                if "Tokyo" in d.title)
    raw = _calendar("(UTC-03:00) Brasília", _zone("(UTC-03:00) Brasília", "-0300"))
    preview = ics_import.preview_import(sample_db.sessions, trip, raw)
    [event] = preview.added
    assert event.start_tz == "America/Argentina/Buenos_Aires"  # the trip's destination
    [item_id] = ics_import.write_import(sample_db.sessions, preview).added
    _, data = itinerary.get_item(sample_db.sessions, item_id)
    assert data.starts_at == datetime(2026, 12, 14, 12, 0, tzinfo=UTC)
    assert data.start_tz == "America/Argentina/Buenos_Aires"
