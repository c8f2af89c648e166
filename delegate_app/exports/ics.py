"""iCalendar writer: calendar records in, RFC 5545 bytes out (icalendar does the encoding)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event, vCalAddress, vText

from .. import __version__

PRODID = f"-//delegate_app//delegate_app {__version__}//EN"


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


@dataclass(frozen=True, slots=True)
class CalendarData:
    name: str
    organizer_name: str
    organizer_email: str
    events: tuple[CalendarEvent, ...] = field(default_factory=tuple)
    alarm_minutes: int | None = None  # VALARM lead time, or none


def _event(item: CalendarEvent, data: CalendarData, stamp: datetime) -> Event:
    event = Event()
    event.add("uid", item.uid)
    event.add("dtstamp", stamp)
    event.add("sequence", item.sequence)
    event.add("last-modified", item.last_modified)
    event.add("summary", item.summary)
    if item.all_day:
        first = item.starts_at.astimezone(ZoneInfo(item.start_tz)).date()
        last = item.ends_at.astimezone(ZoneInfo(item.end_tz)).date()
        event.add("dtstart", first)
        event.add("dtend", max(last, first) + timedelta(days=1))  # DTEND of a date is exclusive
    else:
        event.add("dtstart", item.starts_at.astimezone(ZoneInfo(item.start_tz)))
        event.add("dtend", item.ends_at.astimezone(ZoneInfo(item.end_tz)))
    organizer = vCalAddress(f"mailto:{data.organizer_email}")
    organizer.params["cn"] = vText(data.organizer_name)
    event.add("organizer", organizer)
    event.add("status", item.status)
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


def calendar_bytes(data: CalendarData, stamp: datetime) -> bytes:
    """A published calendar: METHOD:PUBLISH, ORGANIZER on every event, no ATTENDEE,
    a VTIMEZONE for every zone used (built for the dates the events span)."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("name", data.name)
    calendar.add("x-wr-calname", data.name)
    for item in data.events:
        calendar.add_component(_event(item, data, stamp))
    if data.events:
        first = min(e.starts_at for e in data.events).date() - timedelta(days=2)
        last = max(e.ends_at for e in data.events).date() + timedelta(days=2)
        calendar.add_missing_timezones(first, last)
    return calendar.to_ical()

