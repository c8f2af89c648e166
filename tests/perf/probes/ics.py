"""ICS export of one delegation's events beside icalendar serialising the same events:
(a) the writer alone vs icalendar alone; (b) the export as a command does it (read the
delegation, write the calendar) vs a bare Core load of the same rows plus icalendar.
Alternating, N runs; prints JSON (seconds of CPU of this process)."""

import json
import sys
import time
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, vCalAddress, vText
from sqlalchemy import select, text

from delegate_app.db.models import Delegation
from delegate_app.services import calendars
from delegate_app.services.database import Database

STAMP = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def bare_icalendar(events, name, office, address) -> bytes:
    """What icalendar itself needs to publish these events: no more, no less."""
    cal = Calendar()
    for key, value in (("prodid", "-//bench//EN"), ("version", "2.0"),
                       ("calscale", "GREGORIAN"), ("method", "PUBLISH"), ("name", name),
                       ("x-wr-calname", name)):
        cal.add(key, value)
    for e in events:
        ev = Event()
        ev.add("uid", e["uid"])
        ev.add("dtstamp", STAMP)
        ev.add("sequence", e["sequence"])
        ev.add("last-modified", e["last_modified"])
        ev.add("summary", e["summary"])
        ev.add("dtstart", e["starts_at"].astimezone(ZoneInfo(e["start_tz"])))
        ev.add("dtend", e["ends_at"].astimezone(ZoneInfo(e["end_tz"])))
        organizer = vCalAddress(f"mailto:{address}")
        organizer.params["cn"] = vText(office)
        ev.add("organizer", organizer)
        ev.add("status", e["status"])
        if e["description"]:
            ev.add("description", e["description"])
        if e["location"]:
            ev.add("location", e["location"])
        ev.add("categories", e["categories"])
        cal.add_component(ev)
    first = min(e["starts_at"] for e in events).date() - timedelta(days=2)
    last = max(e["ends_at"] for e in events).date() + timedelta(days=2)
    cal.add_missing_timezones(first, last)
    return cal.to_ical()


def bare_rows(db: Database, delegation: int) -> list[dict]:
    """A bare Core load of the rows the calendar shows, with the names on each item."""
    with db.engine.connect() as conn:
        people = {r[0]: f"{r[1]} {r[2]}" for r in conn.execute(text(
            "SELECT id, given_name, family_name FROM person"))}
        links: dict[int, list[str]] = {}
        for table in ("item_participant", "item_counterpart"):
            for item, person in conn.execute(text(
                    f"SELECT l.item_id, l.person_id FROM {table} l JOIN itinerary_item i "
                    "ON i.id = l.item_id WHERE i.delegation_id = :d"), {"d": delegation}):
                links.setdefault(item, []).append(people[person])
        rows = conn.execute(text(
            "SELECT i.id, i.uid, i.sequence, i.title, i.starts_at, i.start_tz, i.ends_at, "
            "i.end_tz, i.updated_at, i.status, i.description, i.venue, c.name, i.kind "
            "FROM itinerary_item i LEFT JOIN city c ON c.id = i.city_id "
            "WHERE i.delegation_id = :d ORDER BY i.starts_at"),
            {"d": delegation}).all()
    utc = lambda v: datetime.fromisoformat(v).replace(tzinfo=UTC)  # noqa: E731
    return [{"uid": r[1], "sequence": r[2], "summary": r[3], "starts_at": utc(r[4]),
             "start_tz": r[5], "ends_at": utc(r[6]), "end_tz": r[7], "last_modified": utc(r[8]),
             "status": r[9].upper(), "description": "\n\n".join(
                 x for x in (r[10], ", ".join(links.get(r[0], []))) if x),
             "location": ", ".join(x for x in (r[11], r[12]) if x), "categories": [r[13].upper()]}
            for r in rows]


def cpu(work) -> float:
    started = time.process_time()
    work()
    return time.process_time() - started


def main() -> None:
    path, runs = sys.argv[1], int(sys.argv[2])
    db = Database(path, exclusive=False).open()
    with db.sessions() as s:
        delegation = s.scalar(select(Delegation.id))
    data = calendars.delegation_calendar(db.sessions, delegation)
    events = [{"uid": e.uid, "sequence": e.sequence, "summary": e.summary,
               "starts_at": e.starts_at, "start_tz": e.start_tz, "ends_at": e.ends_at,
               "end_tz": e.end_tz, "last_modified": e.last_modified, "status": e.status,
               "description": e.description, "location": e.location,
               "categories": list(e.categories)} for e in data.events]
    args = (data.name, data.organizer_name, data.organizer_email)
    from delegate_app.exports.ics import calendar_bytes

    result = {"events": len(events), "writer": [], "icalendar": [], "export": [],
              "bare_export": []}
    for n in range(runs + 1):  # the first round warms up and is not kept
        got = {
            "writer": cpu(lambda: calendar_bytes(data, STAMP)),
            "icalendar": cpu(lambda: bare_icalendar(events, *args)),
            "export": cpu(lambda: calendar_bytes(
                calendars.delegation_calendar(db.sessions, delegation), STAMP)),
            "bare_export": cpu(lambda: bare_icalendar(bare_rows(db, delegation), *args)),
        }
        if n:
            for k, v in got.items():
                result[k].append(v)
    print(json.dumps(result))
    db.close()


main()
