"""Hostile and huge calendars (issue 13): each limit of domain/limits.py is met with one
sentence that names it, in bounded time, and the database is left as it was."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from delegate_app.domain import limits
from delegate_app.domain.errors import DelegateAppError
from delegate_app.services import ics_import, itinerary, overview
from delegate_app.services.database import Database
from tests import rows


def _trip(db: Database) -> int:  # 5–16 Dec 2026 in the sample plan the tests load
    return next(d.id for d in overview.list_delegations(db.sessions) if "Tokyo" in d.title)


def _digest(db: Database) -> str:
    return rows.digest(db, "SELECT * FROM itinerary_item ORDER BY id")


def ics(*events: str, head: str = "") -> bytes:
    body = "".join(f"BEGIN:VEVENT\r\n{e.strip()}\r\nEND:VEVENT\r\n" for e in events)
    return (f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//probe//EN\r\n{head}{body}"
            "END:VCALENDAR\r\n").encode()


def event(uid: str, summary: str = "Meeting", extra: str = "",
          when: str = "DTSTART:20261210T100000Z\r\nDTEND:20261210T110000Z") -> str:
    return f"UID:{uid}\r\nSUMMARY:{summary}\r\n{when}\r\n{extra}".strip()


def _many(count: int) -> bytes:
    return ics(*(event(f"e{i}@probe", f"Event {i}") for i in range(count)))


def _nested(depth: int) -> bytes:
    return ics(head="BEGIN:X-BOX\r\n" * depth + "END:X-BOX\r\n" * depth)


def _zone_that_changes_every_second() -> bytes:
    zone = ("BEGIN:VTIMEZONE\r\nTZID:Restless\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
            "RRULE:FREQ=SECONDLY\r\nTZOFFSETFROM:-0300\r\nTZOFFSETTO:-0200\r\nEND:STANDARD\r\n"
            "END:VTIMEZONE\r\n")
    return ics(event("z@probe", when="DTSTART;TZID=Restless:20261210T100000\r\n"
                                     "DTEND;TZID=Restless:20261210T110000"), head=zone)


REFUSED: list[tuple[str, Callable[[], bytes], str]] = [
    ("30,000 events", lambda: _many(30_000), "more than 2,000 events (the limit for one file)"),
    ("a thousand nested blocks", lambda: _nested(1000), "nested more than 6 deep (the limit)"),
    ("a 2 MB line", lambda: ics(event("l@probe", "x" * (2 * 1024 * 1024))),
     "longer than 1,048,576 characters (the limit for one line)"),
    ("an event of 5,000 lines", lambda: ics(event("p@probe", extra="\r\n".join(
        f"X-NOTE-{i}:n" for i in range(5000)))), "more than 1,000 lines of data (the limit)"),
    ("25,000 blocks", lambda: ics(head="BEGIN:X-A\r\nEND:X-A\r\n" * 25_000),
     "more than 20,000 blocks"),
    ("a zone that changes every second", _zone_that_changes_every_second,
     "changes its offset more often than once a year"),
    ("five series of 450", lambda: ics(*(event(
        f"s{i}@probe", f"Series {i}", "RRULE:FREQ=DAILY;COUNT=450") for i in range(5))),
     "more than 2,000 events and occurrences (the limit for one import)"),
]


@pytest.mark.timeout(120)
@pytest.mark.parametrize(("name", "make", "message"), REFUSED, ids=[r[0] for r in REFUSED])
def test_a_file_past_a_limit_is_refused_in_one_sentence(
        sample_db: Database, name: str, make: Callable[[], bytes], message: str) -> None:
    before = _digest(sample_db)
    with pytest.raises(DelegateAppError) as refused:
        ics_import.preview_import(sample_db.sessions, _trip(sample_db), make())
    assert message in refused.value.message and "\n" not in refused.value.message
    assert _digest(sample_db) == before


REJECTED: list[tuple[str, str, str]] = [
    ("DURATION:P999999999D", event("d@probe", "Forever", when="DTSTART:20261210T100000Z\r\n"
                                   "DURATION:P999999999D"),
     "its dates are outside the years 1900–2199"),
    ("the last second of 9999 without an end", event(
        "e@probe", "End of time", when="DTSTART:99991231T235959Z"),
     "its dates are outside the years 1900–2199"),
    ("FREQ=SECONDLY;COUNT=2000000000", event(
        "s@probe", "Every second", "RRULE:FREQ=SECONDLY;COUNT=2000000000"),
     "it repeats more than 500 times (the limit for one repeating event)"),
    ("FREQ=MINUTELY without end", event("m@probe", "Every minute", "RRULE:FREQ=MINUTELY"),
     "it repeats more than 500 times (the limit for one repeating event)"),
    ("every 30 February", event("f@probe", "Never", "RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30"),
     "its repetition rule could not be worked out within 2 seconds (the limit)"),
    ("a 300-character UID", event("u" * 300, "Long identifier"),
     "its identifier (UID) is longer than 255 characters (the limit)"),
    ("a 301-character title", event("t@probe", "T" * 301),
     "the title is too long (301 characters, at most 300)"),
    ("a 400-character place", event("v@probe", "Visit", "LOCATION:" + "V" * 400),
     "the venue is too long (400 characters, at most 300)"),
    ("a 30,000-character description", event("x@probe", "Long text",
                                             "DESCRIPTION:" + "words " * 5000),
     "the briefing is too long (29999 characters, at most 20000)"),
    ("a two-month event", event("g@probe", "Season", when="DTSTART;VALUE=DATE:20261201\r\n"
                                "DTEND;VALUE=DATE:20270201"),
     "an item lasts at most a month"),
    ("DTSTART without a date", event("b@probe", "Broken", when="DTSTART:tomorrow"),
     "its start time (DTSTART) cannot be read"),
    ("no DTSTART", event("n@probe", "Nowhere", when="DTEND:20261210T110000Z"),
     "it has no start time (DTSTART)"),
]


@pytest.mark.timeout(120)
@pytest.mark.parametrize(("name", "body", "reason"), REJECTED, ids=[r[0] for r in REJECTED])
def test_one_bad_event_is_rejected_with_a_sentence_and_the_rest_imported(
        sample_db: Database, name: str, body: str, reason: str) -> None:
    trip = _trip(sample_db)
    raw = ics(body, event("fine@probe", "Courtesy call"))
    started = time.monotonic()
    preview = ics_import.preview_import(sample_db.sessions, trip, raw)
    assert time.monotonic() - started < 3 * limits.ICS_MAX_RULE_SECONDS + 10  # bounded
    [line] = preview.rejected
    assert reason in line and line.endswith(".") and "\n" not in line
    assert "(" not in line.split(":", 1)[0]  # the event's name, then the sentence
    assert [e.summary for e in preview.added] == ["Courtesy call"]
    before = _digest(sample_db)
    assert len(ics_import.write_import(sample_db.sessions, preview).added) == 1
    assert _digest(sample_db) != before


def test_a_huge_sequence_is_held_within_what_every_database_stores(sample_db: Database) -> None:
    trip = _trip(sample_db)
    raw = ics(event("q@probe", "Renumbered", "SEQUENCE:99999999999999999999999"))
    preview = ics_import.preview_import(sample_db.sessions, trip, raw)
    [item_id] = ics_import.write_import(sample_db.sessions, preview).added
    row = next(r for r in itinerary.item_rows(sample_db.sessions, trip) if r.id == item_id)
    assert row.sequence == limits.SEQUENCE_MAX == 2**31 - 1
    newer = ics(event("q@probe", "Renumbered again", "SEQUENCE:99999999999999999999999"),
                head="")
    again = ics_import.preview_import(sample_db.sessions, trip, newer)
    assert again.updated == [] and len(again.older) == 1  # it cannot be newer than the most


def test_a_long_uid_is_kept_for_matching_but_the_item_gets_its_own(sample_db: Database) -> None:
    trip = _trip(sample_db)
    uid = "x" * 200 + "@host"  # fits import_uid (255), not an item's uid (120)
    raw = ics(event(uid, "Long but fine"))
    [item_id] = ics_import.write_import(
        sample_db.sessions, ics_import.preview_import(sample_db.sessions, trip, raw)).added
    assert len(itinerary.item_identity(sample_db.sessions, item_id)[0]) <= limits.ITEM_UID_MAX_CHARS
    again = ics_import.preview_import(sample_db.sessions, trip, raw)
    assert [e.uid for e in again.unchanged] == [uid]


def test_control_characters_never_reach_the_database(sample_db: Database) -> None:
    trip = _trip(sample_db)
    raw = ics(event("c@probe", "Lunch\x00 with\x07 the mayor", "LOCATION:Hall\x00 A"))
    preview = ics_import.preview_import(sample_db.sessions, trip, raw)
    assert [e.summary for e in preview.added] == ["Lunch with the mayor"]
    [item_id] = ics_import.write_import(sample_db.sessions, preview).added
    assert itinerary.get_item(sample_db.sessions, item_id)[1].venue == "Hall A"
