"""iCalendar reader: bytes in, validated events and one clear line per problem out.

Real files are messy: Google names the zone only in X-WR-TIMEZONE, Outlook writes
Windows zone names, some times float, some events recur, lack an end or repeat a UID.
Each case is handled with a notice, or the event is rejected with a reason; a file that
cannot be read at all raises ``ImportRefusedError`` before anything is written.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import recurring_ical_events
from icalendar import Calendar
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from ..domain import limits
from ..domain.enums import ItemStatus
from ..domain.errors import DelegateAppError
from ..domain.timefmt import from_local, is_valid_zone

MAX_BYTES = limits.ICS_MAX_BYTES
STATUSES = {"TENTATIVE": ItemStatus.TENTATIVE, "CONFIRMED": ItemStatus.CONFIRMED,
            "CANCELLED": ItemStatus.CANCELLED}


class ImportRefusedError(DelegateAppError):
    """The file as a whole cannot be imported; nothing was changed."""


@dataclass(frozen=True, slots=True)
class ImportedEvent:
    uid: str
    sequence: int
    summary: str
    starts_at: datetime
    start_tz: str
    ends_at: datetime
    end_tz: str
    last_modified: datetime | None = None
    all_day: bool = False
    status: ItemStatus = ItemStatus.CONFIRMED
    location: str = ""
    description: str = ""
    latitude: float | None = None
    longitude: float | None = None
    categories: tuple[str, ...] = ()


@dataclass
class ReadResult:
    events: list[ImportedEvent] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)


class _RejectedError(Exception):
    pass


def _reason(exc: BaseException) -> str:
    """A parser's complaint as one short printable line (it may quote the broken data)."""
    text = " ".join("".join(c if c.isprintable() else " " for c in str(exc)).split())
    return text if len(text) <= 120 else text[:117] + "…"


def _decode(raw: bytes, notices: list[str]) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        notices.append(f"The file is not valid UTF-8 (byte {exc.start}); it was read as "
                       "Windows-1252 — check accented names.")
        return raw.decode("cp1252", errors="replace")


def _parse(raw: bytes, notices: list[str]) -> Calendar:
    if len(raw) > MAX_BYTES:
        raise ImportRefusedError(f"The file is {len(raw) // (1024 * 1024)} MB; calendars over "
                            f"{MAX_BYTES // (1024 * 1024)} MB are refused. Export a shorter "
                            "period and try again.")
    text = _decode(raw, notices)
    if "BEGIN:VCALENDAR" not in text.upper():
        raise ImportRefusedError("This is not an iCalendar file (no BEGIN:VCALENDAR).")
    try:
        calendar = Calendar.from_ical(text)
    except Exception as exc:  # icalendar raises many kinds on broken input
        raise ImportRefusedError(
            f"The calendar file is damaged and cannot be read ({_reason(exc)}).") from exc
    if getattr(calendar, "name", "") != "VCALENDAR":
        raise ImportRefusedError("This is not an iCalendar file (no VCALENDAR).")
    return calendar


class _Zones:
    """Decides which IANA zone each time is in, saying so when it had to guess."""

    def __init__(self, calendar: Calendar, default_zone: str, notices: list[str]) -> None:
        x_wr = str(calendar.get("X-WR-TIMEZONE", "")).strip()
        self.calendar_zone = x_wr if is_valid_zone(x_wr) else None
        self.default_zone, self.notices = default_zone, notices
        self._floating_noted = False

    def of(self, prop: Any, value: datetime) -> str:
        tzid = str(prop.params.get("TZID", "")) if hasattr(prop, "params") else ""
        key = getattr(value.tzinfo, "key", None)
        if not tzid and value.utcoffset() == timedelta(0) and key in (None, "UTC", "Etc/UTC"):
            return self.calendar_zone or self.default_zone  # a UTC instant, shown locally
        for candidate in (tzid, WINDOWS_TO_OLSON.get(tzid, ""), key or ""):
            if candidate and is_valid_zone(candidate):
                return candidate
        if tzid:
            raise _RejectedError(f"unknown time zone '{tzid}'")
        return self.calendar_zone or "UTC"

    def floating(self) -> str:
        zone = self.calendar_zone or self.default_zone
        if not self._floating_noted:
            self._floating_noted = True
            self.notices.append(f"Some times carry no time zone; they were read as {zone} time.")
        return zone


def _moment(event: Any, name: str, zones: _Zones) -> tuple[datetime, str, bool]:
    prop = event.get(name)
    value = event.decoded(name)
    if isinstance(value, datetime):
        if value.tzinfo is None:
            zone = zones.floating()
            return from_local(value, zone), zone, False
        zone = zones.of(prop, value)
        return value.astimezone(UTC), zone, False
    if isinstance(value, date):
        zone = zones.calendar_zone or zones.default_zone
        return from_local(datetime.combine(value, time(0)), zone), zone, True
    raise _RejectedError(f"{name} is not a date or time")


def _end(event: Any, start: datetime, start_tz: str, all_day: bool, zones: _Zones,
         notices: list[str], label: str) -> tuple[datetime, str]:
    if event.get("DTEND") is not None:
        end, end_tz, _ = _moment(event, "DTEND", zones)
        return end, end_tz
    if event.get("DURATION") is not None:
        return start + event.decoded("DURATION"), start_tz
    if all_day:
        return start + timedelta(days=1), start_tz
    notices.append(f"{label} has no end time; it was given one hour.")
    return start + timedelta(hours=1), start_tz


def _text(event: Any, name: str) -> str:
    value = event.get(name)
    return str(value).strip() if value is not None else ""


def _uid(event: Any) -> str:
    uid = _text(event, "UID")
    if uid:
        return uid
    seed = f"{_text(event, 'SUMMARY')}|{event.get('DTSTART').to_ical()!r}"
    return "imported-" + hashlib.sha1(seed.encode()).hexdigest()[:20] + "@delegate-app"


def _geo(event: Any) -> tuple[float | None, float | None]:
    geo = event.get("GEO")
    if geo is None:
        return None, None
    try:
        lat, lon = float(geo.latitude), float(geo.longitude)
    except (AttributeError, TypeError, ValueError):
        return None, None
    return (lat, lon) if -90 <= lat <= 90 and -180 <= lon <= 180 else (None, None)


def _convert(event: Any, zones: _Zones, notices: list[str]) -> ImportedEvent:
    summary = _text(event, "SUMMARY") or "(untitled)"
    label = f"“{summary}”"
    if event.get("DTSTART") is None:
        raise _RejectedError("it has no start time (DTSTART)")
    start, start_tz, all_day = _moment(event, "DTSTART", zones)
    end, end_tz = _end(event, start, start_tz, all_day, zones, notices, label)
    if end <= start:
        raise _RejectedError("it ends before it starts")
    try:
        sequence = int(str(event.get("SEQUENCE", 0)))
    except ValueError:
        sequence = 0
    modified = event.decoded("LAST-MODIFIED") if event.get("LAST-MODIFIED") else None
    if isinstance(modified, datetime) and modified.tzinfo is None:
        modified = modified.replace(tzinfo=UTC)
    categories: list[str] = []
    for prop in event.get("CATEGORIES", []) if isinstance(event.get("CATEGORIES"), list) else (
            [event["CATEGORIES"]] if event.get("CATEGORIES") is not None else []):
        categories += [str(c) for c in getattr(prop, "cats", [prop])]
    lat, lon = _geo(event)
    return ImportedEvent(
        uid=_uid(event), sequence=max(0, sequence), summary=summary[:300], starts_at=start,
        start_tz=start_tz, ends_at=end, end_tz=end_tz,
        last_modified=modified if isinstance(modified, datetime) else None, all_day=all_day,
        status=STATUSES.get(_text(event, "STATUS").upper(), ItemStatus.CONFIRMED),
        location=_text(event, "LOCATION")[:300], description=_text(event, "DESCRIPTION"),
        latitude=lat, longitude=lon, categories=tuple(categories))


def _occurrences(calendar: Calendar, window: tuple[date, date], result: ReadResult) -> list[Any]:
    """Single events as they are; recurring ones expanded within the delegation's dates."""
    singles, recurring = [], set()
    for event in calendar.walk("VEVENT"):
        if event.get("RRULE") is not None or event.get("RDATE") is not None:
            recurring.add(_text(event, "UID"))
        elif event.get("RECURRENCE-ID") is None:
            singles.append(event)
    if not recurring:
        return singles
    try:
        expanded = recurring_ical_events.of(calendar).between(window[0],
                                                              window[1] + timedelta(days=1))
    except Exception as exc:
        result.rejected.append(f"Recurring events could not be expanded ({_reason(exc)}).")
        return singles
    occurrences = [e for e in expanded if _text(e, "UID") in recurring]
    for event in occurrences:  # each occurrence becomes an item of its own
        start = event.decoded("DTSTART")
        event["UID"] = f"{_text(event, 'UID')}/{start:%Y%m%dT%H%M}"
    result.notices.append(f"{len(recurring)} recurring event(s) gave {len(occurrences)} "
                          "occurrence(s) within the delegation's dates.")
    return singles + occurrences


def _latest_per_uid(events: list[ImportedEvent], notices: list[str]) -> list[ImportedEvent]:
    by_uid: dict[str, list[ImportedEvent]] = {}
    for event in events:
        by_uid.setdefault(event.uid, []).append(event)
    kept = []
    for uid, same in by_uid.items():
        if len(same) > 1:
            notices.append(f"The UID {uid} appears {len(same)} times; the latest version was "
                           "kept.")
        kept.append(max(same, key=lambda e: (e.sequence, e.last_modified or datetime.min
                                             .replace(tzinfo=UTC))))
    return kept


def read_calendar(raw: bytes, window: tuple[date, date], default_zone: str) -> ReadResult:
    """Events of an .ics file, each with instants and IANA zones; problems as plain lines."""
    result = ReadResult()
    calendar = _parse(raw, result.notices)
    zones = _Zones(calendar, default_zone, result.notices)
    events = []
    for event in _occurrences(calendar, window, result):
        try:
            events.append(_convert(event, zones, result.notices))
        except (_RejectedError, ValueError, TypeError, KeyError, AttributeError) as exc:
            summary = _text(event, "SUMMARY") or "(untitled)"
            reason = (_reason(exc) if isinstance(exc, _RejectedError)
                      else f"unreadable data ({_reason(exc)})")
            result.rejected.append(f"“{summary}” was not imported: {reason}.")
    result.events = _latest_per_uid(events, result.notices)
    if not result.events and not result.rejected:
        result.notices.append("The calendar holds no events.")
    return result
