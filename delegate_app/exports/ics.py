"""iCalendar writer: calendar records in, RFC 5545 bytes out (icalendar does the encoding).

The records are read by modules that write no calendar (the dossier, versions): icalendar
is imported when bytes are made."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from .. import __version__
from ..domain.timefmt import all_day_days

if TYPE_CHECKING:
    from icalendar import Calendar, Event, Todo, vCalAddress

PRODID = f"-//delegate_app//delegate_app {__version__}//EN"
# Raised whenever the same data is written differently (2: an all-day event's end day), so a
# publish rewrites what calendars hold from the older writer.
WRITER_REVISION = 2


@dataclass(frozen=True, slots=True)
class CalendarEvent:
    uid: str
    sequence: int
    summary: str
    starts_at: datetime  # aware UTC
    start_tz: str
    ends_at: datetime
    end_tz: str
    last_modified: datetime
    status: str  # TENTATIVE, CONFIRMED, CANCELLED
    description: str = ""
    location: str = ""
    latitude: float | None = None
    longitude: float | None = None
    categories: tuple[str, ...] = ()
    all_day: bool = False
    confidential: bool = False  # an internal item, in our own edition: CLASS:CONFIDENTIAL


@dataclass(frozen=True, slots=True)
class CalendarData:
    name: str
    organizer_name: str
    organizer_email: str
    events: tuple[CalendarEvent, ...] = field(default_factory=tuple)
    alarm_minutes: int | None = None  # VALARM lead time, or none
    note: str = ""  # which state it is: "Version 3 of …" or "Draft of …", added to the name

    @property
    def full_name(self) -> str:
        """The calendar's name as NAME and X-WR-CALNAME give it."""
        return f"{self.name} — {self.note}" if self.note else self.name


def _organizer(name: str, email: str) -> vCalAddress:
    from icalendar import vCalAddress, vText

    organizer = vCalAddress(f"mailto:{email}")
    organizer.params["cn"] = vText(name)
    return organizer


def _event(item: CalendarEvent, data: CalendarData, stamp: datetime) -> Event:
    from icalendar import Alarm, Event

    event = Event()
    event.add("uid", item.uid)
    event.add("dtstamp", stamp)
    event.add("sequence", item.sequence)
    event.add("last-modified", item.last_modified)
    event.add("summary", item.summary)
    if item.all_day:
        first, last = all_day_days(item.starts_at, item.start_tz, item.ends_at, item.end_tz)
        event.add("dtstart", first)
        event.add("dtend", last + timedelta(days=1))  # DTEND of a date is exclusive
    else:
        event.add("dtstart", item.starts_at.astimezone(ZoneInfo(item.start_tz)))
        event.add("dtend", item.ends_at.astimezone(ZoneInfo(item.end_tz)))
    event.add("organizer", _organizer(data.organizer_name, data.organizer_email))
    event.add("status", item.status)
    if item.confidential:
        event.add("class", "CONFIDENTIAL")
    if item.description:
        event.add("description", item.description)
    if item.location:
        event.add("location", item.location)
    if item.latitude is not None and item.longitude is not None:
        event.add("geo", (item.latitude, item.longitude))
    if item.categories:
        event.add("categories", list(item.categories))
    if data.alarm_minutes is not None and item.status != "CANCELLED":
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", f"{item.summary} — in {data.alarm_minutes} min")
        alarm.add("trigger", timedelta(minutes=-data.alarm_minutes))
        event.add_component(alarm)
    return event


def _published(name: str) -> Calendar:
    from icalendar import Calendar

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("name", name)
    calendar.add("x-wr-calname", name)
    return calendar


def calendar_bytes(data: CalendarData, stamp: datetime) -> bytes:
    """A published calendar: METHOD:PUBLISH, ORGANIZER on every event, no ATTENDEE,
    a VTIMEZONE for every zone used (built for the dates the events span)."""
    calendar = _published(data.full_name)
    for item in data.events:
        calendar.add_component(_event(item, data, stamp))
    if data.events:
        first = min(e.starts_at for e in data.events).date() - timedelta(days=2)
        last = max(e.ends_at for e in data.events).date() + timedelta(days=2)
        calendar.add_missing_timezones(first, last)
        _zones_in_name_order(calendar)
    return calendar.to_ical()


def _zones_in_name_order(calendar: Calendar) -> None:
    """icalendar adds the VTIMEZONEs in the order of a set, which differs from one process
    to the next; sorted by TZID, an unchanged programme exports to the same bytes."""
    zones = [c for c in calendar.subcomponents if c.name == "VTIMEZONE"]
    others = [c for c in calendar.subcomponents if c.name != "VTIMEZONE"]
    calendar.subcomponents[:] = sorted(zones, key=lambda z: str(z.get("tzid"))) + others


@dataclass(frozen=True, slots=True)
class CalendarTask:
    """A commitment as a task (VTODO) in its owner's task list."""

    uid: str
    sequence: int
    summary: str
    last_modified: datetime
    created: datetime
    starts_on: date  # the day it was promised; before ``due``, as RFC 5545 wants
    status: str  # NEEDS-ACTION, IN-PROCESS, COMPLETED, CANCELLED
    priority: int  # 1 highest … 9 lowest (RFC 5545); 5 is normal
    due: date | None = None
    completed: datetime | None = None
    description: str = ""
    categories: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class TaskList:
    """Tasks published by the office (the ORGANIZER of each, as RFC 5546 PUBLISH asks)."""

    name: str
    organizer_name: str
    organizer_email: str
    tasks: tuple[CalendarTask, ...]


def _task(item: CalendarTask, data: TaskList, stamp: datetime) -> Todo:
    from icalendar import Todo

    todo = Todo()
    todo.add("uid", item.uid)
    todo.add("dtstamp", stamp)
    todo.add("organizer", _organizer(data.organizer_name, data.organizer_email))
    # A date, like DUE: RFC 5545 wants both of one value type, DUE the later.
    todo.add("dtstart", item.starts_on)
    todo.add("created", item.created)
    todo.add("last-modified", item.last_modified)
    todo.add("sequence", item.sequence)
    todo.add("summary", item.summary)
    todo.add("status", item.status)
    todo.add("priority", item.priority)
    if item.due is not None:
        todo.add("due", item.due)  # a date: due by the end of that day, wherever one is
    if item.completed is not None:
        todo.add("completed", item.completed)
        todo.add("percent-complete", 100)
    if item.description:
        todo.add("description", item.description)
    if item.categories:
        todo.add("categories", list(item.categories))
    return todo


def tasks_bytes(data: TaskList, stamp: datetime) -> bytes:
    """A published task list: one VTODO per commitment, with its identity for life."""
    calendar = _published(data.name)
    for task in data.tasks:
        calendar.add_component(_task(task, data, stamp))
    return calendar.to_ical()
