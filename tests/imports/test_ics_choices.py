"""What the officer decides in the preview: events outside the delegation's dates and
probable duplicates are listed apart and written only when ticked (issue 12)."""

from __future__ import annotations

from datetime import UTC, datetime

from delegate_app.services import ics_import, itinerary, overview
from delegate_app.services.database import Database
from delegate_app.services.ics_import import ImportChoices


def _trip(db: Database) -> int:  # 5–16 Dec 2026 in the sample plan the tests load
    return next(d.id for d in overview.list_delegations(db.sessions) if "Tokyo" in d.title)


def ics(*events: str) -> bytes:
    body = "".join(f"BEGIN:VEVENT\r\n{e.strip()}\r\nEND:VEVENT\r\n" for e in events)
    return (f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//host//EN\r\n{body}"
            "END:VCALENDAR\r\n").encode()


MIXED = ics(
    "UID:in@host\r\nSUMMARY:Courtesy call\r\nDTSTART:20261215T130000Z\r\nDTEND:20261215T140000Z",
    "UID:old@host\r\nSUMMARY:Visit of 2010\r\nDTSTART:20100105T100000Z\r\nDTEND:20100105T110000Z",
    "UID:later@host\r\nSUMMARY:Return visit\r\nDTSTART:20270301T100000Z\r\n"
    "DTEND:20270301T110000Z",
    "UID:weekly@host\r\nSUMMARY:Weekly coordination\r\nDTSTART:20261201T120000Z\r\n"
    "DTEND:20261201T130000Z\r\nRRULE:FREQ=WEEKLY;COUNT=6")


def _titles(db: Database, trip: int) -> list[str]:
    return [r.data.title for r in itinerary.item_rows(db.sessions, trip)]


def test_events_outside_the_dates_are_listed_apart_and_not_written(sample_db: Database) -> None:
    trip = _trip(sample_db)
    preview = ics_import.preview_import(sample_db.sessions, trip, MIXED)
    inside = sorted(e.summary for e in preview.added)
    outside = sorted((e.summary, e.starts_at.date().isoformat()) for e in preview.outside)
    # Weekly from 1 Dec: the 8th and 15th fall within the trip (5–16 Dec, a day's margin
    # either side), the 1st, 22nd, 29th and 5 Jan do not — single and repeating alike.
    assert inside == ["Courtesy call", "Weekly coordination", "Weekly coordination"]
    assert outside == [("Return visit", "2027-03-01"), ("Visit of 2010", "2010-01-05"),
                       ("Weekly coordination", "2026-12-01"),
                       ("Weekly coordination", "2026-12-22"),
                       ("Weekly coordination", "2026-12-29"),
                       ("Weekly coordination", "2027-01-05")]
    assert sum(line.startswith("OUTSIDE") for line in preview.lines()) == 6
    before = _titles(sample_db, trip)
    written = ics_import.write_import(sample_db.sessions, preview)
    assert len(written.added) == 3
    after = _titles(sample_db, trip)
    assert len(after) == len(before) + 3
    assert "Visit of 2010" not in after and "Return visit" not in after


def test_ticked_outside_events_are_written(sample_db: Database) -> None:
    trip = _trip(sample_db)
    preview = ics_import.preview_import(sample_db.sessions, trip, MIXED)
    old = next(e for e in preview.outside if e.summary == "Visit of 2010")
    written = ics_import.write_import(sample_db.sessions, preview,
                                      ImportChoices(frozenset({old.uid})))
    assert len(written.added) == 4
    starts = {r.data.title: r.data.starts_at for r in itinerary.item_rows(sample_db.sessions,
                                                                          trip)}
    assert starts["Visit of 2010"] == datetime(2010, 1, 5, 10, tzinfo=UTC)
    assert "Return visit" not in starts
    again = ics_import.preview_import(sample_db.sessions, trip, MIXED)
    assert again.added == [] and old.uid not in {e.uid for e in again.outside}
    assert len(again.outside) == 5  # the ones not chosen are still offered, and only those


def test_the_same_event_under_another_uid_is_a_probable_duplicate(sample_db: Database) -> None:
    trip = _trip(sample_db)
    opening = next(r for r in itinerary.item_rows(sample_db.sessions, trip)
                   if r.data.title == "Opening ceremony")
    stamp = f"{opening.data.starts_at:%Y%m%dT%H%M%SZ}"
    raw = ics(f"UID:copy-1@elsewhere\r\nSUMMARY:OPENING  Ceremóny\r\nDTSTART:{stamp}\r\n"
              "DURATION:PT1H",
              f"UID:copy-2@elsewhere\r\nSUMMARY:Opening ceremony rehearsal\r\nDTSTART:{stamp}"
              "\r\nDURATION:PT1H",
              "UID:twice-a@elsewhere\r\nSUMMARY:Press point\r\nDTSTART:20261216T150000Z\r\n"
              "DURATION:PT30M",
              "UID:twice-b@elsewhere\r\nSUMMARY:press point\r\nDTSTART:20261216T150000Z\r\n"
              "DURATION:PT30M")
    preview = ics_import.preview_import(sample_db.sessions, trip, raw)
    assert sorted(e.uid for e in preview.added) == ["copy-2@elsewhere", "twice-a@elsewhere"]
    why = {e.uid: reason for e, reason in preview.duplicates}
    assert why == {"copy-1@elsewhere": "the same as “Opening ceremony”, already in the "
                                       "programme",
                   "twice-b@elsewhere": "the same as “Press point”, already in this file"}
    count = len(_titles(sample_db, trip))
    assert len(ics_import.write_import(sample_db.sessions, preview).added) == 2  # skipped
    assert len(_titles(sample_db, trip)) == count + 2
    chosen = ImportChoices(frozenset({"copy-1@elsewhere"}))
    again = ics_import.preview_import(sample_db.sessions, trip, raw)
    assert len(ics_import.write_import(sample_db.sessions, again, chosen).added) == 1
    assert "OPENING  Ceremóny" in _titles(sample_db, trip)
