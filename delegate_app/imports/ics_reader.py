"""iCalendar reader: bytes in, validated events and one clear line per problem out.

Real files are messy: Google names the zone only in X-WR-TIMEZONE, Outlook writes
Windows zone names or defines its own, some times float, some events recur, lack an end
or repeat a UID. Hostile files name billions of dates or nest without end. Each case is
handled with a notice, or the event is rejected with a reason; a file that cannot be
read at all, or that passes a limit of domain/limits.py, raises ``ImportRefusedError``
before anything is written.
"""

from __future__ import annotations

import hashlib
import logging
import time
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from typing import Any

from icalendar import Calendar

from ..domain import limits
from ..domain.enums import ItemStatus
from ..domain.timefmt import from_local
from ..domain.wording import QT_TRANSLATE_NOOP, Wording
from ..language.speech import said
from .ics_repeats import RepeatError, expand
from .ics_structure import ImportRefusedError, clean, parse, short_reason
from .ics_zones import ZoneError, Zones, forget

MAX_BYTES = limits.ICS_MAX_BYTES
__all__ = ["MAX_BYTES", "ImportRefusedError", "ImportedEvent", "ReadResult", "read_calendar"]
STATUSES = {"TENTATIVE": ItemStatus.TENTATIVE, "CONFIRMED": ItemStatus.CONFIRMED,
            "CANCELLED": ItemStatus.CANCELLED}
OUR_PRODID = "-//delegate_app//"
_log = logging.getLogger(__name__)
LABELS = {"DTSTART": QT_TRANSLATE_NOOP("delegate_app", "start time"),
          "DTEND": QT_TRANSLATE_NOOP("delegate_app", "end time"),
          "DURATION": QT_TRANSLATE_NOOP("delegate_app", "duration")}


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
    outside: bool = False  # outside the delegation's dates
    days: tuple[date, date] | None = None  # an all-day event's first and (exclusive) end day


@dataclass
class ReadResult:
    events: list[ImportedEvent] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    written_by_us: bool = False  # the file's PRODID is delegate_app's


class _RejectedError(Exception):
    pass


def _text(event: Any, name: str) -> str:
    value = event.get(name)
    if value is None or isinstance(value, list):
        return ""
    return clean(str(value)).strip()


def _decoded(event: Any, name: str) -> Any:
    try:
        return event.decoded(name)
    except Exception as exc:  # icalendar raises many kinds on a broken value
        raise _RejectedError(_unreadable(name)) from exc


def _moment(event: Any, name: str, zones: Zones) -> tuple[datetime, str, date | None]:
    """The instant, its zone, and the day when the value is a date (all day)."""
    prop = event.get(name)
    value = _decoded(event, name)
    if isinstance(value, datetime):
        tzid = prop.params.get("TZID") if hasattr(prop, "params") else None
        if value.tzinfo is None and tzid:
            raise _RejectedError(said(QT_TRANSLATE_NOOP(
                "delegate_app", "its time zone “{zone}” is neither defined in the file nor a "
                "known zone"), zone=clean(str(tzid))[:60]))
        if not limits.ICS_FIRST_YEAR <= value.year <= limits.ICS_LAST_YEAR:
            raise OverflowError  # before any zone is worked out so far away
        if value.tzinfo is None:
            zone = zones.floating()
            return from_local(value, zone), zone, None
        try:
            value = zones.attach(prop, value)
            zone = zones.of(prop, value)
        except ZoneError as exc:
            raise _RejectedError(str(exc)) from exc
        return value.astimezone(UTC), zone, None
    if isinstance(value, date):
        zone = zones.local()
        return from_local(datetime.combine(value, clock(0)), zone), zone, value
    raise _RejectedError(_unreadable(name))


def _unreadable(name: str) -> str:
    return said(QT_TRANSLATE_NOOP("delegate_app", "its {what} ({name}) cannot be read"),
                what=Wording(LABELS.get(name, name.lower())), name=name)


def _end(event: Any, start: datetime, start_tz: str, day: date | None, zones: Zones,
         notices: list[str], label: str) -> tuple[datetime, str, date | None]:
    if event.get("DTEND") is not None:
        return _moment(event, "DTEND", zones)
    if event.get("DURATION") is not None:
        duration = _decoded(event, "DURATION")
        if not isinstance(duration, timedelta):
            raise _RejectedError(said(QT_TRANSLATE_NOOP(
                "delegate_app", "its duration (DURATION) cannot be read")))
        return start + duration, start_tz, day + duration if day else None
    if day is not None:
        return start + timedelta(days=1), start_tz, day + timedelta(days=1)
    notices.append(said(QT_TRANSLATE_NOOP(
        "delegate_app", "{label} has no end time; it was given one hour."), label=label))
    return start + timedelta(hours=1), start_tz, None


def _occurrence_uid(uid: str, start: Any) -> str:
    stamp = f"{start:%Y%m%dT%H%M}" if isinstance(start, date) else clean(str(start))[:40]
    return f"{uid}/{stamp}"


def _uid(event: Any) -> str:
    uid = _text(event, "UID")
    if uid:
        return uid
    start = event.get("DTSTART")
    # As earlier versions seeded it, so a file without UIDs imported before still matches.
    seed = f"{_text(event, 'SUMMARY')}|{start.to_ical() if start is not None else b''!r}"
    return "imported-" + hashlib.sha1(seed.encode()).hexdigest()[:20] + "@delegate-app"


def _geo(event: Any) -> tuple[float | None, float | None]:
    geo = event.get("GEO")
    if geo is None:
        return None, None
    try:
        lat, lon = float(geo.latitude), float(geo.longitude)
    except (AttributeError, TypeError, ValueError, OverflowError):
        return None, None
    return (lat, lon) if -90 <= lat <= 90 and -180 <= lon <= 180 else (None, None)


def _sequence(event: Any) -> int:
    """SEQUENCE as a number every database stores: negative or unreadable is 0, a huge
    one is held at the largest a 32-bit column takes."""
    try:
        value = int(str(event.get("SEQUENCE", 0)).strip()[:30])
    except ValueError:
        return 0
    return min(max(0, value), limits.SEQUENCE_MAX)


def _modified(event: Any) -> datetime | None:
    try:
        value = event.decoded("LAST-MODIFIED") if event.get("LAST-MODIFIED") else None
    except Exception:  # an unreadable LAST-MODIFIED only loses its hint
        return None
    if not isinstance(value, datetime):
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _categories(event: Any) -> tuple[str, ...]:
    value = event.get("CATEGORIES")
    props = value if isinstance(value, list) else ([value] if value is not None else [])
    found: list[str] = []
    for prop in props:
        found += [clean(str(c)) for c in getattr(prop, "cats", [prop])]
    return tuple(found)


def _outside_years() -> str:
    return said(QT_TRANSLATE_NOOP("delegate_app", "its dates are outside the years {first}–{last}"),
                first=str(limits.ICS_FIRST_YEAR), last=str(limits.ICS_LAST_YEAR))


def _check_years(start: datetime, end: datetime) -> None:
    first, last = limits.ICS_FIRST_YEAR, limits.ICS_LAST_YEAR
    if not (first <= start.year and end.year <= last):
        raise _RejectedError(_outside_years())


def _convert(event: Any, zones: Zones, notices: list[str],
             window: tuple[date, date]) -> ImportedEvent:
    summary = _text(event, "SUMMARY") or "(untitled)"
    uid = _uid(event)
    if len(uid) > limits.ICS_MAX_UID_CHARS:
        raise _RejectedError(said(QT_TRANSLATE_NOOP(
            "delegate_app", "its identifier (UID) is longer than {limit} characters (the "
            "limit)"), limit=limits.ICS_MAX_UID_CHARS))
    if event.get("DTSTART") is None:
        raise _RejectedError(said(QT_TRANSLATE_NOOP("delegate_app",
                                                    "it has no start time (DTSTART)")))
    try:
        start, start_tz, first_day = _moment(event, "DTSTART", zones)
        end, end_tz, end_day = _end(event, start, start_tz, first_day, zones, notices,
                                    f"“{summary[:80]}”")
    except OverflowError as exc:
        raise _RejectedError(_outside_years()) from exc
    _check_years(start, end)
    if end <= start:
        raise _RejectedError(said(QT_TRANSLATE_NOOP("delegate_app", "it ends before it starts")))
    lat, lon = _geo(event)
    local_first = first_day or start.astimezone(UTC).date()
    local_last = end_day or end.astimezone(UTC).date()
    return ImportedEvent(
        uid=uid, sequence=_sequence(event), summary=summary, starts_at=start,
        start_tz=start_tz, ends_at=end, end_tz=end_tz, last_modified=_modified(event),
        all_day=first_day is not None,
        status=STATUSES.get(_text(event, "STATUS").upper(), ItemStatus.CONFIRMED),
        location=_text(event, "LOCATION"), description=_text(event, "DESCRIPTION"),
        latitude=lat, longitude=lon, categories=_categories(event),
        outside=local_last < window[0] or local_first > window[1],
        days=(first_day, end_day) if first_day and end_day else None)


def _grouped(calendar: Calendar) -> tuple[list[Any], dict[str, list[Any]]]:
    """Single events, and each repeating event with its changed occurrences, by UID."""
    events = list(calendar.walk("VEVENT"))
    masters = {_text(e, "UID") for e in events if e.get("RECURRENCE-ID") is None
               and (e.get("RRULE") is not None or e.get("RDATE") is not None)}
    singles: list[Any] = []
    series: dict[str, list[Any]] = {}
    for event in events:
        uid = _text(event, "UID")
        if uid in masters:
            series.setdefault(uid, []).append(event)
        elif event.get("RECURRENCE-ID") is not None and uid:
            # A changed occurrence whose series is not in the file: an event of its own.
            start = event.get("DTSTART")
            if start is not None:
                event["UID"] = _occurrence_uid(uid, getattr(start, "dt", start))
            singles.append(event)
        else:
            singles.append(event)
    return singles, series


def _rejection(event: Any, reason: str) -> str:
    summary = _text(event, "SUMMARY") or said(QT_TRANSLATE_NOOP("delegate_app", "(untitled)"))
    summary = summary if len(summary) <= 80 else summary[:79] + "…"
    return said(QT_TRANSLATE_NOOP("delegate_app", "“{summary}” was not imported: {reason}."),
                summary=summary, reason=reason)


def _zone_problem(master: Any, zones: Zones) -> str | None:
    """Why the series' own zone cannot be used (tried first: the expansion relies on it)."""
    prop = master.get("DTSTART")
    try:
        value = master.decoded("DTSTART")
        if isinstance(value, datetime) and value.tzinfo is not None:
            zones.attach(prop, value)
    except ZoneError as exc:
        return str(exc)
    except Exception:  # left for the event's own reading to explain
        return None
    return None


def _expanded(calendar: Calendar, series: dict[str, list[Any]], zones: Zones,
              result: ReadResult, started: float) -> list[Any]:
    occurrences: list[Any] = []
    for uid, components in series.items():
        _check_clock(started)
        master = next(c for c in components if c.get("RECURRENCE-ID") is None)
        try:
            problem = _zone_problem(master, zones)
            if problem:
                raise RepeatError(problem)
            found = expand(calendar, uid, components)
        except RepeatError as exc:
            result.rejected.append(_rejection(master, str(exc)))
            continue
        for event in found:  # each occurrence becomes an item of its own
            event["UID"] = _occurrence_uid(uid, event.decoded("DTSTART"))
        occurrences += found
        if len(occurrences) > limits.ICS_MAX_ITEMS:
            break
    expanded = len({str(e.get("UID", "")).rsplit("/", 1)[0] for e in occurrences})
    if expanded:
        result.notices.append(said(QT_TRANSLATE_NOOP(
            "delegate_app", "{expanded} recurring event(s) gave {count} occurrence(s); those "
            "outside the delegation's dates are listed apart."),
            expanded=expanded, count=len(occurrences)))
    return occurrences


def _check_clock(started: float) -> None:
    if time.monotonic() - started > limits.ICS_MAX_READ_SECONDS:
        raise ImportRefusedError(QT_TRANSLATE_NOOP(
            "delegate_app", "Reading this calendar took longer than {limit:g} seconds (the "
            "limit); nothing was imported. Import a file with fewer repeating events."),
            limit=limits.ICS_MAX_READ_SECONDS)


def _latest_per_uid(events: list[ImportedEvent], notices: list[str]) -> list[ImportedEvent]:
    by_uid: dict[str, list[ImportedEvent]] = {}
    for event in events:
        by_uid.setdefault(event.uid, []).append(event)
    kept = []
    for uid, same in by_uid.items():
        if len(same) > 1:
            notices.append(said(QT_TRANSLATE_NOOP(
                "delegate_app", "The UID {uid} appears {count} times; the latest version was "
                "kept."), uid=uid[:80], count=len(same)))
        kept.append(max(same, key=lambda e: (e.sequence, e.last_modified or datetime.min
                                             .replace(tzinfo=UTC))))
    return kept


def _converted(components: list[Any], zones: Zones, result: ReadResult,
               window: tuple[date, date], started: float) -> list[ImportedEvent]:
    # No clock inside one event: dateutil holds a lock while it works out a zone, and an
    # interruption there would leave the next event waiting for ever. The zones are tried
    # (with a clock) before their first use instead; see Zones.attach.
    events = []
    for event in components:
        _check_clock(started)
        try:
            events.append(_convert(event, zones, result.notices, window))
        except _RejectedError as exc:
            result.rejected.append(_rejection(event, str(exc)))
        except Exception:  # whatever else a hostile value provokes, in one event
            result.rejected.append(_rejection(event, "some of its data cannot be read"))
    return events


def read_calendar(raw: bytes, window: tuple[date, date], default_zone: str,
                  hints: tuple[str, ...] = ()) -> ReadResult:
    """Events of an .ics file, each with instants and IANA zones; problems as plain lines.

    ``window`` is the delegation's dates (events outside it are marked), ``default_zone``
    where floating times and unknown zones are read, ``hints`` zones to prefer when the
    file defines its own."""
    result = ReadResult()
    started = time.monotonic()
    calendar = parse(raw, result.notices)
    try:
        events = _events(calendar, window, default_zone, hints, result, started)
    except ImportRefusedError:
        raise
    except Exception as exc:  # a case nobody foresaw: one line for the officer, detail in the log
        _log.warning("Calendar import failed unexpectedly", exc_info=True)
        raise ImportRefusedError(QT_TRANSLATE_NOOP(
            "delegate_app", "The calendar file could not be read (an unexpected problem: "
            "{reason}); nothing was imported."), reason=short_reason(exc)) from exc
    finally:
        forget(calendar)
    result.events = _latest_per_uid(events, result.notices)
    if not result.events and not result.rejected:
        result.notices.append(said(QT_TRANSLATE_NOOP("delegate_app",
                                                     "The calendar holds no events.")))
    return result


def _events(calendar: Calendar, window: tuple[date, date], default_zone: str,
            hints: tuple[str, ...], result: ReadResult, started: float) -> list[ImportedEvent]:
    result.written_by_us = str(calendar.get("PRODID", "")).startswith(OUR_PRODID)
    zones = Zones(calendar, default_zone, result.notices, hints)
    singles, series = _grouped(calendar)
    components = singles + _expanded(calendar, series, zones, result, started)
    if len(components) > limits.ICS_MAX_ITEMS:
        raise ImportRefusedError(QT_TRANSLATE_NOOP(
            "delegate_app", "The calendar would give more than {limit:,} events and occurrences "
            "(the limit for one import); export a shorter period and try again."),
            limit=limits.ICS_MAX_ITEMS)
    return _converted(components, zones, result, window, started)
