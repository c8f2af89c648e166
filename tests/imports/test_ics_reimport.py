"""Re-importing our own calendars: every export is recognised as ours, changes nothing,
and never carries internal text into what hosts see (issue 12)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar

from delegate_app.domain.enums import Direction
from delegate_app.domain.records import DelegationInput
from delegate_app.services import calendars, delegations, ics_import, itinerary, overview
from delegate_app.services.database import Database
from delegate_app.services.ics_import import DescriptionTo, ImportChoices
from tests import rows


def _trip(db: Database) -> int:
    return next(d.id for d in overview.list_delegations(db.sessions) if "Tokyo" in d.title)


def _rows(db: Database) -> str:
    """Every stored column of every item and its people: any write shows here."""
    tables = ("itinerary_item", "item_participant", "item_counterpart", "item_interpreter")
    return rows.digest(db, *(f"SELECT * FROM {t} ORDER BY 1, 2" for t in tables))


def _events(raw: bytes) -> dict[str, tuple[Any, ...]]:
    """What a calendar says of each event, but the moment it was written (DTSTAMP)."""
    found = {}
    for e in Calendar.from_ical(raw).walk("VEVENT"):
        found[str(e["UID"])] = tuple(
            e.decoded(p) if p in ("DTSTART", "DTEND", "LAST-MODIFIED") else str(e.get(p, ""))
            for p in ("DTSTART", "DTEND", "SUMMARY", "DESCRIPTION", "LOCATION", "SEQUENCE",
                      "STATUS", "LAST-MODIFIED"))
    return found


def _export(db: Database, kind: str, trip: int) -> bytes:
    member = delegations.members_of(db.sessions, trip)[0].person_id
    alarm = {"internal": None, "internal-alarm": 30, "host": 15, "member": None,
             "member-host": 60, "summit": 10}[kind]
    if kind == "summit":
        _, data = delegations.get_delegation(db.sessions, trip)
        cal = calendars.summit_calendar(db.sessions, data.summit_id or 0, alarm)
    else:
        edition = calendars.Edition.HOST if "host" in kind else calendars.Edition.INTERNAL
        cal = calendars.delegation_calendar(db.sessions, trip, member if "member" in kind
                                            else None, edition, alarm)
    return calendars.calendar_bytes(cal, STAMP)


STAMP = datetime(2026, 11, 1, tzinfo=UTC)
KINDS = ["internal", "internal-alarm", "host", "member", "member-host", "summit"]


@pytest.mark.parametrize("kind", KINDS)
def test_reimporting_any_export_into_its_delegation_changes_nothing(sample_db: Database,
                                                                    kind: str) -> None:
    trip = _trip(sample_db)
    first = _export(sample_db, kind, trip)
    before, count = _rows(sample_db), len(itinerary.item_rows(sample_db.sessions, trip))
    preview = ics_import.preview_import(sample_db.sessions, trip, first)
    assert preview.added == [] and preview.updated == [] and preview.duplicates == []
    assert preview.rejected == [] and preview.outside == []
    assert preview.older == []  # nothing read as "differs": our own words are recognised
    assert len(preview.unchanged) == len(_events(first)) - len(preview.sessions)
    result = ics_import.write_import(sample_db.sessions, preview)
    assert (result.added, result.updated) == ((), ())
    assert _rows(sample_db) == before  # no write at all: no SEQUENCE raised, no copy
    assert len(itinerary.item_rows(sample_db.sessions, trip)) == count
    assert _events(_export(sample_db, kind, trip)) == _events(first)


def test_the_summit_calendar_offers_the_sessions_not_yet_in_the_programme(
        sample_db: Database) -> None:
    trip = _trip(sample_db)
    raw = _export(sample_db, "summit", trip)
    preview = ics_import.preview_import(sample_db.sessions, trip, raw)
    assert len(preview.sessions) == 5  # the sample's delegation attends ten of fifteen
    chosen = ImportChoices(preview.optional_uids(sessions=True))
    added = ics_import.write_import(sample_db.sessions, preview, chosen).added
    rows = {r.id: r for r in itinerary.item_rows(sample_db.sessions, trip)}
    assert len(added) == 5 and all(rows[i].data.summit_session_id for i in added)
    again = ics_import.preview_import(sample_db.sessions, trip, raw)
    assert again.sessions == [] and again.added == [] and len(again.unchanged) == 15


def _internal_strings(db: Database, trip: int) -> set[str]:
    """Internal text the database holds that the host edition must never show."""
    host = _export(db, "host", trip).decode()
    unfolded = host.replace("\r\n ", "")
    found = set()
    for row in itinerary.item_rows(db.sessions, trip):
        for text in (row.data.briefing, row.data.talking_points, row.data.booking_reference):
            for part in text.split("\n"):
                part = part.strip()
                if len(part) >= 8 and part not in unfolded and part not in host:
                    found.add(part)
    return found


def _leaks(raw: bytes, secrets: set[str]) -> set[str]:
    text = raw.decode().replace("\r\n ", "").replace("\\,", ",").replace("\\;", ";")
    text = text.replace("\\n", "\n")
    return {s for s in secrets if s in text or s[:40] in text}


def _empty_copy(db: Database, source: int) -> int:
    _, data = delegations.get_delegation(db.sessions, source)
    change = delegations.create_delegation(db.sessions, DelegationInput(
        "Copy of the programme", Direction.OUTGOING, data.home_city_id, data.starts_on,
        data.ends_on, data.destination_ids))
    members = delegations.members_of(db.sessions, source)[:2]
    delegations.set_members(db.sessions, change.id, change.version, members)
    return change.id


@pytest.mark.parametrize("to", list(DescriptionTo))
def test_after_reimports_the_host_edition_holds_no_internal_text(sample_db: Database,
                                                                 to: DescriptionTo) -> None:
    trip = _trip(sample_db)
    secrets = _internal_strings(sample_db, trip)
    assert len(secrets) > 10  # briefings, talking points, booking references
    internal = _export(sample_db, "internal", trip)
    assert _leaks(internal, secrets)  # the internal edition does carry them
    copy = _empty_copy(sample_db, trip)
    for target in (trip, copy):
        preview = ics_import.preview_import(sample_db.sessions, target, internal)
        ics_import.write_import(sample_db.sessions, preview, ImportChoices(description_to=to))
    assert len(itinerary.item_rows(sample_db.sessions, copy)) == len(_events(internal))
    for target in (trip, copy):
        host = _export(sample_db, "host", target)
        assert _leaks(host, secrets) == set()
    copied = itinerary.item_rows(sample_db.sessions, copy)
    composed = ("Delegation:", "Briefing (internal)", "Booking reference", "Talking points")
    assert not any(c in getattr(r.data, to.value) for r in copied for c in composed)


def test_the_description_goes_to_the_briefing_unless_the_officer_says_so(
        sample_db: Database) -> None:
    trip = _trip(sample_db)
    raw = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//host//EN\r\nBEGIN:VEVENT\r\n"
           b"UID:lunch@host.example\r\nSUMMARY:Almuerzo de trabajo\r\n"
           b"DTSTART:20261215T160000Z\r\nDTEND:20261215T173000Z\r\n"
           b"DESCRIPTION:Security will meet the mayor at the side entrance.\r\n"
           b"LOCATION:Palacio Lezama\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    for to, field, other in ((DescriptionTo.BRIEFING, "briefing", "description"),
                             (DescriptionTo.DESCRIPTION, "description", "briefing")):
        target = _empty_copy(sample_db, trip)
        preview = ics_import.preview_import(sample_db.sessions, target, raw)
        [added] = ics_import.write_import(sample_db.sessions, preview,
                                          ImportChoices(description_to=to)).added
        _, data = itinerary.get_item(sample_db.sessions, added)
        assert getattr(data, field) == "Security will meet the mayor at the side entrance."
        assert getattr(data, other) == "" and data.venue == "Palacio Lezama"
    host = _export(sample_db, "host", target)
    assert b"side entrance" in host  # only where the officer chose the description


def test_reimporting_the_command_line_export_keeps_every_item(sample_db: Database,
                                                               tmp_path: Path) -> None:
    """The report's own steps: export --delegation 2, import it into delegation 2."""
    trip = _trip(sample_db)
    path = calendars.write_calendar(calendars.delegation_calendar(sample_db.sessions, trip),
                                    tmp_path / "d.ics")
    count = len(itinerary.item_rows(sample_db.sessions, trip))
    preview = ics_import.preview_import(sample_db.sessions, trip, path.read_bytes())
    assert ics_import.apply_import(sample_db.sessions, preview) == 0
    # The report counted 40; the sample has since gained its two internal items.
    assert count >= 40
    assert len(itinerary.item_rows(sample_db.sessions, trip)) == count


def test_a_newer_version_of_our_own_event_updates_it_in_place(sample_db: Database) -> None:
    trip = _trip(sample_db)
    raw = _export(sample_db, "internal", trip).decode()
    start = raw.index("BEGIN:VEVENT")
    end = raw.index("END:VEVENT", start)
    block = raw[start:end]
    uid = next(line[4:] for line in block.split("\r\n") if line.startswith("UID:"))
    sequence = next(int(line[9:]) for line in block.split("\r\n")
                    if line.startswith("SEQUENCE:"))
    block = block.replace(f"SEQUENCE:{sequence}", f"SEQUENCE:{sequence + 2}").replace(
        "SUMMARY:", "SUMMARY:Delayed: ", 1)
    preview = ics_import.preview_import(sample_db.sessions, trip,
                                        (raw[:start] + block + raw[end:]).encode())
    assert [e.uid for _, e in preview.updated] == [uid]
    assert preview.what_changes[uid] == ("title",) and preview.added == []
    [item_id] = ics_import.write_import(sample_db.sessions, preview).updated
    row = next(r for r in itinerary.item_rows(sample_db.sessions, trip) if r.id == item_id)
    assert row.data.title.startswith("Delayed: ") and row.uid == uid
    assert row.sequence == sequence + 2  # raised to the file's, once
    assert "Briefing (internal)" not in row.data.briefing + row.data.description


def test_which_words_of_a_description_are_the_files_own() -> None:
    from delegate_app.services.ics_changes import file_text

    ours = ("Meet the Governor.\n\nDelegation: Mayor Zakani\n\nDress code: Lounge suit\n\n"
            "Briefing (internal): Raise the water loan.\n\nSecond paragraph of it.\n\n"
            "Booking reference: QR7X2P")
    assert file_text(ours, ours=True) == "Meet the Governor."
    assert file_text(ours, ours=True, known=("Meet the Governor.",)) == ""
    # Whoever wrote it, nothing from a paragraph marked internal on is read.
    assert file_text(ours, ours=False) == ("Meet the Governor.\n\nDelegation: Mayor Zakani"
                                           "\n\nDress code: Lounge suit")
    airline = "Your flight to Doha.\n\nBooking reference: QR7X2P\n\nSeat 3A."
    assert file_text(airline, ours=False) == airline  # an airline's words, kept
    assert file_text(airline, ours=True) == "Your flight to Doha."


def _foreign_all_day(first: date) -> bytes:
    """A host's calendar with a one-day and a three-day all-day event on the trip's days."""
    def day(n: int) -> str:
        return (first + timedelta(days=n)).strftime("%Y%m%d")

    events = "".join(
        f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20261101T000000Z\r\nSUMMARY:{summary}\r\n"
        f"DTSTART;VALUE=DATE:{day(start)}\r\nDTEND;VALUE=DATE:{day(end)}\r\nEND:VEVENT\r\n"
        for uid, summary, start, end in (("one@host.example", "Tokyo Marathon", 0, 1),
                                         ("three@host.example", "Expo", 0, 3)))
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Host city//EN\r\n" + events
            + "END:VCALENDAR\r\n").encode()


def test_a_hosts_all_day_events_travel_on_with_their_own_days(sample_db: Database) -> None:
    """Imported all-day events keep their days through our export and back: a one-day
    event is not sent out as two days (DTEND of a date is exclusive, in both files)."""
    trip = _trip(sample_db)
    _, data = delegations.get_delegation(sample_db.sessions, trip)
    raw = _foreign_all_day(data.starts_on)
    preview = ics_import.preview_import(sample_db.sessions, trip, raw)
    ics_import.write_import(sample_db.sessions, preview)
    sent = {uid: event for uid, event in _events(_export(sample_db, "internal", trip)).items()
            if uid.endswith("@host.example")}
    read = {str(e["UID"]): (e.decoded("DTSTART"), e.decoded("DTEND"))
            for e in Calendar.from_ical(raw).walk("VEVENT")}
    assert {uid: event[:2] for uid, event in sent.items()} == read
    before = _rows(sample_db)
    again = ics_import.preview_import(sample_db.sessions, trip, _export(sample_db, "internal",
                                                                         trip))
    assert again.updated == [] and again.older == []
    ics_import.write_import(sample_db.sessions, again)
    assert _rows(sample_db) == before
